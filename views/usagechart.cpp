#include "usagechart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace csm {

UsageChart::UsageChart(QWidget *parent)
    : ChartView(parent)
{
    setMinimumHeight(160);
    setAccessibleName(tr("Usage trend: active users and licensed seats"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void UsageChart::setSamples(const QList<UsageSample> &samples)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    if (samples.isEmpty()) {
        c->setTitle(tr("No usage recorded"));
        applyPalette();
        return;
    }
    c->setTitle(QString());

    auto *active = new QLineSeries;
    active->setName(tr("Active users"));
    auto *seats = new QLineSeries;
    seats->setName(tr("Licensed seats"));
    QPen seatPen(palette().color(QPalette::PlaceholderText));
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
    const qint64 span = samples.first().periodStart.daysTo(samples.last().periodStart);
    x->setFormat(span < 183 ? tr("d MMM", "date format of the time axis: day and short month")
                          : QStringLiteral("MMM yy"));
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

    // One tooltip for both lines: the week under the cursor with its active users and seats.
    auto tip = [this, samples](const QPointF &point, bool state) {
        if (!state) {
            showToolTip({});
            return;
        }
        const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
        const auto nearest = std::min_element(samples.cbegin(), samples.cend(), [day](const UsageSample &a, const UsageSample &b) {
            return std::abs(a.periodStart.daysTo(day)) < std::abs(b.periodStart.daysTo(day));
        });
        const QLocale locale;
        showToolTip(tr("Week of %1: %2 active of %3 seats")
                        .arg(locale.toString(nearest->periodStart, QLocale::ShortFormat))
                        .arg(nearest->activeUsers)
                        .arg(nearest->licensedSeats));
    };
    connect(active, &QLineSeries::hovered, this, tip);
    connect(seats, &QLineSeries::hovered, this, tip);
    applyPalette();
}

} // namespace csm
