#pragma once

#include "domain/result.h"
#include "io/accountwriter.h"
#include "io/importissue.h"

#include <QSqlDatabase>

namespace csm {

/// What an import did, or why it did nothing.
struct ImportOutcome
{
    ImportSummary summary;
    QList<ImportIssue> issues; ///< non-empty ⇒ nothing was written
    int segmentsChanged = 0;

    bool rejected() const { return !issues.isEmpty(); }
};

/// Imports an accounts file (CSV or JSON, optionally with a column mapping file) all or nothing:
/// any problem in the file ⇒ every problem is reported and the store is unchanged; otherwise the
/// accounts are upserted and segments recomputed in one transaction.
Result<ImportOutcome> importAccountsFile(const QSqlDatabase &db, const QString &path,
                                         const QString &mappingPath = {});

} // namespace csm
