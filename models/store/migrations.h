#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace csm::Migrations {

/// Version the app writes; one more than the number of the newest migration script applied.
int latestVersion();

/// The message for a book whose schema is newer than this app knows.
QString newerVersionMessage(int version);

/// Migration scripts in the order they are applied (resource paths ":/sql/migrations/NNNN_*.sql").
QStringList scripts();

/// Schema version recorded in the book; 0 for an empty file.
Result<int> schemaVersion(const QSqlDatabase &db);

/// Brings the book to `target` (default: latest) in one transaction. A book newer than the app knows
/// is refused with a clear message and not modified.
Status migrate(const QSqlDatabase &db, int target = -1);

} // namespace csm::Migrations
