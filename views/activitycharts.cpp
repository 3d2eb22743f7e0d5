#include "activitycharts.h"

#include "chartcolours.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace csm {

namespace {

void clear(QChart *c)
{
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
}

/// A value axis from 0 with whole-number steps that fit `maxValue`.
QValueAxis *countAxis(int maxValue)
{
    auto *y = new QValueAxis;
    const int top = std::max(4, maxValue + (maxValue + 3) / 4);
    const int step = std::max(1, (top + 3) / 4);
    y->setRange(0, step * 4);
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%d"));
    return y;
}

/// Adds `series` to `view`'s chart over one category per bar and a count axis, with a tooltip
/// naming the category, the stack and the count.
void showStackedBars(ChartView *view, QStackedBarSeries *series, const QStringList &categories, int maxTotal)
{
    QChart *c = view->chart();
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    QValueAxis *y = countAxis(maxTotal);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QObject::connect(series, &QStackedBarSeries::hovered, view, [view, categories](bool state, int index, QBarSet *set) {
        view->showToolTip(state ? ChartView::tr("%1, %2: %3").arg(categories.value(index), set->label()).arg(set->at(index))
                                : QString());
    });
    view->applyPalette();
}

QColor priorityColour(Ticket::Priority p)
{
    switch (p) {
    case Ticket::Priority::Low: return QColor(0x9a, 0xb8, 0xd8);
    case Ticket::Priority::Normal: return QColor(0x1f, 0x6f, 0xd1);
    case Ticket::Priority::High: return bandColour(HealthBand::Amber);
    case Ticket::Priority::Urgent: return bandColour(HealthBand::Red);
    }
    return {};
}

QString priorityName(Ticket::Priority p)
{
    switch (p) {
    case Ticket::Priority::Low: return TicketTrendChart::tr("Low");
    case Ticket::Priority::Normal: return TicketTrendChart::tr("Normal");
    case Ticket::Priority::High: return TicketTrendChart::tr("High");
    case Ticket::Priority::Urgent: return TicketTrendChart::tr("Urgent");
    }
    return {};
}

} // namespace

TicketTrendChart::TicketTrendChart(QWidget *parent)
    : ChartView(parent)
{
    setMinimumHeight(160);
    setAccessibleName(tr("Support tickets opened per month by priority"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

int TicketTrendChart::count(int month, Ticket::Priority priority) const
{
    return month >= 0 && month < m_counts.size() ? m_counts.at(month)[int(priority)] : 0;
}

void TicketTrendChart::setTickets(const QList<Ticket> &tickets, const QDate &until)
{
    QChart *c = chart();
    clear(c);
    constexpr int Months = 6;
    const QDate lastMonth(until.year(), until.month(), 1);
    const QDate firstMonth = lastMonth.addMonths(-(Months - 1));
    m_counts = QList<std::array<int, 4>>(Months, std::array<int, 4> { 0, 0, 0, 0 });
    for (const Ticket &t : tickets) {
        if (t.openedOn < firstMonth || t.openedOn > until)
            continue;
        const int month = (t.openedOn.year() - firstMonth.year()) * 12 + t.openedOn.month() - firstMonth.month();
        ++m_counts[month][int(t.priority)];
    }
    const QLocale locale;
    QStringList categories;
    int maxTotal = 0;
    for (int m = 0; m < Months; ++m) {
        categories << locale.monthName(firstMonth.addMonths(m).month(), QLocale::ShortFormat);
        int total = 0;
        for (int v : m_counts.at(m))
            total += v;
        maxTotal = std::max(maxTotal, total);
    }
    c->setTitle(maxTotal == 0 ? tr("No tickets in the last six months") : QString());

    auto *series = new QStackedBarSeries;
    for (Ticket::Priority p : { Ticket::Priority::Urgent, Ticket::Priority::High, Ticket::Priority::Normal,
                                Ticket::Priority::Low }) {
        auto *set = new QBarSet(priorityName(p));
        set->setColor(priorityColour(p));
        set->setBorderColor(priorityColour(p));
        for (int m = 0; m < Months; ++m)
            *set << m_counts.at(m)[int(p)];
        series->append(set);
    }
    series->setBarWidth(0.6);
    showStackedBars(this, series, categories, maxTotal);
}

NpsChart::NpsChart(QWidget *parent)
    : ChartView(parent)
{
    setMinimumHeight(160);
    setAccessibleName(tr("NPS answers per quarter: promoters, passives and detractors"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void NpsChart::setResponses(const QList<SurveyResponse> &responses, const QDate &until)
{
    QChart *c = chart();
    clear(c);
    constexpr int Quarters = 4;
    const QDate lastQuarter(until.year(), (until.month() - 1) / 3 * 3 + 1, 1);
    const QDate firstQuarter = lastQuarter.addMonths(-3 * (Quarters - 1));
    std::array<std::array<int, 3>, Quarters> counts {}; // detractors, passives, promoters
    int any = 0;
    for (const SurveyResponse &r : responses) {
        if (r.kind != SurveyResponse::Kind::Nps || r.respondedOn < firstQuarter || r.respondedOn > until)
            continue;
        const int months = (r.respondedOn.year() - firstQuarter.year()) * 12 + r.respondedOn.month() - firstQuarter.month();
        ++counts[months / 3][r.score >= 9 ? 2 : r.score >= 7 ? 1 : 0];
        ++any;
    }
    c->setTitle(any == 0 ? tr("No NPS answers this year") : QString());
    const QStringList names { tr("Detractors (0–6)"), tr("Passives (7–8)"), tr("Promoters (9–10)") };
    const QList<QColor> colours { bandColour(HealthBand::Red), bandColour(HealthBand::None), bandColour(HealthBand::Green) };
    auto *series = new QStackedBarSeries;
    int maxTotal = 0;
    for (int q = 0; q < Quarters; ++q)
        maxTotal = std::max(maxTotal, counts[q][0] + counts[q][1] + counts[q][2]);
    for (int kind = 2; kind >= 0; --kind) {
        auto *set = new QBarSet(names.at(kind));
        set->setColor(colours.at(kind));
        set->setBorderColor(colours.at(kind));
        for (int q = 0; q < Quarters; ++q)
            *set << counts[q][kind];
        series->append(set);
    }
    series->setBarWidth(0.55);
    QStringList categories;
    for (int q = 0; q < Quarters; ++q) {
        const QDate start = firstQuarter.addMonths(3 * q);
        categories << tr("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year());
    }
    showStackedBars(this, series, categories, maxTotal);
}

FeatureAdoptionChart::FeatureAdoptionChart(QWidget *parent)
    : ChartView(parent)
{
    setMinimumHeight(160);
    setAccessibleName(tr("Share of the plan's features in use over time"));
    chart()->legend()->setVisible(false);
}

void FeatureAdoptionChart::setSamples(const QList<UsageSample> &samples)
{
    QChart *c = chart();
    clear(c);
    auto *line = new QLineSeries;
    line->setName(tr("Features in use"));
    QPen pen(QColor(0x6a, 0x4c, 0xc2));
    pen.setWidthF(2.0);
    line->setPen(pen);
    for (const UsageSample &s : samples)
        if (s.featuresAvailable > 0)
            line->append(qreal(QDateTime(s.periodStart, QTime(0, 0)).toMSecsSinceEpoch()),
                         100.0 * s.featuresAdopted / s.featuresAvailable);
    if (line->count() == 0) {
        delete line;
        c->setTitle(tr("No feature usage recorded"));
        applyPalette();
        return;
    }
    c->setTitle(tr("Features in use (% of plan)"));
    c->addSeries(line);
    auto *x = new QDateTimeAxis;
    const qint64 span = samples.first().periodStart.daysTo(samples.last().periodStart);
    x->setFormat(span < 183 ? tr("d MMM", "date format of the time axis: day and short month")
                          : QStringLiteral("MMM yy"));
    x->setTickCount(4);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%d%%"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    connect(line, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        showToolTip(state ? tr("%1: %2% of features in use")
                                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date(), QLocale::ShortFormat))
                                .arg(qRound(point.y()))
                          : QString());
    });
    applyPalette();
}

} // namespace csm
