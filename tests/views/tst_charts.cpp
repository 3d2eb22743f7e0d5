// The account and portfolio charts built from real scoring results: the expected series and values,
// hover descriptions, palette-following colours, and rendering off-screen into a painter at any size.
#include "activitycharts.h"
#include "chartcolours.h"
#include "healthcontributionchart.h"
#include "healthtrendchart.h"
#include "usagechart.h"

#include "health/healthscorer.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

namespace {

/// An account scored by the standard model with two inputs missing (NPS and NPS trend).
HealthResult scoredAccount()
{
    HealthInputs in;
    in.accountId = 7;
    in.set(HealthSignal::Utilisation, 45);
    in.set(HealthSignal::UtilisationTrend, -12);
    in.set(HealthSignal::FeatureAdoption, 30);
    in.set(HealthSignal::OpenTickets, 3);
    in.set(HealthSignal::Escalations90d, 1);
    in.set(HealthSignal::NegativeTicketShare, 50);
    in.set(HealthSignal::Payment, 100);
    in.set(HealthSignal::DaysSinceTouch, 20);
    in.set(HealthSignal::Champion, 50);
    return scoreHealth(HealthModel::defaultStandard(), in, HealthBands {});
}

/// How many pixels of `image` are close to `colour`.
int pixelsNear(const QImage &image, const QColor &colour, int tolerance = 24)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= tolerance && std::abs(c.green() - colour.green()) <= tolerance
                && std::abs(c.blue() - colour.blue()) <= tolerance)
                ++n;
        }
    return n;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    return p;
}

} // namespace

class TestCharts final : public QObject
{
    Q_OBJECT

private slots:
    void contributionChartHasOneBarPerMeasure()
    {
        const HealthResult result = scoredAccount();
        QVERIFY(result.score.has_value());
        QCOMPARE(result.missing.size(), 2);
        HealthContributionChart chart;
        chart.setResult(result);

        const auto series = chart.chart()->series();
        QCOMPARE(series.size(), 1);
        auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(series.first());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);
        QBarSet *earned = bars->barSets().at(0);
        QBarSet *lost = bars->barSets().at(1);
        QCOMPARE(earned->count(), int(result.measures.size()));
        // Bars run bottom-up: the model's first measure is the last bar.
        double earnedTotal = 0;
        for (int i = 0; i < earned->count(); ++i) {
            const MeasureResult &m = result.measures.at(result.measures.size() - 1 - i);
            QCOMPARE(earned->at(i), m.contribution);
            QCOMPARE(lost->at(i), m.pointsLost);
            earnedTotal += earned->at(i);
        }
        QVERIFY(qAbs(earnedTotal - *result.score) < 1e-9); // the bars add up to the score
        QCOMPARE(earned->color(), bandColour(result.band));

        const int top = earned->count() - 1;
        QVERIFY2(chart.describe(top).startsWith(result.measures.first().name + u": value 45"_s), qPrintable(chart.describe(top)));
        const qsizetype npsIndex = std::find_if(result.measures.cbegin(), result.measures.cend(),
                                                [](const MeasureResult &m) { return !m.score; }) - result.measures.cbegin();
        QVERIFY(chart.describe(int(result.measures.size() - 1 - npsIndex)).contains(u"no data"_s));
        QVERIFY(chart.chart()->title().contains(u"loses the most"_s));
    }

    void contributionChartWithoutAScoreSaysSo()
    {
        HealthContributionChart chart;
        chart.setResult(HealthResult {});
        QVERIFY(chart.chart()->series().isEmpty());
        QVERIFY(chart.chart()->title().contains(u"No health data"_s));
    }

    void trendChartDrawsBandsLineAndOverrideMarkers()
    {
        QList<HealthSnapshot> snapshots;
        const QDate start(2026, 6, 1);
        for (int week = 0; week < 20; ++week)
            snapshots.append(HealthSnapshot { 1, start.addDays(7 * week), 80.0 - week * 2.5, HealthBand::None, {}, {} });
        HealthOverride o;
        o.band = HealthBand::Amber;
        o.reason = u"Exec sponsor left"_s;
        o.createdAt = QDateTime(start.addDays(70), QTime(9, 0));
        o.expiresOn = start.addDays(100);
        HealthTrendChart chart;
        chart.setHistory(snapshots, { o });

        const auto series = chart.chart()->series();
        QCOMPARE(series.size(), 5);
        QCOMPARE(qobject_cast<QAreaSeries *>(series.at(0))->name(), healthBandDisplayName(HealthBand::Red));
        QCOMPARE(qobject_cast<QAreaSeries *>(series.at(2))->name(), healthBandDisplayName(HealthBand::Green));
        auto *line = qobject_cast<QLineSeries *>(series.at(3));
        QVERIFY(line);
        QCOMPARE(line->count(), 20);
        QCOMPARE(line->at(19).y(), 80.0 - 19 * 2.5);
        auto *markers = qobject_cast<QScatterSeries *>(series.at(4));
        QVERIFY(markers);
        QCOMPARE(markers->count(), 1);
        QCOMPARE(markers->at(0).y(), 62.5); // the middle of the amber band

        // The red band's tint shows when rendered off-screen.
        const QImage image = chart.toImage(QSize(640, 320));
        QCOMPARE(image.size(), QSize(640, 320));
        QColor redTint = bandColour(HealthBand::Red);
        redTint.setAlphaF(0.22);
        const QColor base = chart.palette().color(QPalette::Base);
        const QColor blended((redTint.red() * 22 + base.red() * 78) / 100, (redTint.green() * 22 + base.green() * 78) / 100,
                             (redTint.blue() * 22 + base.blue() * 78) / 100);
        QVERIFY2(pixelsNear(image, blended, 10) > 2000, "the red band is drawn");
    }

    void ticketChartCountsMonthsByPriority()
    {
        const QDate until(2026, 11, 20);
        auto ticket = [](const QDate &opened, Ticket::Priority p) {
            Ticket t;
            t.openedOn = opened;
            t.priority = p;
            return t;
        };
        const QList<Ticket> tickets { ticket({ 2026, 11, 2 }, Ticket::Priority::Urgent),
                                      ticket({ 2026, 11, 19 }, Ticket::Priority::Urgent),
                                      ticket({ 2026, 11, 25 }, Ticket::Priority::Urgent), // after the day
                                      ticket({ 2026, 6, 30 }, Ticket::Priority::Low),     // first month shown
                                      ticket({ 2026, 5, 31 }, Ticket::Priority::High),    // before it
                                      ticket({ 2026, 9, 1 }, Ticket::Priority::Normal) };
        TicketTrendChart chart;
        chart.setTickets(tickets, until);
        QCOMPARE(chart.count(5, Ticket::Priority::Urgent), 2);
        QCOMPARE(chart.count(0, Ticket::Priority::Low), 1);
        QCOMPARE(chart.count(3, Ticket::Priority::Normal), 1);
        int total = 0;
        for (int m = 0; m < 6; ++m)
            for (auto p : { Ticket::Priority::Low, Ticket::Priority::Normal, Ticket::Priority::High, Ticket::Priority::Urgent })
                total += chart.count(m, p);
        QCOMPARE(total, 4);
        auto *series = qobject_cast<QStackedBarSeries *>(chart.chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), 4); // one stack per priority, named in the legend
        QCOMPARE(series->barSets().at(0)->label(), u"Urgent"_s);
        QCOMPARE(series->barSets().at(0)->at(5), 2.0);
        QVERIFY(chart.chart()->title().isEmpty());
        chart.setTickets({}, until);
        QCOMPARE(chart.chart()->title(), u"No tickets in the last six months"_s);
    }

    void npsChartStacksAnswersByQuarter()
    {
        auto answer = [](const QDate &on, int score) {
            SurveyResponse r;
            r.kind = SurveyResponse::Kind::Nps;
            r.respondedOn = on;
            r.score = score;
            return r;
        };
        NpsChart chart;
        chart.setResponses({ answer({ 2026, 10, 3 }, 10), answer({ 2026, 11, 3 }, 9), answer({ 2026, 11, 4 }, 3),
                             answer({ 2026, 2, 1 }, 7), answer({ 2025, 12, 1 }, 0) }, // the last is a year back
                           QDate(2026, 11, 20));
        auto *series = qobject_cast<QStackedBarSeries *>(chart.chart()->series().value(0));
        QVERIFY(series);
        const QList<QBarSet *> sets = series->barSets(); // promoters, passives, detractors
        QCOMPARE(sets.at(0)->at(3), 2.0);
        QCOMPARE(sets.at(2)->at(3), 1.0);
        QCOMPARE(sets.at(1)->at(0), 1.0);
        double all = 0;
        for (QBarSet *set : sets)
            all += set->sum();
        QCOMPARE(all, 4.0);
    }

    void featureChartShowsTheShareInUse()
    {
        UsageSample a;
        a.periodStart = QDate(2026, 10, 5);
        a.featuresAdopted = 5;
        a.featuresAvailable = 20;
        UsageSample b = a;
        b.periodStart = QDate(2026, 11, 2);
        b.featuresAdopted = 10;
        FeatureAdoptionChart chart;
        chart.setSamples({ a, b });
        auto *line = qobject_cast<QLineSeries *>(chart.chart()->series().value(0));
        QVERIFY(line);
        QCOMPARE(line->count(), 2);
        QCOMPARE(line->at(0).y(), 25.0);
        QCOMPARE(line->at(1).y(), 50.0);
        chart.setSamples({});
        QVERIFY(chart.chart()->series().isEmpty());
        QCOMPARE(chart.chart()->title(), u"No feature usage recorded"_s);
    }

    void rendersIntoAPainterAtAnySizeWithoutDisturbingTheWidget()
    {
        HealthContributionChart chart;
        chart.setResult(scoredAccount());
        chart.resize(300, 200);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QRectF before = chart.chart()->geometry();

        for (const QSize size : { QSize(400, 300), QSize(1200, 500) }) {
            const QImage image = chart.toImage(size);
            QCOMPARE(image.size(), size);
            // The earned bars are drawn in the account's band colour and scale with the target.
            const int coloured = pixelsNear(image, bandColour(scoredAccount().band), 8);
            QVERIFY2(coloured > size.width() * size.height() / 200, qPrintable(u"%1 coloured pixels"_s.arg(coloured)));
        }
        // Rendered at 2× for high-DPI targets.
        const QImage hiDpi = chart.toImage(QSize(400, 300), 2.0);
        QCOMPARE(hiDpi.size(), QSize(800, 600));
        QCOMPARE(chart.chart()->geometry(), before);
    }

    void followsTheApplicationPalette()
    {
        UsageChart chart;
        QList<UsageSample> samples;
        for (int week = 0; week < 10; ++week) {
            UsageSample s;
            s.periodStart = QDate(2026, 9, 7).addDays(7 * week);
            s.activeUsers = 40 + week;
            s.licensedSeats = 60;
            samples.append(s);
        }
        chart.setSamples(samples);
        QCOMPARE(chart.chart()->series().size(), 2);
        QCOMPARE(chart.chart()->backgroundBrush().color(), chart.palette().color(QPalette::Base));

        chart.setPalette(darkPalette());
        QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
        for (QAbstractAxis *axis : chart.chart()->axes())
            QCOMPARE(axis->labelsColor(), QColor(0xee, 0xee, 0xee));
        const QImage image = chart.toImage(QSize(500, 260));
        QVERIFY2(pixelsNear(image, QColor(0x1e, 0x1e, 0x1e), 2) > 500 * 260 / 2, "a dark background");
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
