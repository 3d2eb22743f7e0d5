#pragma once

#include "accountparser.h"
#include "domain/account.h"
#include "domain/result.h"

#include <QList>
#include <QSqlDatabase>

namespace csm {

/// What an import did to the book.
struct ImportSummary
{
    int inserted = 0; ///< accounts whose crm_id was new
    int updated = 0; ///< accounts matched by crm_id and overwritten
};

/// Upserts `accounts` by crm_id. The caller holds a csm::Transaction, so a failure half-way leaves
/// nothing behind once the transaction rolls back. A stored manual segment survives unless the
/// account brings its own override (see AccountRepository::upsertByCrmId).
Result<ImportSummary> writeAccounts(const QSqlDatabase &db, const QList<Account> &accounts);

/// The whole import as `csmctl import` and File ▸ Import run it: refuses a file with any issue,
/// otherwise writes every account in one transaction. On error nothing was written.
Result<ImportSummary> importParsedAccounts(const QSqlDatabase &db, const ParsedAccounts &parsed);

} // namespace csm
