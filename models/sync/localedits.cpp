#include "localedits.h"

#include "store/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace csm {

namespace {

Error sqlError(const QSqlQuery &q)
{
    return Error { q.lastError().text() };
}

/// The column's value as it is bound: integers for ARR, NULL for an empty date.
QVariant columnValue(const QString &field, const QString &text)
{
    if (field == u"arr_cents")
        return text.toLongLong();
    if (field == u"renewal_date")
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    return sql::text(text);
}

/// Sets one editable column of an account; `field` must be one of editableFields().
Status writeColumn(const QSqlDatabase &db, qint64 accountId, const QString &field, const QString &value)
{
    const QStringList editable = LocalEditStore::editableFields();
    const qsizetype at = editable.indexOf(field);
    if (at < 0)
        return Error { QCoreApplication::translate("csm::LocalEditStore", "%1 is not a field that can be edited").arg(field) };
    QSqlQuery update(db);
    // The column name comes from editableFields(), never from the caller's text.
    update.prepare(QStringLiteral("UPDATE accounts SET %1 = ? WHERE id = ?").arg(editable.at(at)));
    update.addBindValue(columnValue(field, value));
    update.addBindValue(accountId);
    if (!update.exec())
        return sqlError(update);
    return {};
}

} // namespace

LocalEditStore::LocalEditStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList LocalEditStore::editableFields()
{
    return { QStringLiteral("name"), QStringLiteral("domain"), QStringLiteral("owner"), QStringLiteral("arr_cents"),
             QStringLiteral("renewal_date"), QStringLiteral("lifecycle_stage") };
}

QString LocalEditStore::fieldLabel(const QString &field)
{
    if (field == u"name")
        return tr("Name");
    if (field == u"domain")
        return tr("Domain");
    if (field == u"owner")
        return tr("Owner");
    if (field == u"arr_cents")
        return tr("ARR");
    if (field == u"renewal_date")
        return tr("Renewal date");
    if (field == u"lifecycle_stage")
        return tr("Lifecycle stage");
    return field;
}

Status LocalEditStore::edit(qint64 accountId, const QVariantMap &values) const
{
    const QStringList editable = editableFields();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, domain, owner, arr_cents, renewal_date, lifecycle_stage, crm_connection_id IS NOT NULL "
                             "FROM accounts WHERE id = ?"));
    q.addBindValue(accountId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error { tr("no account with id %1").arg(accountId) };
    QHash<QString, QString> current;
    for (int i = 0; i < editable.size(); ++i)
        current.insert(editable.at(i), q.value(i).toString());
    const bool fromCrm = q.value(6).toBool();
    q.finish();

    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString &field = it.key();
        if (!editable.contains(field))
            return Error { tr("%1 is not a field that can be edited").arg(field) };
        const QString value = field == u"arr_cents" ? QString::number(it.value().toLongLong()) : it.value().toString().trimmed();
        if (field == u"name" && value.isEmpty())
            return Error { tr("An account needs a name") };
        if (value == current.value(field))
            continue;
        if (Status written = writeColumn(m_db, accountId, field, value); !written)
            return written;
        if (!fromCrm)
            continue;
        // The first edit keeps the CRM's value as its base; setting it back undoes the edit.
        QSqlQuery edit(m_db);
        edit.prepare(QStringLiteral("INSERT INTO sync_local_edits (account_id, field, base_value, local_value, edited_at) "
                                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, field) DO UPDATE SET "
                                    "local_value = excluded.local_value, edited_at = excluded.edited_at"));
        edit.addBindValue(accountId);
        edit.addBindValue(field);
        edit.addBindValue(current.value(field));
        edit.addBindValue(value);
        edit.addBindValue(sql::timestamp(QDateTime::currentDateTimeUtc()));
        if (!edit.exec())
            return sqlError(edit);
        QSqlQuery undone(m_db);
        undone.prepare(QStringLiteral("DELETE FROM sync_local_edits WHERE account_id = ? AND field = ? AND local_value = base_value "
                                      "AND crm_value IS NULL"));
        undone.addBindValue(accountId);
        undone.addBindValue(field);
        if (!undone.exec())
            return sqlError(undone);
    }
    return {};
}

Result<QList<LocalEdit>> LocalEditStore::list() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT e.id, e.account_id, a.name, a.crm_id, e.field, e.base_value, e.local_value, e.crm_value, "
                               "e.edited_at FROM sync_local_edits e JOIN accounts a ON a.id = e.account_id "
                               "ORDER BY e.crm_value IS NULL, a.name, e.field")))
        return sqlError(q);
    QList<LocalEdit> edits;
    while (q.next()) {
        LocalEdit e;
        e.id = q.value(0).toLongLong();
        e.accountId = q.value(1).toLongLong();
        e.accountName = q.value(2).toString();
        e.crmId = q.value(3).toString();
        e.field = q.value(4).toString();
        e.baseValue = q.value(5).toString();
        e.localValue = q.value(6).toString();
        if (!q.value(7).isNull())
            e.crmValue = q.value(7).toString();
        e.editedAt = sql::toTimestamp(q.value(8));
        edits << e;
    }
    return edits;
}

Result<int> LocalEditStore::conflictCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_local_edits WHERE crm_value IS NOT NULL")) || !q.next())
        return sqlError(q);
    return q.value(0).toInt();
}

Status LocalEditStore::keepLocal(qint64 editId) const
{
    // The CRM's value becomes the base: the next sync writes the local one over it.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_local_edits SET base_value = coalesce(crm_value, base_value), crm_value = NULL "
                             "WHERE id = ?"));
    q.addBindValue(editId);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() != 1)
        return Error { tr("that edit is no longer waiting") };
    return {};
}

Status LocalEditStore::takeCrm(qint64 editId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT account_id, field, coalesce(crm_value, base_value) FROM sync_local_edits WHERE id = ?"));
    q.addBindValue(editId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error { tr("that edit is no longer waiting") };
    const qint64 accountId = q.value(0).toLongLong();
    const QString field = q.value(1).toString();
    const QString value = q.value(2).toString();
    q.finish();
    if (Status written = writeColumn(m_db, accountId, field, value); !written)
        return written;
    QSqlQuery drop(m_db);
    drop.prepare(QStringLiteral("DELETE FROM sync_local_edits WHERE id = ?"));
    drop.addBindValue(editId);
    if (!drop.exec())
        return sqlError(drop);
    return {};
}

} // namespace csm
