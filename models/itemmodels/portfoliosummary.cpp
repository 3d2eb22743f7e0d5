#include "portfoliosummary.h"

#include <algorithm>

namespace csm {

PortfolioSummary summarizePortfolio(const std::vector<BookRow> &rows, AccountFilter filter, const QDate &today,
                                    const CurrencyRates &rates, std::size_t maxPoints)
{
    filter.setSegment(std::nullopt);
    filter.setHealthBand(std::nullopt);
    PortfolioSummary summary;
    summary.currency = rates.reporting();
    for (const BookRow &row : rows) {
        if (!filter.accepts(row, today))
            continue;
        const int s = int(row.segment);
        const int b = int(row.healthBand);
        ++summary.count[s][b];
        if (row.healthBand == HealthBand::Red)
            ++summary.atRisk;
        const std::optional<qint64> arr = row.currency == summary.currency || row.currency.isEmpty()
            ? std::optional<qint64>(row.arrCents)
            : rates.convert(row.arrCents, row.currency);
        if (!arr) {
            ++summary.unconverted;
            continue;
        }
        summary.arrCents[s][b] += *arr;
        if (row.healthBand == HealthBand::Red)
            summary.arrAtRiskCents += *arr;
        if (row.health)
            summary.largest.push_back({ row.id, *arr, *row.health, row.healthBand });
    }
    auto byArr = [](const PortfolioSummary::Point &a, const PortfolioSummary::Point &b) {
        return a.arrCents != b.arrCents ? a.arrCents > b.arrCents : a.accountId < b.accountId;
    };
    if (summary.largest.size() > maxPoints) {
        std::partial_sort(summary.largest.begin(), summary.largest.begin() + std::ptrdiff_t(maxPoints),
                          summary.largest.end(), byArr);
        summary.largest.resize(maxPoints);
    } else {
        std::sort(summary.largest.begin(), summary.largest.end(), byArr);
    }
    return summary;
}

} // namespace csm
