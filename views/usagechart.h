#pragma once

#include "domain/usagesample.h"

#include "chartview.h"

#include <QList>

namespace csm {

/// Active users against licensed seats over the usage history of one account.
class UsageChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageChart)

public:
    explicit UsageChart(QWidget *parent = nullptr);

    void setSamples(const QList<UsageSample> &samples);
};

} // namespace csm
