// The account timeline merges every source latest first and filters by kind; the Today list holds
// every due and overdue step and action item across the book, by due date then ARR.
#include "../health/healthfixture.h"

#include "health/healthservice.h"
#include "itemmodels/timelinemodel.h"
#include "itemmodels/todaymodel.h"
#include "notes/notesservice.h"
#include "playbooks/playbookrepository.h"
#include "playbooks/playbookservice.h"
#include "store/database.h"
#include "timeline/timeline.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace csm;
using namespace csm::healthtest;

namespace {
const QDateTime Now(Today, QTime(10, 0), Qt::UTC);
}

class TestTimeline final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    HandMadeBook m_book;

    QSqlDatabase db() const { return m_db->connection(); }

    Meeting meeting(qint64 accountId, int daysAgo, const QList<ActionItem> &items) const
    {
        Meeting m;
        m.accountId = accountId;
        m.kind = MeetingKind::Qbr;
        m.heldOn = Today.addDays(-daysAgo);
        m.title = u"Review %1"_s.arg(daysAgo);
        m.bodyHtml = u"<p>Notes</p>"_s;
        m.actionItems = items;
        return m;
    }

private slots:
    void init()
    {
        static int books = 0;
        auto db = Database::open(m_dir.filePath(u"timeline-%1.sqlite"_s.arg(++books)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(*db);
        m_book = seedHandMadeBook(m_db->connection());
    }

    void cleanup() { m_db.reset(); }

    void mergesEverySourceLatestFirst()
    {
        const qint64 a = m_book.atRisk;
        Meeting m = meeting(a, 15, {});
        QVERIFY(NotesService(db(), Now).save(m, u"me"_s).ok());
        QVERIFY(HealthService(db(), Today).recompute(Today.addDays(-40)).ok());
        QSqlQuery q(db());
        QVERIFY(q.exec(u"UPDATE health_snapshots SET band = 'green', score = 80"_s));
        QVERIFY(HealthService(db(), Today).recompute(Today.addDays(-2)).ok()); // at-risk enters red
        const qint64 red = PlaybookRepository(db()).playbookByKey(u"red_health_outreach"_s)->id;
        const PlaybookRun run = *PlaybookService(db(), Today, Now).start(red, a, u"me"_s);
        QVERIFY(PlaybookService(db(), Today, Now).setStepStatus(run.steps.at(0).id, StepStatus::Done, u"me"_s).ok());
        QVERIFY(q.exec(u"UPDATE accounts SET owner = 'Dana' WHERE id = %1"_s.arg(a)));
        QVERIFY(q.exec(u"INSERT INTO review_comments (uid, account_crm_id, author, created_at, body, imported_at) "
                       "SELECT 'rc-1', crm_id, 'Lee', '%1', 'Call the sponsor', '%1' FROM accounts WHERE id = %2"_s
                           .arg(Now.toString(Qt::ISODateWithMs), QString::number(a))));

        auto entries = TimelineReader(db()).read(a);
        QVERIFY2(entries.ok(), qPrintable(entries.errorMessage()));
        QSet<TimelineEntry::Kind> kinds;
        for (const TimelineEntry &e : *entries)
            kinds.insert(e.kind);
        QCOMPARE(kinds.size(), int(AllTimelineKinds.size())); // meetings, playbooks, health, NPS, tickets, CRM, review
        for (qsizetype i = 1; i < entries->size(); ++i)
            QVERIFY2(entries->at(i - 1).day >= entries->at(i).day, "latest first");
        auto find = [&](const QString &title) {
            return std::find_if(entries->cbegin(), entries->cend(), [&](const TimelineEntry &e) { return e.title.startsWith(title); });
        };
        QVERIFY(find(u"Health entered red"_s) != entries->cend());
        QCOMPARE(find(u"Health entered red"_s)->day, Today.addDays(-2));
        QVERIFY(find(u"Step done: Reach the champion"_s) != entries->cend());
        QVERIFY(find(u"Owner changed"_s) != entries->cend());
        QVERIFY(find(u"QBR: Review 15"_s) != entries->cend());
        QVERIFY(find(u"NPS 3"_s) != entries->cend());

        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(*entries);
        QCOMPARE(model.rowCount(), int(entries->size()));
        model.setKindVisible(TimelineEntry::Kind::Ticket, false);
        model.setKindVisible(TimelineEntry::Kind::Nps, false);
        for (int r = 0; r < model.rowCount(); ++r) {
            const auto kind = TimelineEntry::Kind(model.index(r, 0).data(TimelineModel::KindRole).toInt());
            QVERIFY(kind != TimelineEntry::Kind::Ticket && kind != TimelineEntry::Kind::Nps);
        }
        QVERIFY(model.rowCount() < int(entries->size()));
        model.setKindVisible(TimelineEntry::Kind::Ticket, true);
        model.setKindVisible(TimelineEntry::Kind::Nps, true);
        QCOMPARE(model.rowCount(), int(entries->size()));
    }

    void todayListsDueAndOverdueWorkByDueDateThenArr()
    {
        // Two accounts with action items due on the same day: the larger ARR comes first.
        Meeting small = meeting(m_book.onboarding, 30, { ActionItem { 0, u"Small due today"_s, {}, Today, {}, {}, 0 } });
        Meeting large = meeting(m_book.healthy, 30, { ActionItem { 0, u"Large due today"_s, {}, Today, {}, {}, 0 },
                                                      ActionItem { 0, u"Large overdue"_s, {}, Today.addDays(-3), {}, {}, 0 },
                                                      ActionItem { 0, u"Large next week"_s, {}, Today.addDays(7), {}, {}, 0 },
                                                      ActionItem { 0, u"Large done"_s, {}, Today.addDays(-1), Now, u"me"_s, 0 } });
        QVERIFY(NotesService(db(), Now).save(small, u"me"_s).ok());
        QVERIFY(NotesService(db(), Now).save(large, u"me"_s).ok());
        // A playbook started 6 days ago: its 48-hour step is 4 days overdue.
        const qint64 red = PlaybookRepository(db()).playbookByKey(u"red_health_outreach"_s)->id;
        QVERIFY(PlaybookService(db(), Today.addDays(-6), Now).start(red, m_book.atRisk, u"me"_s).ok());

        auto items = TodayReader(db()).read(Today);
        QVERIFY2(items.ok(), qPrintable(items.errorMessage()));
        QStringList titles;
        for (const TodayItem &i : *items)
            titles << i.title;
        QCOMPARE(titles, (QStringList { u"Reach the champion within 48 hours"_s, u"Large overdue"_s, u"Large due today"_s,
                                        u"Small due today"_s }));
        QCOMPARE(items->at(0).kind, TodayItem::Kind::PlaybookStep);
        QCOMPARE(items->at(0).source, u"Red health outreach"_s);
        QCOMPARE(items->at(1).accountName, u"HEALTHY"_s);
        QCOMPARE(TodayReader(db()).read(Today.addDays(7))->size(), 4 + 2); // next week's item and step 2 of the run

        TodayModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(*items, Today);
        QCOMPARE(model.rowCount(), 4);
        // "%n day(s) overdue": the plural form comes from the translation the app installs.
        QVERIFY(model.index(0, TodayModel::DueColumn).data().toString().startsWith(u"4 day"_s));
        QVERIFY(model.index(0, TodayModel::DueColumn).data().toString().endsWith(u" overdue"_s));
        QVERIFY(model.index(1, TodayModel::DueColumn).data().toString().startsWith(u"3 day"_s));
        QCOMPARE(model.index(2, TodayModel::DueColumn).data().toString(), u"Today"_s);
        QVERIFY(model.index(0, TodayModel::DueColumn).data(TodayModel::OverdueRole).toBool());
        QVERIFY(!model.index(2, TodayModel::DueColumn).data(TodayModel::OverdueRole).toBool());
        QCOMPARE(model.index(1, TodayModel::AccountColumn).data(TodayModel::AccountIdRole).toLongLong(), m_book.healthy);
        QCOMPARE(model.index(1, TodayModel::ItemColumn).data().toString(), u"Large overdue"_s);
        QCOMPARE(model.index(1, TodayModel::ArrColumn).data(Qt::EditRole).toLongLong(), qint64(100'000'00));
        model.removeItem(TodayItem::Kind::ActionItem, items->at(1).id);
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
