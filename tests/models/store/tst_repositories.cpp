#include "store/accountrepository.h"
#include "store/activityrepository.h"
#include "store/booksettingsrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

namespace {

Account sampleAccount(const QString &crmId)
{
    Account a;
    a.crmId = crmId;
    a.name = u"Müller & Söhne, \"Präzision\" GmbH"_s;
    a.domain = u"mueller.de"_s;
    a.owner = u"Dana Whitfield"_s;
    a.arrCents = 125'000'50;
    a.currency = u"EUR"_s;
    a.contractStart = QDate(2024, 2, 1);
    a.renewalDate = QDate(2027, 1, 31);
    a.stage = LifecycleStage::Expansion;
    a.segment = Segment::Mid;
    a.segmentOverride = true;
    a.tags = QStringList { u"strategic"_s, u"beta"_s };
    a.payment = PaymentStatus::Late;
    return a;
}

qint64 countRows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.exec(u"SELECT count(*) FROM "_s + table);
    q.next();
    return q.value(0).toLongLong();
}

} // namespace

class TestRepositories final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

private slots:
    void init()
    {
        auto db = Database::open(m_dir.filePath(u"book-%1.sqlite"_s.arg(++m_counter)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(*db);
    }

    void cleanup() { m_db.reset(); }

    void roundTripsAnAccount()
    {
        const AccountRepository repo(m_db->connection());
        Account a = sampleAccount(u"ACC-1"_s);
        QVERIFY(repo.insert(a).ok());
        QVERIFY(a.id > 0);
        auto loaded = repo.byId(a.id);
        QVERIFY(loaded.ok() && loaded->has_value());
        QCOMPARE(**loaded, a);
        QCOMPARE(**repo.byCrmId(u"ACC-1"_s), a);
        QVERIFY(!repo.byCrmId(u"nope"_s)->has_value());
        QCOMPARE(*repo.count(), 1);
    }

    void rejectsDuplicateCrmIds()
    {
        const AccountRepository repo(m_db->connection());
        Account a = sampleAccount(u"ACC-1"_s);
        Account b = sampleAccount(u"ACC-1"_s);
        QVERIFY(repo.insert(a).ok());
        const Status second = repo.insert(b);
        QVERIFY(!second.ok());
        QVERIFY2(second.errorMessage().contains(u"ACC-1"_s), qPrintable(second.errorMessage()));
        QCOMPARE(*repo.count(), 1);
    }

    void upsertUpdatesCrmFieldsButKeepsTheSegmentDecision()
    {
        const AccountRepository repo(m_db->connection());
        Account a = sampleAccount(u"ACC-1"_s);
        QVERIFY(repo.insert(a).ok());

        Account fromCrm = sampleAccount(u"ACC-1"_s);
        fromCrm.name = u"Renamed"_s;
        fromCrm.arrCents = 1;
        fromCrm.segment = Segment::Tech;
        fromCrm.segmentOverride = false;
        auto id = repo.upsertByCrmId(fromCrm);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        QCOMPARE(*id, a.id);
        const Account stored = **repo.byId(a.id);
        QCOMPARE(stored.name, u"Renamed"_s);
        QCOMPARE(stored.arrCents, 1);
        QCOMPARE(stored.segment, Segment::Mid);
        QVERIFY(stored.segmentOverride);

        Account fresh = sampleAccount(u"ACC-2"_s);
        auto newId = repo.upsertByCrmId(fresh);
        QVERIFY(newId.ok());
        QVERIFY(*newId != a.id);
        QCOMPARE(*repo.count(), 2);
    }

    void roundTripsContactsAndActivity()
    {
        Account a = sampleAccount(u"ACC-1"_s);
        QVERIFY(AccountRepository(m_db->connection()).insert(a).ok());

        const ContactRepository contacts(m_db->connection());
        Contact c { 0, a.id, u"C-1"_s, u"Ana Lima"_s, u"ana@mueller.de"_s, u"VP Ops"_s, u"Executive sponsor"_s, false,
                    QDate(2026, 10, 1) };
        Contact champion { 0, a.id, QString(), u"Ben Ode"_s, u"ben@mueller.de"_s, u"Admin"_s, u"Champion"_s, true, {} };
        QVERIFY(contacts.insert(c).ok());
        QVERIFY(contacts.insert(champion).ok());
        auto listed = contacts.forAccount(a.id);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0), champion); // champions first
        QCOMPARE(listed->at(1), c);
        QVERIFY(contacts.setLastTouch(champion.id, QDate(2026, 11, 20)).ok());
        QCOMPARE(contacts.forAccount(a.id)->at(0).lastTouch, QDate(2026, 11, 20));

        const ActivityRepository activity(m_db->connection());
        UsageSample week { a.id, UsageSample::Period::Week, QDate(2026, 11, 16), 40, 50, 300, 12, 30 };
        QVERIFY(activity.insertUsage(week).ok());
        week.activeUsers = 42; // same period: replaced, not duplicated
        QVERIFY(activity.insertUsage(week).ok());
        auto usage = activity.usage(a.id);
        QVERIFY(usage.ok());
        QCOMPARE(usage->size(), 1);
        QCOMPARE(usage->at(0), week);
        QVERIFY(activity.usage(a.id, QDate(2026, 11, 17))->isEmpty());

        SurveyResponse nps { 0, a.id, c.id, SurveyResponse::Kind::Nps, QDate(2026, 9, 1), 9, u"Great <b>tool</b>"_s };
        QVERIFY(activity.insertSurvey(nps).ok());
        QCOMPARE(activity.surveys(a.id)->at(0), nps);
        SurveyResponse invalid { 0, a.id, 0, SurveyResponse::Kind::Csat, QDate(2026, 9, 1), 9, {} };
        QVERIFY(!activity.insertSurvey(invalid).ok()); // CSAT is 1–5

        Ticket t { 0, a.id, u"T-9"_s, u"Login fails"_s, QDate(2026, 11, 1), {}, Ticket::Priority::Urgent,
                   Ticket::Sentiment::Negative, true };
        QVERIFY(activity.insertTicket(t).ok());
        QCOMPARE(activity.tickets(a.id)->at(0), t);
        QVERIFY(activity.tickets(a.id)->at(0).isOpen());
    }

    void deletingAnAccountRemovesItsRows()
    {
        Account a = sampleAccount(u"ACC-1"_s);
        QVERIFY(AccountRepository(m_db->connection()).insert(a).ok());
        Contact c { 0, a.id, {}, u"X"_s, {}, {}, {}, false, {} };
        QVERIFY(ContactRepository(m_db->connection()).insert(c).ok());
        UsageSample s { a.id, UsageSample::Period::Week, QDate(2026, 1, 5), 1, 2, 3, 4, 5 };
        QVERIFY(ActivityRepository(m_db->connection()).insertUsage(s).ok());
        QVERIFY(m_db->exec(u"DELETE FROM accounts"_s).ok());
        QCOMPARE(countRows(m_db->connection(), u"contacts"_s), 0);
        QCOMPARE(countRows(m_db->connection(), u"usage_metrics"_s), 0);
    }

    void transactionRollsBackUnlessCommitted()
    {
        {
            Transaction transaction(m_db->connection());
            QVERIFY(transaction.isActive());
            Account a = sampleAccount(u"ACC-1"_s);
            QVERIFY(AccountRepository(m_db->connection()).insert(a).ok());
        }
        QCOMPARE(*AccountRepository(m_db->connection()).count(), 0);
        {
            Transaction transaction(m_db->connection());
            Account a = sampleAccount(u"ACC-1"_s);
            QVERIFY(AccountRepository(m_db->connection()).insert(a).ok());
            QVERIFY(transaction.commit().ok());
        }
        QCOMPARE(*AccountRepository(m_db->connection()).count(), 1);
    }

    void storesBookSettings()
    {
        const BookSettingsRepository settings(m_db->connection());
        QCOMPARE(*settings.value(u"k"_s, u"fallback"_s), u"fallback"_s);
        QVERIFY(settings.setValue(u"k"_s, u"one"_s).ok());
        QVERIFY(settings.setValue(u"k"_s, u"two"_s).ok());
        QCOMPARE(*settings.value(u"k"_s), u"two"_s);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
