#include "syncengine.h"

#include "syncstatements.h"

#include "segmentation/segmentationservice.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

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

Error sqlError(const SyncStatement &q)
{
    return Error { q.lastError() };
}

} // namespace

SyncEngine::SyncEngine(QSqlDatabase db, CrmConnection connection, CrmConnector &connector)
    : m_db(std::move(db))
    , m_connection(std::move(connection))
    , m_connector(connector)
{
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::finish(SyncRun &run, const QString &status, const QString &message)
{
    run.status = status;
    run.message = message;
    // The pages of an open batch are whole, each with its cursor: they are kept.
    if (m_sql)
        if (const Status kept = m_sql->commitOpenBatch(run); !kept) {
            run.status = QStringLiteral("failed");
            run.message = tr("Could not store the last pages read: %1").arg(kept.errorMessage())
                + (message.isEmpty() ? QString() : QStringLiteral("; ") + message);
        }
    run.finishedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_runs SET status = ?, message = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(run.status);
    q.addBindValue(sql::text(run.message));
    q.addBindValue(sql::timestamp(run.finishedAt));
    q.addBindValue(run.id);
    q.exec();
    (void)saveCounts(run);
}

Status SyncEngine::saveCounts(const SyncRun &run)
{
    if (m_sql) { // every page saves them: prepared once
        SyncStatement &q = m_sql->counts;
        int at = 1;
        for (const int count : { run.created, run.updated, run.deleted, run.skipped, run.pushed, run.conflicts, run.retries })
            q.bind(at++, count);
        q.bind(at, run.id);
        if (!q.exec())
            return sqlError(q);
        return {};
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_runs SET created = ?, updated = ?, deleted = ?, skipped = ?, pushed = ?, conflicts = ?, "
                             "retries = ? WHERE id = ?"));
    for (const QVariant &v : { QVariant(run.created), QVariant(run.updated), QVariant(run.deleted), QVariant(run.skipped),
                               QVariant(run.pushed), QVariant(run.conflicts), QVariant(run.retries), QVariant(run.id) })
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    return {};
}

SyncRun SyncEngine::run(const std::atomic_bool *cancel, const Progress &progress)
{
    SyncRun run;
    run.connectionId = m_connection.id;
    run.startedAt = QDateTime::currentDateTimeUtc();
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO sync_runs (connection_id, started_at) VALUES (?, ?)"));
        q.addBindValue(m_connection.id);
        q.addBindValue(sql::timestamp(run.startedAt));
        if (!q.exec()) {
            run.status = QStringLiteral("failed");
            run.message = q.lastError().text();
            return run;
        }
        run.id = q.lastInsertId().toLongLong();
        q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_local_edits)"));
        m_localEdits = q.next() && q.value(0).toBool();
    }
    m_sql = std::make_unique<Statements>(m_db); // one that cannot be prepared fails where it is run, saying why
    m_accountIds.reset();
    m_contactIds.reset();
    m_pendingKeys.reset();
    m_cacheError.clear();
    m_connector.setCancelFlag(cancel);
    const SyncStore store(m_db);
    // A first pull commits thousands of pages. The book copies its write-ahead log into the file,
    // flushing the disk twice, every 1,000 pages written by default; while the sync runs it does
    // so every 10,000 (at most 40 MB of log), and once more when the sync is over, however it ends.
    int checkpointPages = 0;
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next())
            checkpointPages = q.value(0).toInt();
        q.finish();
        if (checkpointPages > 0 && checkpointPages < SyncCheckpointPages)
            q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(SyncCheckpointPages));
        else
            checkpointPages = 0; // left as it is
    }
    const auto restoreCheckpoints = qScopeGuard([this, checkpointPages] {
        if (checkpointPages == 0)
            return;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(checkpointPages));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    });

    const QList<CrmObject> offered = m_connector.objects();
    for (CrmObject object : AllCrmObjects) {
        if (!offered.contains(object))
            continue;
        if (object == CrmObject::Companies) { // names of the owners the companies point at
            m_ownerNames.clear();
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT crm_id, name FROM crm_owners WHERE connection_id = ?"));
            q.addBindValue(m_connection.id);
            q.exec();
            while (q.next())
                m_ownerNames.insert(q.value(0).toString(), q.value(1).toString());
        }
        auto cursor = store.cursor(m_connection.id, object);
        if (!cursor) {
            finish(run, QStringLiteral("failed"), cursor.errorMessage());
            return run;
        }
        QString at = *cursor;
        int records = 0;
        for (;;) {
            if (cancel && cancel->load()) {
                finish(run, QStringLiteral("cancelled"), tr("Cancelled; every page applied so far is kept and the next sync goes on from there."));
                return run;
            }
            auto pulled = m_connector.pull(object, at);
            if (auto *error = std::get_if<CrmError>(&pulled)) {
                if (error->kind == CrmFailure::Cancelled)
                    finish(run, QStringLiteral("cancelled"), tr("Cancelled; every page applied so far is kept and the next sync goes on from there."));
                else
                    finish(run, QStringLiteral("failed"), tr("%1 (while reading %2)").arg(error->message, crmObjectKey(object)));
                return run;
            }
            const CrmPage &page = std::get<CrmPage>(pulled);
            run.retries += page.retries;
            Status applied = m_sql->openBatch(run);
            if (applied)
                applied = applyPage(object, page, run);
            if (applied)
                applied = setCursor(object, page.cursor);
            if (applied)
                applied = saveCounts(run);
            if (!applied) {
                // The batch goes back whole, its cursor with it: the next sync reads its pages again.
                m_sql->rollbackOpenBatch(run);
                finish(run, QStringLiteral("failed"), tr("Could not store a page of %1: %2").arg(crmObjectKey(object), applied.errorMessage()));
                return run;
            }
            if (m_sql->addToBatch(page.records.size() + page.issues.size()) || page.done)
                if (const Status committed = m_sql->commitOpenBatch(run); !committed) {
                    finish(run, QStringLiteral("failed"),
                           tr("Could not store a page of %1: %2").arg(crmObjectKey(object), committed.errorMessage()));
                    return run;
                }
            records += int(page.records.size());
            if (progress)
                progress(object, records);
            at = page.cursor;
            if (page.done)
                break;
        }
    }
    if (const Status committed = m_sql->commitOpenBatch(run); !committed) {
        finish(run, QStringLiteral("failed"), tr("Could not store the last pages read: %1").arg(committed.errorMessage()));
        return run;
    }
    {
        Transaction transaction(m_db);
        Status applied = transaction.isActive() ? applyPending(run) : Status(Error { transaction.lastError() });
        if (applied)
            applied = saveCounts(run);
        if (applied)
            applied = transaction.commit();
        if (!applied) {
            finish(run, QStringLiteral("failed"), tr("Could not apply the records that waited for their company: %1").arg(applied.errorMessage()));
            return run;
        }
    }
    // New accounts get their segment by the book's rules.
    if (auto segmented = SegmentationService(m_db).recompute(); !segmented) {
        finish(run, QStringLiteral("failed"), tr("Synced, but the segments could not be recomputed: %1").arg(segmented.errorMessage()));
        return run;
    }
    // Then what the app has to say: fields edited here, and health where it is written back.
    if (m_connector.canPush()) {
        Status pushedAll = pushLocalEdits(run);
        const QString writeBack = m_connection.settings.value(QStringLiteral("write_back_health")).toString();
        if (pushedAll && (writeBack == u"true" || writeBack == u"1"))
            pushedAll = pushHealth(run, cancel);
        if (!pushedAll) {
            if (cancel && cancel->load())
                finish(run, QStringLiteral("cancelled"),
                       tr("Cancelled while writing back; every change pulled is kept, and what was not written yet is "
                          "written by the next sync."));
            else
                finish(run, QStringLiteral("failed"), tr("Pulled every change, but writing back failed: %1").arg(pushedAll.errorMessage()));
            return run;
        }
    }
    m_sql.reset();
    finish(run, QStringLiteral("ok"), {});
    return run;
}

} // namespace csm
