#include "healthtrendchart.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace csm {

namespace {

qreal msecs(const QDate &day)
{
    return qreal(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch());
}

QAreaSeries *bandArea(const QString &name, qreal from, qreal to, qreal low, qreal high, const QColor &colour)
{
    auto *upper = new QLineSeries;
    upper->append(from, high);
    upper->append(to, high);
    auto *lower = new QLineSeries;
    lower->append(from, low);
    lower->append(to, low);
    auto *area = new QAreaSeries(upper, lower);
    area->setName(name);
    area->setColor(colour);
    area->setBorderColor(Qt::transparent);
    upper->setParent(area);
    lower->setParent(area);
    return area;
}

} // namespace

HealthTrendChart::HealthTrendChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(170);
    setAccessibleName(tr("Health trend with red, amber and green bands"));
    chart()->legend()->setVisible(false);
    chart()->setMargins(QMargins(2, 2, 2, 2));
    chart()->setBackgroundRoundness(0);
}

void HealthTrendChart::setHistory(const QList<HealthSnapshot> &snapshots, const QList<HealthOverride> &overrides,
                                  const HealthBands &bands)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);

    auto *line = new QLineSeries;
    line->setName(tr("Health score"));
    QPen pen(QColor(0x1f, 0x2a, 0x44));
    pen.setWidthF(2.0);
    line->setPen(pen);
    for (const HealthSnapshot &s : snapshots)
        if (s.score)
            line->append(msecs(s.day), *s.score);
    if (line->count() == 0) {
        delete line;
        c->setTitle(tr("No health history yet"));
        return;
    }
    c->setTitle(QString());
    const qreal from = line->at(0).x();
    const qreal to = std::max(line->at(line->count() - 1).x(), from + 86'400'000.0);

    // Bands first so the score line draws on top of them.
    c->addSeries(bandArea(healthBandDisplayName(HealthBand::Red), from, to, 0, bands.amberFrom, QColor(0xf8, 0xd7, 0xd5)));
    c->addSeries(bandArea(healthBandDisplayName(HealthBand::Amber), from, to, bands.amberFrom, bands.greenFrom,
                          QColor(0xfb, 0xe9, 0xc4)));
    c->addSeries(bandArea(healthBandDisplayName(HealthBand::Green), from, to, bands.greenFrom, 100, QColor(0xd5, 0xef, 0xd8)));
    c->addSeries(line);

    auto *markers = new QScatterSeries;
    markers->setName(tr("Override"));
    markers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    markers->setMarkerSize(9);
    markers->setColor(QColor(0x7a, 0x2f, 0xb8));
    for (const HealthOverride &o : overrides) {
        const qreal x = msecs(o.createdAt.date());
        if (x >= from && x <= to)
            markers->append(x, o.score.value_or(o.band == HealthBand::Red ? bands.amberFrom / 2
                                                : o.band == HealthBand::Amber ? (bands.amberFrom + bands.greenFrom) / 2
                                                                              : (bands.greenFrom + 100) / 2));
    }
    c->addSeries(markers);

    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yy"));
    x->setTickCount(5);
    x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(from)), QDateTime::fromMSecsSinceEpoch(qint64(to)));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%d"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace csm
