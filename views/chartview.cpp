#include "chartview.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAccessibleWidget>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsLayout>
#include <QEvent>
#include <QGraphicsScene>
#include <QImage>
#include <QLegend>
#include <QPainter>
#include <QToolTip>

namespace csm {

namespace {

/// A chart as assistive technology sees it: the chart role, its name, and its data in words,
/// read when asked so it always matches what is drawn.
class ChartAccessible final : public QAccessibleWidget
{
public:
    explicit ChartAccessible(ChartView *view)
        : QAccessibleWidget(view, QAccessible::Chart)
    {
    }

    QString text(QAccessible::Text t) const override
    {
        const auto *view = static_cast<const ChartView *>(widget());
        if (t == QAccessible::Description) {
            const QString own = view->accessibleDescription();
            const QString data = view->dataSummary();
            return own.isEmpty() ? data : data.isEmpty() ? own : own + u' ' + data;
        }
        if (t == QAccessible::Name && view->accessibleName().isEmpty())
            return view->chart()->title();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *chartAccessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(ChartView::staticMetaObject.className()) && object && object->isWidgetType())
        return new ChartAccessible(static_cast<ChartView *>(object));
    return nullptr;
}

QString number(const QLocale &locale, qreal value)
{
    const bool whole = qFuzzyCompare(value + 1.0, std::round(value) + 1.0);
    return locale.toString(value, 'f', whole ? 0 : 1);
}

/// "72 on 1 Dec 2026" when the x axis holds dates, "72 at 3" otherwise.
QString pointText(const QLocale &locale, const QPointF &point, bool dates)
{
    if (dates)
        return ChartView::tr("%1 on %2")
            .arg(number(locale, point.y()),
                 locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date(), QLocale::ShortFormat));
    return ChartView::tr("%1 at %2").arg(number(locale, point.y()), number(locale, point.x()));
}

QString xySummary(const QLocale &locale, const QXYSeries *series, bool dates)
{
    const QList<QPointF> points = series->points();
    if (points.isEmpty())
        return {};
    auto [low, high] = std::minmax_element(points.cbegin(), points.cend(),
                                           [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
    if (points.size() == 1)
        return pointText(locale, points.front(), dates);
    return ChartView::tr("from %1 to %2; lowest %3, highest %4")
        .arg(pointText(locale, points.front(), dates), pointText(locale, points.back(), dates),
             number(locale, low->y()), number(locale, high->y()));
}

} // namespace

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(chartAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setRenderHint(QPainter::Antialiasing);
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(2, 2, 2, 2));
    applyPalette();
}

void ChartView::applyPalette()
{
    const QPalette p = palette();
    const QColor text = p.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15);
    QColor line = text;
    line.setAlphaF(0.45);

    QChart *c = chart();
    c->setBackgroundBrush(p.color(QPalette::Base));
    c->setBackgroundPen(Qt::NoPen);
    c->setTitleBrush(text);
    c->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(line);
    }
    setBackgroundBrush(p.color(QPalette::Base));
}

QString ChartView::dataSummary() const
{
    const QLocale locale;
    QStringList parts;
    const QChart *c = chart();
    QStringList categories;
    bool dates = false;
    for (const QAbstractAxis *axis : c->axes()) {
        if (auto *category = qobject_cast<QBarCategoryAxis *>(const_cast<QAbstractAxis *>(axis)))
            categories = category->categories();
        if (qobject_cast<const QDateTimeAxis *>(axis) && axis->orientation() == Qt::Horizontal)
            dates = true;
    }
    for (const QAbstractSeries *series : c->series()) {
        if (!series->isVisible())
            continue;
        const QString name = series->name().isEmpty() ? c->title() : series->name();
        if (const auto *area = qobject_cast<const QAreaSeries *>(series)) {
            // Band backgrounds are areas without names: the bands are described by their lines.
            if (!series->name().isEmpty() && area->upperSeries())
                parts << name + QStringLiteral(": ") + xySummary(locale, area->upperSeries(), dates);
        } else if (const auto *xy = qobject_cast<const QXYSeries *>(series)) {
            const QString text = xySummary(locale, xy, dates);
            if (!text.isEmpty())
                parts << (name.isEmpty() ? text : name + QStringLiteral(": ") + text);
        } else if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(series)) {
            for (const QBarSet *set : bars->barSets()) {
                QStringList values;
                for (int i = 0; i < set->count(); ++i)
                    values << (i < categories.size() ? categories.at(i) + u' ' : QString()) + number(locale, set->at(i));
                parts << set->label() + QStringLiteral(": ") + values.join(QStringLiteral(", "));
            }
        } else if (const auto *pie = qobject_cast<const QPieSeries *>(series)) {
            QStringList slices;
            for (const QPieSlice *slice : pie->slices())
                slices << ChartView::tr("%1 %2 (%3%)")
                              .arg(slice->label(), number(locale, slice->value()),
                                   number(locale, slice->percentage() * 100.0));
            parts << slices.join(QStringLiteral(", "));
        }
    }
    return parts.join(QStringLiteral(". "));
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void ChartView::showToolTip(const QString &text)
{
    m_lastToolTip = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

void ChartView::renderTo(QPainter *painter, const QRectF &target)
{
    QChart *c = chart();
    const QRectF before = c->geometry();
    // Lay the chart out for the target's size, draw the scene's part that holds it, put it back.
    c->setGeometry(QRectF(QPointF(0, 0), target.size()));
    // A chart that was never shown has its layout pending in the event queue: settle it now, or
    // new axes draw at their initial, empty size.
    if (QGraphicsLayout *layout = c->layout())
        layout->activate();
    QCoreApplication::sendPostedEvents(c, QEvent::LayoutRequest);
    scene()->render(painter, target, QRectF(QPointF(0, 0), target.size()), Qt::IgnoreAspectRatio);
    c->setGeometry(before);
}

QImage ChartView::toImage(const QSize &size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderTo(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace csm
