#include "retention.h"

#include <algorithm>

namespace csm {

std::optional<double> RetentionFigures::nrr() const
{
    if (startingCents <= 0)
        return std::nullopt;
    return double(startingCents + expansionCents - contractionCents - churnCents) / double(startingCents);
}

std::optional<double> RetentionFigures::grr() const
{
    if (startingCents <= 0)
        return std::nullopt;
    return double(startingCents - contractionCents - churnCents) / double(startingCents);
}

RetentionFigures &RetentionFigures::operator+=(const RetentionFigures &o)
{
    startingCents += o.startingCents;
    expansionCents += o.expansionCents;
    contractionCents += o.contractionCents;
    churnCents += o.churnCents;
    newCents += o.newCents;
    reactivationCents += o.reactivationCents;
    endingCents += o.endingCents;
    cohortAccounts += o.cohortAccounts;
    expandedAccounts += o.expandedAccounts;
    contractedAccounts += o.contractedAccounts;
    churnedAccounts += o.churnedAccounts;
    newAccounts += o.newAccounts;
    reactivatedAccounts += o.reactivatedAccounts;
    unconvertedAccounts += o.unconvertedAccounts;
    return *this;
}

AccountRetention accountRetention(const ArrHistory &history, const QDate &from, const QDate &to, const CurrencyRates &rates)
{
    using Outcome = AccountRetention::Outcome;
    AccountRetention out;
    if (history.empty() || !from.isValid() || !to.isValid() || to < from)
        return out;
    const DatedArr start = arrAt(history, from.addDays(-1));
    const DatedArr end = arrAt(history, to);
    const auto startCents = start.cents > 0 ? rates.convert(start.cents, start.currency) : std::optional<qint64>(0);
    const auto endCents = end.cents > 0 ? rates.convert(end.cents, end.currency) : std::optional<qint64>(0);
    if (!startCents || !endCents) {
        out.unconverted = true;
        return out;
    }
    out.startCents = *startCents;
    out.endCents = *endCents;
    if (out.startCents > 0) {
        if (out.endCents == 0)
            out.outcome = Outcome::Churned;
        else if (out.endCents < out.startCents)
            out.outcome = Outcome::Contracted;
        else if (out.endCents > out.startCents)
            out.outcome = Outcome::Expanded;
        else
            out.outcome = Outcome::Retained;
    } else if (out.endCents > 0) {
        const bool churnedBefore = std::any_of(history.cbegin(), history.cend(), [&](const ArrMovement &m) {
            return m.kind == ArrMovementKind::Churn && m.day < from;
        });
        out.outcome = churnedBefore ? Outcome::Reactivated : Outcome::New;
    }
    return out;
}

void addToRetention(RetentionFigures &f, const AccountRetention &a)
{
    using Outcome = AccountRetention::Outcome;
    if (a.unconverted) {
        ++f.unconvertedAccounts;
        return;
    }
    f.endingCents += a.endCents;
    if (a.startCents > 0) {
        f.startingCents += a.startCents;
        ++f.cohortAccounts;
    }
    switch (a.outcome) {
    case Outcome::None:
    case Outcome::Retained:
        break;
    case Outcome::Expanded:
        f.expansionCents += a.endCents - a.startCents;
        ++f.expandedAccounts;
        break;
    case Outcome::Contracted:
        f.contractionCents += a.startCents - a.endCents;
        ++f.contractedAccounts;
        break;
    case Outcome::Churned:
        f.churnCents += a.startCents;
        ++f.churnedAccounts;
        break;
    case Outcome::New:
        f.newCents += a.endCents;
        ++f.newAccounts;
        break;
    case Outcome::Reactivated:
        f.reactivationCents += a.endCents;
        ++f.reactivatedAccounts;
        break;
    }
}

RetentionFigures computeRetention(std::span<const ArrHistory> histories, const QDate &from, const QDate &to,
                                  const CurrencyRates &rates)
{
    RetentionFigures figures;
    for (const ArrHistory &history : histories)
        addToRetention(figures, accountRetention(history, from, to, rates));
    return figures;
}

std::optional<double> TimeToValue::medianDays() const
{
    if (days.empty())
        return std::nullopt;
    const std::size_t n = days.size();
    return n % 2 ? double(days[n / 2]) : (days[n / 2 - 1] + days[n / 2]) / 2.0;
}

std::optional<double> TimeToValue::averageDays() const
{
    if (days.empty())
        return std::nullopt;
    double sum = 0;
    for (int d : days)
        sum += d;
    return sum / double(days.size());
}

void addToTimeToValue(TimeToValue &ttv, const QDate &contractStart, const QDate &firstValue, const QDate &from,
                      const QDate &to, const QDate &asOf)
{
    if (!contractStart.isValid() || contractStart < from || contractStart > to)
        return;
    ++ttv.onboarded;
    if (!firstValue.isValid() || firstValue < contractStart || firstValue > asOf)
        return;
    ++ttv.reached;
    const int d = int(contractStart.daysTo(firstValue));
    ttv.days.insert(std::upper_bound(ttv.days.begin(), ttv.days.end(), d), d);
}

} // namespace csm
