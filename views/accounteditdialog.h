#pragma once

#include <QDialog>
#include <QVariantMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace csm {

/// Edits the fields the CRM owns of one account: name, domain, owner, ARR, renewal date and
/// lifecycle stage. For an account that came from a CRM it says that the change is written back
/// by the next sync (or becomes a conflict if the CRM changed the field too).
class AccountEditDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `values` as BookSession::accountFields() gives them; `crmName` names the connection the
    /// account syncs with (empty: none), and `writesBack` whether a sync writes edits to it.
    AccountEditDialog(const QVariantMap &values, const QStringList &owners, const QString &crmName, bool writesBack,
                      QWidget *parent = nullptr);

    /// The fields as edited (column → value; arr_cents in minor units).
    QVariantMap values() const;
    /// Why the form cannot be saved; empty when it can.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *arrEdit() const { return m_arr; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *stageBox() const { return m_stage; }
    QDateEdit *renewalEdit() const { return m_renewal; }
    QCheckBox *renewalBox() const { return m_hasRenewal; }

    void accept() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_domain;
    QComboBox *m_owner;
    QLineEdit *m_arr;
    QCheckBox *m_hasRenewal;
    QDateEdit *m_renewal;
    QComboBox *m_stage;
    QLabel *m_problem;
};

} // namespace csm
