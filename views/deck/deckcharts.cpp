#include "deckcharts.h"

#include "decktheme.h"

#include "activitycharts.h"
#include "healthcontributionchart.h"
#include "healthtrendchart.h"
#include "usagechart.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPainter>

namespace csm {

struct DeckChartRecorder::Charts
{
    HealthTrendChart trend;
    HealthContributionChart contribution;
    UsageChart usage;
    FeatureAdoptionChart features;
    TicketTrendChart tickets;
    NpsChart nps;
};

namespace {

/// Slides are white whatever the app's palette: charts are drawn dark on light.
QPalette deckPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, deck::Paper);
    p.setColor(QPalette::Window, deck::Paper);
    p.setColor(QPalette::Text, deck::Ink);
    p.setColor(QPalette::WindowText, deck::Ink);
    p.setColor(QPalette::PlaceholderText, deck::Grey);
    return p;
}

/// Type sized in deck units, so a chart reads the same on every page size.
void applyDeckType(ChartView &view)
{
    QChart *c = view.chart();
    c->setTitleFont(deck::font(16, true));
    c->legend()->setFont(deck::font(13));
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsFont(deck::font(13));
        axis->setTitleFont(deck::font(13));
    }
    view.applyPalette();
}

QPicture recordChart(ChartView &view, const QRectF &rect)
{
    applyDeckType(view);
    QPicture picture;
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    view.renderTo(&painter, QRectF(QPointF(0, 0), rect.size()));
    painter.end();
    return picture;
}

} // namespace

DeckChartRecorder::DeckChartRecorder() = default;

DeckChartRecorder::~DeckChartRecorder() = default;

DeckPictures DeckChartRecorder::record(const DeckData &data, const QList<DeckSection> &sections)
{
    // Fresh charts for every deck: a chart's removed axes and series go away only when the event
    // loop runs, which it may not between two decks of a batch, and they would draw along.
    m_charts = std::make_unique<Charts>();
    const QPalette palette = deckPalette();
    for (ChartView *view : std::initializer_list<ChartView *> { &m_charts->trend, &m_charts->contribution, &m_charts->usage,
                                                              &m_charts->features, &m_charts->tickets, &m_charts->nps }) {
        view->setAttribute(Qt::WA_DontShowOnScreen);
        view->setPalette(palette);
    }
    DeckPictures pictures;
    for (DeckChart chart : deckChartsFor(sections)) {
        const QRectF rect = deckChartRect(chart);
        switch (chart) {
        case DeckChart::HealthTrend:
            m_charts->trend.setHistory(data.healthHistory, data.healthOverrides, data.bands);
            pictures.insert(chart, recordChart(m_charts->trend, rect));
            break;
        case DeckChart::HealthContribution:
            m_charts->contribution.setResult(data.health);
            pictures.insert(chart, recordChart(m_charts->contribution, rect));
            break;
        case DeckChart::Usage:
            if (data.usage.isEmpty())
                break; // the slide says there is no usage instead
            m_charts->usage.setSamples(data.usage);
            pictures.insert(chart, recordChart(m_charts->usage, rect));
            break;
        case DeckChart::Features:
            if (data.usage.isEmpty())
                break;
            m_charts->features.setSamples(data.usage);
            pictures.insert(chart, recordChart(m_charts->features, rect));
            break;
        case DeckChart::Tickets:
            m_charts->tickets.setTickets(data.tickets, data.asOf);
            pictures.insert(chart, recordChart(m_charts->tickets, rect));
            break;
        case DeckChart::Nps:
            m_charts->nps.setResponses(data.surveys, data.asOf);
            pictures.insert(chart, recordChart(m_charts->nps, rect));
            break;
        }
    }
    return pictures;
}

} // namespace csm
