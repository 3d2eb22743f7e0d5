#include "segmentation/segmentationrules.h"

#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::vector<csm::SegmentInput>)
Q_DECLARE_METATYPE(csm::SegmentationRules)

namespace {

// "HHMTT": one letter per account, in input order.
QString letters(const std::vector<Segment> &segments)
{
    QString out;
    for (Segment s : segments)
        out += s == Segment::High ? u'H' : s == Segment::Mid ? u'M' : u'T';
    return out;
}

std::vector<SegmentInput> byArr(std::initializer_list<qint64> arrDollars)
{
    std::vector<SegmentInput> inputs;
    qint64 id = 1;
    for (qint64 arr : arrDollars)
        inputs.push_back({ id++, arr * 100, false, Segment::Tech });
    return inputs;
}

SegmentationRules thresholds(qint64 highDollars, qint64 midDollars)
{
    SegmentationRules rules;
    rules.mode = SegmentationRules::Mode::Threshold;
    rules.highMinArrCents = highDollars * 100;
    rules.midMinArrCents = midDollars * 100;
    return rules;
}

} // namespace

class TestSegmentationRules final : public QObject
{
    Q_OBJECT

private slots:
    void assignsSegments_data()
    {
        QTest::addColumn<std::vector<SegmentInput>>("accounts");
        QTest::addColumn<SegmentationRules>("rules");
        QTest::addColumn<QString>("expected");

        const SegmentationRules defaults;
        QTest::newRow("ten accounts: top 20% high, next 30% mid")
            << byArr({ 10, 90, 20, 80, 30, 70, 40, 60, 50, 100 }) << defaults << u"THTMTMTMTH"_s;
        QTest::newRow("empty book") << byArr({}) << defaults << QString();
        QTest::newRow("single account is high-touch") << byArr({ 5 }) << defaults << u"H"_s;
        QTest::newRow("ties at a cut share the higher segment")
            << byArr({ 100, 50, 50, 50, 10, 10, 10, 10, 10, 10 }) << defaults << u"HHHHMMMMMM"_s;
        QTest::newRow("all equal ARR are all high-touch") << byArr({ 7, 7, 7, 7 }) << defaults << u"HHHH"_s;

        SegmentationRules half;
        half.highShare = 0.5;
        half.midShare = 0.5;
        QTest::newRow("no tech-touch when shares add to 100%") << byArr({ 1, 2, 3, 4 }) << half << u"MMHH"_s;

        QTest::newRow("thresholds are inclusive")
            << byArr({ 100000, 99999, 25000, 24999, 0 }) << thresholds(100000, 25000) << u"HMMTT"_s;

        auto withOverride = byArr({ 10, 20, 30, 40, 50 });
        withOverride[0].isOverride = true;
        withOverride[0].current = Segment::High;
        withOverride[4].isOverride = true;
        withOverride[4].current = Segment::Tech;
        QTest::newRow("overrides keep their segment but count in the ranking")
            << withOverride << defaults << u"HTMMT"_s;
    }

    void assignsSegments()
    {
        QFETCH(std::vector<SegmentInput>, accounts);
        QFETCH(SegmentationRules, rules);
        QFETCH(QString, expected);
        QCOMPARE(letters(assignSegments(accounts, rules)), expected);
    }

    void rejectsInvalidRules_data()
    {
        QTest::addColumn<SegmentationRules>("rules");
        SegmentationRules tooMuch;
        tooMuch.highShare = 0.6;
        tooMuch.midShare = 0.5;
        QTest::newRow("shares above 100%") << tooMuch;
        SegmentationRules negative;
        negative.highShare = -0.1;
        QTest::newRow("negative share") << negative;
        QTest::newRow("mid threshold above high") << thresholds(1000, 2000);
    }

    void rejectsInvalidRules()
    {
        QFETCH(SegmentationRules, rules);
        QVERIFY(!rules.validate().ok());
        QVERIFY(!rules.validate().errorMessage().isEmpty());
    }

    void roundTripsThroughJson()
    {
        SegmentationRules rules = thresholds(250000, 40000);
        rules.highShare = 0.1;
        rules.midShare = 0.4;
        auto parsed = SegmentationRules::fromJson(rules.toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(*parsed, rules);
    }

    void rejectsMalformedJson()
    {
        QVERIFY(!SegmentationRules::fromJson(u"{not json"_s).ok());
        QVERIFY(!SegmentationRules::fromJson(uR"({"mode":"alphabetical"})"_s).ok());
        QVERIFY(!SegmentationRules::fromJson(uR"({"mode":"share","high_share":0.9,"mid_share":0.9})"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestSegmentationRules)
#include "tst_segmentationrules.moc"
