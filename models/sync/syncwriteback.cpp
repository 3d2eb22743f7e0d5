// Writing back to the CRM: fields edited here, and health where the connection asks for it.
#include "syncengine.h"

#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace csm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("csm::SyncEngine", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error { q.lastError().text() };
}

} // namespace

Status SyncEngine::pushFailure(const CrmError &error) const
{
    return Error { error.message };
}

Result<QSet<QString>> SyncEngine::pushRejects(const CrmError &error, SyncRun &run)
{
    if (error.kind != CrmFailure::Rejected)
        return pushFailure(error).error();
    // Refused one by one (a validation rule, a record deleted there): logged, kept for next time,
    // and the rest is written.
    QSet<QString> ids;
    for (const CrmRecordIssue &issue : error.rejected) {
        ids.insert(issue.recordId);
        ++run.skipped;
        if (Status s = addIssue(run, issue); !s)
            return s.error();
    }
    return ids;
}

Status SyncEngine::pushLocalEdits(SyncRun &run)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT e.id, a.crm_id, e.field, e.local_value, "
                             "(SELECT o.crm_id FROM crm_owners o WHERE o.connection_id = ? AND o.name = e.local_value AND NOT o.archived) "
                             "FROM sync_local_edits e JOIN accounts a ON a.id = e.account_id "
                             "WHERE e.crm_value IS NULL AND a.crm_connection_id = ? AND a.archived_at IS NULL "
                             "ORDER BY a.crm_id, e.field"));
    q.addBindValue(m_connection.id);
    q.addBindValue(m_connection.id);
    if (!q.exec())
        return sqlError(q);
    QList<CrmFieldUpdate> updates;
    QList<std::tuple<qint64, QString, QString>> edits; // id, the value written, the record
    while (q.next()) {
        const QString crmId = q.value(1).toString();
        const QString field = q.value(2).toString();
        const QString value = q.value(3).toString();
        QString key = field;
        QVariant crmValue = value;
        if (field == u"owner") {
            if (q.value(4).isNull()) {
                ++run.skipped;
                if (Status s = addIssue(run, { CrmObject::Companies, crmId,
                                               tr("the owner '%1' is not a user of the CRM; the edit waits").arg(value) });
                    !s)
                    return s;
                continue;
            }
            key = QStringLiteral("owner_id");
            crmValue = q.value(4).toString();
        } else if (field == u"arr_cents") {
            key = QStringLiteral("arr");
            crmValue = QString::number(value.toLongLong() / 100.0, 'f', 2);
        }
        if (updates.isEmpty() || updates.constLast().recordId != crmId)
            updates << CrmFieldUpdate { crmId, {} };
        updates.last().fields.insert(key, crmValue);
        edits << std::tuple { q.value(0).toLongLong(), value, crmId };
    }
    q.finish();
    if (updates.isEmpty())
        return {};
    QSet<QString> refused;
    if (auto error = m_connector.push(CrmObject::Companies, updates)) {
        auto rejects = pushRejects(*error, run);
        if (!rejects)
            return rejects.error();
        refused = *rejects;
    }
    // Written: no longer waiting, unless edited again meanwhile; refused ones wait.
    Transaction transaction(m_db);
    QSqlQuery drop(m_db);
    drop.prepare(QStringLiteral("DELETE FROM sync_local_edits WHERE id = ? AND local_value = ? AND crm_value IS NULL"));
    for (const auto &[id, value, crmId] : std::as_const(edits)) {
        if (refused.contains(crmId))
            continue;
        drop.addBindValue(id);
        drop.addBindValue(value);
        if (!drop.exec())
            return sqlError(drop);
    }
    run.pushed += int(std::count_if(updates.cbegin(), updates.cend(), [&](const CrmFieldUpdate &u) { return !refused.contains(u.recordId); }));
    if (Status s = saveCounts(run); !s)
        return s;
    return transaction.commit();
}

Status SyncEngine::pushHealth(SyncRun &run, const std::atomic_bool *cancel)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.crm_id, a.segment, coalesce(o.score, h.score), coalesce(o.band, h.band), p.score, p.band, p.segment "
        "FROM accounts a "
        "JOIN health_snapshots h ON h.account_id = a.id AND h.day = (SELECT max(s.day) FROM health_snapshots s WHERE s.account_id = a.id) "
        "LEFT JOIN health_overrides o ON o.id = (SELECT max(x.id) FROM health_overrides x WHERE x.account_id = a.id "
        "AND x.cleared_at IS NULL AND x.expires_on >= date('now')) "
        "LEFT JOIN sync_pushed_health p ON p.connection_id = ? AND p.account_id = a.id "
        "WHERE a.archived_at IS NULL AND a.crm_connection_id = ? AND coalesce(o.score, h.score) IS NOT NULL ORDER BY a.id"));
    q.addBindValue(m_connection.id);
    q.addBindValue(m_connection.id);
    if (!q.exec())
        return sqlError(q);
    struct Health
    {
        qint64 account;
        int score;
        QString band;
        QString segment;
    };
    QList<CrmFieldUpdate> updates;
    QList<Health> values;
    while (q.next()) {
        const Health h { q.value(0).toLongLong(), int(std::lround(q.value(3).toDouble())), q.value(4).toString(), q.value(2).toString() };
        if (!q.value(5).isNull() && q.value(5).toInt() == h.score && q.value(6).toString() == h.band && q.value(7).toString() == h.segment)
            continue; // written before, unchanged since
        updates << CrmFieldUpdate { q.value(1).toString(),
                                    { { QStringLiteral("health_score"), QString::number(h.score) },
                                      { QStringLiteral("health_band"), h.band },
                                      { QStringLiteral("segment"), h.segment } } };
        values << h;
    }
    q.finish();
    constexpr qsizetype Chunk = 500; // each chunk is remembered as written once the CRM took it
    for (qsizetype from = 0; from < updates.size(); from += Chunk) {
        if (cancel && cancel->load())
            return Error { tr("cancelled while writing back; what was written is remembered") };
        QSet<QString> refused;
        if (auto error = m_connector.push(CrmObject::Companies, updates.mid(from, Chunk))) {
            auto rejects = pushRejects(*error, run);
            if (!rejects)
                return rejects.error();
            refused = *rejects;
        }
        Transaction transaction(m_db);
        QSqlQuery remember(m_db);
        remember.prepare(QStringLiteral("INSERT INTO sync_pushed_health (connection_id, account_id, score, band, segment, pushed_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (connection_id, account_id) DO UPDATE SET "
                                        "score = excluded.score, band = excluded.band, segment = excluded.segment, "
                                        "pushed_at = excluded.pushed_at"));
        const QVariant now = sql::timestamp(QDateTime::currentDateTimeUtc());
        const QList<CrmFieldUpdate> sent = updates.mid(from, Chunk);
        const QList<Health> chunkValues = values.mid(from, Chunk);
        int written = 0;
        for (qsizetype i = 0; i < chunkValues.size(); ++i) {
            if (refused.contains(sent.at(i).recordId))
                continue; // not written: tried again next time
            ++written;
            const Health &h = chunkValues.at(i);
            for (const QVariant &v : { QVariant(m_connection.id), QVariant(h.account), QVariant(h.score), QVariant(h.band),
                                       QVariant(h.segment), now })
                remember.addBindValue(v);
            if (!remember.exec())
                return sqlError(remember);
        }
        run.pushed += written;
        if (Status s = saveCounts(run); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
    }
    return {};
}

} // namespace csm
