#include "healthmodeldialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace csm {

HealthModelDialog::HealthModelDialog(const HealthModelSet &models, const HealthBands &bands, Preview preview,
                                     NameOf nameOf, QWidget *parent)
    : QDialog(parent)
    , m_editor(new HealthModelEditor(models, bands, std::move(preview), std::move(nameOf), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Health Model"));
    m_apply = m_buttons->button(QDialogButtonBox::Apply);
    m_apply->setText(tr("&Apply and Rescore"));
    m_apply->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_buttons);
    resize(980, 760);

    connect(m_editor, &HealthModelEditor::edited, this, &HealthModelDialog::updateApply);
    connect(m_editor, &HealthModelEditor::previewShown, this, &HealthModelDialog::previewShown);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    updateApply();
}

void HealthModelDialog::updateApply()
{
    m_apply->setEnabled(m_editor->problem().isEmpty() && m_editor->isChanged());
}

} // namespace csm
