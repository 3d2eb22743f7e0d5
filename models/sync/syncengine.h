#pragma once

#include "crmconnector.h"
#include "syncstore.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace csm {

/// Runs one sync of a connection: for each object the connector offers (owners, companies,
/// contacts, deals), pulls pages from the stored cursor until the connector says it is done, and
/// applies each page **in one transaction with its cursor**, so a sync stopped at any moment
/// resumes where it stopped, without a loss or a duplicate.
///
/// CRM-owned fields (name, domain, owner, ARR, currency, renewal date, contract start, stage) come
/// from the CRM; the app's own data (notes, playbooks, health, overrides, segments set by hand) is
/// never touched. A CRM-owned field edited in the app (sync_local_edits) is kept and waits to be
/// pushed; if the CRM changed it too, it becomes a conflict with both values. Records the CRM
/// archived are kept with their notes, marked archived. A record the connector could not read is
/// logged (object, id, reason) and skipped; the rest go on.
///
/// Runs on the calling thread, which must own `db`; the UI runs it on a worker.
class SyncEngine
{
public:
    SyncEngine(QSqlDatabase db, CrmConnection connection, CrmConnector &connector);
    ~SyncEngine();
    SyncEngine(const SyncEngine &) = delete;
    SyncEngine &operator=(const SyncEngine &) = delete;

    /// `progress(object, records so far of it)` after each page.
    using Progress = std::function<void(CrmObject object, int records)>;

    /// Pages of write-ahead log the book collects before copying them into its file, while a sync
    /// runs (SQLite's default is 1,000).
    static constexpr int SyncCheckpointPages = 10'000;

    /// The run as logged; status ok, failed (message says why; pages committed before the failure
    /// stay, with their cursor) or cancelled (every page read so far stays).
    SyncRun run(const std::atomic_bool *cancel = nullptr, const Progress &progress = {});

private:
    struct Statements;
    Status applyPage(CrmObject object, const CrmPage &page, SyncRun &run);
    Status applyOwner(const CrmRecord &r, SyncRun &run);
    Status applyCompany(const CrmRecord &r, SyncRun &run);
    Status applyContact(const CrmRecord &r, SyncRun &run);
    Status applyDeal(const CrmRecord &r, SyncRun &run);
    Status addIssue(SyncRun &run, const CrmRecordIssue &issue);
    Status saveCounts(const SyncRun &run);
    /// Stores where `object`'s pull got to, as SyncStore::setCursor does (in the page's batch).
    Status setCursor(CrmObject object, const QString &cursor);
    void finish(SyncRun &run, const QString &status, const QString &message);
    const QHash<QString, qint64> &accountIds();
    std::optional<qint64> accountOf(const QString &companyId);
    std::optional<qint64> accountOfCompanies(const QStringList &companyIds);
    bool contactExists(const QString &crmId);
    /// The account a contact or deal hangs off; nullopt once the record is logged as skipped.
    Result<std::optional<qint64>> parentAccount(const CrmRecord &r, SyncRun &run);
    Status dropPending(const CrmRecord &r);
    /// Contacts and deals kept until their company arrived, applied now if it has.
    Status applyPending(SyncRun &run);
    /// Writes CRM-owned fields edited here (and not in conflict) back to the CRM.
    Status pushLocalEdits(SyncRun &run);
    /// Writes health score, band and segment to the CRM where they changed since last written.
    Status pushHealth(SyncRun &run, const std::atomic_bool *cancel);
    /// A connector's failure to write, as the run reports it.
    Status pushFailure(const CrmError &error) const;
    /// The records a push was refused for, logged; an error when the push failed as a whole.
    Result<QSet<QString>> pushRejects(const CrmError &error, SyncRun &run);

    QSqlDatabase m_db;
    CrmConnection m_connection;
    CrmConnector &m_connector;
    std::unique_ptr<Statements> m_sql;
    QHash<QString, QString> m_ownerNames; // CRM owner id → name
    bool m_localEdits = false;
    bool m_retryingPending = false;
    std::optional<QHash<QString, qint64>> m_accountIds; ///< CRM id → account, read once per run
    std::optional<QSet<QString>> m_contactIds;           ///< CRM ids of the book's contacts
    std::optional<QSet<QString>> m_pendingKeys;          ///< "contacts/ID" of records waiting for their company
    QString m_cacheError;
};

} // namespace csm
