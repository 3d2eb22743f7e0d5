#pragma once

#include "demogenerator.h"

namespace csm {

/// What a whole demo book holds beyond its generated accounts.
struct DemoBookStats
{
    DemoStats rows;
    int meetings = 0;
    int playbookRuns = 0;
};

/// The demo book people see on first start: generated accounts (generateDemoBook), segments,
/// `healthWeeks` of weekly health history and today's scores, QBR and check-in notes for the
/// high- and mid-touch accounts, and playbooks the rules started two weeks ago and today, partly
/// worked. One transaction: a cancelled or failed build leaves the book empty.
Result<DemoBookStats> buildDemoBook(const QSqlDatabase &db, const DemoOptions &options, int healthWeeks = 52,
                                    const std::function<void(int done, int total)> &progress = {},
                                    const std::atomic_bool *cancel = nullptr);

/// The demo book's meeting notes: for high-touch accounts a QBR about a quarter ago and a check-in
/// since, for half the mid-touch ones a check-in; deterministic per seed. Returns how many.
Result<int> addDemoMeetings(const QSqlDatabase &db, quint64 seed, const QDate &today);
/// The playbook rules as they ran two weeks ago, part of that work done since, then the rules
/// today. Returns the runs started.
Result<int> runDemoPlaybooks(const QSqlDatabase &db, quint64 seed, const QDate &today,
                             const std::atomic_bool *cancel = nullptr);

} // namespace csm
