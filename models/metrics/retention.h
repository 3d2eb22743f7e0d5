#pragma once

#include "arrmovement.h"
#include "currencyrates.h"

#include <QDate>

#include <optional>
#include <span>
#include <vector>

namespace csm {

/// ARR retention over a period, in the reporting currency's minor units.
///
/// The cohort is every account with ARR at the start of the period (the end of the day before
/// `from`). Each cohort account is netted over the period, from its ARR at the start to its ARR at
/// the end of `to`: ending at zero is churn of its starting ARR, ending lower is contraction,
/// ending higher is expansion. So an account that churns and returns within the period counts by
/// its net change, and one that churned before the period and returns during it is a reactivation,
/// outside the cohort (its starting ARR is zero), like a new account.
///
///   NRR = (starting ARR + expansion − contraction − churn) ÷ starting ARR
///   GRR = (starting ARR − contraction − churn) ÷ starting ARR   (never above 100%)
struct RetentionFigures
{
    qint64 startingCents = 0;
    qint64 expansionCents = 0;
    qint64 contractionCents = 0;
    qint64 churnCents = 0;
    qint64 newCents = 0;          ///< accounts outside the cohort that never churned before
    qint64 reactivationCents = 0; ///< accounts outside the cohort that had churned before the period
    qint64 endingCents = 0;       ///< every account's ARR at the end of the period

    int cohortAccounts = 0;
    int expandedAccounts = 0;
    int contractedAccounts = 0;
    int churnedAccounts = 0;
    int newAccounts = 0;
    int reactivatedAccounts = 0;
    int unconvertedAccounts = 0; ///< left out: no exchange rate for their currency

    std::optional<double> nrr() const; ///< nullopt without a cohort
    std::optional<double> grr() const;

    /// Adds another group's figures (a team total from its CSMs; accounts counted once by the caller).
    RetentionFigures &operator+=(const RetentionFigures &other);
};

/// What one account did over the period, for totals and for finding the accounts behind a figure.
struct AccountRetention
{
    enum class Outcome : quint8 { None, Retained, Expanded, Contracted, Churned, New, Reactivated };
    Outcome outcome = Outcome::None; ///< None: no ARR at the start or at the end, or not convertible
    qint64 startCents = 0;
    qint64 endCents = 0;
    bool unconverted = false;
};

/// The account's part of the period [from, to] (both days included), converted with `rates`.
AccountRetention accountRetention(const ArrHistory &history, const QDate &from, const QDate &to,
                                  const CurrencyRates &rates);

/// Adds one account's part to `figures`.
void addToRetention(RetentionFigures &figures, const AccountRetention &account);

/// The period's retention over `histories` (one per account).
RetentionFigures computeRetention(std::span<const ArrHistory> histories, const QDate &from, const QDate &to,
                                  const CurrencyRates &rates);

/// Time to value: days from contract start to the first-value milestone, for accounts whose
/// contract started in [from, to].
struct TimeToValue
{
    int onboarded = 0;   ///< contracts started in the period
    int reached = 0;     ///< of those, reached first value (on or before `asOf`)
    std::vector<int> days; ///< each reached account's time to value, sorted
    std::optional<double> medianDays() const;
    std::optional<double> averageDays() const;
};

/// Adds one account: counted when `contractStart` lies in [from, to]; reached when `firstValue`
/// is valid, not before the contract start, and not after `asOf`.
void addToTimeToValue(TimeToValue &ttv, const QDate &contractStart, const QDate &firstValue, const QDate &from,
                      const QDate &to, const QDate &asOf);

} // namespace csm
