#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>

namespace csm {

/// A CRM-owned field of an account edited in the app. It waits to be written to the CRM by the next
/// sync; if the CRM changed the same field meanwhile, it is a conflict until someone chooses which
/// value stays.
struct LocalEdit
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString accountName;
    QString crmId;
    QString field;       ///< an accounts column: name, domain, owner, arr_cents, renewal_date, lifecycle_stage
    QString baseValue;   ///< the CRM's value when it was edited here
    QString localValue;  ///< the value set here
    std::optional<QString> crmValue; ///< the CRM's new value, when it changed it too
    QDateTime editedAt;

    bool isConflict() const { return crmValue.has_value(); }
};

/// Edits to CRM-owned account fields, and the choice that settles a conflict.
///
/// Fields of accounts that came from a CRM sync are recorded as local edits so the next sync writes
/// them back instead of overwriting them; accounts imported from a file are simply changed.
class LocalEditStore
{
    Q_DECLARE_TR_FUNCTIONS(csm::LocalEditStore)

public:
    explicit LocalEditStore(QSqlDatabase db);

    /// The CRM-owned columns a person may edit.
    static QStringList editableFields();
    /// "Name", "ARR"… for a column, in the user's language.
    static QString fieldLabel(const QString &field);

    /// Writes `values` (column → value as text; arr_cents in minor units) to the account, and
    /// records each changed field as a local edit when the account came from a CRM. An edit set
    /// back to the CRM's value is no longer one. Call inside a transaction.
    Status edit(qint64 accountId, const QVariantMap &values) const;

    /// Every edit waiting for the CRM, conflicts first.
    Result<QList<LocalEdit>> list() const;
    Result<int> conflictCount() const;

    /// Settles a conflict: the local value stays and is written to the CRM by the next sync.
    Status keepLocal(qint64 editId) const;
    /// Settles a conflict or drops an edit: the CRM's value replaces the local one.
    Status takeCrm(qint64 editId) const;

private:
    QSqlDatabase m_db;
};

} // namespace csm
