#pragma once

#include "portfolio.h"
#include "metrics/currencyrates.h"
#include "metrics/retention.h"

#include <QDate>

#include <optional>
#include <vector>

namespace csm {

/// What the dashboards are computed over.
struct PortfolioFilter
{
    std::optional<Segment> segment; ///< all segments when empty
    int csm = -1;                   ///< one CSM's book, or all (-1)
    QDate from;                     ///< the period NRR, GRR and time to value look at
    QDate to;
    QDate today;                    ///< renewals, overdue steps, QBR coverage and last touch count from here
    CurrencyRates rates;
    int staleTouchDays = 30;        ///< "no touch" after this many days
    int qbrWindowDays = 90;         ///< a high-touch account needs a QBR within this many days

    /// The last `months` whole months before today's month, say the last quarter for 3.
    static PortfolioFilter forPeriod(const QDate &today, int months, const CurrencyRates &rates);
};

/// Renewal windows the dashboards show: due within 30, 60, 90 and 120 days (each window its own
/// days: 0–30, 31–60, 61–90, 91–120).
inline constexpr int RenewalWindows = 4;
inline constexpr int RenewalWindowDays = 30;

/// One row of a dashboard: a CSM, a segment or the team. Money in the reporting currency's minor units.
struct GroupFigures
{
    QString label;
    int accounts = 0; ///< customers now (archived accounts count only in retention)
    qint64 arrCents = 0;
    int bandCount[4] = {};       ///< by HealthBand: None, Red, Amber, Green
    qint64 bandArrCents[4] = {};
    int renewals[RenewalWindows] = {};
    qint64 renewalArrCents[RenewalWindows] = {};
    int renewalBands[RenewalWindows][4] = {}; ///< the health of the accounts renewing in each window
    int overdueSteps = 0;
    int accountsWithOverdueSteps = 0;
    int highTouch = 0;
    int qbrGaps = 0;        ///< high-touch accounts without a QBR in the window
    int staleTouch = 0;     ///< no touch for staleTouchDays (or never)
    std::optional<double> medianDaysSinceTouch;
    RetentionFigures retention;
    TimeToValue ttv;
    int unconverted = 0;    ///< accounts left out of money figures: no rate for their currency

    qint64 atRiskCents() const { return bandArrCents[int(HealthBand::Red)]; }
    int atRisk() const { return bandCount[int(HealthBand::Red)]; }
    /// Share of high-touch accounts with a QBR in the window; nullopt without high-touch accounts.
    std::optional<double> qbrCoverage() const;
};

/// Figures the dashboards can be drilled into: each names a set of accounts.
enum class PortfolioMetric {
    Accounts,
    Green,
    Amber,
    Red, ///< also the ARR at risk
    Unscored,
    Renewals30,
    Renewals60,
    Renewals90,
    Renewals120,
    OverdueSteps,
    QbrGaps,
    StaleTouch,
    Expanded,
    Contracted,
    Churned,
    NewOrReactivated,
    Onboarded,
    Count
};

enum class PortfolioGrouping { Csm, Segment, Team };

struct PortfolioDashboard
{
    std::vector<GroupFigures> byCsm;     ///< one per book, in book order
    std::vector<GroupFigures> bySegment; ///< high, mid, tech
    GroupFigures team;                   ///< every account once
};

/// Computes every figure of the dashboards in one pass over the portfolio.
PortfolioDashboard computeDashboard(const Portfolio &portfolio, const PortfolioFilter &filter);

/// The portfolio entries behind one figure: `group` is a book index (Csm), a Segment (Segment) or
/// ignored (Team). Sorted by ARR, largest first.
std::vector<int> accountsBehind(const Portfolio &portfolio, const PortfolioFilter &filter, PortfolioGrouping grouping,
                                int group, PortfolioMetric metric);

} // namespace csm
