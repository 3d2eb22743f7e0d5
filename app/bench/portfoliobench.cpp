#include "portfoliobench.h"

#include "bookfactory.h"
#include "childprocess.h"
#include "measure.h"

#include "metrics/currencyrates.h"
#include "portfolio/demoteam.h"
#include "portfolio/portfoliodashboard.h"
#include "portfolio/teambookloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThreadPool>

#include <cstdio>
#include <optional>

namespace csm::bench {

namespace {

constexpr double OpenTargetMs = 2'000.0;
constexpr double FilterChangeTargetMs = 200.0;

QString counted(qsizetype n, const char *one, const char *many)
{
    return n == 1 ? QStringLiteral("one %1").arg(QLatin1String(one)) : QStringLiteral("%1 %2").arg(n).arg(QLatin1String(many));
}

bool fail(const QString &what, const QString &message)
{
    std::fprintf(stderr, "csm-bench: portfolio %s: %s\n", qPrintable(what), qPrintable(message));
    return false;
}

/// The demo team's folder under `dir`, generated first when it is not there yet: built under a
/// temporary name and renamed when complete, so an interrupted run never leaves half a team to be
/// reused (as ensureBook does for books). `generatedMs` is set only when it was generated now.
Result<QString> ensureTeam(const QString &dir, const TeamScale &team, std::optional<double> &generatedMs)
{
    const QString folder = QDir(dir).filePath(QStringLiteral("team-%1-w%2").arg(team.name()).arg(team.healthWeeks));
    if (QFileInfo(folder).isDir())
        return folder;

    const QString partial = folder + QStringLiteral(".part");
    QDir(partial).removeRecursively();
    std::printf("generating the demo team (%d books x %d accounts, %d weeks of health) in %s ...\n", team.csms,
                team.accountsPerBook, team.healthWeeks, qPrintable(dir));
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    DemoTeamOptions options;
    options.csms = team.csms;
    options.accountsPerBook = team.accountsPerBook;
    options.seed = 1;
    options.today = benchToday();
    options.healthWeeks = team.healthWeeks;
    auto files = buildDemoTeam(partial, options);
    if (!files)
        return files.error();
    if (int(files->size()) != team.csms)
        return Error { QStringLiteral("the demo team has %1 books, not %2").arg(files->size()).arg(team.csms) };
    if (!QDir().rename(partial, folder))
        return Error { QStringLiteral("cannot rename %1 to %2").arg(partial, folder) };
    generatedMs = elapsedMs(timer);
    std::printf("  generated in %.1f s\n", *generatedMs / 1000.0);
    std::fflush(stdout);
    return folder;
}

double megabytesOnDisk(const QStringList &files)
{
    qint64 bytes = 0;
    for (const QString &file : files)
        bytes += QFileInfo(file).size();
    return double(bytes) / (1024.0 * 1024.0);
}

struct FilterChange
{
    enum Kind { Segment, Csm, Team };
    Kind kind;
    QString label;
    PortfolioFilter filter;
};

/// What a lead clicks through: each segment, then each CSM (all segments), then a 12-month
/// period (the whole team), then back to the default view (the whole team, the last 3 months).
std::vector<FilterChange> filterChanges(const Portfolio &portfolio, const PortfolioFilter &all)
{
    std::vector<FilterChange> changes;
    for (Segment segment : AllSegments) {
        PortfolioFilter f = all;
        f.segment = segment;
        changes.push_back({ FilterChange::Segment, QStringLiteral("segment %1").arg(segmentDisplayName(segment)), f });
    }
    for (int book = 0; book < int(portfolio.books().size()); ++book) {
        PortfolioFilter f = all;
        f.csm = book;
        changes.push_back({ FilterChange::Csm, QStringLiteral("CSM %1").arg(portfolio.csm(book)), f });
    }
    changes.push_back({ FilterChange::Team, QStringLiteral("12 months"), PortfolioFilter::forPeriod(all.today, 12, all.rates) });
    changes.push_back({ FilterChange::Team, QStringLiteral("all (3 months)"), all });
    return changes;
}

} // namespace

TeamScale teamScale(const BenchOptions &options)
{
    TeamScale team;
    if (options.quick) {
        team.csms = 4;
        team.accountsPerBook = 100;
    }
    return team;
}

Result<Portfolio> openPortfolio(const QStringList &files, const QString &cacheDir, double *readMs)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<Result<TeamBook>> books = readTeamBooks(files, cacheDir, benchToday());
    if (readMs)
        *readMs = elapsedMs(timer);
    Portfolio portfolio;
    for (Result<TeamBook> &book : books) {
        if (!book)
            return book.error();
        portfolio.add(std::move(book).value());
    }
    return portfolio;
}

bool runPortfolioBench(Report &report, const BenchOptions &options, const QString &dir)
{
    const TeamScale team = teamScale(options);
    const QString scale = team.name();
    std::optional<double> generatedMs;
    auto folder = ensureTeam(dir, team, generatedMs);
    if (!folder)
        return fail(QStringLiteral("team"), folder.errorMessage());
    const QStringList files = teamBookFiles({ *folder });
    if (int(files.size()) != team.csms)
        return fail(QStringLiteral("team"), QStringLiteral("%1 holds %2 books, not %3").arg(*folder).arg(files.size()).arg(team.csms));
    std::printf("portfolio %s: %s\n", qPrintable(scale), qPrintable(*folder));
    std::fflush(stdout);
    if (generatedMs) {
        // Setup, shown for scale: not a step of the product with a target.
        StepResult generated(QStringLiteral("portfolio setup: generate the demo team"), scale);
        generated.samples.values.push_back(*generatedMs);
        generated.note = QStringLiteral("%1 books, %2 weeks of health, %3 MB of book files, one run")
                             .arg(team.csms)
                             .arg(team.healthWeeks)
                             .arg(megabytesOnDisk(files), 0, 'f', 1);
        report.add(std::move(generated));
    }

    // Migrated copies of older books would go here; the demo team is current, so it stays empty.
    QTemporaryDir cache;
    const int openRuns = options.quick ? 1 : 3;
    StepResult open(QStringLiteral("portfolio open: readTeamBooks + Portfolio::add"), scale);
    open.target = OpenTargetMs;
    StepResult read(QStringLiteral("  of which readTeamBooks (parallel)"), scale);
    StepResult add(QStringLiteral("  of which Portfolio::add, every book"), scale);
    std::optional<Portfolio> portfolio;
    QString error;
    if (!timeRuns(open.samples, 0, openRuns, [&] { portfolio.reset(); }, [&] {
            double readMs = 0;
            QElapsedTimer timer;
            timer.start();
            auto opened = openPortfolio(files, cache.path(), &readMs);
            if (!opened)
                error = opened.errorMessage();
            else
                portfolio = std::move(opened).value();
            read.samples.values.push_back(readMs);
            add.samples.values.push_back(elapsedMs(timer) - readMs);
            return opened.ok();
        }))
        return fail(QStringLiteral("open"), error);
    int customers = 0;
    for (const Portfolio::Entry &entry : portfolio->entries())
        customers += portfolio->account(entry).archived ? 0 : 1;
    const int archived = int(portfolio->entries().size()) - customers;
    if (int(portfolio->books().size()) != team.csms || customers == 0)
        return fail(QStringLiteral("open"), QStringLiteral("%1 books and %2 accounts in the portfolio")
                                                 .arg(portfolio->books().size())
                                                 .arg(customers));
    open.note = QStringLiteral("%1 books, %2 accounts + %3 archived; %4x of the 2 s target; %5, OS file cache warm")
                    .arg(portfolio->books().size())
                    .arg(customers)
                    .arg(archived)
                    .arg(open.samples.median() / OpenTargetMs, 0, 'f', 2)
                    .arg(counted(openRuns, "run", "runs"));
    read.note = QStringLiteral("%1 worker threads").arg(QThreadPool::globalInstance()->maxThreadCount());
    report.add(std::move(open));
    report.add(std::move(read));
    report.add(std::move(add));

    if (!runPortfolioMemoryBench(report, scale, *folder, openRuns))
        return false;

    // Filter changes: every recompute timed on its own, over warm-up + timed passes.
    const PortfolioFilter all = PortfolioFilter::forPeriod(benchToday(), 3, CurrencyRates::defaults());
    const std::vector<FilterChange> changes = filterChanges(*portfolio, all);
    StepResult recompute(QStringLiteral("portfolio dashboard recompute per filter change"), scale);
    recompute.target = FilterChangeTargetMs;
    Samples byKind[3];
    double worstMs = -1;
    QString worstLabel;
    qint64 checksum = 0;
    for (int pass = 0; pass < options.warmups + options.runs; ++pass) {
        for (const FilterChange &change : changes) {
            QElapsedTimer timer;
            timer.start();
            {
                const PortfolioDashboard dashboard = computeDashboard(*portfolio, change.filter);
                checksum += dashboard.team.accounts + qint64(dashboard.byCsm.size());
            }
            const double ms = elapsedMs(timer);
            if (pass < options.warmups)
                continue;
            recompute.samples.values.push_back(ms);
            byKind[change.kind].values.push_back(ms);
            if (ms > worstMs) {
                worstMs = ms;
                worstLabel = change.label;
            }
        }
    }
    if (checksum <= 0)
        return fail(QStringLiteral("dashboard"), QStringLiteral("every dashboard is empty"));
    // A CSM's view counts a twentieth of the accounts, so the whole team's recomputes are shown apart.
    recompute.note = QStringLiteral("%1 changes x %2: each segment, each CSM, 12 months, back to all; "
                                    "medians: segment %3 ms, CSM %4 ms, whole team %5 ms")
                         .arg(changes.size())
                         .arg(counted(options.runs, "pass", "passes"))
                         .arg(byKind[FilterChange::Segment].median(), 0, 'f', 2)
                         .arg(byKind[FilterChange::Csm].median(), 0, 'f', 2)
                         .arg(byKind[FilterChange::Team].median(), 0, 'f', 2);
    StepResult worst(QStringLiteral("  worst filter change"), scale);
    worst.target = FilterChangeTargetMs;
    worst.samples.values.push_back(worstMs);
    worst.note = QStringLiteral("the slowest of %1 recomputes: %2").arg(recompute.samples.runs()).arg(worstLabel);
    report.add(std::move(recompute));
    report.add(std::move(worst));

    StepResult drill(QStringLiteral("portfolio drill: Red accounts of the team"), scale);
    std::size_t behind = 0;
    if (!timeRuns(drill.samples, options.warmups, options.runs, {}, [&] {
            behind = accountsBehind(*portfolio, all, PortfolioGrouping::Team, 0, PortfolioMetric::Red).size();
            return true;
        }))
        return false;
    drill.note = QStringLiteral("accountsBehind, %1 accounts").arg(behind);
    report.add(std::move(drill));
    return true;
}

} // namespace csm::bench
