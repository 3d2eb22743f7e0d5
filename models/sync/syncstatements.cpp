#include "syncstatements.h"

namespace csm {

SyncEngine::Statements::Statements(const QSqlDatabase &db)
    : connection(db)
    , owner(connection, "INSERT INTO crm_owners (connection_id, crm_id, name, email, archived) VALUES (?, ?, ?, ?, ?) "
                        "ON CONFLICT (connection_id, crm_id) DO UPDATE SET name = excluded.name, "
                        "email = excluded.email, archived = excluded.archived")
    , company(connection, "SELECT id, archived_at IS NOT NULL, crm_modified_at, name, domain, owner_crm_id, arr_cents, "
                          "currency, coalesce(renewal_date, ''), coalesce(contract_start, ''), lifecycle_stage "
                          "FROM accounts WHERE crm_id = ?")
    , insertCompany(connection,
                    "INSERT INTO accounts (crm_id, name, domain, owner, owner_crm_id, arr_cents, currency, renewal_date, "
                    "contract_start, lifecycle_stage, crm_modified_at, crm_connection_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , updateCompany(connection,
                    "UPDATE accounts SET name = ?, domain = ?, owner = ?, owner_crm_id = ?, arr_cents = ?, currency = ?, "
                    "renewal_date = ?, contract_start = ?, lifecycle_stage = coalesce(?, lifecycle_stage), crm_modified_at = ?, "
                    "archived_at = NULL, crm_connection_id = ? WHERE id = ?")
    , archiveCompany(connection, "UPDATE accounts SET archived_at = ? WHERE id = ? AND archived_at IS NULL")
    , localEdits(connection, "SELECT field, base_value, local_value FROM sync_local_edits WHERE account_id = ?")
    // Counted once: an unsettled conflict seen again with the same CRM value is not a new one.
    , conflict(connection, "UPDATE sync_local_edits SET crm_value = ? WHERE account_id = ? AND field = ? AND crm_value IS NOT ?")
    , upsertContact(connection,
                    "INSERT INTO contacts (account_id, crm_id, name, email, title, crm_modified_at) VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (crm_id) DO UPDATE SET account_id = excluded.account_id, name = excluded.name, "
                    "email = excluded.email, title = excluded.title, crm_modified_at = excluded.crm_modified_at "
                    // The same version seen again changes nothing (and is not counted); values
                    // decide too, as some CRMs stamp to the second.
                    "WHERE contacts.crm_modified_at IS NOT excluded.crm_modified_at OR contacts.account_id IS NOT excluded.account_id "
                    "OR contacts.name IS NOT excluded.name OR contacts.email IS NOT excluded.email OR contacts.title IS NOT excluded.title")
    , deleteContact(connection, "DELETE FROM contacts WHERE crm_id = ?")
    , deal(connection, "SELECT id FROM deals WHERE crm_id = ?")
    , upsertDeal(connection,
                 "INSERT INTO deals (account_id, crm_id, name, amount_cents, currency, stage, close_date, is_closed, is_won, "
                 "crm_modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (crm_id) DO UPDATE SET "
                 "account_id = excluded.account_id, name = excluded.name, amount_cents = excluded.amount_cents, "
                 "currency = excluded.currency, stage = excluded.stage, close_date = excluded.close_date, "
                 "is_closed = excluded.is_closed, is_won = excluded.is_won, crm_modified_at = excluded.crm_modified_at, "
                 "archived_at = NULL WHERE deals.archived_at IS NOT NULL OR deals.crm_modified_at IS NOT excluded.crm_modified_at "
                 "OR deals.account_id IS NOT excluded.account_id OR deals.name IS NOT excluded.name "
                 "OR deals.amount_cents IS NOT excluded.amount_cents OR deals.currency IS NOT excluded.currency "
                 "OR deals.stage IS NOT excluded.stage OR deals.close_date IS NOT excluded.close_date "
                 "OR deals.is_closed IS NOT excluded.is_closed OR deals.is_won IS NOT excluded.is_won")
    , archiveDeal(connection, "UPDATE deals SET archived_at = ? WHERE crm_id = ? AND archived_at IS NULL")
    , issue(connection, "INSERT INTO sync_issues (run_id, object_type, record_id, reason) VALUES (?, ?, ?, ?)")
    , dropEdit(connection, "DELETE FROM sync_local_edits WHERE account_id = ? AND field = ?")
    , keepPending(connection,
                  "INSERT INTO sync_pending (connection_id, object_type, crm_id, record, first_seen_at) VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT (connection_id, object_type, crm_id) DO UPDATE SET record = excluded.record")
    , dropPending(connection, "DELETE FROM sync_pending WHERE connection_id = ? AND object_type = ? AND crm_id = ?")
    // As SyncStore::setCursor, prepared once: every page stores its cursor.
    , cursor(connection, "INSERT INTO sync_cursors (connection_id, object_type, cursor, updated_at) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT (connection_id, object_type) DO UPDATE SET cursor = excluded.cursor, "
                         "updated_at = excluded.updated_at")
    , counts(connection, "UPDATE sync_runs SET created = ?, updated = ?, deleted = ?, skipped = ?, pushed = ?, conflicts = ?, "
                         "retries = ? WHERE id = ?")
    // A batch of pages: a savepoint too, so that it nests in any transaction already open, and
    // commits when it is the outermost one.
    , beginBatch(connection, "SAVEPOINT csm_sync_batch")
    , commitBatch(connection, "RELEASE SAVEPOINT csm_sync_batch")
    , rollbackBatch(connection, "ROLLBACK TO SAVEPOINT csm_sync_batch")
{
}

Status SyncEngine::Statements::openBatch(const SyncRun &run)
{
    if (m_batchOpen)
        return {};
    if (!beginBatch.exec())
        return Error { beginBatch.lastError() };
    m_batchOpen = true;
    m_batchRecords = 0;
    m_batchAge.start();
    m_batchStart = run;
    return {};
}

bool SyncEngine::Statements::addToBatch(qsizetype records)
{
    m_batchRecords += records;
    return m_batchRecords >= BatchRecords || m_batchAge.elapsed() >= BatchMs;
}

Status SyncEngine::Statements::commitOpenBatch(SyncRun &run)
{
    if (!m_batchOpen)
        return {};
    m_batchOpen = false;
    if (commitBatch.exec())
        return {};
    const QString why = commitBatch.lastError();
    m_batchOpen = true;
    rollbackOpenBatch(run);
    return Error { why };
}

void SyncEngine::Statements::rollbackOpenBatch(SyncRun &run)
{
    if (!m_batchOpen)
        return;
    m_batchOpen = false;
    rollbackBatch.exec();
    commitBatch.exec(); // releases the savepoint rolled back to
    run = SyncRun(m_batchStart);
}

} // namespace csm
