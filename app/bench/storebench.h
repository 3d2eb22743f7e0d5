#pragma once

#include "benchoptions.h"
#include "report.h"

#include "domain/result.h"
#include "book/booksession.h"
#include "itemmodels/bookmodel.h"
#include "itemmodels/bookproxymodel.h"
#include "store/database.h"

#include <memory>

namespace csm::bench {

/// A book opened the way the app opens it: a BookSession loading on its worker thread, and the
/// list's proxy sorted by ARR descending.
struct OpenBook
{
    std::unique_ptr<BookSession> session;
    std::unique_ptr<BookProxyModel> proxy;
    BookModel *model = nullptr;
};

/// Rows of the first painted page.
inline constexpr int FirstPageRows = 50;

/// Opens `path` as the app does and waits until the list can paint its first page (or, with
/// `everyRow`, until the whole book is loaded); then reads what the first page paints.
Result<OpenBook> openToFirstPage(const QString &path, bool everyRow);

/// "store open + first page" and "full load vs sqlite3 floor" at one scale.
bool runStoreBench(Report &report, const Scale &scale, const QString &path, const BenchOptions &options);

} // namespace csm::bench
