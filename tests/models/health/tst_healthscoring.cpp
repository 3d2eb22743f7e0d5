#include "health/healthband.h"
#include "health/healthmodelset.h"
#include "health/healthscorer.h"
#include "health/scoringrule.h"

#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

namespace {

using Dir = ScoringRule::Direction;

HealthMeasure linearMeasure(const QString &key, HealthSignal signal, double weight)
{
    return HealthMeasure { key, QString(), signal, weight, ScoringRule::linear(0, 100) };
}

// Three linear measures a/b/c weighted 50/25/25 on utilisation, NPS and feature adoption.
HealthModel threeMeasureModel()
{
    HealthModel m;
    m.key = u"test"_s;
    m.groups = { { u"g1"_s, u"Group 1"_s,
                   { linearMeasure(u"a"_s, HealthSignal::Utilisation, 50),
                     linearMeasure(u"b"_s, HealthSignal::Nps, 25) } },
                 { u"g2"_s, u"Group 2"_s, { linearMeasure(u"c"_s, HealthSignal::FeatureAdoption, 25) } } };
    return m;
}

HealthInputs inputs(std::optional<double> a, std::optional<double> b, std::optional<double> c)
{
    HealthInputs in;
    in.set(HealthSignal::Utilisation, a);
    in.set(HealthSignal::Nps, b);
    in.set(HealthSignal::FeatureAdoption, c);
    return in;
}

} // namespace

class TestHealthScoring final : public QObject
{
    Q_OBJECT

private slots:
    void scoresByRule_data()
    {
        QTest::addColumn<ScoringRule>("rule");
        QTest::addColumn<double>("raw");
        QTest::addColumn<double>("expected");

        const auto up = ScoringRule::thresholds(Dir::HigherIsBetter, 40, 60, 80);
        QTest::newRow("higher: at healthy") << up << 80.0 << 100.0;
        QTest::newRow("higher: above healthy clamps") << up << 150.0 << 100.0;
        QTest::newRow("higher: between concerning and healthy") << up << 70.0 << 87.5;
        QTest::newRow("higher: at concerning") << up << 60.0 << 75.0;
        QTest::newRow("higher: between poor and concerning") << up << 50.0 << 50.0;
        QTest::newRow("higher: at poor") << up << 40.0 << 25.0;
        QTest::newRow("higher: below poor") << up << 30.0 << 12.5;
        QTest::newRow("higher: floor") << up << 20.0 << 0.0;
        QTest::newRow("higher: below floor clamps") << up << -50.0 << 0.0;

        const auto down = ScoringRule::thresholds(Dir::LowerIsBetter, 60, 30, 14);
        QTest::newRow("lower: at healthy") << down << 14.0 << 100.0;
        QTest::newRow("lower: better than healthy clamps") << down << 0.0 << 100.0;
        QTest::newRow("lower: between concerning and healthy") << down << 22.0 << 87.5;
        QTest::newRow("lower: at concerning") << down << 30.0 << 75.0;
        QTest::newRow("lower: between poor and concerning") << down << 45.0 << 50.0;
        QTest::newRow("lower: at poor") << down << 60.0 << 25.0;
        QTest::newRow("lower: beyond poor") << down << 75.0 << 12.5;
        QTest::newRow("lower: floor clamps") << down << 200.0 << 0.0;

        const auto linear = ScoringRule::linear(0, 100);
        QTest::newRow("linear: min") << linear << 0.0 << 0.0;
        QTest::newRow("linear: middle") << linear << 50.0 << 50.0;
        QTest::newRow("linear: max") << linear << 100.0 << 100.0;
        QTest::newRow("linear: below min clamps") << linear << -10.0 << 0.0;
        QTest::newRow("linear: above max clamps") << linear << 150.0 << 100.0;

        const auto linearDown = ScoringRule::linear(10, 20, Dir::LowerIsBetter);
        QTest::newRow("linear lower: min scores 100") << linearDown << 10.0 << 100.0;
        QTest::newRow("linear lower: middle") << linearDown << 15.0 << 50.0;
        QTest::newRow("linear lower: max scores 0") << linearDown << 20.0 << 0.0;
        QTest::newRow("linear lower: past max clamps") << linearDown << 25.0 << 0.0;
        QTest::newRow("linear lower: below min clamps") << linearDown << 5.0 << 100.0;
    }

    void scoresByRule()
    {
        QFETCH(ScoringRule, rule);
        QFETCH(double, raw);
        QFETCH(double, expected);
        QVERIFY(rule.validate().ok());
        QCOMPARE(rule.score(raw), expected);
    }

    void rejectsUnorderedThresholds_data()
    {
        QTest::addColumn<ScoringRule>("rule");
        QTest::newRow("higher but descending") << ScoringRule::thresholds(Dir::HigherIsBetter, 80, 60, 40);
        QTest::newRow("lower but ascending") << ScoringRule::thresholds(Dir::LowerIsBetter, 14, 30, 60);
        QTest::newRow("equal boundaries") << ScoringRule::thresholds(Dir::HigherIsBetter, 40, 40, 80);
        QTest::newRow("linear min equals max") << ScoringRule::linear(5, 5);
    }

    void rejectsUnorderedThresholds()
    {
        QFETCH(ScoringRule, rule);
        QVERIFY(!rule.validate().ok());
    }

    void requiresWeightsSummingTo100()
    {
        HealthModel m = threeMeasureModel();
        QVERIFY2(m.validate().ok(), qPrintable(m.validate().errorMessage()));
        m.groups[1].measures[0].weight = 15;
        const Status status = m.validate();
        QVERIFY(!status.ok());
        QVERIFY2(status.errorMessage().contains(u"sum to 90"_s), qPrintable(status.errorMessage()));
    }

    void rejectsDuplicateAndWeightlessMeasures()
    {
        HealthModel m = threeMeasureModel();
        m.groups[1].measures[0].key = u"a"_s;
        QVERIFY(m.validate().errorMessage().contains(u"twice"_s));
        m = threeMeasureModel();
        m.groups[0].measures[1].weight = 0;
        m.groups[0].measures[0].weight = 75;
        QVERIFY(m.validate().errorMessage().contains(u"positive weight"_s));
    }

    void defaultModelsAreValid()
    {
        const HealthModelSet set;
        QVERIFY2(set.validate().ok(), qPrintable(set.validate().errorMessage()));
        QCOMPARE(set.standard.totalWeight(), 100.0);
        QCOMPARE(set.onboarding.totalWeight(), 100.0);
        for (const HealthMeasure &m : set.onboarding.measures())
            QVERIFY(m.signal != HealthSignal::Nps && m.signal != HealthSignal::NpsTrend
                    && m.signal != HealthSignal::Payment);
        QCOMPARE(set.modelFor(LifecycleStage::Onboarding, Segment::High).key, u"onboarding"_s);
        QCOMPARE(set.modelFor(LifecycleStage::Renewal, Segment::High).key, u"standard"_s);
    }

    void segmentModelReplacesStandard()
    {
        HealthModelSet set;
        HealthModel high = threeMeasureModel();
        high.key = u"high_touch"_s;
        set.bySegment.insert(Segment::High, high);
        QCOMPARE(set.modelFor(LifecycleStage::Adoption, Segment::High).key, u"high_touch"_s);
        QCOMPARE(set.modelFor(LifecycleStage::Adoption, Segment::Mid).key, u"standard"_s);
        QCOMPARE(set.modelFor(LifecycleStage::Onboarding, Segment::High).key, u"onboarding"_s);
    }

    void scoresWeightedSumWithContributions()
    {
        const HealthResult r = scoreHealth(threeMeasureModel(), inputs(80, 40, 20), HealthBands {});
        QVERIFY(r.score);
        QCOMPARE(*r.score, 55.0); // 50×0.8 + 25×0.4 + 25×0.2
        QCOMPARE(r.band, HealthBand::Amber);
        QVERIFY(r.missing.isEmpty());
        QCOMPARE(r.measures.size(), 3);
        QCOMPARE(r.measures[0].contribution, 40.0);
        QCOMPARE(r.measures[1].contribution, 10.0);
        QCOMPARE(r.measures[2].contribution, 5.0);
        QCOMPARE(r.measures[2].group, u"g2"_s);
        QCOMPARE(r.weakestMeasure, u"c"_s); // loses 20 points, b 15, a 10
    }

    void missingInputRedistributesWeight()
    {
        // b (25 points) has no data: a and c share its weight 2:1, so a counts 66.67 and c 33.33.
        // Score = (50×80 + 25×20) ÷ 75 = 60; a missing input is not scored as 0 (that would be 45).
        const HealthResult r = scoreHealth(threeMeasureModel(), inputs(80, std::nullopt, 20), HealthBands {});
        QVERIFY(r.score);
        QCOMPARE(*r.score, 60.0);
        QCOMPARE(r.band, HealthBand::Amber);
        QCOMPARE(r.missing, QStringList { u"b"_s });
        QVERIFY(!r.measures[1].raw);
        QVERIFY(!r.measures[1].score);
        QCOMPARE(r.measures[1].effectiveWeight, 0.0);
        QCOMPARE(r.measures[0].effectiveWeight, 200.0 / 3.0);
        QCOMPARE(r.measures[0].contribution, 160.0 / 3.0);
        QCOMPARE(r.measures[2].contribution, 20.0 / 3.0);
        QCOMPARE(r.weakestMeasure, u"c"_s);
    }

    void scoreStaysWithin100WhenWeightIsSpread()
    {
        // Spreading 100 points over odd weight sums leaves rounding dust; the store rejects > 100.
        const HealthModel model = HealthModel::defaultStandard();
        for (const HealthMeasure &skipped : model.measures()) {
            HealthInputs in;
            for (const HealthMeasure &m : model.measures()) {
                if (m.key == skipped.key)
                    continue;
                const ScoringRule &r = m.rule;
                in.set(m.signal, r.kind == ScoringRule::Kind::Thresholds ? r.healthy
                               : r.direction == Dir::HigherIsBetter     ? r.max
                                                                        : r.min);
            }
            const HealthResult result = scoreHealth(model, in, HealthBands {});
            QVERIFY(result.score);
            QVERIFY2(*result.score <= 100.0, qPrintable(skipped.key));
            QCOMPARE(*result.score, 100.0);
        }
    }

    void noDataGivesNoScore()
    {
        const HealthResult r = scoreHealth(threeMeasureModel(), inputs(std::nullopt, std::nullopt, std::nullopt),
                                           HealthBands {});
        QVERIFY(!r.score);
        QCOMPARE(r.band, HealthBand::None);
        QCOMPARE(r.missing, (QStringList { u"a"_s, u"b"_s, u"c"_s }));
        QVERIFY(r.weakestMeasure.isEmpty());
    }

    void weakestMeasureLosesMostWeightedPoints_data()
    {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("c");
        QTest::addColumn<QString>("weakest");
        QTest::newRow("heavy measure half empty") << 50.0 << 100.0 << 100.0 << u"a"_s;
        QTest::newRow("light measure empty beats heavy at 60") << 60.0 << 0.0 << 100.0 << u"b"_s;
        QTest::newRow("heavy at 40 beats light at 0") << 40.0 << 0.0 << 100.0 << u"a"_s;
    }

    void weakestMeasureLosesMostWeightedPoints()
    {
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, c);
        QFETCH(QString, weakest);
        QCOMPARE(scoreHealth(threeMeasureModel(), inputs(a, b, c), HealthBands {}).weakestMeasure, weakest);
    }

    void bandsAtTheirBoundaries_data()
    {
        QTest::addColumn<HealthBands>("bands");
        QTest::addColumn<std::optional<double>>("score");
        QTest::addColumn<HealthBand>("band");
        const HealthBands defaults;
        QTest::newRow("0 is red") << defaults << std::optional<double>(0.0) << HealthBand::Red;
        QTest::newRow("just below 50 is red") << defaults << std::optional<double>(49.999) << HealthBand::Red;
        QTest::newRow("50 is amber") << defaults << std::optional<double>(50.0) << HealthBand::Amber;
        QTest::newRow("just below 75 is amber") << defaults << std::optional<double>(74.999) << HealthBand::Amber;
        QTest::newRow("75 is green") << defaults << std::optional<double>(75.0) << HealthBand::Green;
        QTest::newRow("100 is green") << defaults << std::optional<double>(100.0) << HealthBand::Green;
        QTest::newRow("no score is none") << defaults << std::optional<double>() << HealthBand::None;
        const HealthBands strict { 60.0, 85.0 };
        QTest::newRow("custom: 59 red") << strict << std::optional<double>(59.0) << HealthBand::Red;
        QTest::newRow("custom: 60 amber") << strict << std::optional<double>(60.0) << HealthBand::Amber;
        QTest::newRow("custom: 85 green") << strict << std::optional<double>(85.0) << HealthBand::Green;
    }

    void bandsAtTheirBoundaries()
    {
        QFETCH(HealthBands, bands);
        QFETCH(std::optional<double>, score);
        QFETCH(HealthBand, band);
        QCOMPARE(bands.bandFor(score), band);
    }

    void rejectsInvalidBands()
    {
        QVERIFY(!(HealthBands { 80.0, 70.0 }).validate().ok());
        QVERIFY(!(HealthBands { -1.0, 70.0 }).validate().ok());
        QVERIFY(!(HealthBands { 50.0, 101.0 }).validate().ok());
        QVERIFY((HealthBands { 60.0, 60.0 }).validate().ok());
    }
};

QTEST_GUILESS_MAIN(TestHealthScoring)
#include "tst_healthscoring.moc"
