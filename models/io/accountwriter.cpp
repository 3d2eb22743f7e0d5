#include "accountwriter.h"

#include "store/accountrepository.h"
#include "store/transaction.h"

namespace csm {

Result<ImportSummary> writeAccounts(const QSqlDatabase &db, const QList<Account> &accounts)
{
    const AccountRepository repository(db);
    ImportSummary summary;
    for (const Account &account : accounts) {
        // Asked first only to count; the upsert itself decides insert vs update atomically.
        const auto existing = repository.byCrmId(account.crmId);
        if (!existing)
            return existing.error();
        const auto id = repository.upsertByCrmId(account);
        if (!id)
            return id.error();
        ++(existing->has_value() ? summary.updated : summary.inserted);
    }
    return summary;
}

Result<ImportSummary> importParsedAccounts(const QSqlDatabase &db, const ParsedAccounts &parsed)
{
    if (parsed.hasIssues())
        return Error { AccountImport::tr("nothing was imported; problems found in the file: %1").arg(parsed.issues.size()) };
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error { AccountImport::tr("cannot start the import: %1").arg(transaction.lastError()) };
    const Result<ImportSummary> summary = writeAccounts(db, parsed.accounts);
    if (!summary)
        return summary;
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace csm
