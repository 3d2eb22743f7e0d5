#pragma once

namespace csm {

/// The figures the portfolio window can chart (its chart choice holds one per item).
enum PortfolioChartKind { HealthArr, HealthCount, AtRiskArr, Renewals, Overdue, QbrCoverage, Touch, Retention, Ttv };

} // namespace csm
