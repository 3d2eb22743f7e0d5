#include "portfoliodashboard.h"

#include <QObject>

#include <algorithm>

namespace csm {

namespace {

/// What one account contributes, worked out once per filter.
struct Facts
{
    bool active = false;
    std::optional<qint64> arrCents; ///< reporting currency; nullopt without a rate
    int renewalWindow = -1;         ///< 0–3, or -1 outside the 120 days
    bool qbrGap = false;
    bool staleTouch = false;
    int daysSinceTouch = -1;
    AccountRetention retention;
    bool onboarded = false;
};

Facts factsOf(const PortfolioAccount &a, const PortfolioFilter &f)
{
    Facts facts;
    facts.active = !a.archived;
    facts.retention = accountRetention(a.history, f.from, f.to, f.rates);
    facts.onboarded = a.contractStart.isValid() && a.contractStart >= f.from && a.contractStart <= f.to;
    if (!facts.active)
        return facts;
    facts.arrCents = f.rates.convert(a.arrCents, a.currency);
    if (a.renewalDate.isValid()) {
        const qint64 days = f.today.daysTo(a.renewalDate);
        if (days >= 0 && days <= RenewalWindows * RenewalWindowDays)
            facts.renewalWindow = days == 0 ? 0 : int((days - 1) / RenewalWindowDays);
    }
    facts.qbrGap = a.segment == Segment::High && (!a.lastQbr.isValid() || a.lastQbr.daysTo(f.today) > f.qbrWindowDays);
    if (a.lastTouch.isValid())
        facts.daysSinceTouch = int(qMax<qint64>(0, a.lastTouch.daysTo(f.today)));
    facts.staleTouch = facts.daysSinceTouch < 0 || facts.daysSinceTouch > f.staleTouchDays;
    return facts;
}

bool passes(const PortfolioAccount &a, const Portfolio::Entry &e, const PortfolioFilter &f)
{
    if (f.segment && a.segment != *f.segment)
        return false;
    if (f.csm >= 0 && std::find(e.csms.cbegin(), e.csms.cend(), f.csm) == e.csms.cend())
        return false;
    return true;
}

struct Accumulator
{
    GroupFigures *figures;
    std::vector<int> touchDays;
};

void add(Accumulator &acc, const PortfolioAccount &a, const Facts &facts, const PortfolioFilter &f)
{
    GroupFigures &g = *acc.figures;
    addToRetention(g.retention, facts.retention);
    addToTimeToValue(g.ttv, a.contractStart, a.firstValue, f.from, f.to, f.today);
    if (!facts.active)
        return;
    ++g.accounts;
    const int band = int(a.band);
    ++g.bandCount[band];
    if (facts.arrCents) {
        g.arrCents += *facts.arrCents;
        g.bandArrCents[band] += *facts.arrCents;
    } else {
        ++g.unconverted;
    }
    if (facts.renewalWindow >= 0) {
        ++g.renewals[facts.renewalWindow];
        g.renewalArrCents[facts.renewalWindow] += facts.arrCents.value_or(0);
        ++g.renewalBands[facts.renewalWindow][band];
    }
    g.overdueSteps += a.overdueSteps;
    g.accountsWithOverdueSteps += a.overdueSteps > 0 ? 1 : 0;
    if (a.segment == Segment::High) {
        ++g.highTouch;
        g.qbrGaps += facts.qbrGap ? 1 : 0;
    }
    g.staleTouch += facts.staleTouch ? 1 : 0;
    if (facts.daysSinceTouch >= 0)
        acc.touchDays.push_back(facts.daysSinceTouch);
}

void finish(Accumulator &acc)
{
    std::vector<int> &d = acc.touchDays;
    if (d.empty())
        return;
    const std::size_t mid = d.size() / 2;
    std::nth_element(d.begin(), d.begin() + std::ptrdiff_t(mid), d.end());
    double median = d[mid];
    if (d.size() % 2 == 0)
        median = (median + *std::max_element(d.begin(), d.begin() + std::ptrdiff_t(mid))) / 2.0;
    acc.figures->medianDaysSinceTouch = median;
}

bool inMetric(const PortfolioAccount &a, const Facts &facts, PortfolioMetric metric)
{
    using M = PortfolioMetric;
    using O = AccountRetention::Outcome;
    switch (metric) {
    case M::Accounts: return facts.active;
    case M::Green: return facts.active && a.band == HealthBand::Green;
    case M::Amber: return facts.active && a.band == HealthBand::Amber;
    case M::Red: return facts.active && a.band == HealthBand::Red;
    case M::Unscored: return facts.active && a.band == HealthBand::None;
    case M::Renewals30: return facts.renewalWindow == 0;
    case M::Renewals60: return facts.renewalWindow == 1;
    case M::Renewals90: return facts.renewalWindow == 2;
    case M::Renewals120: return facts.renewalWindow == 3;
    case M::OverdueSteps: return facts.active && a.overdueSteps > 0;
    case M::QbrGaps: return facts.active && facts.qbrGap;
    case M::StaleTouch: return facts.active && facts.staleTouch;
    case M::Expanded: return facts.retention.outcome == O::Expanded;
    case M::Contracted: return facts.retention.outcome == O::Contracted;
    case M::Churned: return facts.retention.outcome == O::Churned;
    case M::NewOrReactivated: return facts.retention.outcome == O::New || facts.retention.outcome == O::Reactivated;
    case M::Onboarded: return facts.onboarded;
    case M::Count: break;
    }
    return false;
}

} // namespace

PortfolioFilter PortfolioFilter::forPeriod(const QDate &today, int months, const CurrencyRates &rates)
{
    PortfolioFilter f;
    f.today = today;
    const QDate firstOfMonth(today.year(), today.month(), 1);
    f.to = firstOfMonth.addDays(-1);
    f.from = firstOfMonth.addMonths(-months);
    f.rates = rates;
    return f;
}

std::optional<double> GroupFigures::qbrCoverage() const
{
    if (highTouch == 0)
        return std::nullopt;
    return double(highTouch - qbrGaps) / double(highTouch);
}

PortfolioDashboard computeDashboard(const Portfolio &portfolio, const PortfolioFilter &filter)
{
    PortfolioDashboard d;
    const int books = int(portfolio.books().size());
    d.byCsm.resize(std::size_t(books));
    d.bySegment.resize(3);
    d.team.label = QObject::tr("Team");
    std::vector<Accumulator> csm, segment;
    for (int b = 0; b < books; ++b) {
        d.byCsm[std::size_t(b)].label = portfolio.csm(b);
        csm.push_back(Accumulator { &d.byCsm[std::size_t(b)], {} });
    }
    for (Segment s : AllSegments) {
        d.bySegment[std::size_t(s)].label = segmentDisplayName(s);
        segment.push_back(Accumulator { &d.bySegment[std::size_t(s)], {} });
    }
    Accumulator team { &d.team, {} };

    for (const Portfolio::Entry &e : portfolio.entries()) {
        const PortfolioAccount &a = portfolio.account(e);
        if (!passes(a, e, filter))
            continue;
        const Facts facts = factsOf(a, filter);
        add(team, a, facts, filter);
        add(segment[std::size_t(a.segment)], a, facts, filter);
        for (int b : e.csms)
            if (filter.csm < 0 || b == filter.csm)
                add(csm[std::size_t(b)], a, facts, filter);
    }
    finish(team);
    for (Accumulator &acc : csm)
        finish(acc);
    for (Accumulator &acc : segment)
        finish(acc);
    return d;
}

std::vector<int> accountsBehind(const Portfolio &portfolio, const PortfolioFilter &filter, PortfolioGrouping grouping,
                                int group, PortfolioMetric metric)
{
    std::vector<std::pair<qint64, int>> found;
    const auto &entries = portfolio.entries();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Portfolio::Entry &e = entries[i];
        const PortfolioAccount &a = portfolio.account(e);
        if (!passes(a, e, filter))
            continue;
        if (grouping == PortfolioGrouping::Csm && std::find(e.csms.cbegin(), e.csms.cend(), group) == e.csms.cend())
            continue;
        if (grouping == PortfolioGrouping::Segment && int(a.segment) != group)
            continue;
        const Facts facts = factsOf(a, filter);
        if (!inMetric(a, facts, metric))
            continue;
        const qint64 weight = facts.active ? facts.arrCents.value_or(0) : facts.retention.startCents;
        found.emplace_back(weight, int(i));
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    std::vector<int> out;
    out.reserve(found.size());
    for (const auto &[weight, index] : found)
        out.push_back(index);
    return out;
}

} // namespace csm
