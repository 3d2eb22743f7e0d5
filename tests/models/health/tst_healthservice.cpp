// Hand-made book (as of 2026-11-25, D) with three accounts whose scores are worked out on paper:
//
// Healthy (adoption, paying): 90/100 seats and 8/10 features now and 32 days ago, NPS 9 and 9, no
//   tickets, a champion touched 5 days ago → every measure 100; negative-ticket share is missing
//   (no recent tickets) → 100, green.
// AtRisk (renewal, payment failed): 30/100 seats (12.5), down from 60 (trend −30 → 0), 1/10 features
//   (12.5), NPS 3 after 8 (0 and 0), 4 open tickets (75), 2 escalations (50), all negative (0),
//   last touch 90 days ago (0), no champion (0), payment 0
//   → (15×12.5 + 10×12.5 + 5×75 + 5×50) ÷ 100 = 9.375, red; weakest: utilisation.
// Onboarding (contract 30 days old): ramp 100, 30/100 seats on the onboarding curve 50, 4/10
//   features 100, active champion 100, touched 3 days ago 100 → 90 with the onboarding model.
#include "healthfixture.h"

#include "health/healthinputsreader.h"
#include "health/healthservice.h"
#include "health/healthsnapshotrepository.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace csm;
using namespace csm::healthtest;

class TestHealthService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_healthy = 0;
    qint64 m_atRisk = 0;
    qint64 m_onboarding = 0;
    qint64 m_atRiskContact = 0;

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
        m_atRiskContact = book.atRiskContact;
        QVERIFY(m_healthy > 0 && m_atRisk > 0 && m_onboarding > 0);
    }

    void cleanup() { m_db.reset(); }

    void readsSignalsForOneAccountAsForAll()
    {
        auto all = HealthInputsReader(m_db->connection()).readAll(Today);
        QVERIFY2(all.ok(), qPrintable(all.errorMessage()));
        QCOMPARE(all->size(), std::size_t(3));
        auto one = HealthInputsReader(m_db->connection()).readOne(m_atRisk, Today);
        QVERIFY(one.ok() && one->has_value());
        const HealthInputs *fromAll = HealthInputsReader::find(*all, m_atRisk);
        QVERIFY(fromAll);
        QCOMPARE((*one)->values, fromAll->values);
        QCOMPARE(fromAll->value(HealthSignal::Utilisation), std::optional<double>(30.0));
        QCOMPARE(fromAll->value(HealthSignal::UtilisationTrend), std::optional<double>(-30.0));
        QCOMPARE(fromAll->value(HealthSignal::NpsTrend), std::optional<double>(-5.0));
        QCOMPARE(fromAll->value(HealthSignal::OpenTickets), std::optional<double>(4.0));
        QCOMPARE(fromAll->value(HealthSignal::Escalations90d), std::optional<double>(2.0));
        QCOMPARE(fromAll->value(HealthSignal::NegativeTicketShare), std::optional<double>(100.0));
        QCOMPARE(fromAll->value(HealthSignal::DaysSinceTouch), std::optional<double>(90.0));
        QCOMPARE(fromAll->value(HealthSignal::Champion), std::optional<double>(0.0));
        QCOMPARE(fromAll->value(HealthSignal::Payment), std::optional<double>(0.0));
    }

    void explainsHandComputedScores()
    {
        auto healthy = service().explain(m_healthy, Today);
        QVERIFY2(healthy.ok(), qPrintable(healthy.errorMessage()));
        QCOMPARE(healthy->score, std::optional<double>(100.0));
        QCOMPARE(healthy->band, HealthBand::Green);
        QCOMPARE(healthy->missing, QStringList { u"negative_sentiment"_s });

        auto atRisk = service().explain(m_atRisk, Today);
        QVERIFY(atRisk.ok());
        QCOMPARE(atRisk->score, std::optional<double>(9.375));
        QCOMPARE(atRisk->band, HealthBand::Red);
        QVERIFY(atRisk->missing.isEmpty());
        QCOMPARE(atRisk->weakestMeasure, u"utilisation"_s);
        QCOMPARE(atRisk->measures.constFirst().name, u"Seat utilisation"_s);

        QVERIFY(!service().explain(999, Today).ok());
    }

    void scoresOnboardingAccountsWithTheOnboardingModel()
    {
        auto result = service().explain(m_onboarding, Today);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->modelKey, u"onboarding"_s);
        QCOMPARE(result->score, std::optional<double>(90.0));
        for (const MeasureResult &m : result->measures)
            QVERIFY(m.key != u"nps"_s && m.key != u"payment"_s);
        QVERIFY(service().recompute(Today).ok());
        QCOMPARE(snapshotOf(m_onboarding, Today).modelKey, u"onboarding"_s);
        QCOMPARE(snapshotOf(m_healthy, Today).modelKey, u"standard"_s);
    }

    void usesTheModelsStoredInTheBook()
    {
        HealthModelSet set;
        set.onboarding.groups[0].measures[1].rule = ScoringRule::linear(0, 100); // 30% seats → 30
        QVERIFY(service().setModels(set).ok());
        QCOMPARE(*service().models(), set);
        QCOMPARE(service().explain(m_onboarding, Today)->score, std::optional<double>(86.0));
        QVERIFY(service().setBands(HealthBands { 95, 99 }).ok());
        QCOMPARE(service().explain(m_onboarding, Today)->band, HealthBand::Red);
        set.standard.groups[0].measures[0].weight = 1;
        QVERIFY(!service().setModels(set).ok());
    }

    void recomputingADayReplacesItsSnapshots()
    {
        auto first = service().recompute(Today);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QCOMPARE(first->scored, 3);
        QCOMPARE(first->unscored, 0);
        QCOMPARE(count(u"SELECT count(*) FROM health_snapshots"_s), 3);
        QCOMPARE(snapshotOf(m_atRisk, Today).score, std::optional<double>(9.375));

        QVERIFY(service().recompute(Today).ok());
        QCOMPARE(count(u"SELECT count(*) FROM health_snapshots"_s), 3);

        // A touch yesterday lifts recency to 100: +10 points, replacing the day's value.
        QVERIFY(ContactRepository(m_db->connection()).setLastTouch(m_atRiskContact, Today.addDays(-1)).ok());
        QVERIFY(service().recompute(Today).ok());
        QCOMPARE(count(u"SELECT count(*) FROM health_snapshots"_s), 3);
        QCOMPARE(snapshotOf(m_atRisk, Today).score, std::optional<double>(19.375));
    }

    void writesBandChangeEventsIncludingEnteredRed()
    {
        // A week ago, with lenient bands, AtRisk scored 21.5 (green); today it is red.
        QVERIFY(service().setBands(HealthBands { 5, 10 }).ok());
        auto before = service().recompute(Today.addDays(-7));
        QVERIFY(before.ok());
        QCOMPARE(before->bandChanges, 0);
        QCOMPARE(snapshotOf(m_atRisk, Today.addDays(-7)).band, HealthBand::Green);

        QVERIFY(service().setBands(HealthBands {}).ok());
        auto now = service().recompute(Today);
        QVERIFY(now.ok());
        QCOMPARE(now->bandChanges, 1);
        QCOMPARE(now->enteredRed, 1);
        auto events = HealthSnapshotRepository(m_db->connection()).events(m_atRisk);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->constFirst().kind, HealthEvent::Kind::EnteredRed);
        QCOMPARE(events->constFirst().from, HealthBand::Green);
        QCOMPARE(events->constFirst().to, HealthBand::Red);
        QCOMPARE(events->constFirst().day, Today);

        // Recomputing the day rewrites its events rather than adding more.
        QVERIFY(service().recompute(Today).ok());
        QCOMPARE(count(u"SELECT count(*) FROM health_events"_s), 1);

        // Next week, with an amber threshold of 5, it leaves red.
        QVERIFY(service().setBands(HealthBands { 5, 75 }).ok());
        auto later = service().recompute(Today.addDays(7));
        QVERIFY(later.ok());
        QCOMPARE(later->bandChanges, 1);
        events = HealthSnapshotRepository(m_db->connection()).events(m_atRisk);
        QCOMPARE(events->constLast().kind, HealthEvent::Kind::LeftRed);
        QCOMPARE(events->constLast().to, HealthBand::Amber);
    }

    void backfillWritesWeeklyHistoryWithoutDuplicates()
    {
        QVERIFY(service().recompute(Today).ok());
        auto written = service().backfill(Today.addDays(-28), Today, 7);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(*written, 12); // 4 past weeks × 3 accounts; today already had its snapshots
        QCOMPARE(count(u"SELECT count(*) FROM health_snapshots"_s), 15);
        QCOMPARE(count(u"SELECT count(DISTINCT day) FROM health_snapshots"_s), 5);
        QCOMPARE(*service().backfill(Today.addDays(-28), Today, 7), 0);
        QCOMPARE(count(u"SELECT count(*) FROM health_snapshots"_s), 15);
        // History as of the day: a week ago the onboarding account had no usage sample yet.
        QVERIFY(snapshotOf(m_onboarding, Today.addDays(-7)).missing.contains(u"utilisation"_s));
        QVERIFY(!service().backfill(Today, Today.addDays(-1)).ok());
    }

};

QTEST_GUILESS_MAIN(TestHealthService)
#include "tst_healthservice.moc"
