#pragma once

#include "health/healthband.h"
#include "health/healthoverride.h"
#include "health/healthsnapshot.h"

#include "chartview.h"

#include <QList>

namespace csm {

/// An account's health score over time, drawn over its red / amber / green bands, with a marker
/// where a person overrode it.
class HealthTrendChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthTrendChart)

public:
    explicit HealthTrendChart(QWidget *parent = nullptr);

    void setHistory(const QList<HealthSnapshot> &snapshots, const QList<HealthOverride> &overrides,
                    const HealthBands &bands = {});
};

} // namespace csm
