#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>

namespace csm {

/// The QSettings key of the book the app opens at start when no `--db` is given; missing or empty
/// for Database::defaultPath().
QString bookLocationSettingsKey();

/// The book the app opens at start: the one chosen in Settings, else Database::defaultPath().
QString startupBookPath();

/// Keeps `path` as the book to open at start; an empty path (or the default one) forgets the choice.
void setStartupBookPath(const QString &path);

/// What a proposed book location is, before anything is written there.
struct BookLocationCheck
{
    enum class Kind : quint8 {
        ExistingBook, ///< a book file is there and can be opened for writing
        NewBook,      ///< nothing is there yet: a new, empty book is created on first open
        Refused       ///< the app cannot keep a book there; `message` says why
    };
    Kind kind = Kind::Refused;
    QString path;    ///< absolute and clean
    QString message; ///< a sentence for the user, for every kind
    bool ok() const { return kind != Kind::Refused; }
};

/// Checks `path` as a place for the book: an existing file must be a readable and writable SQLite
/// file; for a new one the folder (or the nearest folder that exists, for folders still to be
/// made) must take a new file, which is tried for real, so permissions, read-only disks and
/// access lists all count.
BookLocationCheck checkBookLocation(const QString &path);

/// Writes a consistent copy of the book `db` is connected to at `target`, which must not exist.
/// The copy is SQLite's `VACUUM INTO`, one transaction's view of the book, so it is safe while
/// the app writes; it goes to a neighbouring file first and takes the name only when complete,
/// so a failure leaves nothing at `target`. Never a plain file copy: an open book has its
/// newest pages in its write-ahead log. `db` must not be inside a transaction.
Status copyBookTo(const QSqlDatabase &db, const QString &target, const std::atomic_bool *cancel = nullptr);

} // namespace csm
