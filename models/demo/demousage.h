#pragma once

#include "accountprofile.h"
#include "democontext.h"
#include "domain/result.h"

#include <QRandomGenerator>

#include <array>

namespace csm {
class ActivityRepository;
}

namespace csm::demo {

/// An account's weekly utilisation (active users / seats, 0–1), oldest week first, and the level it
/// is normally used at, which surveys and tickets compare against.
struct UsageShape
{
    std::array<double, UsageWeeks> utilisation {};
    double baseline = 0.75;

    /// How the week compares with the account's normal level: ~1 healthy, ~0.3 deep in a slump.
    double relativeHealth(int week) const { return qBound(0.0, utilisation[week] / baseline, 1.2); }
};

/// Draws the utilisation curve of the profile's pattern.
UsageShape drawUsageShape(QRandomGenerator &rng, const AccountProfile &profile, const DemoContext &context);

/// Writes one weekly sample per week of the context: seats, active users, logins and adopted features
/// that follow `shape`. Returns the number of samples written.
Result<int> writeUsage(const ActivityRepository &activity, qint64 accountId, const AccountProfile &profile,
    const UsageShape &shape, QRandomGenerator &rng, const DemoContext &context);

} // namespace csm::demo
