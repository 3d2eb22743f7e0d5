// Overrides, trends and what-if previews over the hand-made book of tst_healthservice.cpp
// (Healthy 100 green, AtRisk 9.375 red, Onboarding 90 green, as of 2026-11-25).
#include "healthfixture.h"

#include "health/healthservice.h"
#include "health/healthsnapshotrepository.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace csm;
using namespace csm::healthtest;

class TestHealthOverrides final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_healthy = 0;
    qint64 m_atRisk = 0;
    qint64 m_onboarding = 0;

    HealthService service() const { return HealthService(m_db->connection(), Today); }

    int count(const QString &sql) const { return countOf(m_db->connection(), sql); }
    HealthSnapshot snapshotOf(qint64 accountId, const QDate &day) const
    {
        return snapshotOn(m_db->connection(), accountId, day);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int books = 0;
        auto db = Database::open(m_dir.filePath(u"book-%1.sqlite"_s.arg(++books)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(*db);

        const HandMadeBook book = seedHandMadeBook(m_db->connection());
        m_healthy = book.healthy;
        m_atRisk = book.atRisk;
        m_onboarding = book.onboarding;
        QVERIFY(m_healthy > 0 && m_atRisk > 0 && m_onboarding > 0);
    }

    void cleanup() { m_db.reset(); }

    void refusesOverridesWithoutReasonOrWithPastExpiry_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("expiresInDays");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty reason") << QString() << 10 << u"reason"_s;
        QTest::newRow("blank reason") << u"   "_s << 10 << u"reason"_s;
        QTest::newRow("expired yesterday") << u"Exec sponsor left"_s << -1 << u"past"_s;
    }

    void refusesOverridesWithoutReasonOrWithPastExpiry()
    {
        QFETCH(QString, reason);
        QFETCH(int, expiresInDays);
        QFETCH(QString, error);
        auto result = service().setOverride(m_healthy, { HealthBand::Red, std::nullopt, reason,
                                                         Today.addDays(expiresInDays), u"sam"_s });
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(error), qPrintable(result.errorMessage()));
        QCOMPARE(count(u"SELECT count(*) FROM health_overrides"_s), 0);
    }

    void overrideIsActiveUntilExpiryAndKeptWhenCleared()
    {
        auto first = service().setOverride(m_healthy, { HealthBand::Amber, std::nullopt, u"Exec sponsor left"_s,
                                                        Today.addDays(10), u"sam"_s });
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QVERIFY(first->id > 0);
        QVERIFY(service().activeOverride(m_healthy, Today.addDays(10))->has_value());
        QVERIFY(!service().activeOverride(m_healthy, Today.addDays(11))->has_value());
        QVERIFY(!service().activeOverride(m_atRisk)->has_value());

        // A later override wins while both are open.
        auto second = service().setOverride(m_healthy, { std::nullopt, 30.0, u"Budget cut"_s, Today.addDays(30), u"kim"_s });
        QVERIFY(second.ok());
        auto active = service().activeOverride(m_healthy);
        QCOMPARE((*active)->id, second->id);
        QCOMPARE((*active)->score, std::optional<double>(30.0));
        QCOMPARE((*active)->createdBy, u"kim"_s);

        QVERIFY(service().clearOverride(m_healthy, u"sam"_s).ok());
        QVERIFY(!service().activeOverride(m_healthy)->has_value());
        auto history = service().overrideHistory(m_healthy);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        for (const HealthOverride &o : *history)
            QVERIFY(o.clearedAt.isValid());
        QCOMPARE(history->constFirst().reason, u"Budget cut"_s);
        QVERIFY(!service().clearOverride(m_healthy, u"sam"_s).ok());
    }

    void recomputeNeverTouchesOverrides()
    {
        QVERIFY(service().setOverride(m_healthy, { HealthBand::Red, std::nullopt, u"Churn notice"_s,
                                                   Today.addDays(5), u"sam"_s }).ok());
        QVERIFY(service().recompute(Today).ok());
        QCOMPARE(snapshotOf(m_healthy, Today).band, HealthBand::Green);
        auto active = service().activeOverride(m_healthy);
        QVERIFY(active.ok() && active->has_value());
        QCOMPARE((*active)->band, std::optional<HealthBand>(HealthBand::Red));
        QCOMPARE(count(u"SELECT count(*) FROM health_overrides"_s), 1);
    }

    void trendComparesSnapshots()
    {
        const HealthSnapshotRepository snapshots(m_db->connection());
        auto put = [&](qint64 id, int daysAgo, double score, HealthBand band) {
            QVERIFY(snapshots.upsert({ id, Today.addDays(-daysAgo), score, band, u"standard"_s, {} }).ok());
        };
        put(m_healthy, 30, 80, HealthBand::Green);
        put(m_healthy, 7, 70, HealthBand::Amber);
        put(m_healthy, 0, 40, HealthBand::Red);
        put(m_atRisk, 14, 60, HealthBand::Amber);
        put(m_atRisk, 7, 65, HealthBand::Amber);
        put(m_atRisk, 0, 70, HealthBand::Amber);

        auto healthy = service().trend(m_healthy);
        QVERIFY(healthy.ok());
        QCOMPARE(healthy->day, Today);
        QCOMPARE(healthy->band, HealthBand::Red);
        QCOMPARE(healthy->change7, std::optional<double>(-30.0));
        QCOMPARE(healthy->change30, std::optional<double>(-40.0));
        QVERIFY(!healthy->change90);
        QCOMPARE(healthy->inBandSince, Today);

        auto atRisk = service().trend(m_atRisk);
        QCOMPARE(atRisk->change7, std::optional<double>(5.0));
        QVERIFY(!atRisk->change30);
        QCOMPARE(atRisk->inBandSince, Today.addDays(-14));

        auto weekAgo = service().trend(m_healthy, Today.addDays(-7));
        QCOMPARE(weekAgo->day, Today.addDays(-7));
        QCOMPARE(weekAgo->change7, std::optional<double>(-10.0));

        QVERIFY(!service().trend(m_onboarding)->day.isValid());
    }

    void whatIfListsAccountsAndArrThatWouldChangeBand()
    {
        auto unchanged = service().whatIf(HealthModelSet {}, HealthBands {});
        QVERIFY2(unchanged.ok(), qPrintable(unchanged.errorMessage()));
        QVERIFY(unchanged->changes.isEmpty());

        QVERIFY(service().recompute(Today).ok());
        auto lenient = service().whatIf(HealthModelSet {}, HealthBands { 5, 95 });
        QVERIFY(lenient.ok());
        QCOMPARE(lenient->changes.size(), 2);
        QCOMPARE(lenient->changes[0].accountId, m_atRisk);
        QCOMPARE(lenient->changes[0].from, HealthBand::Red);
        QCOMPARE(lenient->changes[0].to, HealthBand::Amber);
        QCOMPARE(lenient->changes[1].accountId, m_onboarding);
        QCOMPARE(lenient->changes[1].from, HealthBand::Green);
        QCOMPARE(lenient->changes[1].to, HealthBand::Amber);
        QCOMPARE(lenient->arrCentsChanged, qint64(70'000'00));
        QCOMPARE(lenient->intoRed, 0);

        HealthModelSet stricter;
        stricter.onboarding.groups[0].measures[1].rule = ScoringRule::linear(0, 100); // onboarding → 86
        auto strict = service().whatIf(stricter, HealthBands { 87, 95 });
        QVERIFY(strict.ok());
        QCOMPARE(strict->changes.size(), 1);
        QCOMPARE(strict->changes[0].accountId, m_onboarding);
        QCOMPARE(strict->changes[0].to, HealthBand::Red);
        QCOMPARE(strict->changes[0].toScore, std::optional<double>(86.0));
        QCOMPARE(strict->intoRed, 1);
        QCOMPARE(strict->arrCentsIntoRed, qint64(20'000'00));
        // Nothing was applied.
        QCOMPARE(snapshotOf(m_onboarding, Today).band, HealthBand::Green);
        QCOMPARE(*service().bands(), HealthBands {});
    }

    void applyingAModelSavesItAndRescoresTheDay()
    {
        QVERIFY(service().recompute(Today.addDays(-1)).ok()); // yesterday's bands to compare with
        HealthModelSet models;
        models.bySegment.insert(Segment::High, HealthModel::defaultStandard());
        models.bySegment[Segment::High].key = u"high"_s;
        const HealthBands lenient { 5, 95 };
        int lastDone = -1, lastTotal = -1;
        auto applied = service().applyModels(models, lenient, Today, nullptr, [&](int done, int total) {
            lastDone = done;
            lastTotal = total;
        });
        QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
        QCOMPARE(applied->scored, 3);
        QCOMPARE(applied->bandChanges, 2); // the same two accounts the what-if names
        QCOMPARE(lastDone, 3);
        QCOMPARE(lastTotal, 3);
        QCOMPARE(*service().bands(), lenient);
        QCOMPARE(*service().models(), models);
        QCOMPARE(snapshotOf(m_atRisk, Today).band, HealthBand::Amber);
        QCOMPARE(snapshotOf(m_onboarding, Today).band, HealthBand::Amber);
        QCOMPARE(snapshotOf(m_healthy, Today).band, HealthBand::Green);
    }

    void cancelledApplyKeepsTheOldModelBandsAndScores()
    {
        QVERIFY(service().recompute(Today).ok());
        const std::atomic_bool cancel { true };
        auto applied = service().applyModels(HealthModelSet {}, HealthBands { 5, 95 }, Today, &cancel);
        QVERIFY(!applied.ok());
        QCOMPARE(*service().bands(), HealthBands {});
        QCOMPARE(snapshotOf(m_atRisk, Today).band, HealthBand::Red);
        QCOMPARE(snapshotOf(m_onboarding, Today).band, HealthBand::Green);
    }

    void invalidModelIsRefusedAndTheOldOneKept_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("message");
        QTest::newRow("weights not 100") << 0 << u"100"_s;
        QTest::newRow("overlapping thresholds") << 1 << u"utilisation"_s;
        QTest::newRow("green below amber") << 2 << u"green"_s;
    }

    void invalidModelIsRefusedAndTheOldOneKept()
    {
        QFETCH(int, fault);
        QFETCH(QString, message);
        HealthModelSet saved;
        saved.standard.name = u"Saved before"_s;
        QVERIFY(service().setModels(saved).ok());

        HealthModelSet broken = saved;
        HealthBands bands;
        HealthMeasure &first = broken.standard.groups[0].measures[0];
        if (fault == 0)
            first.weight += 10;
        else if (fault == 1)
            first.rule = ScoringRule::thresholds(ScoringRule::Direction::HigherIsBetter, 70, 60, 80);
        else
            bands = HealthBands { 80, 60 };
        auto applied = service().applyModels(broken, bands, Today);
        QVERIFY(!applied.ok());
        QVERIFY2(applied.errorMessage().contains(message, Qt::CaseInsensitive), qPrintable(applied.errorMessage()));
        QCOMPARE(*service().models(), saved);
        QCOMPARE(*service().bands(), HealthBands {});
        QCOMPARE(count(u"SELECT COUNT(*) FROM health_snapshots"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestHealthOverrides)
#include "tst_healthoverrides.moc"
