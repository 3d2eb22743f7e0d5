#pragma once

#include "domain/bookrow.h"
#include "domain/result.h"

#include <QSqlDatabase>

#include <atomic>
#include <vector>

namespace csm {

/// Reads every row of the book list in one pass: the accounts joined with their latest contact
/// touch. Runs on a worker thread's own connection; never on the UI thread.
class BookReader final
{
public:
    explicit BookReader(QSqlDatabase db) : m_db(std::move(db)) { }

    /// The statement, shared with the benchmark so the sqlite3 floor runs the same SQL.
    static QString sql();

    /// All rows in id order. Returns an error with no rows if `cancel` becomes true.
    Result<std::vector<BookRow>> readAll(const std::atomic_bool *cancel = nullptr) const;

    /// What the first page is ordered by, so it can be shown before the whole book is read.
    enum class Order { ArrDescending, ArrAscending, Name, Renewal, LastTouch };

    /// The first `limit` rows in `order` (in no particular order; the list sorts them). With an
    /// index on ARR this reads a few hundred rows instead of the whole book.
    Result<std::vector<BookRow>> readFirst(Order order, int limit) const;

    /// One row, for refreshing the list after an edit of a single account.
    Result<BookRow> readOne(qint64 accountId) const;

private:
    QSqlDatabase m_db;
};

} // namespace csm
