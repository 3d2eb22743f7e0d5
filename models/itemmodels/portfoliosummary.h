#pragma once

#include "accountfilter.h"
#include "metrics/currencyrates.h"

#include <vector>

namespace csm {

/// Health across the book for the portfolio charts: accounts and ARR per segment and band, the
/// ARR at risk, and the largest accounts for an ARR-against-health scatter.
struct PortfolioSummary
{
    static constexpr int BandCount = 4; ///< indexed by HealthBand: None, Red, Amber, Green

    int count[3][BandCount] = {};       ///< [segment][band]
    qint64 arrCents[3][BandCount] = {}; ///< [segment][band], in `currency`
    qint64 arrAtRiskCents = 0;          ///< ARR of red accounts
    int atRisk = 0;
    QString currency = QStringLiteral("USD"); ///< what every ARR here is in
    int unconverted = 0; ///< accounts counted whose currency has no rate: their ARR is left out

    struct Point
    {
        qint64 accountId = 0;
        qint64 arrCents = 0; ///< in the summary's currency
        double score = 0;
        HealthBand band = HealthBand::None;
    };
    std::vector<Point> largest; ///< scored accounts, largest ARR first, at most `maxPoints`
};

/// Summarises the rows that `filter` accepts, ignoring its segment and health band (the charts
/// show every segment and band, and clicking one sets them), with ARR converted into the reporting
/// currency of `rates`.
PortfolioSummary summarizePortfolio(const std::vector<BookRow> &rows, AccountFilter filter, const QDate &today,
                                    const CurrencyRates &rates = {}, std::size_t maxPoints = 2000);

} // namespace csm
