#include "itemmodels/portfoliosummary.h"

#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

namespace {

BookRow row(qint64 id, Segment segment, qint64 arrDollars, std::optional<double> score, HealthBand band,
            const QString &name = u"Account"_s)
{
    BookRow r;
    r.id = id;
    r.name = name;
    r.segment = segment;
    r.arrCents = arrDollars * 100;
    r.health = score;
    r.healthBand = band;
    r.rebuildSearchText();
    return r;
}

} // namespace

class TestPortfolioSummary final : public QObject
{
    Q_OBJECT

private slots:
    void convertsArrIntoTheReportingCurrency()
    {
        std::vector<BookRow> rows { row(1, Segment::High, 1000, 30, HealthBand::Red), row(2, Segment::High, 1000, 80, HealthBand::Green),
                                    row(3, Segment::High, 1000, 20, HealthBand::Red) };
        rows[0].currency = u"EUR"_s;
        rows[1].currency = u"USD"_s;
        rows[2].currency = u"XTS"_s; // no rate
        CurrencyRates rates;
        rates.setRate(u"EUR"_s, 1.1);
        const PortfolioSummary s = summarizePortfolio(rows, {}, QDate(2026, 11, 25), rates);
        QCOMPARE(s.currency, u"USD"_s);
        QCOMPARE(s.arrCents[int(Segment::High)][int(HealthBand::Red)], 1100'00);
        QCOMPARE(s.arrAtRiskCents, 1100'00);
        QCOMPARE(s.atRisk, 2);       // counted, whatever their currency
        QCOMPARE(s.count[int(Segment::High)][int(HealthBand::Red)], 2);
        QCOMPARE(s.unconverted, 1); // but the one without a rate adds no ARR
        QCOMPARE(s.largest.size(), std::size_t(2));
        QCOMPARE(s.largest.front().accountId, 1); // 1,100 USD before 1,000 USD
        QCOMPARE(s.largest.front().arrCents, 1100'00);

        const PortfolioSummary inEuros = summarizePortfolio(rows, {}, QDate(2026, 11, 25), *rates.rebased(u"EUR"_s));
        QCOMPARE(inEuros.currency, u"EUR"_s);
        QCOMPARE(inEuros.arrAtRiskCents, 1000'00);
        QCOMPARE(inEuros.arrCents[int(Segment::High)][int(HealthBand::Green)], qRound64(1000 / 1.1 * 100));
    }

    void countsSegmentsBandsAndArrAtRisk()
    {
        const std::vector<BookRow> rows { row(1, Segment::High, 500, 30, HealthBand::Red),
                                          row(2, Segment::High, 300, 80, HealthBand::Green),
                                          row(3, Segment::Mid, 200, 40, HealthBand::Red),
                                          row(4, Segment::Tech, 100, std::nullopt, HealthBand::None),
                                          row(5, Segment::Tech, 50, 60, HealthBand::Amber, u"Other"_s) };
        AccountFilter filter;
        filter.setSegment(Segment::High);      // ignored: the charts show every segment
        filter.setHealthBand(HealthBand::Red); // ignored too
        const PortfolioSummary s = summarizePortfolio(rows, filter, QDate(2026, 11, 25));
        QCOMPARE(s.count[int(Segment::High)][int(HealthBand::Red)], 1);
        QCOMPARE(s.count[int(Segment::High)][int(HealthBand::Green)], 1);
        QCOMPARE(s.count[int(Segment::Tech)][int(HealthBand::None)], 1);
        QCOMPARE(s.arrCents[int(Segment::Mid)][int(HealthBand::Red)], 200'00);
        QCOMPARE(s.atRisk, 2);
        QCOMPARE(s.arrAtRiskCents, 700'00);
        QCOMPARE(s.largest.size(), std::size_t(4)); // the unscored account has no point
        QCOMPARE(s.largest.front().accountId, 1);

        AccountFilter search;
        search.setText(u"other"_s);
        const PortfolioSummary narrowed = summarizePortfolio(rows, search, QDate(2026, 11, 25));
        QCOMPARE(narrowed.count[int(Segment::Tech)][int(HealthBand::Amber)], 1);
        QCOMPARE(narrowed.atRisk, 0);
    }

    void keepsTheLargestPoints()
    {
        std::vector<BookRow> rows;
        for (int i = 1; i <= 10; ++i)
            rows.push_back(row(i, Segment::Tech, i * 10, 50, HealthBand::Amber));
        const PortfolioSummary s = summarizePortfolio(rows, {}, QDate(2026, 11, 25), {}, 3);
        QCOMPARE(s.largest.size(), std::size_t(3));
        QCOMPARE(s.largest[0].accountId, 10);
        QCOMPARE(s.largest[2].accountId, 8);
    }
};

QTEST_GUILESS_MAIN(TestPortfolioSummary)
#include "tst_portfoliosummary.moc"
