#include "usagechart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace csm {

UsageChart::UsageChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    setAccessibleName(tr("Usage trend: active users and licensed seats"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(2, 2, 2, 2));
    chart()->setBackgroundRoundness(0);
}

void UsageChart::setSamples(const QList<UsageSample> &samples)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    if (samples.isEmpty()) {
        c->setTitle(tr("No usage recorded"));
        return;
    }
    c->setTitle(QString());

    auto *active = new QLineSeries;
    active->setName(tr("Active users"));
    auto *seats = new QLineSeries;
    seats->setName(tr("Licensed seats"));
    QPen seatPen(QColor(0x8a, 0x8f, 0x98));
    seatPen.setStyle(Qt::DashLine);
    seatPen.setWidthF(1.5);
    seats->setPen(seatPen);
    QPen activePen(QColor(0x1f, 0x6f, 0xd1));
    activePen.setWidthF(2.0);
    active->setPen(activePen);

    int maxValue = 1;
    for (const UsageSample &s : samples) {
        const qreal x = qreal(QDateTime(s.periodStart, QTime(0, 0)).toMSecsSinceEpoch());
        active->append(x, s.activeUsers);
        seats->append(x, s.licensedSeats);
        maxValue = std::max({ maxValue, s.activeUsers, s.licensedSeats });
    }
    c->addSeries(seats);
    c->addSeries(active);

    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yy"));
    x->setTickCount(5);
    auto *y = new QValueAxis;
    y->setRange(0, maxValue * 1.1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(4);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace csm
