#include "segmentation/segmentationservice.h"
#include "store/accountrepository.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

class TestSegmentationService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    void addAccounts(int count)
    {
        const AccountRepository accounts(m_db->connection());
        for (int i = 1; i <= count; ++i) {
            Account a;
            a.crmId = u"ACC-%1"_s.arg(i);
            a.name = u"Account %1"_s.arg(i);
            a.arrCents = qint64(i) * 1000'00;
            QVERIFY(accounts.insert(a).ok());
        }
    }

    Segment segmentOf(const QString &crmId)
    {
        auto account = AccountRepository(m_db->connection()).byCrmId(crmId);
        [&] { QVERIFY(account.ok() && account->has_value()); }();
        return (*account)->segment;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(u"book-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(*db);
    }

    void cleanup() { m_db.reset(); }

    void recomputesByDefaultShares()
    {
        addAccounts(10);
        auto changed = SegmentationService(m_db->connection()).recompute();
        QVERIFY2(changed.ok(), qPrintable(changed.errorMessage()));
        QCOMPARE(*changed, 5); // five accounts leave the default tech-touch
        QCOMPARE(segmentOf(u"ACC-10"_s), Segment::High);
        QCOMPARE(segmentOf(u"ACC-9"_s), Segment::High);
        QCOMPARE(segmentOf(u"ACC-8"_s), Segment::Mid);
        QCOMPARE(segmentOf(u"ACC-6"_s), Segment::Mid);
        QCOMPARE(segmentOf(u"ACC-5"_s), Segment::Tech);
        // Recomputing again changes nothing.
        QCOMPARE(*SegmentationService(m_db->connection()).recompute(), 0);
    }

    void manualOverrideSurvivesRecomputation()
    {
        addAccounts(10);
        const AccountRepository accounts(m_db->connection());
        const qint64 smallest = (*accounts.byCrmId(u"ACC-1"_s))->id;
        QVERIFY(accounts.setSegmentOverride(smallest, Segment::High).ok());
        QVERIFY(SegmentationService(m_db->connection()).recompute().ok());
        QCOMPARE(segmentOf(u"ACC-1"_s), Segment::High);
        QVERIFY((*accounts.byCrmId(u"ACC-1"_s))->segmentOverride);

        // Returning it to the rules puts it back where its ARR belongs.
        QVERIFY(accounts.setSegmentOverride(smallest, std::nullopt).ok());
        QVERIFY(SegmentationService(m_db->connection()).recompute().ok());
        QCOMPARE(segmentOf(u"ACC-1"_s), Segment::Tech);
        QVERIFY(!(*accounts.byCrmId(u"ACC-1"_s))->segmentOverride);
    }

    void storesRulesInTheBook()
    {
        addAccounts(10);
        const SegmentationService service(m_db->connection());
        SegmentationRules rules;
        rules.mode = SegmentationRules::Mode::Threshold;
        rules.highMinArrCents = 9000'00;
        rules.midMinArrCents = 3000'00;
        QVERIFY(service.setRules(rules).ok());
        QCOMPARE(*service.rules(), rules);
        QVERIFY(service.recompute().ok());
        QCOMPARE(segmentOf(u"ACC-9"_s), Segment::High);
        QCOMPARE(segmentOf(u"ACC-8"_s), Segment::Mid);
        QCOMPARE(segmentOf(u"ACC-3"_s), Segment::Mid);
        QCOMPARE(segmentOf(u"ACC-2"_s), Segment::Tech);
    }

    void refusesInvalidRules()
    {
        SegmentationRules rules;
        rules.highShare = 0.9;
        rules.midShare = 0.9;
        const SegmentationService service(m_db->connection());
        QVERIFY(!service.setRules(rules).ok());
        QCOMPARE(*service.rules(), SegmentationRules {});
    }
};

QTEST_GUILESS_MAIN(TestSegmentationService)
#include "tst_segmentationservice.moc"
