#pragma once

#include <QDate>
#include <QStringList>

#include <array>

namespace csm::demo {

/// Weeks of usage history every demo account gets: one year.
inline constexpr int UsageWeeks = 52;

/// Book-wide facts fixed for one run, shared by every account.
struct DemoContext
{
    quint64 seed = 1;
    QDate today;
    /// Mondays, oldest first; the last is the Monday of `today`'s week.
    std::array<QDate, UsageWeeks> weekStarts;
    /// Named CSMs who own the accounts too large for the pooled teams.
    QStringList csms;
};

/// Builds the context: the week grid and a CSM team of about one per 300 accounts (at least one).
DemoContext makeDemoContext(quint64 seed, const QDate &today, int accounts);

} // namespace csm::demo
