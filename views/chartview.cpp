#include "chartview.h"

#include <QAbstractAxis>
#include <QChart>
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

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
{
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
