#include "domain/bookrow.h"
#include "search/accountsearch.h"
#include "search/fuzzymatch.h"

#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

namespace {

int scoreOf(const QString &query, const QString &text)
{
    const auto score = FuzzyPattern(query).score(FuzzyText(text));
    return score ? *score : std::numeric_limits<int>::min();
}

BookRow account(qint64 id, const QString &name, const QString &domain = {}, const QString &owner = {})
{
    BookRow row;
    row.id = id;
    row.name = name;
    row.domain = domain;
    row.owner = owner;
    return row;
}

} // namespace

class TestFuzzyMatch final : public QObject
{
    Q_OBJECT

private slots:
    void matchesCharactersInOrder_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("positions");

        QTest::newRow("prefix") << u"kes"_s << u"Kestrel Analytics"_s << QList<int> { 0, 1, 2 };
        QTest::newRow("word start") << u"ana"_s << u"Kestrel Analytics"_s << QList<int> { 8, 9, 10 };
        QTest::newRow("scattered") << u"rcmp"_s << u"Recompute"_s << QList<int> { 0, 2, 4, 5 };
        QTest::newRow("initials") << u"rh"_s << u"Recompute Health"_s << QList<int> { 0, 10 };
        QTest::newRow("camel humps") << u"qb"_s << u"QuickBooks"_s << QList<int> { 0, 5 };
        QTest::newRow("upper-case query")
            << u"KESTREL"_s << u"kestrel"_s << QList<int> { 0, 1, 2, 3, 4, 5, 6 };
        QTest::newRow("spaces in the query are skipped")
            << u"kes ana"_s << u"Kestrel Analytics"_s << QList<int> { 0, 1, 2, 8, 9, 10 };
        QTest::newRow("run at a word start beats one inside a word")
            << u"ana"_s << u"Banana Analytics"_s << QList<int> { 7, 8, 9 };
        QTest::newRow("after a menu separator")
            << u"reco"_s << u"Book ▸ Recompute Health"_s << QList<int> { 7, 8, 9, 10 };
        QTest::newRow("domain") << u"acme.io"_s << u"www.acme.io"_s << QList<int> { 4, 5, 6, 7, 8, 9, 10 };
        QTest::newRow("accent in the text") << u"zoe"_s << u"Zoë Lefèvre"_s << QList<int> { 0, 1, 2 };
        QTest::newRow("accent in the query")
            << u"lefèvre"_s << u"LEFEVRE SARL"_s << QList<int> { 0, 1, 2, 3, 4, 5, 6 };
        QTest::newRow("accents on both sides")
            << u"müller"_s << u"Müller & Söhne"_s << QList<int> { 0, 1, 2, 3, 4, 5 };
    }

    void matchesCharactersInOrder()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(QList<int>, positions);

        const auto match = FuzzyPattern(query).match(text);
        QVERIFY(match);
        QCOMPARE(match->positions, positions);
        QCOMPARE(FuzzyPattern(query).score(FuzzyText(text)), match->score);
    }

    void rejectsTextsWithoutTheCharactersInOrder_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");

        QTest::newRow("missing letter") << u"kex"_s << u"Kestrel Analytics"_s;
        QTest::newRow("wrong order") << u"lk"_s << u"Kestrel"_s;
        QTest::newRow("query longer than text") << u"kestrels"_s << u"Kestrel"_s;
        QTest::newRow("empty text") << u"a"_s << QString();
        QTest::newRow("ø has no base letter to fold to") << u"ø"_s << u"Oslo"_s;
    }

    void rejectsTextsWithoutTheCharactersInOrder()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);

        QVERIFY(!FuzzyPattern(query).match(text));
        QVERIFY(!FuzzyPattern(query).score(FuzzyText(text)));
    }

    void ranksBetterAlignmentsHigher_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("better");
        QTest::addColumn<QString>("worse");

        QTest::newRow("prefix over word start") << u"kes"_s << u"Kestrel"_s << u"Big Kestrel"_s;
        QTest::newRow("word start over inside a word")
            << u"ana"_s << u"Kestrel Analytics"_s << u"Banana Republic"_s;
        QTest::newRow("contiguous over word starts")
            << u"heal"_s << u"Health Model"_s << u"Hotel Experience Alpha Lima"_s;
        QTest::newRow("contiguous over scattered") << u"acme"_s << u"Acme Corp"_s << u"A Cool Media Empire"_s;
        QTest::newRow("contiguous inside a word over scattered")
            << u"omp"_s << u"Recompute"_s << u"Robotic Ample"_s;
        QTest::newRow("small gaps over large gaps") << u"rh"_s << u"Run Health"_s << u"Recompute Health"_s;
        QTest::newRow("camel hump over inside a word") << u"b"_s << u"QuickBooks"_s << u"Quickbooks"_s;
    }

    void ranksBetterAlignmentsHigher()
    {
        QFETCH(QString, query);
        QFETCH(QString, better);
        QFETCH(QString, worse);

        QVERIFY2(scoreOf(query, better) > scoreOf(query, worse),
            qPrintable(u"%1 vs %2"_s.arg(scoreOf(query, better)).arg(scoreOf(query, worse))));
    }

    void emptyQueryMatchesEverything()
    {
        const FuzzyPattern blank(u"   "_s);
        QVERIFY(blank.isEmpty());
        const auto match = blank.match(u"Anything"_s);
        QVERIFY(match);
        QCOMPARE(match->score, 0);
        QVERIFY(match->positions.isEmpty());
    }

    void foldsCaseAndAccents()
    {
        QCOMPARE(foldForMatch(u'K'), QChar(u'k'));
        QCOMPARE(foldForMatch(u'É'), QChar(u'e'));
        QCOMPARE(foldForMatch(u'ǘ'), QChar(u'u'));
        QCOMPARE(foldForMatch(u'Ø'), QChar(u'ø')); // no decomposition: only the case folds
        QCOMPARE(foldForMatch(u'ß'), QChar(u'ß'));
        QCOMPARE(FuzzyText(u"Ärger GmbH"_s).folded(), u"arger gmbh"_s);
    }

    void aLongerQueryRefinesAShorterOne()
    {
        QVERIFY(FuzzyPattern(u"ke"_s).isRefinedBy(FuzzyPattern(u"kes"_s)));
        QVERIFY(FuzzyPattern(u"ke"_s).isRefinedBy(FuzzyPattern(u"K E S"_s)));
        QVERIFY(!FuzzyPattern(u"kes"_s).isRefinedBy(FuzzyPattern(u"ke"_s)));
        QVERIFY(!FuzzyPattern(u"ke"_s).isRefinedBy(FuzzyPattern(u"ake"_s)));
    }

    void accountsRankByScoreThenShorterName()
    {
        const std::vector<BookRow> rows { account(1, u"Analytic Kestrel"_s),
            account(2, u"Kestrel Analytics"_s), account(3, u"Kestrel"_s), account(4, u"Northwind"_s) };
        const AccountSearch search(rows);
        const auto hits = search.best(search.find(FuzzyPattern(u"kes"_s)), 10);
        QCOMPARE(hits.size(), 3u);
        QCOMPARE(search.accountId(hits[0].entry), 3);
        QCOMPARE(search.accountId(hits[1].entry), 2);
        QCOMPARE(search.accountId(hits[2].entry), 1);
    }

    void accountsMatchNameBeforeDomainBeforeOwner()
    {
        const std::vector<BookRow> rows { account(1, u"Other Co"_s, u"other.io"_s, u"Kesha Patel"_s),
            account(2, u"Other Inc"_s, u"kesco.com"_s, u"Dana Whitfield"_s),
            account(3, u"Kesco"_s, u"kesco-group.com"_s, u"Dana Whitfield"_s) };
        const AccountSearch search(rows);
        const auto hits = search.best(search.find(FuzzyPattern(u"kesco"_s)), 10);
        QCOMPARE(hits.size(), 2u);
        QCOMPARE(search.accountId(hits[0].entry), 3);
        QCOMPARE(hits[0].field, AccountSearch::Field::Name);
        QCOMPARE(search.accountId(hits[1].entry), 2);
        QCOMPARE(hits[1].field, AccountSearch::Field::Domain);

        const auto byOwner = search.find(FuzzyPattern(u"kesha"_s));
        QCOMPARE(byOwner.size(), 1u);
        QCOMPARE(byOwner[0].field, AccountSearch::Field::Owner);
    }

    void narrowingFindsWhatAFullScanFinds()
    {
        std::vector<BookRow> rows;
        const QStringList names { u"Kestrel Analytics"_s, u"Kelp Systems"_s, u"Northwind"_s,
            u"Keswick Foods"_s, u"Blue Kestrel"_s, u"Skeleton Crew"_s };
        for (qsizetype i = 0; i < names.size(); ++i)
            rows.push_back(account(i + 1, names[i]));
        const AccountSearch search(rows);
        const auto ke = search.find(FuzzyPattern(u"ke"_s));
        const auto narrowed = search.find(FuzzyPattern(u"kes"_s), &ke);
        const auto full = search.find(FuzzyPattern(u"kes"_s));
        QCOMPARE(narrowed.size(), full.size());
        for (std::size_t i = 0; i < full.size(); ++i) {
            QCOMPARE(narrowed[i].entry, full[i].entry);
            QCOMPARE(narrowed[i].score, full[i].score);
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzyMatch)
#include "tst_fuzzymatch.moc"
