#include "storebench.h"

#include "bookfactory.h"
#include "sqlitefloor.h"

#include "store/bookreader.h"

#include <QEventLoop>

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

Result<OpenBook> openToFirstPage(const QString &path, bool everyRow)
{
    OpenBook book;
    auto session = BookSession::open(path);
    if (!session)
        return session.error();
    book.session = std::move(*session);
    book.model = book.session->model();
    book.model->setToday(benchToday());
    book.proxy = std::make_unique<BookProxyModel>();
    book.proxy->setBookModel(book.model);
    book.proxy->sort(BookModel::Arr, Qt::DescendingOrder);

    QEventLoop loop;
    QString error;
    QObject::connect(book.session.get(), &BookSession::loaded, &loop, &QEventLoop::quit);
    if (!everyRow)
        QObject::connect(book.session.get(), &BookSession::firstPageLoaded, &loop, &QEventLoop::quit);
    QObject::connect(book.session.get(), &BookSession::failed, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    book.session->setFirstPageOrder(BookReader::Order::ArrDescending);
    book.session->reload();
    loop.exec();
    if (!error.isEmpty())
        return Error { error };

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
        auto result = openToFirstPage(path, false);
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
