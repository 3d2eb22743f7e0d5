#include "portfoliocharts.h"

#include "chartcolours.h"
#include "chartview.h"
#include "itemmodels/bookmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace csm {

namespace {

constexpr HealthBand ChartBands[] = { HealthBand::Red, HealthBand::Amber, HealthBand::Green, HealthBand::None };

ChartView *makeView(const QString &accessibleName, QWidget *parent)
{
    auto *view = new ChartView(parent);
    view->setAccessibleName(accessibleName);
    view->setMinimumHeight(220);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

QString bandLabel(HealthBand band)
{
    return band == HealthBand::None ? PortfolioCharts::tr("Not scored") : healthBandDisplayName(band);
}

} // namespace

PortfolioCharts::PortfolioCharts(QWidget *parent)
    : QWidget(parent)
    , m_measure(new QComboBox(this))
    , m_atRisk(new QLabel(this))
    , m_bars(makeView(tr("Health by segment"), this))
    , m_scatter(makeView(tr("ARR against health"), this))
{
    m_measure->setAccessibleName(tr("Measure health mix by"));
    m_measure->addItem(tr("By accounts"));
    m_measure->addItem(tr("By ARR"));
    m_atRisk->setTextFormat(Qt::PlainText);
    QFont bold = m_atRisk->font();
    bold.setBold(true);
    m_atRisk->setFont(bold);

    auto *top = new QHBoxLayout;
    top->addWidget(m_atRisk, 1);
    top->addWidget(m_measure);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_bars, 1);
    charts->addWidget(m_scatter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addLayout(top);
    layout->addLayout(charts, 1);

    connect(m_measure, &QComboBox::currentIndexChanged, this, &PortfolioCharts::rebuildBars);
}

void PortfolioCharts::setSummary(const PortfolioSummary &summary)
{
    m_summary = summary;
    const QLocale locale;
    m_atRisk->setText(tr("ARR at risk (red): %1 across %n account(s)", nullptr, summary.atRisk)
                          .arg(formatMoneyShort(locale, summary.arrAtRiskCents, summary.currency)));
    m_atRisk->setToolTip(summary.unconverted > 0
                             ? tr("ARR in %1. %n account(s) in a currency without an exchange rate are left out of the ARR; "
                                  "set the rates in Settings, General.",
                                  nullptr, summary.unconverted)
                                   .arg(summary.currency)
                             : tr("ARR in %1, converted at the exchange rates in Settings, General.").arg(summary.currency));
    rebuildBars();
    rebuildScatter();
}

void PortfolioCharts::rebuildBars()
{
    QChart *chart = m_bars->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const bool byArr = m_measure->currentIndex() == 1;
    chart->setTitle(byArr ? tr("Health mix by segment (ARR, thousands of %1)").arg(m_summary.currency)
                          : tr("Health mix by segment (accounts)"));

    auto *series = new QStackedBarSeries;
    double maxTotal = 0;
    double totals[3] = { 0, 0, 0 };
    for (HealthBand band : ChartBands) {
        auto *set = new QBarSet(bandLabel(band));
        set->setColor(bandColour(band));
        set->setBorderColor(bandColour(band));
        for (Segment segment : AllSegments) {
            const int s = int(segment), b = int(band);
            const double value = byArr ? double(m_summary.arrCents[s][b]) / 100'000.0 : m_summary.count[s][b];
            set->append(value);
            totals[s] += value;
        }
        connect(set, &QBarSet::hovered, this, [this, band, byArr](bool state, int index) {
            if (!state || index < 0 || index >= int(AllSegments.size())) {
                m_bars->showToolTip({});
                return;
            }
            const int s = index, b = int(band);
            const QLocale locale;
            const QString value = byArr ? formatMoneyShort(locale, m_summary.arrCents[s][b], m_summary.currency)
                                        : tr("%n account(s)", nullptr, m_summary.count[s][b]);
            m_bars->showToolTip(tr("%1 · %2: %3").arg(segmentDisplayName(AllSegments[std::size_t(index)]), bandLabel(band), value));
        });
        connect(set, &QBarSet::clicked, this, [this, band](int index) {
            if (index >= 0 && index < int(AllSegments.size()))
                emit segmentBandRequested(AllSegments[std::size_t(index)], band);
        });
        series->append(set);
    }
    for (double total : totals)
        maxTotal = std::max(maxTotal, total);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    for (Segment segment : AllSegments)
        categories->append(segmentDisplayName(segment));
    // Whole, round steps (1, 2, 5 × 10ⁿ) so counts never read "0, 0, 1, 1".
    const double rawStep = std::max(1.0, maxTotal / 5.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rawStep)));
    const double fraction = rawStep / magnitude;
    const double step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
    auto *values = new QValueAxis;
    values->setRange(0, std::max(step, std::ceil(maxTotal * 1.05 / step) * step));
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(step);
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    m_bars->applyPalette();
}

void PortfolioCharts::rebuildScatter()
{
    QChart *chart = m_scatter->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    m_pointAccounts.clear();
    chart->setTitle(tr("ARR against health (largest %n account(s))", nullptr, int(m_summary.largest.size())));

    double minArr = 1e12, maxArr = 1;
    QList<QScatterSeries *> all;
    for (HealthBand band : { HealthBand::Red, HealthBand::Amber, HealthBand::Green }) {
        auto *series = new QScatterSeries;
        series->setName(bandLabel(band));
        series->setColor(bandColour(band));
        series->setBorderColor(bandColour(band).darker(130));
        series->setMarkerSize(7);
        for (const PortfolioSummary::Point &p : m_summary.largest) {
            if (p.band != band)
                continue;
            const double arr = std::max(1.0, double(p.arrCents) / 100.0);
            series->append(arr, p.score);
            m_pointAccounts.insert({ qint64(std::llround(arr * 100)), qint64(std::llround(p.score * 100)) }, p.accountId);
            minArr = std::min(minArr, arr);
            maxArr = std::max(maxArr, arr);
        }
        connect(series, &QScatterSeries::hovered, this, [this, band](const QPointF &point, bool state) {
            const QLocale locale;
            m_scatter->showToolTip(state ? tr("ARR %1 · health %2 (%3)")
                                               .arg(formatMoneyShort(locale, qint64(std::llround(point.x() * 100)), m_summary.currency),
                                                    locale.toString(point.y(), 'f', 1), bandLabel(band))
                                         : QString());
        });
        connect(series, &QScatterSeries::clicked, this, [this](const QPointF &point) {
            const auto key = qMakePair(qint64(std::llround(point.x() * 100)), qint64(std::llround(point.y() * 100)));
            if (const qint64 id = m_pointAccounts.value(key); id > 0)
                emit accountRequested(id);
        });
        chart->addSeries(series);
        all.append(series);
    }
    auto *x = new QLogValueAxis;
    x->setBase(10);
    x->setLabelFormat(m_summary.currency == u"USD" ? QStringLiteral("$%.0f") : QStringLiteral("%.0f"));
    x->setRange(std::max(1.0, minArr / 1.5), maxArr * 1.5);
    x->setTitleText(tr("ARR (%1)").arg(m_summary.currency));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Health"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries *series : all) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    m_scatter->applyPalette();
}

} // namespace csm
