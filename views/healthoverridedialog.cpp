#include "healthoverridedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace csm {

HealthOverrideDialog::HealthOverrideDialog(const QString &accountName, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_band(new QComboBox(this))
    , m_score(new QSpinBox(this))
    , m_reason(new QLineEdit(this))
    , m_expires(new QDateEdit(today.addDays(30), this))
{
    setWindowTitle(tr("Override Health of %1").arg(accountName));
    for (HealthBand band : { HealthBand::Red, HealthBand::Amber, HealthBand::Green })
        m_band->addItem(healthBandDisplayName(band), int(band));
    m_band->addItem(tr("A score…"), -1);
    m_score->setRange(0, 100);
    m_score->setValue(50);
    m_score->setEnabled(false);
    connect(m_band, &QComboBox::currentIndexChanged, m_score,
            [this] { m_score->setEnabled(m_band->currentData().toInt() < 0); });
    m_reason->setPlaceholderText(tr("Why the score is wrong (required)"));
    m_expires->setCalendarPopup(true);
    m_expires->setMinimumDate(today);

    auto *form = new QFormLayout;
    form->addRow(tr("&Override with:"), m_band);
    form->addRow(tr("&Score:"), m_score);
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
    if (const int band = m_band->currentData().toInt(); band >= 0)
        request.band = HealthBand(band);
    else
        request.score = double(m_score->value());
    request.reason = m_reason->text().trimmed();
    request.expiresOn = m_expires->date();
    request.by = qEnvironmentVariable("USER");
    return request;
}

} // namespace csm
