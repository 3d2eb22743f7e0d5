#pragma once

#include "benchoptions.h"
#include "report.h"

#include "domain/result.h"
#include "portfolio/portfolio.h"

#include <QStringList>

namespace csm::bench {

/// The size of the demo team the portfolio steps run on.
struct TeamScale
{
    int csms = 20;
    int accountsPerBook = 500;
    int healthWeeks = 52;

    QString name() const { return QStringLiteral("%1x%2").arg(csms).arg(accountsPerBook); }
};

/// 20 books of 500 accounts with a year of history; 4 of 100 with --quick.
TeamScale teamScale(const BenchOptions &options);

/// Opens a portfolio the way the lead does: every file read in parallel (`readTeamBooks`, as of
/// benchToday()), then each book added in file order. The first book that cannot be read fails it.
/// `readMs`, when given, is set to the time the reading took (the rest is adding).
Result<Portfolio> openPortfolio(const QStringList &files, const QString &cacheDir, double *readMs = nullptr);

/// The team portfolio (issue: "opening 20 books of 500 accounts each (with a year of history)
/// into a portfolio in ≤ 2 s; dashboards recompute on a filter change in ≤ 200 ms"): the demo
/// team is generated under `dir` (kept and reused with --keep, as the books are), then the open,
/// its peak memory (a child process), the dashboard recomputes of a run of filter changes and one
/// drill-down are measured.
bool runPortfolioBench(Report &report, const BenchOptions &options, const QString &dir);

} // namespace csm::bench
