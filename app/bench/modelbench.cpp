#include "modelbench.h"

#include "sortfloor.h"
#include "storebench.h"

#include <cstdio>

namespace csm::bench {

namespace {

constexpr double SortTargetMs = 150.0;
constexpr double InteractionTargetMs = 30.0;

StepResult timeSort(const OpenBook &book, const Scale &scale, const BenchOptions &options, const QString &label,
                    int column, Qt::SortOrder order)
{
    StepResult result(QStringLiteral("sort all rows by %1 (BookProxyModel::sort)").arg(label), scale.name);
    result.target = SortTargetMs;
    // sort() ignores a repeat of the current column and order, so every run starts unsorted.
    (void)timeRuns(result.samples, options.warmups, options.runs, [&] { book.proxy->sort(-1); }, [&] {
        book.proxy->sort(column, order);
        return true;
    });
    return result;
}

void timeSearch(Report &report, const OpenBook &book, const Scale &scale, const BenchOptions &options)
{
    const QStringList keystrokes { QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("nor"),
                                   QStringLiteral("nort") };
    std::vector<StepResult> results;
    for (const QString &text : keystrokes) {
        results.emplace_back(QStringLiteral("search keystroke \"%1\" (setFilter)").arg(text), scale.name);
        results.back().target = InteractionTargetMs;
    }
    StepResult totals(QStringLiteral("segment tab totals (kept by the filter)"), scale.name);
    for (int run = 0; run < options.warmups + options.runs; ++run) {
        book.proxy->setFilter(AccountFilter());
        AccountFilter filter;
        for (std::size_t i = 0; i < results.size(); ++i) {
            filter.setText(keystrokes[qsizetype(i)]);
            QElapsedTimer timer;
            timer.start();
            book.proxy->setFilter(filter);
            if (run >= options.warmups)
                results[i].samples.values.push_back(elapsedMs(timer));
        }
        QElapsedTimer timer;
        timer.start();
        const auto counts = book.proxy->segmentTotals();
        if (run >= options.warmups)
            totals.samples.values.push_back(elapsedMs(timer));
        if (run == 0)
            std::printf("  \"nort\" matches %d of %d accounts\n", counts.count[3], book.model->rowCount());
    }
    book.proxy->setFilter(AccountFilter());
    for (StepResult &result : results)
        report.add(std::move(result));
    report.add(std::move(totals));
}

void timeSegmentSwitch(Report &report, const OpenBook &book, const Scale &scale, const BenchOptions &options)
{
    StepResult toHigh(QStringLiteral("segment switch All->High (setFilter)"), scale.name);
    StepResult toAll(QStringLiteral("segment switch High->All (setFilter)"), scale.name);
    toHigh.target = InteractionTargetMs;
    toAll.target = InteractionTargetMs;
    AccountFilter all;
    AccountFilter high;
    high.setSegment(Segment::High);
    for (int run = 0; run < options.warmups + options.runs; ++run) {
        book.proxy->setFilter(all);
        QElapsedTimer timer;
        timer.start();
        book.proxy->setFilter(high);
        const double highMs = elapsedMs(timer);
        timer.restart();
        book.proxy->setFilter(all);
        const double allMs = elapsedMs(timer);
        if (run >= options.warmups) {
            toHigh.samples.values.push_back(highMs);
            toAll.samples.values.push_back(allMs);
        }
    }
    report.add(std::move(toHigh));
    report.add(std::move(toAll));
}

StepResult timeSortFloor(const OpenBook &book, const Scale &scale, const BenchOptions &options, const QString &label,
                         std::vector<int> (*sortRows)(const std::vector<BookRow> &))
{
    StepResult result(QStringLiteral("  floor: std::stable_sort by %1").arg(label), scale.name);
    result.note = QStringLiteral("same ordering, no proxy");
    (void)timeRuns(result.samples, options.warmups, options.runs, {}, [&] {
        return sortRows(book.model->rows()).size() == book.model->rows().size();
    });
    return result;
}

/// Diagnostic: the same filter applied by re-attaching the model, so the proxy builds its mapping
/// in one filter pass and one sort instead of inserting and removing row intervals one by one.
/// It shows what a filter change would cost if setFilter() reset the proxy.
StepResult timeRefilterByReset(const OpenBook &book, const Scale &scale, const BenchOptions &options,
                               const QString &label, const AccountFilter &filter)
{
    StepResult result(QStringLiteral("diag: %1 by re-attaching the model").arg(label), scale.name);
    result.note = QStringLiteral("one filter pass + one sort");
    (void)timeRuns(
        result.samples, options.warmups, options.runs,
        [&] {
            book.proxy->setBookModel(nullptr);
            book.proxy->setFilter(filter);
        },
        [&] {
            book.proxy->setBookModel(book.model);
            return book.proxy->rowCount() >= 0;
        });
    const int rows = book.proxy->rowCount();
    const bool sorted = rows < 2
        || book.proxy->index(0, BookModel::Arr).data(BookModel::SortRole).toLongLong()
            >= book.proxy->index(rows - 1, BookModel::Arr).data(BookModel::SortRole).toLongLong();
    if (!sorted)
        result.note = QStringLiteral("NOT sorted after re-attach: diagnostic invalid");
    book.proxy->setFilter(AccountFilter());
    return result;
}

} // namespace

bool runModelBench(Report &report, const Scale &scale, const QString &path, const BenchOptions &options)
{
    auto book = openToFirstPage(path, true);
    if (!book) {
        std::fprintf(stderr, "csm-bench: %s\n", qPrintable(book.errorMessage()));
        return false;
    }
    report.add(timeSort(*book, scale, options, QStringLiteral("ARR desc"), BookModel::Arr, Qt::DescendingOrder));
    report.add(timeSortFloor(*book, scale, options, QStringLiteral("ARR desc"), sortFloorByArrDesc));
    report.add(timeSort(*book, scale, options, QStringLiteral("name asc"), BookModel::Name, Qt::AscendingOrder));
    report.add(timeSortFloor(*book, scale, options, QStringLiteral("name asc"), sortFloorByName));
    // Search and tabs run on the list as people see it: sorted by ARR.
    book->proxy->sort(BookModel::Arr, Qt::DescendingOrder);
    timeSearch(report, *book, scale, options);
    timeSegmentSwitch(report, *book, scale, options);
    AccountFilter typedN;
    typedN.setText(QStringLiteral("n"));
    report.add(timeRefilterByReset(*book, scale, options, QStringLiteral("search \"n\""), typedN));
    report.add(timeRefilterByReset(*book, scale, options, QStringLiteral("segment All"), AccountFilter()));
    return true;
}

} // namespace csm::bench
