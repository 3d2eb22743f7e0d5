#pragma once

#include "segmentation/segmentationrules.h"

#include <QWidget>

class QDoubleSpinBox;
class QRadioButton;

namespace csm {

/// The segmentation rules as a form: by share of the book (top 20% / next 30%) or by ARR
/// thresholds. Used by the Segmentation Rules dialog and the Segments page of Settings.
class SegmentationRulesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentationRulesEditor)

public:
    explicit SegmentationRulesEditor(QWidget *parent = nullptr);

    void setRules(const SegmentationRules &rules);
    SegmentationRules rules() const;

    QRadioButton *byShareButton() const { return m_byShare; }
    QRadioButton *byThresholdButton() const { return m_byThreshold; }
    QDoubleSpinBox *highShareBox() const { return m_highShare; }
    QDoubleSpinBox *midShareBox() const { return m_midShare; }
    QDoubleSpinBox *highMinBox() const { return m_highMin; }
    QDoubleSpinBox *midMinBox() const { return m_midMin; }

signals:
    void edited();

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
