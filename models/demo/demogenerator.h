#pragma once

#include "domain/result.h"

#include <QDate>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace csm {

/// What demo book to make.
struct DemoOptions
{
    int accounts = 300;
    quint64 seed = 1;
    QDate today; ///< reference date; invalid = QDate::currentDate(). Tests pass a fixed date.
    QString owner; ///< buildDemoBook(): every account owned by this CSM (one CSM's own book); empty = a team's
};

/// How many rows of each kind a demo run wrote.
struct DemoStats
{
    int accounts = 0;
    int contacts = 0;
    int usageSamples = 0;
    int surveys = 0;
    int tickets = 0;

    friend bool operator==(const DemoStats &, const DemoStats &) = default;
};

/// Largest book generateDemoBook() accepts.
inline constexpr int MaxDemoAccounts = 1'000'000;

/// Writes a deterministic demo book into an EMPTY store (an error if the accounts table has rows)
/// in one transaction: accounts with contacts, a year of weekly usage, survey answers and tickets.
///
/// The same seed and `today` give the same book, row for row; account i is the same whatever
/// `options.accounts` is, except for which named CSM owns it (the team grows with the book).
/// Segments are not computed: every account is stored as Tech without override and the caller
/// recomputes them.
///
/// `progress(done, total)` is called about every 1% of accounts (may be empty). If `cancel` becomes
/// true the transaction is rolled back and Error("cancelled") returned; the store is then unchanged.
Result<DemoStats> generateDemoBook(const QSqlDatabase &db, const DemoOptions &options,
    const std::function<void(int done, int total)> &progress = {}, const std::atomic_bool *cancel = nullptr);

} // namespace csm
