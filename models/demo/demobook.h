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

} // namespace csm
