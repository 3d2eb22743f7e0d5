#pragma once

// The sync engine's prepared statements and its units of work, shared by the engine's source files.

#include "syncengine.h"
#include "syncsql.h"

#include <QElapsedTimer>

namespace csm {

/// Every statement a sync runs, prepared once per run on the book's sqlite3 handle.
struct SyncEngine::Statements
{
    explicit Statements(const QSqlDatabase &db);

    SyncConnection connection;
    SyncStatement owner, company, insertCompany, updateCompany, archiveCompany, localEdits, conflict, upsertContact,
        deleteContact, deal, upsertDeal, archiveDeal, issue, dropEdit, keepPending, dropPending, cursor, counts, beginBatch,
        commitBatch, rollbackBatch;

    /// Pages are stored in batches, each page whole with its cursor: a batch commits, with the
    /// cursor of its last page, once it holds BatchRecords records or has been open BatchMs, when an
    /// object's pull is done, and before the engine does anything else. A sync killed, or a page
    /// the book refuses, leaves the book as the last commit left it, and the next sync resumes from
    /// the cursor committed with it: nothing is lost or stored twice. One commit for several pages
    /// writes the book's busiest pages (index roots, the tables' last leaves) to its log once
    /// instead of once a page, and no page needs a savepoint (whose journal costs as much again).
    static constexpr int BatchRecords = 2'000;
    static constexpr int BatchMs = 1'000;

    /// Opens a batch unless one is open; `run` as it is now is what a failed commit goes back to.
    Status openBatch(const SyncRun &run);
    /// Counts a stored page's records; true when the batch should be committed now.
    bool addToBatch(qsizetype records);
    /// Commits the open batch, if any. When the book refuses (a full disk), the batch is rolled
    /// back, `run` goes back to what it was when the batch opened, and the error says why.
    Status commitOpenBatch(SyncRun &run);
    /// Rolls the open batch back, if any, and `run` with it.
    void rollbackOpenBatch(SyncRun &run);

private:
    bool m_batchOpen = false;
    qsizetype m_batchRecords = 0;
    QElapsedTimer m_batchAge;
    SyncRun m_batchStart;
};

} // namespace csm
