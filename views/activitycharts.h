#pragma once

#include "domain/surveyresponse.h"
#include "domain/ticket.h"
#include "domain/usagesample.h"

#include "chartview.h"

#include <QDate>
#include <QList>

namespace csm {

/// Tickets opened per month over the last six months up to a day, stacked by priority.
class TicketTrendChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketTrendChart)

public:
    explicit TicketTrendChart(QWidget *parent = nullptr);

    void setTickets(const QList<Ticket> &tickets, const QDate &until);
    /// Tickets counted in month `month` (0 = oldest shown) at `priority`, as drawn.
    int count(int month, Ticket::Priority priority) const;

private:
    QList<std::array<int, 4>> m_counts; // per month, per priority
};

/// NPS answers per quarter over the year up to a day: promoters, passives and detractors stacked.
class NpsChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NpsChart)

public:
    explicit NpsChart(QWidget *parent = nullptr);

    void setResponses(const QList<SurveyResponse> &responses, const QDate &until);
};

/// The share of the plan's features in use over time.
class FeatureAdoptionChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeatureAdoptionChart)

public:
    explicit FeatureAdoptionChart(QWidget *parent = nullptr);

    void setSamples(const QList<UsageSample> &samples);
};

} // namespace csm
