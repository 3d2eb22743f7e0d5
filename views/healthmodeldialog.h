#pragma once

#include "healthmodeleditor.h"

#include <QDialog>

class QDialogButtonBox;

namespace csm {

/// The health model editor in a dialog of its own, with Apply and Rescore: kept off while the
/// edited model is invalid or unchanged, so the book's model stays as it was.
class HealthModelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthModelDialog)

public:
    using Preview = HealthModelEditor::Preview;
    using NameOf = HealthModelEditor::NameOf;

    /// The model slots the editor switches between, in the order of its chooser.
    enum Slot {
        StandardSlot = HealthModelEditor::StandardSlot,
        OnboardingSlot = HealthModelEditor::OnboardingSlot,
        HighSlot = HealthModelEditor::HighSlot,
        MidSlot = HealthModelEditor::MidSlot,
        TechSlot = HealthModelEditor::TechSlot
    };

    HealthModelDialog(const HealthModelSet &models, const HealthBands &bands, Preview preview, NameOf nameOf,
                      QWidget *parent = nullptr);

    HealthModelEditor *editor() const { return m_editor; }

    /// The edited models and bands (valid when Apply is enabled).
    HealthModelSet models() const { return m_editor->models(); }
    HealthBands bands() const { return m_editor->bands(); }
    /// Empty when the edited models and bands are valid, else what is wrong.
    QString problem() const { return m_editor->problem(); }

    // For tests and keyboard users: the parts of the editor.
    void selectSlot(Slot slot) { m_editor->selectSlot(HealthModelEditor::Slot(slot)); }
    HealthModelEditModel *editModel() const { return m_editor->editModel(); }
    QCheckBox *ownModelBox() const { return m_editor->ownModelBox(); }
    QDoubleSpinBox *amberFromBox() const { return m_editor->amberFromBox(); }
    QDoubleSpinBox *greenFromBox() const { return m_editor->greenFromBox(); }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *previewSummary() const { return m_editor->previewSummary(); }
    QTreeWidget *previewList() const { return m_editor->previewList(); }
    /// Starts the preview now instead of after the typing pause.
    void previewNow() { m_editor->previewNow(); }

signals:
    /// A preview finished and is shown.
    void previewShown();

private:
    void updateApply();

    HealthModelEditor *m_editor;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
};

} // namespace csm
