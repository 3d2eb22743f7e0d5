#include "metrics/currencyrates.h"
#include "metrics/retention.h"

#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

namespace {

using K = ArrMovementKind;

ArrMovement move(const QDate &day, K kind, qint64 from, qint64 to, const QString &currency = u"USD"_s)
{
    return ArrMovement { day, kind, from * 100, to * 100, currency };
}

const QDate From(2026, 7, 1);
const QDate To(2026, 9, 30);

} // namespace

class TestRetention final : public QObject
{
    Q_OBJECT

private slots:
    void arrOnADayIsTheLastMovementOnOrBeforeIt()
    {
        const ArrHistory h { move(QDate(2025, 1, 10), K::New, 0, 100), move(QDate(2026, 3, 1), K::Expansion, 100, 150),
                             move(QDate(2026, 3, 1), K::Contraction, 150, 120) };
        QCOMPARE(arrAt(h, QDate(2025, 1, 9)).cents, 0);
        QCOMPARE(arrAt(h, QDate(2025, 1, 10)).cents, 10'000);
        QCOMPARE(arrAt(h, QDate(2026, 2, 28)).cents, 10'000);
        QCOMPARE(arrAt(h, QDate(2026, 3, 1)).cents, 12'000); // two on one day: the later one
        QCOMPARE(arrAt(h, QDate(2030, 1, 1)).currency, u"USD"_s);
    }

    // The worked example of the README: six accounts over the third quarter of 2026.
    void nrrAndGrrMatchTheWorkedExample()
    {
        std::vector<ArrHistory> h {
            // A: 100k, expanded to 120k in August.
            { move(QDate(2024, 5, 1), K::New, 0, 100'000), move(QDate(2026, 8, 10), K::Expansion, 100'000, 120'000) },
            // B: 50k, contracted to 40k.
            { move(QDate(2025, 2, 1), K::New, 0, 50'000), move(QDate(2026, 9, 1), K::Contraction, 50'000, 40'000) },
            // C: 30k, churned.
            { move(QDate(2025, 3, 1), K::New, 0, 30'000), move(QDate(2026, 7, 15), K::Churn, 30'000, 0) },
            // D: new in the period, 20k.
            { move(QDate(2026, 8, 1), K::New, 0, 20'000) },
            // E: churned last year, back in the period at 10k.
            { move(QDate(2023, 1, 1), K::New, 0, 15'000), move(QDate(2025, 6, 1), K::Churn, 15'000, 0),
              move(QDate(2026, 9, 5), K::Reactivation, 0, 10'000) },
            // F: 40k, churned in July and back at 30k in September: nets to a contraction of 10k.
            { move(QDate(2024, 9, 1), K::New, 0, 40'000), move(QDate(2026, 7, 20), K::Churn, 40'000, 0),
              move(QDate(2026, 9, 20), K::Reactivation, 0, 30'000) },
        };
        const RetentionFigures f = computeRetention(h, From, To, CurrencyRates::defaults());
        QCOMPARE(f.cohortAccounts, 4);
        QCOMPARE(f.startingCents, 220'000 * 100);
        QCOMPARE(f.expansionCents, 20'000 * 100);
        QCOMPARE(f.contractionCents, 20'000 * 100);
        QCOMPARE(f.churnCents, 30'000 * 100);
        QCOMPARE(f.newCents, 20'000 * 100);
        QCOMPARE(f.reactivationCents, 10'000 * 100);
        QCOMPARE(f.endingCents, (120'000 + 40'000 + 20'000 + 10'000 + 30'000) * 100);
        QCOMPARE(f.churnedAccounts, 1);
        QCOMPARE(f.contractedAccounts, 2);
        QCOMPARE(f.reactivatedAccounts, 1);
        // NRR = (220 + 20 − 20 − 30) ÷ 220 = 190 ÷ 220; GRR = (220 − 20 − 30) ÷ 220 = 170 ÷ 220.
        QCOMPARE(qRound(*f.nrr() * 10'000), 8636);
        QCOMPARE(qRound(*f.grr() * 10'000), 7727);
    }

    void grrNeverExceedsOneHundredPercent()
    {
        std::vector<ArrHistory> h { { move(QDate(2025, 1, 1), K::New, 0, 100), move(QDate(2026, 8, 1), K::Expansion, 100, 400) } };
        const RetentionFigures f = computeRetention(h, From, To, CurrencyRates::defaults());
        QCOMPARE(*f.nrr(), 4.0);
        QCOMPARE(*f.grr(), 1.0);
    }

    void noCohortHasNoRates()
    {
        std::vector<ArrHistory> h { { move(QDate(2026, 8, 1), K::New, 0, 100) } };
        const RetentionFigures f = computeRetention(h, From, To, CurrencyRates::defaults());
        QVERIFY(!f.nrr());
        QVERIFY(!f.grr());
        QCOMPARE(f.newAccounts, 1);
    }

    void amountsAreConvertedToTheReportingCurrency()
    {
        auto rates = CurrencyRates::fromText(u"USD"_s, u"EUR=1.10; GBP=1.25"_s);
        QVERIFY(rates);
        std::vector<ArrHistory> h {
            // 100k USD, flat.
            { move(QDate(2025, 1, 1), K::New, 0, 100'000) },
            // 50k EUR = 55k USD, contracted to 40k EUR = 44k USD.
            { move(QDate(2025, 1, 1), K::New, 0, 50'000, u"EUR"_s),
              move(QDate(2026, 8, 1), K::Contraction, 50'000, 40'000, u"EUR"_s) },
            // 20k GBP = 25k USD, churned.
            { move(QDate(2025, 1, 1), K::New, 0, 20'000, u"GBP"_s), move(QDate(2026, 8, 1), K::Churn, 20'000, 0, u"GBP"_s) },
            // No rate for CHF here: left out and counted.
            { move(QDate(2025, 1, 1), K::New, 0, 70'000, u"CHF"_s) },
        };
        RetentionFigures f = computeRetention(h, From, To, *rates);
        QCOMPARE(f.startingCents, (100'000 + 55'000 + 25'000) * 100);
        QCOMPARE(f.contractionCents, 11'000 * 100);
        QCOMPARE(f.churnCents, 25'000 * 100);
        QCOMPARE(f.unconvertedAccounts, 1);
        // GRR = (180 − 11 − 25) ÷ 180 = 0.8
        QCOMPARE(qRound(*f.grr() * 1000), 800);

        // Reported in euros instead: 1 USD = 1/1.10 EUR; the ratios do not change.
        auto eur = rates->rebased(u"EUR"_s);
        QVERIFY(eur);
        QCOMPARE(*eur->convert(110'00, u"USD"_s), 100'00);
        QCOMPARE(*eur->convert(100'00, u"EUR"_s), 100'00);
        f = computeRetention(h, From, To, *eur);
        QCOMPARE(qRound(*f.grr() * 1000), 800);
    }

    void ratesParseAndReportBadInput()
    {
        QString error;
        QVERIFY(!CurrencyRates::fromText(u"USD"_s, u"EUR=abc"_s, &error));
        QVERIFY2(error.contains(u"EUR=abc"_s), qPrintable(error));
        QVERIFY(!CurrencyRates::fromText(u"USD"_s, u"EUR=-1"_s, &error));
        QVERIFY(!CurrencyRates::fromText(u"DOLLARS"_s, {}, &error));
        auto ok = CurrencyRates::fromText(u"usd"_s, u" eur = 1.5 ;gbp=2"_s, &error);
        QVERIFY(ok);
        QCOMPARE(ok->reporting(), u"USD"_s);
        QCOMPARE(*ok->rate(u"EUR"_s), 1.5);
        QCOMPARE(ok->toText(), u"EUR=1.5; GBP=2"_s);
        QVERIFY(!ok->rate(u"JPY"_s));
    }

    void timeToValueCountsAccountsOnboardedInThePeriod()
    {
        TimeToValue ttv;
        addToTimeToValue(ttv, QDate(2026, 7, 5), QDate(2026, 7, 15), From, To, QDate(2026, 12, 1)); // 10 days
        addToTimeToValue(ttv, QDate(2026, 8, 1), QDate(2026, 8, 21), From, To, QDate(2026, 12, 1)); // 20 days
        addToTimeToValue(ttv, QDate(2026, 9, 1), {}, From, To, QDate(2026, 12, 1));                  // not yet
        addToTimeToValue(ttv, QDate(2026, 6, 1), QDate(2026, 6, 5), From, To, QDate(2026, 12, 1));   // before the period
        addToTimeToValue(ttv, QDate(2026, 9, 10), QDate(2027, 1, 1), From, To, QDate(2026, 12, 1));  // after asOf
        QCOMPARE(ttv.onboarded, 4);
        QCOMPARE(ttv.reached, 2);
        QCOMPARE(*ttv.medianDays(), 15.0);
        QCOMPARE(*ttv.averageDays(), 15.0);
        addToTimeToValue(ttv, QDate(2026, 7, 1), QDate(2026, 8, 10), From, To, QDate(2026, 12, 1)); // 40 days
        QCOMPARE(*ttv.medianDays(), 20.0);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
