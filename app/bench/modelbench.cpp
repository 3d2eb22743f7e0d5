#include "modelbench.h"

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
    StepResult totals(QStringLiteral("segment tab totals after \"nort\""), scale.name);
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

} // namespace

bool runModelBench(Report &report, const Scale &scale, const QString &path, const BenchOptions &options)
{
    auto book = openToFirstPage(path);
    if (!book) {
        std::fprintf(stderr, "csm-bench: %s\n", qPrintable(book.errorMessage()));
        return false;
    }
    report.add(timeSort(*book, scale, options, QStringLiteral("ARR desc"), BookModel::Arr, Qt::DescendingOrder));
    report.add(timeSort(*book, scale, options, QStringLiteral("name asc"), BookModel::Name, Qt::AscendingOrder));
    // Search and tabs run on the list as people see it: sorted by ARR.
    book->proxy->sort(BookModel::Arr, Qt::DescendingOrder);
    timeSearch(report, *book, scale, options);
    timeSegmentSwitch(report, *book, scale, options);
    return true;
}

} // namespace csm::bench
