#pragma once

#include "segmentation/segmentationrules.h"

#include <QDialog>

class QDoubleSpinBox;
class QRadioButton;

namespace csm {

/// Edits how accounts are split: by share of the book (top 20% / next 30%) or by ARR thresholds.
class SegmentationRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentationRulesDialog)

public:
    explicit SegmentationRulesDialog(const SegmentationRules &rules, QWidget *parent = nullptr);
    SegmentationRules rules() const;

private:
    void updateEnabled();

    QRadioButton *m_byShare;
    QRadioButton *m_byThreshold;
    QDoubleSpinBox *m_highShare;
    QDoubleSpinBox *m_midShare;
    QDoubleSpinBox *m_highMin;
    QDoubleSpinBox *m_midMin;
};

} // namespace csm
