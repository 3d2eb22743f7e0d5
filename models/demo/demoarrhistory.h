#pragma once

#include "domain/result.h"

#include <QDate>
#include <QSqlDatabase>

namespace csm {

/// What addDemoArrHistory() wrote.
struct DemoArrHistoryStats
{
    int movements = 0;
    int churned = 0;     ///< archived in the last year
    int reactivated = 0; ///< churned over a year ago and back this year
};

/// Gives a demo book's accounts a past: each starts at its contract with an ARR that some have
/// since expanded or contracted to today's, a few churned during the last year (archived on that
/// day) and a few came back after churning the year before; accounts that started in the last year
/// mostly reached their first value 10 to 60 days in. Replaces the movements the store recorded
/// while the book was generated. Deterministic per seed and `today`. Call inside the caller's
/// transaction.
Result<DemoArrHistoryStats> addDemoArrHistory(const QSqlDatabase &db, quint64 seed, const QDate &today);

} // namespace csm
