#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

namespace csm {

/// What an exported book file says about itself, kept in its `meta` table so the file stays one
/// SQLite file that any SQLite tool can read.
struct BookManifest
{
    QString owner;          ///< the CSM whose book it is
    QDateTime exportedAt;   ///< UTC; invalid for a live book that was never exported
    int schemaVersion = 0;
    int accountCount = 0;   ///< accounts not archived, at export
    QString bookId;         ///< stable across exports of the same book
    QString appVersion;

    bool isExport() const { return exportedAt.isValid(); }
};

/// Book files: consistent single-file snapshots of a store, and reading them back.
namespace BookFile {

/// The suffix the app gives exported books.
inline constexpr QLatin1StringView Suffix { ".csmbook" };

/// Writes a consistent snapshot of the store `db` is connected to into `target` with its
/// manifest. Safe while the app writes to the store: the copy is SQLite's own `VACUUM INTO`,
/// which reads one transaction's view of the book. The file is written beside `target` and
/// renamed over it only when complete, so a failure (full disk, cancel) leaves no file and any
/// earlier export intact. `db` must not be inside a transaction. `owner` empty = the account
/// owner most accounts have.
Result<BookManifest> exportSnapshot(const QSqlDatabase &db, const QString &target, const QString &owner,
                                    const std::atomic_bool *cancel = nullptr);

/// Reads the manifest of an open book (a live book gets its owner from its accounts).
Result<BookManifest> readManifest(const QSqlDatabase &db);

/// The owner most of the book's accounts have (not archived); empty for an empty book.
Result<QString> mostCommonOwner(const QSqlDatabase &db);

} // namespace BookFile

} // namespace csm
