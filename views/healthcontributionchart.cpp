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

/// Axis labels are rich text: the name is escaped, and a long one breaks at its middle space so the
/// narrow account pane keeps it whole.
QString axisLabel(const QString &text)
{
    QString label = text.toHtmlEscaped();
    if (text.size() <= 16)
        return label;
    const qsizetype middle = label.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < label.size(); ++i)
        if (label.at(i) == u' ' && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    if (best > 0)
        label.replace(best, 1, QStringLiteral("<br>"));
    return label;
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
        categories->append(axisLabel(m.score ? measureLabel(m) : tr("%1 (missing)").arg(measureLabel(m))));
        widest = std::max(widest, m.effectiveWeight);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(earned);
    series->append(lost);
    series->setBarWidth(0.7);
    c->addSeries(series);
    auto *points = new QValueAxis;
    const double step = widest <= 30 ? 5.0 : 10.0;
    points->setRange(0, std::ceil(widest / step) * step);
    points->setTickType(QValueAxis::TicksDynamic);
    points->setTickAnchor(0);
    points->setTickInterval(step);
    points->setLabelFormat(QStringLiteral("%.0f"));
    points->setTitleText(tr("Points"));
    // Measure names are the point of the chart: never elide them, and give every bar its row.
    categories->setTruncateLabels(false);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    categories->setLabelsFont(small);
    points->setLabelsFont(small);
    setMinimumHeight(100 + 36 * int(result.measures.size()));
    c->addAxis(categories, Qt::AlignLeft);
    c->addAxis(points, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(points);
    connect(series, &QHorizontalStackedBarSeries::hovered, this,
            [this](bool state, int index, QBarSet *) { showToolTip(state ? describe(index) : QString()); });
    applyPalette();
}

} // namespace csm
