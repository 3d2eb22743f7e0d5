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
        QTest::newRow("unscored matches not scored") << make([](auto &f) { f.setHealthBand(HealthBand::None); }) << true;
        QTest::newRow("unscored is not red") << make([](auto &f) { f.setHealthBand(HealthBand::Red); }) << false;
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

    void findsWords_data()
    {
        QTest::addColumn<QString>("haystack");
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("found");
        QTest::newRow("prefix") << u"northwind"_s << u"nor"_s << true;
        QTest::newRow("middle after a false start") << u"nonorth"_s << u"nor"_s << true;
        QTest::newRow("suffix") << u"northwind"_s << u"wind"_s << true;
        QTest::newRow("whole") << u"abc"_s << u"abc"_s << true;
        QTest::newRow("longer than text") << u"ab"_s << u"abc"_s << false;
        QTest::newRow("absent") << u"northwind"_s << u"south"_s << false;
        QTest::newRow("cut at the end") << u"northwin"_s << u"wind"_s << false;
        QTest::newRow("single char") << u"xyz"_s << u"y"_s << true;
        QTest::newRow("non-latin") << u"株式会社テスト"_s << u"テス"_s << true;
        QTest::newRow("empty word") << u"abc"_s << QString() << true;
    }

    void findsWords()
    {
        QFETCH(QString, haystack);
        QFETCH(QString, word);
        QFETCH(bool, found);
        QCOMPARE(AccountFilter::containsWord(haystack, word), found);
        QCOMPARE(AccountFilter::containsWord(haystack, word), haystack.contains(word));
    }

    void knowsWhenItNarrowsAnother_data()
    {
        QTest::addColumn<AccountFilter>("previous");
        QTest::addColumn<AccountFilter>("next");
        QTest::addColumn<bool>("narrows");
        auto text = [](const QString &t) { return make([t](auto &f) { f.setText(t); }); };
        QTest::newRow("typing on") << text(u"no"_s) << text(u"nor"_s) << true;
        QTest::newRow("from nothing") << AccountFilter {} << text(u"n"_s) << true;
        QTest::newRow("another word") << text(u"north"_s) << text(u"north wind"_s) << true;
        QTest::newRow("backspace") << text(u"nor"_s) << text(u"no"_s) << false;
        QTest::newRow("different word") << text(u"north"_s) << text(u"south"_s) << false;
        QTest::newRow("segment changed") << text(u"n"_s) << make([](auto &f) {
            f.setText(u"no"_s);
            f.setSegment(Segment::High);
        }) << false;
    }

    void knowsWhenItNarrowsAnother()
    {
        QFETCH(AccountFilter, previous);
        QFETCH(AccountFilter, next);
        QFETCH(bool, narrows);
        QCOMPARE(next.refines(previous), narrows);
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
        f.setHealthBand(HealthBand::Amber);
        QCOMPARE(AccountFilter::fromVariantMap(f.toVariantMap()), f);
        QCOMPARE(AccountFilter::fromVariantMap({}), AccountFilter {});
        QVERIFY(AccountFilter {}.isEmpty());
        QVERIFY(!f.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountFilter)
#include "tst_accountfilter.moc"
