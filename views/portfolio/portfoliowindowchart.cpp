// The portfolio window's chart: one figure of the dashboards, by CSM or by segment, each bar
// drilling to the accounts behind it.
#include "portfoliowindow.h"
#include "portfoliowindowchart.h"

#include "chartcolours.h"
#include "chartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <functional>

namespace csm {

void PortfolioWindow::rebuildChart()
{
    const auto kind = PortfolioChartKind(m_chartChoice->currentData().toInt());
    const auto grouping = PortfolioGrouping(m_chartGrouping->currentData().toInt());
    const std::vector<GroupFigures> &groups = grouping == PortfolioGrouping::Segment ? m_dashboard.bySegment : m_dashboard.byCsm;
    auto *chart = new QChart;
    chart->setTitle(m_chartChoice->currentText());
    chart->legend()->setAlignment(Qt::AlignBottom);
    QStringList categories;
    for (const GroupFigures &g : groups)
        categories << g.label;

    const double money = 100.0 * 1000.0; // cents → thousands
    QAbstractBarSeries *series = nullptr;
    struct SetDef
    {
        QString name;
        QColor colour;
        std::function<double(const GroupFigures &)> value;
        PortfolioMetric metric;
    };
    std::vector<SetDef> sets;
    QString unit;
    const QList<HealthBand> bands { HealthBand::Green, HealthBand::Amber, HealthBand::Red, HealthBand::None };
    const PortfolioMetric bandMetric[] = { PortfolioMetric::Unscored, PortfolioMetric::Red, PortfolioMetric::Amber, PortfolioMetric::Green };
    switch (kind) {
    case HealthArr:
    case HealthCount:
        series = new QStackedBarSeries;
        for (HealthBand b : bands)
            sets.push_back({ healthBandDisplayName(b), bandColour(b),
                             [b, kind, money](const GroupFigures &g) {
                                 return kind == HealthArr ? double(g.bandArrCents[int(b)]) / money : double(g.bandCount[int(b)]);
                             },
                             bandMetric[int(b)] });
        unit = kind == HealthArr ? tr("%1 thousands").arg(m_rates.reporting()) : tr("accounts");
        break;
    case AtRiskArr:
        series = new QBarSeries;
        sets.push_back({ tr("ARR at risk"), bandColour(HealthBand::Red),
                         [money](const GroupFigures &g) { return double(g.atRiskCents()) / money; }, PortfolioMetric::Red });
        unit = tr("%1 thousands").arg(m_rates.reporting());
        break;
    case Renewals: {
        series = new QStackedBarSeries;
        const QString names[] = { tr("≤30 days"), tr("31–60 days"), tr("61–90 days"), tr("91–120 days") };
        const QColor colours[] = { QColor(0x1f, 0x4e, 0x79), QColor(0x2e, 0x75, 0xb6), QColor(0x6f, 0xa8, 0xdc), QColor(0xb4, 0xd1, 0xee) };
        const PortfolioMetric metrics[] = { PortfolioMetric::Renewals30, PortfolioMetric::Renewals60, PortfolioMetric::Renewals90,
                                            PortfolioMetric::Renewals120 };
        for (int w = 0; w < RenewalWindows; ++w)
            sets.push_back({ names[w], colours[w], [w](const GroupFigures &g) { return double(g.renewals[w]); }, metrics[w] });
        unit = tr("accounts");
        break;
    }
    case Overdue:
        series = new QBarSeries;
        sets.push_back({ tr("Overdue playbook steps"), QColor(0x8e, 0x44, 0xad),
                         [](const GroupFigures &g) { return double(g.overdueSteps); }, PortfolioMetric::OverdueSteps });
        unit = tr("steps");
        break;
    case QbrCoverage:
        series = new QBarSeries;
        sets.push_back({ tr("QBR coverage"), QColor(0x2e, 0x75, 0xb6),
                         [](const GroupFigures &g) { return g.qbrCoverage().value_or(0) * 100; }, PortfolioMetric::QbrGaps });
        unit = QStringLiteral("%");
        break;
    case Touch:
        series = new QBarSeries;
        sets.push_back({ tr("Median days since last touch"), QColor(0x7f, 0x8c, 0x8d),
                         [](const GroupFigures &g) { return g.medianDaysSinceTouch.value_or(0); }, PortfolioMetric::StaleTouch });
        unit = tr("days");
        break;
    case Retention:
        series = new QBarSeries;
        sets.push_back({ tr("NRR"), QColor(0x2e, 0x9d, 0x4f), [](const GroupFigures &g) { return g.retention.nrr().value_or(0) * 100; },
                         PortfolioMetric::Expanded });
        sets.push_back({ tr("GRR"), QColor(0x1f, 0x4e, 0x79), [](const GroupFigures &g) { return g.retention.grr().value_or(0) * 100; },
                         PortfolioMetric::Churned });
        unit = QStringLiteral("%");
        break;
    case Ttv:
        series = new QBarSeries;
        sets.push_back({ tr("Median days to first value"), QColor(0x16, 0xa0, 0x85),
                         [](const GroupFigures &g) { return g.ttv.medianDays().value_or(0); }, PortfolioMetric::Onboarded });
        unit = tr("days");
        break;
    }
    double top = 0;
    for (const SetDef &def : sets) {
        auto *set = new QBarSet(def.name);
        set->setColor(def.colour);
        set->setBorderColor(def.colour);
        for (const GroupFigures &g : groups)
            set->append(def.value(g));
        const PortfolioMetric metric = def.metric;
        const QString name = def.name;
        connect(set, &QBarSet::clicked, this, [this, grouping, metric, name, categories](int index) {
            drill(grouping, index, metric, tr("%1 · %2").arg(categories.value(index), name));
        });
        connect(set, &QBarSet::hovered, this, [this, set, categories, unit](bool status, int index) {
            m_chart->showToolTip(status ? tr("%1 · %2: %3 %4")
                                              .arg(categories.value(index), set->label(), QLocale().toString(set->at(index), 'f', 0), unit)
                                        : QString());
        });
        series->append(set);
    }
    for (int i = 0; i < int(groups.size()); ++i) {
        double sum = 0;
        for (QBarSet *set : series->barSets())
            sum = qobject_cast<QStackedBarSeries *>(series) ? sum + set->at(i) : qMax(sum, set->at(i));
        top = qMax(top, sum);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->setTitleText(unit);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    m_chart->applyPalette();
}

} // namespace csm
