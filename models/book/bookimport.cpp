#include "bookimport.h"

#include "io/accountparser.h"
#include "io/columnmapping.h"
#include "segmentation/segmentationservice.h"
#include "store/transaction.h"

#include <QObject>

namespace csm {

Result<ImportOutcome> importAccountsFile(const QSqlDatabase &db, const QString &path, const QString &mappingPath)
{
    ColumnMapping mapping;
    if (!mappingPath.isEmpty()) {
        auto loaded = ColumnMapping::fromJsonFile(mappingPath);
        if (!loaded)
            return loaded.error();
        mapping = *loaded;
    }

    ImportOutcome outcome;
    ParsedAccounts parsed = parseAccountsFile(path, mapping);
    if (!parsed.issues.isEmpty()) {
        outcome.issues = parsed.issues;
        return outcome;
    }

    Transaction transaction(db);
    if (!transaction.isActive())
        return Error { QObject::tr("cannot start the import: %1").arg(transaction.lastError()) };
    auto written = writeAccounts(db, parsed.accounts);
    if (!written)
        return written.error();
    outcome.summary = *written;
    auto changed = SegmentationService(db).recompute();
    if (!changed)
        return changed.error();
    outcome.segmentsChanged = *changed;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace csm
