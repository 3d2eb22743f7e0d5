#include "healthtrendchart.h"

#include "chartcolours.h"

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

QAreaSeries *bandArea(const QString &name, qreal from, qreal to, qreal low, qreal high, QColor colour)
{
    colour.setAlphaF(0.22); // a tint that reads on light and dark backgrounds alike
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
    : ChartView(parent)
{
    setMinimumHeight(170);
    setAccessibleName(tr("Health trend with red, amber and green bands"));
    chart()->legend()->setVisible(false);
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
    QPen pen(palette().color(QPalette::Text));
    pen.setWidthF(2.0);
    line->setPen(pen);
    for (const HealthSnapshot &s : snapshots)
        if (s.score)
            line->append(msecs(s.day), *s.score);
    if (line->count() == 0) {
        delete line;
        c->setTitle(tr("No health history yet"));
        applyPalette();
        return;
    }
    c->setTitle(QString());
    const qreal from = line->at(0).x();
    const qreal to = std::max(line->at(line->count() - 1).x(), from + 86'400'000.0);

    // Bands first so the score line draws on top of them.
    c->addSeries(bandArea(healthBandDisplayName(HealthBand::Red), from, to, 0, bands.amberFrom, bandColour(HealthBand::Red)));
    c->addSeries(bandArea(healthBandDisplayName(HealthBand::Amber), from, to, bands.amberFrom, bands.greenFrom,
                          bandColour(HealthBand::Amber)));
    c->addSeries(bandArea(healthBandDisplayName(HealthBand::Green), from, to, bands.greenFrom, 100, bandColour(HealthBand::Green)));
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
    // Days within half a year, months beyond: five ticks never repeat a label.
    x->setFormat(to - from < 183.0 * 86'400'000.0
                      ? tr("d MMM", "date format of the time axis: day and short month")
                      : QStringLiteral("MMM yy"));
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

    const QLocale locale;
    auto dayOf = [](const QPointF &p) { return QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date(); };
    connect(line, &QLineSeries::hovered, this, [this, locale, dayOf](const QPointF &point, bool state) {
        showToolTip(state ? tr("%1: health %2").arg(locale.toString(dayOf(point), QLocale::ShortFormat),
                                                   locale.toString(point.y(), 'f', 1))
                          : QString());
    });
    connect(markers, &QScatterSeries::hovered, this, [this, overrides, locale, dayOf](const QPointF &point, bool state) {
        if (!state) {
            showToolTip({});
            return;
        }
        for (const HealthOverride &o : overrides)
            if (o.createdAt.date() == dayOf(point)) {
                const QString what = o.band ? healthBandDisplayName(*o.band) : locale.toString(o.score.value_or(0), 'f', 0);
                showToolTip(tr("Override on %1: %2 — %3")
                                .arg(locale.toString(o.createdAt.date(), QLocale::ShortFormat), what, o.reason));
                return;
            }
    });
    applyPalette();
}

} // namespace csm
