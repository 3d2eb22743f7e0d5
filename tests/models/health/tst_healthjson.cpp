#include "health/healthband.h"
#include "health/healthmodelset.h"

#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

class TestHealthJson final : public QObject
{
    Q_OBJECT

private slots:
    void bandsRoundTrip()
    {
        const HealthBands bands { 42.5, 80.0 };
        auto parsed = HealthBands::fromJson(bands.toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(*parsed, bands);
        QCOMPARE(*HealthBands::fromJson(u"{}"_s), HealthBands {});
    }

    void modelRoundTrips()
    {
        for (const HealthModel &model : { HealthModel::defaultStandard(), HealthModel::defaultOnboarding() }) {
            auto parsed = HealthModel::fromJson(model.toJson());
            QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
            QCOMPARE(*parsed, model);
        }
    }

    void modelKeepsCustomNamesAndRules()
    {
        HealthModel model = HealthModel::defaultStandard();
        model.groups[0].measures[0].name = u"Seats in use"_s;
        model.groups[0].measures[0].rule = ScoringRule::linear(10, 90, ScoringRule::Direction::LowerIsBetter);
        auto parsed = HealthModel::fromJson(model.toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->groups[0].measures[0].displayName(), u"Seats in use"_s);
        QCOMPARE(*parsed, model);
    }

    void modelSetRoundTrips()
    {
        HealthModelSet set;
        HealthModel high = HealthModel::defaultStandard();
        high.key = u"high_touch"_s;
        high.groups[0].measures[0].weight += 5;
        high.groups[0].measures[1].weight -= 5;
        set.bySegment.insert(Segment::High, high);
        auto parsed = HealthModelSet::fromJson(set.toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(*parsed, set);
        QCOMPARE(parsed->modelFor(LifecycleStage::Renewal, Segment::High).key, u"high_touch"_s);
    }

    void reportsMalformedJson_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error");

        const QString rule = uR"({"type":"linear","direction":"higher_is_better","min":0,"max":100})"_s;
        auto model = [](const QString &measures) -> QString {
            return uR"({"key":"m","groups":[{"key":"g","measures":[)"_s + measures + u"]}]}"_s;
        };
        auto measure = [](const QString &signal, int weight, const QString &r) -> QString {
            return uR"({"key":"k%1","signal":"%2","weight":%3,"rule":%4})"_s.arg(weight).arg(signal).arg(weight).arg(r);
        };
        QTest::newRow("not JSON") << u"{nope"_s << u"invalid JSON"_s;
        QTest::newRow("not an object") << u"[1,2]"_s << u"expected a JSON object"_s;
        QTest::newRow("no groups") << uR"({"key":"m"})"_s << u"\"groups\" must be an array"_s;
        QTest::newRow("unknown signal") << model(measure(u"karma"_s, 100, rule)) << u"unknown signal \"karma\""_s;
        QTest::newRow("weights not 100") << model(measure(u"nps"_s, 90, rule)) << u"sum to 90"_s;
        QTest::newRow("weight not a number")
            << model(uR"({"key":"k","signal":"nps","weight":"lots","rule":{}})"_s) << u"\"weight\" must be a number"_s;
        QTest::newRow("unknown rule type")
            << model(measure(u"nps"_s, 100, uR"({"type":"magic","direction":"higher_is_better"})"_s))
            << u"unknown rule type \"magic\""_s;
        QTest::newRow("unknown direction")
            << model(measure(u"nps"_s, 100, uR"({"type":"linear","direction":"sideways","min":0,"max":1})"_s))
            << u"unknown direction"_s;
        QTest::newRow("thresholds out of order")
            << model(measure(u"nps"_s, 100,
                             uR"({"type":"thresholds","direction":"higher_is_better","poor":9,"concerning":7,"healthy":6})"_s))
            << u"must ascend"_s;
        QTest::newRow("threshold missing")
            << model(measure(u"nps"_s, 100, uR"({"type":"thresholds","direction":"higher_is_better","poor":1})"_s))
            << u"\"concerning\" must be a number"_s;
    }

    void reportsMalformedJson()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        auto parsed = HealthModel::fromJson(json);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errorMessage().contains(error), qPrintable(parsed.errorMessage()));
    }

    void reportsMalformedBandsAndSets_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<bool>("isSet");
        QTest::addColumn<QString>("error");
        QTest::newRow("bands: text threshold") << uR"({"amberFrom":"fifty"})"_s << false << u"must be a number"_s;
        QTest::newRow("bands: green below amber") << uR"({"amberFrom":70,"greenFrom":60})"_s << false
                                                   << u"green band"_s;
        QTest::newRow("set: no onboarding model")
            << QString(uR"({"version":1,"standard":)"_s + HealthModel::defaultStandard().toJson() + u"}"_s) << true
            << u"\"onboarding\" must be an object"_s;
        QTest::newRow("set: unknown segment")
            << QString(uR"({"standard":)"_s + HealthModel::defaultStandard().toJson() + uR"(,"onboarding":)"_s
                       + HealthModel::defaultOnboarding().toJson() + uR"(,"segments":{"huge":{}}})"_s)
            << true << u"unknown segment \"huge\""_s;
        QTest::newRow("set: newer version") << uR"({"version":7})"_s << true << u"unsupported version 7"_s;
    }

    void reportsMalformedBandsAndSets()
    {
        QFETCH(QString, json);
        QFETCH(bool, isSet);
        QFETCH(QString, error);
        const QString message = isSet ? HealthModelSet::fromJson(json).errorMessage()
                                       : HealthBands::fromJson(json).errorMessage();
        QVERIFY2(message.contains(error), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestHealthJson)
#include "tst_healthjson.moc"
