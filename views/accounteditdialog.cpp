#include "accounteditdialog.h"

#include "domain/lifecyclestage.h"
#include "io/accountfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace csm {

AccountEditDialog::AccountEditDialog(const QVariantMap &values, const QStringList &owners, const QString &crmName, bool writesBack,
                                     QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Edit Account"));
    auto *layout = new QVBoxLayout(this);
    if (!crmName.isEmpty()) {
        const QString text = writesBack
            ? tr("These fields belong to %1. Your changes are written back by the next sync; if %1 changed the same field "
                 "meanwhile, you choose which value stays under CRM ▸ Review Conflicts.")
            : tr("These fields come from %1, which the app cannot write to. Your changes are kept over the next syncs; if a "
                 "new export changes the same field, you choose which value stays under CRM ▸ Review Conflicts.");
        auto *note = new QLabel(text.arg(crmName), this);
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *form = new QFormLayout;
    m_name = new QLineEdit(values.value(QStringLiteral("name")).toString(), this);
    form->addRow(tr("&Name:"), m_name);
    m_domain = new QLineEdit(values.value(QStringLiteral("domain")).toString(), this);
    form->addRow(tr("&Domain:"), m_domain);
    m_owner = new QComboBox(this);
    m_owner->setEditable(true);
    m_owner->addItems(owners);
    m_owner->setCurrentText(values.value(QStringLiteral("owner")).toString());
    m_owner->setAccessibleName(tr("Owner"));
    form->addRow(tr("&Owner:"), m_owner);
    m_arr = new QLineEdit(formatArrCents(values.value(QStringLiteral("arr_cents")).toLongLong()), this);
    m_arr->setAccessibleName(tr("ARR"));
    form->addRow(tr("&ARR:"), m_arr);
    auto *renewalRow = new QHBoxLayout;
    const QDate renewal = QDate::fromString(values.value(QStringLiteral("renewal_date")).toString(), Qt::ISODate);
    m_hasRenewal = new QCheckBox(tr("&Renews on"), this);
    m_hasRenewal->setChecked(renewal.isValid());
    m_renewal = new QDateEdit(renewal.isValid() ? renewal : QDate::currentDate().addYears(1), this);
    m_renewal->setCalendarPopup(true);
    m_renewal->setEnabled(renewal.isValid());
    m_renewal->setAccessibleName(tr("Renewal date"));
    renewalRow->addWidget(m_hasRenewal);
    renewalRow->addWidget(m_renewal, 1);
    form->addRow(tr("Renewal:"), renewalRow);
    m_stage = new QComboBox(this);
    for (LifecycleStage stage : AllLifecycleStages)
        m_stage->addItem(lifecycleStageDisplayName(stage), lifecycleStageKey(stage));
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(values.value(QStringLiteral("lifecycle_stage")).toString())));
    m_stage->setAccessibleName(tr("Lifecycle stage"));
    form->addRow(tr("&Stage:"), m_stage);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasRenewal, &QCheckBox::toggled, m_renewal, &QWidget::setEnabled);
    setMinimumWidth(460);
}

QVariantMap AccountEditDialog::values() const
{
    const auto arr = parseArrCents(m_arr->text().trimmed());
    return { { QStringLiteral("name"), m_name->text().trimmed() },
             { QStringLiteral("domain"), m_domain->text().trimmed() },
             { QStringLiteral("owner"), m_owner->currentText().trimmed() },
             { QStringLiteral("arr_cents"), arr ? *arr : qint64(0) },
             { QStringLiteral("renewal_date"), m_hasRenewal->isChecked() ? m_renewal->date().toString(Qt::ISODate) : QString() },
             { QStringLiteral("lifecycle_stage"), m_stage->currentData().toString() } };
}

QString AccountEditDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("An account needs a name.");
    if (const auto arr = parseArrCents(m_arr->text().trimmed()); !arr)
        return arr.errorMessage();
    return {};
}

void AccountEditDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    if (why.isEmpty())
        QDialog::accept();
}

} // namespace csm
