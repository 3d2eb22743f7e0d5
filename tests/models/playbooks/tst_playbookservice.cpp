// Playbook rules and runs over a real book: every trigger kind at its boundaries, no duplicate runs
// on re-evaluation, occurrences handled once, step due dates, and the run and step state machine.
#include "../health/healthfixture.h"

#include "health/healthservice.h"
#include "notes/notesservice.h"
#include "playbooks/playbookrepository.h"
#include "playbooks/playbookservice.h"
#include "store/database.h"

#include <QSqlError>
#include <QTemporaryDir>

using namespace csm;
using namespace csm::healthtest;

using Kind = PlaybookTrigger::Kind;

namespace {

const QDateTime Now(Today, QTime(10, 0), Qt::UTC);

void exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

} // namespace

class TestPlaybookService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_account = 0;

    PlaybookService service(const QDate &today = Today) const { return PlaybookService(m_db->connection(), today, Now); }
    QSqlDatabase db() const { return m_db->connection(); }

    /// Only the playbook with `key` stays enabled, so each test sees one rule at work.
    qint64 onlyEnable(const QString &key) const
    {
        exec(db(), u"UPDATE playbooks SET enabled = (key = ?)"_s, { key });
        return PlaybookRepository(db()).playbookByKey(key)->id;
    }

    int runsOf(qint64 playbookId) const
    {
        return countOf(db(), u"SELECT count(*) FROM playbook_runs WHERE playbook_id = %1"_s.arg(playbookId));
    }

    /// A fresh account with no other data, so a rule sees only what a test gives it.
    qint64 bareAccount(const QString &crmId, const QString &segment = u"high"_s) const
    {
        const qint64 id = Builder { db() }.account(crmId, LifecycleStage::Adoption, PaymentStatus::Current, 10'000'00,
                                                   Today.addDays(-400));
        exec(db(), u"UPDATE accounts SET segment = ? WHERE id = ?"_s, { segment, id });
        return id;
    }

private slots:
    void init()
    {
        static int books = 0;
        auto db = Database::open(m_dir.filePath(u"playbooks-%1.sqlite"_s.arg(++books)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(*db);
        m_account = bareAccount(u"ACME"_s);
    }

    void cleanup() { m_db.reset(); }

    void theBuiltInPlaybooksAreThere()
    {
        auto playbooks = PlaybookRepository(db()).playbooks();
        QVERIFY2(playbooks.ok(), qPrintable(playbooks.errorMessage()));
        QStringList keys;
        for (const Playbook &p : *playbooks) {
            keys << p.key;
            QVERIFY2(p.validate().ok(), qPrintable(p.validate().errorMessage()));
            QVERIFY(p.builtin);
        }
        for (const QString &key : { u"onboarding"_s, u"adoption_stalled"_s, u"pre_renewal"_s, u"expansion_ready"_s,
                                    u"red_health_outreach"_s })
            QVERIFY2(keys.contains(key), qPrintable(key));
        const Playbook onboarding = *PlaybookRepository(db()).playbookByKey(u"onboarding"_s);
        QCOMPARE(onboarding.steps.size(), 4);
        QCOMPARE(onboarding.steps.at(0).title, u"Kickoff call"_s);
        QCOMPARE(onboarding.steps.at(3).dueOffsetDays, 30);
        const Playbook preRenewal = *PlaybookRepository(db()).playbookByKey(u"pre_renewal"_s);
        QCOMPARE(preRenewal.trigger,
                 (PlaybookTrigger { Kind::RenewalWithin, 120, 0.0, LifecycleStage::Onboarding, { Segment::High, Segment::Mid } }));
        QList<int> offsets;
        for (const PlaybookStep &s : preRenewal.steps)
            offsets << s.dueOffsetDays;
        QCOMPARE(offsets, (QList<int> { 0, 30, 60, 90 })); // at 120, 90, 60 and 30 days before renewal
        const Playbook red = *PlaybookRepository(db()).playbookByKey(u"red_health_outreach"_s);
        QCOMPARE(red.steps.at(0).dueOffsetDays, 2); // reach the champion within 48 hours
    }

    void eachRuleStartsAtItsBoundary_data()
    {
        QTest::addColumn<QString>("playbook");
        QTest::addColumn<int>("setup");
        QTest::addColumn<bool>("starts");
        // Renewal within 120 days: day 120 is in, day 121 is out, a past renewal is out.
        QTest::newRow("renewal in 120 days") << u"pre_renewal"_s << 120 << true;
        QTest::newRow("renewal in 121 days") << u"pre_renewal"_s << 121 << false;
        QTest::newRow("renewal yesterday") << u"pre_renewal"_s << -1 << false;
        // No touch for 45 days: touched 45 days ago starts, 44 does not.
        QTest::newRow("no touch for 45 days") << u"no_touch"_s << 45 << true;
        QTest::newRow("touched 44 days ago") << u"no_touch"_s << 44 << false;
        // NPS detractor within 30 days: 6 is a detractor, 7 is not; 31 days ago is too old.
        QTest::newRow("NPS 6 today") << u"detractor_follow_up"_s << 6 << true;
        QTest::newRow("NPS 7 today") << u"detractor_follow_up"_s << 7 << false;
        QTest::newRow("NPS 0 31 days ago") << u"detractor_follow_up"_s << -31 << false;
        // Active users fell 25% (start) or 24% (no start) over 30 days.
        QTest::newRow("usage down 25%") << u"adoption_stalled"_s << 75 << true;
        QTest::newRow("usage down 24%") << u"adoption_stalled"_s << 76 << false;
        // Health entered red (and is still red), or entered red and left it again.
        QTest::newRow("entered red") << u"red_health_outreach"_s << 1 << true;
        QTest::newRow("entered and left red") << u"red_health_outreach"_s << 2 << false;
        QTest::newRow("entered red 31 days ago") << u"red_health_outreach"_s << 3 << false;
        // The lifecycle stage became onboarding (the store logs the change itself).
        QTest::newRow("stage became onboarding") << u"onboarding"_s << 1 << true;
        QTest::newRow("stage became renewal") << u"onboarding"_s << 2 << false;
    }

    void eachRuleStartsAtItsBoundary()
    {
        QFETCH(QString, playbook);
        QFETCH(int, setup);
        QFETCH(bool, starts);
        const qint64 id = onlyEnable(playbook);
        const qint64 a = m_account;
        Builder b { db() };
        if (playbook == u"pre_renewal") {
            exec(db(), u"UPDATE accounts SET renewal_date = ? WHERE id = ?"_s, { Today.addDays(setup).toString(Qt::ISODate), a });
        } else if (playbook == u"no_touch") {
            b.contact(a, true, setup);
        } else if (playbook == u"detractor_follow_up") {
            if (setup >= 0)
                b.nps(a, 0, setup);
            else
                b.nps(a, -setup, 0);
        } else if (playbook == u"adoption_stalled") {
            b.usage(a, 3, setup, 120, 5, 10);
            b.usage(a, 3 + 30, 100, 120, 5, 10);
        } else if (playbook == u"red_health_outreach") {
            const int enteredDaysAgo = setup == 3 ? 31 : 5;
            exec(db(), u"INSERT INTO health_snapshots (account_id, day, score, band) VALUES (?, ?, 80, 'green')"_s,
                 { a, Today.addDays(-enteredDaysAgo - 7).toString(Qt::ISODate) });
            exec(db(), u"INSERT INTO health_snapshots (account_id, day, score, band) VALUES (?, ?, 30, 'red')"_s,
                 { a, Today.addDays(-enteredDaysAgo).toString(Qt::ISODate) });
            exec(db(), u"INSERT INTO health_events (account_id, day, kind, from_band, to_band) VALUES (?, ?, 'entered_red', 'green', 'red')"_s,
                 { a, Today.addDays(-enteredDaysAgo).toString(Qt::ISODate) });
            if (setup == 2)
                exec(db(), u"INSERT INTO health_snapshots (account_id, day, score, band) VALUES (?, ?, 60, 'amber')"_s,
                     { a, Today.addDays(-1).toString(Qt::ISODate) });
        } else if (playbook == u"onboarding") {
            exec(db(), u"UPDATE accounts SET lifecycle_stage = ? WHERE id = ?"_s, { setup == 1 ? u"onboarding"_s : u"renewal"_s, a });
        }

        auto started = service().evaluate();
        QVERIFY2(started.ok(), qPrintable(started.errorMessage()));
        QCOMPARE(started->size(), starts ? 1 : 0);
        QCOMPARE(runsOf(id), starts ? 1 : 0);
        if (starts) {
            QCOMPARE(started->first().accountId, a);
            QVERIFY(!started->first().reason.isEmpty());
            // Re-evaluating never duplicates.
            QCOMPARE(service().evaluate()->size(), 0);
            QCOMPARE(service(Today.addDays(1)).evaluate()->size(), 0);
            QCOMPARE(runsOf(id), 1);
        }
    }

    void aHandledOccurrenceDoesNotRestartButANewOneDoes()
    {
        const qint64 id = onlyEnable(u"pre_renewal"_s);
        exec(db(), u"UPDATE accounts SET renewal_date = ? WHERE id = ?"_s, { Today.addDays(100).toString(Qt::ISODate), m_account });
        QCOMPARE(service().evaluate()->size(), 1);
        const qint64 runId = PlaybookRepository(db()).runsForAccount(m_account)->first().id;
        QVERIFY(service().cancel(runId, u"Renewed early"_s, u"me"_s).ok());
        // Cancelled, still the same renewal: not started again.
        QCOMPARE(service(Today.addDays(5)).evaluate()->size(), 0);
        // The renewal moves a year on; 120 days before the new date the rule starts again.
        exec(db(), u"UPDATE accounts SET renewal_date = ? WHERE id = ?"_s, { Today.addDays(465).toString(Qt::ISODate), m_account });
        QCOMPARE(service(Today.addDays(300)).evaluate()->size(), 0);
        QCOMPARE(service(Today.addDays(345)).evaluate()->size(), 1);
        QCOMPARE(runsOf(id), 2);
    }

    void manualPlaybooksStartOnlyByHandAndOncePerAccount()
    {
        const qint64 id = onlyEnable(u"expansion_ready"_s);
        QCOMPARE(service().evaluate()->size(), 0);
        auto run = service().start(id, m_account, u"me"_s);
        QVERIFY2(run.ok(), qPrintable(run.errorMessage()));
        QCOMPARE(run->startedBy, u"me"_s);
        auto again = service().start(id, m_account, u"me"_s);
        QVERIFY(!again.ok());
        QVERIFY2(again.errorMessage().contains(u"already running"_s), qPrintable(again.errorMessage()));
        // The store itself refuses a second open run, whoever writes it.
        QSqlQuery q(db());
        QVERIFY(!q.exec(u"INSERT INTO playbook_runs (playbook_id, account_id, started_on) VALUES (%1, %2, '2026-01-01')"_s
                            .arg(id)
                            .arg(m_account)));
    }

    void stepsAreDueByTheirOffsets()
    {
        const qint64 id = PlaybookRepository(db()).playbookByKey(u"onboarding"_s)->id;
        auto run = service().start(id, m_account, u"me"_s);
        QVERIFY(run.ok());
        QList<QDate> due;
        for (const RunStep &s : run->steps)
            due << s.dueOn;
        QCOMPARE(due, (QList<QDate> { Today.addDays(3), Today.addDays(14), Today.addDays(21), Today.addDays(30) }));
        QCOMPARE(run->startedOn, Today);
        const auto stored = PlaybookRepository(db()).run(run->id);
        QCOMPARE(stored->steps.size(), 4);
        QCOMPARE(stored->steps.at(1).dueOn, Today.addDays(14));
        QVERIFY(stored->steps.at(0).isDue(Today.addDays(3)));
        QVERIFY(!stored->steps.at(0).isOverdue(Today.addDays(3)));
        QVERIFY(stored->steps.at(0).isOverdue(Today.addDays(4)));
    }

    void stepsAndRunsMoveOnlyAlongAllowedPaths()
    {
        const qint64 id = PlaybookRepository(db()).playbookByKey(u"red_health_outreach"_s)->id;
        const PlaybookRun run = *service().start(id, m_account, u"me"_s);
        const qint64 first = run.steps.at(0).id, second = run.steps.at(1).id;

        QVERIFY(service().setStepStatus(first, StepStatus::Done, u"me"_s).ok());
        auto stored = *PlaybookRepository(db()).run(run.id);
        QCOMPARE(stored.steps.at(0).status, StepStatus::Done);
        QCOMPARE(stored.steps.at(0).doneBy, u"me"_s);
        QCOMPARE(stored.steps.at(0).doneAt, Now);
        QCOMPARE(stored.finished(), 1);

        QVERIFY(!service().setStepStatus(first, StepStatus::Done, u"me"_s).ok());      // already done
        QVERIFY(!service().setStepStatus(first, StepStatus::Skipped, u"me"_s, u"x"_s).ok()); // done → skipped
        QVERIFY(!service().setStepStatus(second, StepStatus::Skipped, u"me"_s).ok());  // no reason
        QVERIFY(service().setStepStatus(second, StepStatus::Skipped, u"me"_s, u"Customer on leave"_s).ok());
        QCOMPARE(PlaybookRepository(db()).run(run.id)->steps.at(1).skipReason, u"Customer on leave"_s);
        QVERIFY(service().setStepStatus(second, StepStatus::Open, u"me"_s).ok()); // reopen
        QVERIFY(PlaybookRepository(db()).run(run.id)->steps.at(1).skipReason.isEmpty());

        const Status early = service().complete(run.id, u"me"_s);
        QVERIFY(!early.ok());
        QVERIFY2(early.errorMessage().contains(u"3 open step"_s), qPrintable(early.errorMessage()));
        const PlaybookRun current = *PlaybookRepository(db()).run(run.id);
        for (const RunStep &s : current.steps)
            if (s.isOpen())
                QVERIFY(service().setStepStatus(s.id, StepStatus::Done, u"me"_s).ok());
        QVERIFY(service().complete(run.id, u"me"_s).ok());
        QCOMPARE(PlaybookRepository(db()).run(run.id)->status, RunStatus::Completed);

        // A completed run is closed for good.
        QVERIFY(!service().complete(run.id, u"me"_s).ok());
        QVERIFY(!service().cancel(run.id, u"late"_s, u"me"_s).ok());
        const Status frozen = service().setStepStatus(first, StepStatus::Open, u"me"_s);
        QVERIFY(!frozen.ok());
        QVERIFY2(frozen.errorMessage().contains(u"completed"_s), qPrintable(frozen.errorMessage()));

        // Cancelling needs a reason; then a new run may start.
        const PlaybookRun next = *service().start(id, m_account, u"me"_s);
        QVERIFY(!service().cancel(next.id, u"  "_s, u"me"_s).ok());
        QVERIFY(service().cancel(next.id, u"Duplicate"_s, u"me"_s).ok());
        QCOMPARE(PlaybookRepository(db()).run(next.id)->status, RunStatus::Cancelled);
        QVERIFY(service().start(id, m_account, u"me"_s).ok());
    }

    void badTemplatesAreRefusedWithTheirFault()
    {
        PlaybookRepository repository(db());
        Playbook p;
        p.key = u"custom"_s;
        p.name = u"Custom"_s;
        QVERIFY2(repository.save(p).errorMessage().contains(u"at least one step"_s), "no steps");
        p.steps = { PlaybookStep { u""_s, {}, 0, u"csm"_s, {} } };
        QVERIFY2(repository.save(p).errorMessage().contains(u"step 1 needs a title"_s), "untitled step");
        p.steps = { PlaybookStep { u"Call"_s, {}, 0, u"csm"_s, {} } };
        p.trigger = PlaybookTrigger { Kind::UsageDrop, 0, 150.0, LifecycleStage::Onboarding, {} };
        QVERIFY2(repository.save(p).errorMessage().contains(u"usage drop"_s), "percent out of range");
        p.trigger.percent = 40.0;
        QVERIFY(repository.save(p).ok());
        QCOMPARE(*repository.playbook(p.id), p);
        QVERIFY(!PlaybookTrigger::fromJson(u"{\"kind\":\"moon_phase\"}"_s).ok());
        QVERIFY(!PlaybookTrigger::fromJson(u"not json"_s).ok());
    }

    void rulesLimitedToSegmentsLeaveTheOthersAlone()
    {
        const qint64 id = onlyEnable(u"no_touch"_s); // high- and mid-touch only
        const qint64 tech = bareAccount(u"TECH"_s, u"tech"_s);
        const qint64 mid = bareAccount(u"MID"_s, u"mid"_s);
        Builder b { db() };
        for (qint64 a : { m_account, tech, mid })
            b.contact(a, true, 60);
        auto started = service().evaluate();
        QVERIFY(started.ok());
        QCOMPARE(started->size(), 2);
        QCOMPARE(runsOf(id), 2);
        QVERIFY(std::none_of(started->cbegin(), started->cend(), [tech](const StartedRun &r) { return r.accountId == tech; }));

        // A rule's segments round-trip through its JSON; an unknown one is refused.
        const Playbook p = *PlaybookRepository(db()).playbook(id);
        QCOMPARE(p.trigger.segments, (QList<Segment> { Segment::High, Segment::Mid }));
        QCOMPARE(*PlaybookTrigger::fromJson(p.trigger.toJson()), p.trigger);
        QVERIFY(p.trigger.describe().contains(segmentDisplayName(Segment::High)));
        QVERIFY(!PlaybookTrigger::fromJson(u"{\"kind\":\"no_touch\",\"segments\":[\"vip\"]}"_s).ok());
    }

    void aMeetingCountsAsATouch()
    {
        onlyEnable(u"no_touch"_s);
        Builder { db() }.contact(m_account, true, 60);
        Meeting m;
        m.accountId = m_account;
        m.kind = MeetingKind::CheckIn;
        m.heldOn = Today.addDays(-10);
        QVERIFY(NotesService(db(), Now).save(m, u"me"_s).ok());
        QCOMPARE(service().evaluate()->size(), 0);
        QCOMPARE(service(Today.addDays(35)).evaluate()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPlaybookService)
#include "tst_playbookservice.moc"
