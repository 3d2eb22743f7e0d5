#pragma once

#include "segmentation/segmentationrules.h"

#include <QDialog>

namespace csm {

class SegmentationRulesEditor;

/// Edits how accounts are split: by share of the book (top 20% / next 30%) or by ARR thresholds.
class SegmentationRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentationRulesDialog)

public:
    explicit SegmentationRulesDialog(const SegmentationRules &rules, QWidget *parent = nullptr);
    SegmentationRules rules() const;

    SegmentationRulesEditor *editor() const { return m_editor; }

private:
    SegmentationRulesEditor *m_editor;
};

} // namespace csm
