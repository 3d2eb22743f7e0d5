#include "syncstore.h"

#include "store/sqlvalues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace csm {

namespace {

Error sqlError(const QSqlQuery &q)
{
    return Error { q.lastError().text() };
}

CrmConnection connectionFrom(const QSqlQuery &q)
{
    CrmConnection c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.connector = q.value(2).toString();
    c.settings = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object().toVariantMap();
    c.me = q.value(4).toString();
    return c;
}

const char *ConnectionColumns = "SELECT id, name, connector, settings, me FROM crm_connections";

} // namespace

SyncStore::SyncStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<std::optional<CrmConnection>> SyncStore::connection(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(ConnectionColumns) + QStringLiteral(" WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<CrmConnection> {};
    return std::optional<CrmConnection> { connectionFrom(q) };
}

Result<CrmConnection> SyncStore::connection(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(ConnectionColumns) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error { QObject::tr("no CRM connection with id %1").arg(id) };
    return connectionFrom(q);
}

Result<QList<CrmConnection>> SyncStore::connections() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QString::fromLatin1(ConnectionColumns) + QStringLiteral(" ORDER BY name")))
        return sqlError(q);
    QList<CrmConnection> all;
    while (q.next())
        all << connectionFrom(q);
    return all;
}

Result<CrmConnection> SyncStore::saveConnection(const CrmConnection &connection) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO crm_connections (name, connector, settings, me, created_at) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET connector = excluded.connector, settings = excluded.settings, "
                             "me = excluded.me"));
    q.addBindValue(sql::text(connection.name));
    q.addBindValue(sql::text(connection.connector));
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(connection.settings)).toJson(QJsonDocument::Compact)));
    q.addBindValue(sql::text(connection.me));
    q.addBindValue(sql::timestamp(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return sqlError(q);
    auto saved = this->connection(connection.name);
    if (!saved)
        return saved.error();
    return **saved;
}

Status SyncStore::removeConnection(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM crm_connections WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<QString> SyncStore::cursor(qint64 connectionId, CrmObject object) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT cursor FROM sync_cursors WHERE connection_id = ? AND object_type = ?"));
    q.addBindValue(connectionId);
    q.addBindValue(crmObjectKey(object));
    if (!q.exec())
        return sqlError(q);
    return q.next() ? q.value(0).toString() : QString();
}

Status SyncStore::setCursor(qint64 connectionId, CrmObject object, const QString &cursor) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_cursors (connection_id, object_type, cursor, updated_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (connection_id, object_type) DO UPDATE SET cursor = excluded.cursor, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(connectionId);
    q.addBindValue(crmObjectKey(object));
    q.addBindValue(sql::text(cursor));
    q.addBindValue(sql::timestamp(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<QList<SyncRun>> SyncStore::runs(qint64 connectionId, int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM sync_runs WHERE connection_id = ? ORDER BY id DESC LIMIT ?"));
    q.addBindValue(connectionId);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<SyncRun> runs;
    for (qint64 id : ids) {
        auto r = run(id);
        if (!r)
            return r.error();
        runs << *r;
    }
    return runs;
}

Result<SyncRun> SyncStore::run(qint64 runId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, connection_id, started_at, finished_at, status, message, created, updated, deleted, "
                             "skipped, pushed, conflicts, retries FROM sync_runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error { QObject::tr("no sync run with id %1").arg(runId) };
    SyncRun r;
    r.id = q.value(0).toLongLong();
    r.connectionId = q.value(1).toLongLong();
    r.startedAt = sql::toTimestamp(q.value(2));
    r.finishedAt = sql::toTimestamp(q.value(3));
    r.status = q.value(4).toString();
    r.message = q.value(5).toString();
    r.created = q.value(6).toInt();
    r.updated = q.value(7).toInt();
    r.deleted = q.value(8).toInt();
    r.skipped = q.value(9).toInt();
    r.pushed = q.value(10).toInt();
    r.conflicts = q.value(11).toInt();
    r.retries = q.value(12).toInt();
    q.prepare(QStringLiteral("SELECT object_type, record_id, reason FROM sync_issues WHERE run_id = ? ORDER BY id"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(q);
    while (q.next())
        r.issues << CrmRecordIssue { crmObjectFromKey(q.value(0).toString()).value_or(CrmObject::Companies), q.value(1).toString(),
                                     q.value(2).toString() };
    return r;
}

Status SyncStore::resetCursors(qint64 connectionId) const
{
    for (const char *table : { "sync_cursors", "sync_pending" }) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE connection_id = ?").arg(QLatin1String(table)));
        q.addBindValue(connectionId);
        if (!q.exec())
            return Error { q.lastError().text() };
    }
    return {};
}

Result<QString> SyncStore::bookId() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT value FROM book_settings WHERE key = 'book_id'")))
        return Error { q.lastError().text() };
    if (q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    q.finish();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    q.prepare(QStringLiteral("INSERT INTO book_settings (key, value) VALUES ('book_id', ?)"));
    q.addBindValue(id);
    if (!q.exec())
        return Error { q.lastError().text() };
    return id;
}

} // namespace csm
