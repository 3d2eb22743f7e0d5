#include "storebench.h"

#include "bookfactory.h"
#include "sqlitefloor.h"

#include "store/bookreader.h"

#include <cstdio>
#include <optional>

namespace csm::bench {

namespace {

double openTarget(const Scale &scale)
{
    return scale.accounts <= 300 ? 50.0 : scale.accounts <= 5'000 ? 100.0 : 300.0;
}

bool fail(const QString &what, const QString &message)
{
    std::fprintf(stderr, "csm-bench: %s: %s\n", qPrintable(what), qPrintable(message));
    return false;
}

} // namespace

Result<OpenBook> openToFirstPage(const QString &path)
{
    OpenBook book;
    auto database = Database::open(path);
    if (!database)
        return database.error();
    book.database = std::move(*database);
    auto rows = BookReader(book.database->connection()).readAll();
    if (!rows)
        return rows.error();
    book.model = std::make_unique<BookModel>();
    book.model->setToday(benchToday());
    book.model->setRows(std::move(rows).value());
    book.proxy = std::make_unique<BookProxyModel>();
    book.proxy->setBookModel(book.model.get());
    book.proxy->sort(BookModel::Arr, Qt::DescendingOrder);

    const int pageRows = std::min(FirstPageRows, book.proxy->rowCount());
    const int columns = book.proxy->columnCount();
    qsizetype touched = 0;
    for (int row = 0; row < pageRows; ++row) {
        for (int column = 0; column < columns; ++column)
            touched += book.proxy->data(book.proxy->index(row, column), Qt::DisplayRole).toString().size();
    }
    if (pageRows > 0 && touched == 0)
        return Error { QStringLiteral("the first page is empty") };
    return book;
}

bool runStoreBench(Report &report, const Scale &scale, const QString &path, const BenchOptions &options)
{
    StepResult open { QStringLiteral("store open + first page (sorted ARR desc)"), scale.name };
    open.target = openTarget(scale);
    std::optional<OpenBook> book;
    QString error;
    const bool opened = timeRuns(open.samples, options.warmups, options.runs, [&] { book.reset(); }, [&] {
        auto result = openToFirstPage(path);
        if (!result)
            error = result.errorMessage();
        else
            book = std::move(result).value();
        return result.ok();
    });
    book.reset();
    if (!opened)
        return fail(QStringLiteral("open"), error);
    report.add(std::move(open));

    StepResult floor { QStringLiteral("full load floor (raw sqlite3)"), scale.name };
    if (!timeRuns(floor.samples, options.warmups, options.runs, {}, [&] {
            auto rows = readBookFloor(path);
            if (!rows)
                error = rows.errorMessage();
            return rows.ok() && *rows == scale.accounts;
        }))
        return fail(QStringLiteral("floor"), error.isEmpty() ? QStringLiteral("wrong row count") : error);

    StepResult load { QStringLiteral("full load BookReader::readAll vs floor"), scale.name };
    load.target = 2.0;
    if (!timeRuns(load.samples, options.warmups, options.runs, {}, [&] {
            auto database = Database::open(path, Database::Mode::Existing);
            if (!database) {
                error = database.errorMessage();
                return false;
            }
            auto rows = BookReader((*database)->connection()).readAll();
            if (!rows)
                error = rows.errorMessage();
            return rows.ok() && int(rows->size()) == scale.accounts;
        }))
        return fail(QStringLiteral("readAll"), error.isEmpty() ? QStringLiteral("wrong row count") : error);
    load.floorMs = floor.samples.median();
    load.ratio = load.samples.median() / std::max(*load.floorMs, 1e-6);
    report.add(std::move(floor));
    report.add(std::move(load));
    return true;
}

} // namespace csm::bench
