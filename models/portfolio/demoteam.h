#pragma once

#include "domain/result.h"

#include <QDate>
#include <QStringList>

#include <atomic>
#include <functional>

namespace csm {

struct DemoTeamOptions
{
    int csms = 5;
    int accountsPerBook = 200;
    quint64 seed = 1;
    QDate today; ///< invalid = today
    int healthWeeks = 52;
};

/// Writes a team of demo books into `folder`, one exported book file per CSM ("NAME.csmbook"),
/// each a demo book of its own seed owned by that CSM, with a year of history. The second CSM's
/// book shares one customer with the first (the same CRM id), as a hand-over in progress would.
/// Returns the files written. `progress(done, total)` counts books.
Result<QStringList> buildDemoTeam(const QString &folder, const DemoTeamOptions &options,
                                  const std::function<void(int done, int total)> &progress = {},
                                  const std::atomic_bool *cancel = nullptr);

/// The names the demo team's CSMs have, in order.
QStringList demoTeamNames();

} // namespace csm
