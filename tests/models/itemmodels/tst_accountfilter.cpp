#include "itemmodels/accountfilter.h"

#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(csm::AccountFilter)

namespace {

const QDate Today(2026, 11, 25);

BookRow row()
{
    BookRow r;
    r.id = 1;
    r.crmId = u"ACC-0042"_s;
    r.name = u"Kestrel Analytics GmbH"_s;
    r.domain = u"kestrel-analytics.de"_s;
    r.owner = u"Dana Whitfield"_s;
    r.tags = u"strategic,beta"_s;
    r.segment = Segment::Mid;
    r.stage = LifecycleStage::Renewal;
    r.renewalDate = Today.addDays(45);
    r.rebuildSearchText();
    return r;
}

AccountFilter make(const std::function<void(AccountFilter &)> &set)
{
    AccountFilter f;
    set(f);
    return f;
}

} // namespace

class TestAccountFilter final : public QObject
{
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<AccountFilter>("filter");
        QTest::addColumn<bool>("accepted");

        QTest::newRow("empty filter") << AccountFilter {} << true;
        QTest::newRow("own segment") << make([](auto &f) { f.setSegment(Segment::Mid); }) << true;
        QTest::newRow("other segment") << make([](auto &f) { f.setSegment(Segment::High); }) << false;
        QTest::newRow("name, any case") << make([](auto &f) { f.setText(u"KESTREL"_s); }) << true;
        QTest::newRow("domain") << make([](auto &f) { f.setText(u"analytics.de"_s); }) << true;
        QTest::newRow("crm id") << make([](auto &f) { f.setText(u"acc-0042"_s); }) << true;
        QTest::newRow("owner") << make([](auto &f) { f.setText(u"whitfield"_s); }) << true;
        QTest::newRow("tag") << make([](auto &f) { f.setText(u"beta"_s); }) << true;
        QTest::newRow("every word must match") << make([](auto &f) { f.setText(u"kestrel gmbh"_s); }) << true;
        QTest::newRow("one word missing") << make([](auto &f) { f.setText(u"kestrel inc"_s); }) << false;
        QTest::newRow("blank text") << make([](auto &f) { f.setText(u"   "_s); }) << true;
        QTest::newRow("owner exact") << make([](auto &f) { f.setOwner(u"Dana Whitfield"_s); }) << true;
        QTest::newRow("owner other") << make([](auto &f) { f.setOwner(u"Dana"_s); }) << false;
        QTest::newRow("stage") << make([](auto &f) { f.setStage(LifecycleStage::Renewal); }) << true;
        QTest::newRow("other stage") << make([](auto &f) { f.setStage(LifecycleStage::Onboarding); }) << false;
        QTest::newRow("renewing within 45 days") << make([](auto &f) { f.setRenewalWithinDays(45); }) << true;
        QTest::newRow("renewing within 30 days") << make([](auto &f) { f.setRenewalWithinDays(30); }) << false;
        QTest::newRow("all together") << make([](auto &f) {
            f.setSegment(Segment::Mid);
            f.setText(u"kestrel"_s);
            f.setOwner(u"Dana Whitfield"_s);
            f.setStage(LifecycleStage::Renewal);
            f.setRenewalWithinDays(90);
        }) << true;
    }

    void matches()
    {
        QFETCH(AccountFilter, filter);
        QFETCH(bool, accepted);
        QCOMPARE(filter.accepts(row(), Today), accepted);
    }

    void renewalWindowIncludesOverdueButNotUndated()
    {
        AccountFilter f;
        f.setRenewalWithinDays(30);
        BookRow overdue = row();
        overdue.renewalDate = Today.addDays(-3);
        QVERIFY(f.accepts(overdue, Today));
        BookRow undated = row();
        undated.renewalDate = {};
        QVERIFY(!f.accepts(undated, Today));
    }

    void segmentCountsIgnoreTheSegment()
    {
        AccountFilter f;
        f.setSegment(Segment::High);
        QVERIFY(!f.accepts(row(), Today));
        QVERIFY(f.acceptsAnySegment(row(), Today));
    }

    void roundTripsThroughSettings()
    {
        AccountFilter f;
        f.setSegment(Segment::Tech);
        f.setText(u"north wind"_s);
        f.setOwner(u"Sam"_s);
        f.setStage(LifecycleStage::Advocacy);
        f.setRenewalWithinDays(0);
        QCOMPARE(AccountFilter::fromVariantMap(f.toVariantMap()), f);
        QCOMPARE(AccountFilter::fromVariantMap({}), AccountFilter {});
        QVERIFY(AccountFilter {}.isEmpty());
        QVERIFY(!f.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountFilter)
#include "tst_accountfilter.moc"
