#include "settingsdialog.h"

#include "i18n/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace csm {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));

    m_language->addItem(tr("System language (%1)").arg(languageEndonym(resolveLanguage({}))), QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(languageEndonym(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(languageSetting())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("The language changes the next time CSM Workbench starts."), this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::save() const
{
    setLanguageSetting(m_language->currentData().toString());
}

} // namespace csm
