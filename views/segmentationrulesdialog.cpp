#include "segmentationrulesdialog.h"
#include "errordialog.h"
#include "segmentationruleseditor.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace csm {

SegmentationRulesDialog::SegmentationRulesDialog(const SegmentationRules &rules, QWidget *parent)
    : QDialog(parent)
    , m_editor(new SegmentationRulesEditor(this))
{
    setWindowTitle(tr("Segmentation Rules"));
    m_editor->setRules(rules);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (auto valid = this->rules().validate(); !valid) {
            ErrorDialog::report(this, windowTitle(), valid.errorMessage());
            return;
        }
        accept();
    });
}

SegmentationRules SegmentationRulesDialog::rules() const
{
    return m_editor->rules();
}

} // namespace csm
