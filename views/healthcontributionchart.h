#pragma once

#include "chartview.h"

#include "health/healthscorer.h"

namespace csm {

/// How each measure fed an account's score: one horizontal bar per measure as long as its
/// effective weight, split into the points it earned and the points it lost. The measure losing
/// the most is named in the title; missing inputs are listed but carry no bar.
class HealthContributionChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthContributionChart)

public:
    explicit HealthContributionChart(QWidget *parent = nullptr);

    void setResult(const HealthResult &result);

    /// The tooltip of bar `index` (model order), as shown on hover.
    QString describe(int index) const;

private:
    HealthResult m_result;
};

} // namespace csm
