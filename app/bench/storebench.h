#pragma once

#include "benchoptions.h"
#include "report.h"

#include "domain/result.h"
#include "itemmodels/bookmodel.h"
#include "itemmodels/bookproxymodel.h"
#include "store/database.h"

#include <memory>

namespace csm::bench {

/// A book opened the way the list shows it: the connection, the loaded model, the proxy sorted
/// by ARR descending.
struct OpenBook
{
    std::unique_ptr<Database> database;
    std::unique_ptr<BookModel> model;
    std::unique_ptr<BookProxyModel> proxy;
};

/// Rows of the first painted page.
inline constexpr int FirstPageRows = 50;

/// Opens `path`, loads every row, sorts by ARR descending and reads what the first page paints.
Result<OpenBook> openToFirstPage(const QString &path);

/// "store open + first page" and "full load vs sqlite3 floor" at one scale.
bool runStoreBench(Report &report, const Scale &scale, const QString &path, const BenchOptions &options);

} // namespace csm::bench
