#include "healthcontributionchart.h"

#include "chartcolours.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace csm {

namespace {

QString measureLabel(const MeasureResult &m)
{
    return m.name.isEmpty() ? m.key : m.name;
}

} // namespace

HealthContributionChart::HealthContributionChart(QWidget *parent)
    : ChartView(parent)
{
    setAccessibleName(tr("Health contribution of each measure"));
    setMinimumHeight(220);
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

QString HealthContributionChart::describe(int index) const
{
    if (index < 0 || index >= m_result.measures.size())
        return {};
    // Bars run bottom-up, so the model's first measure is the top bar.
    const MeasureResult &m = m_result.measures.at(m_result.measures.size() - 1 - index);
    const QLocale locale;
    if (!m.score)
        return tr("%1: no data; its weight %2 is spread over the others").arg(measureLabel(m), locale.toString(m.weight, 'f', 1));
    return tr("%1: value %2 scores %3 × weight %4 = %5 points (%6 lost)")
        .arg(measureLabel(m), m.raw ? locale.toString(*m.raw, 'f', 1) : tr("—"), locale.toString(*m.score, 'f', 0),
             locale.toString(m.effectiveWeight, 'f', 1), locale.toString(m.contribution, 'f', 1),
             locale.toString(m.pointsLost, 'f', 1));
}

void HealthContributionChart::setResult(const HealthResult &result)
{
    m_result = result;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    if (!result.score) {
        c->setTitle(tr("No health data to explain"));
        applyPalette();
        return;
    }
    QString weakest;
    for (const MeasureResult &m : result.measures)
        if (m.key == result.weakestMeasure)
            weakest = measureLabel(m);
    c->setTitle(weakest.isEmpty() ? tr("Points by measure") : tr("Points by measure — %1 loses the most").arg(weakest));

    auto *earned = new QBarSet(tr("Points earned"));
    earned->setColor(bandColour(result.band));
    earned->setBorderColor(bandColour(result.band));
    auto *lost = new QBarSet(tr("Points lost"));
    QColor lostColour = palette().color(QPalette::Text);
    lostColour.setAlphaF(0.18);
    lost->setColor(lostColour);
    lost->setBorderColor(lostColour);
    auto *categories = new QBarCategoryAxis;
    double widest = 1.0;
    for (qsizetype i = result.measures.size() - 1; i >= 0; --i) {
        const MeasureResult &m = result.measures.at(i);
        earned->append(m.contribution);
        lost->append(m.pointsLost);
        categories->append(m.score ? measureLabel(m) : tr("%1 (missing)").arg(measureLabel(m)));
        widest = std::max(widest, m.effectiveWeight);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(earned);
    series->append(lost);
    series->setBarWidth(0.7);
    c->addSeries(series);
    auto *points = new QValueAxis;
    points->setRange(0, std::ceil(widest / 5.0) * 5.0);
    points->setLabelFormat(QStringLiteral("%.0f"));
    points->setTitleText(tr("Points"));
    c->addAxis(categories, Qt::AlignLeft);
    c->addAxis(points, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(points);
    connect(series, &QHorizontalStackedBarSeries::hovered, this,
            [this](bool state, int index, QBarSet *) { showToolTip(state ? describe(index) : QString()); });
    applyPalette();
}

} // namespace csm
