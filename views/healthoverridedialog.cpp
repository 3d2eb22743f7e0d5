#include "healthoverridedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace csm {

HealthOverrideDialog::HealthOverrideDialog(const QString &accountName, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_band(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_expires(new QDateEdit(today.addDays(30), this))
{
    setWindowTitle(tr("Override Health of %1").arg(accountName));
    for (HealthBand band : { HealthBand::Red, HealthBand::Amber, HealthBand::Green })
        m_band->addItem(healthBandDisplayName(band), int(band));
    m_reason->setPlaceholderText(tr("Why the score is wrong (required)"));
    m_expires->setCalendarPopup(true);
    m_expires->setMinimumDate(today);

    auto *form = new QFormLayout;
    form->addRow(tr("&Band:"), m_band);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Until:"), m_expires);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

HealthOverrideRequest HealthOverrideDialog::request() const
{
    HealthOverrideRequest request;
    request.band = HealthBand(m_band->currentData().toInt());
    request.reason = m_reason->text().trimmed();
    request.expiresOn = m_expires->date();
    request.by = qEnvironmentVariable("USER");
    return request;
}

} // namespace csm
