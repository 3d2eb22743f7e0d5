#include "itemmodels/bookmodel.h"
#include "itemmodels/bookproxymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 11, 25);

BookRow make(qint64 id, const QString &name, qint64 arrDollars, Segment segment, int renewalInDays,
             const QString &owner = u"Dana"_s)
{
    BookRow r;
    r.id = id;
    r.crmId = u"ACC-%1"_s.arg(id);
    r.name = name;
    r.owner = owner;
    r.currency = u"USD"_s;
    r.arrCents = arrDollars * 100;
    r.segment = segment;
    r.renewalDate = Today.addDays(renewalInDays);
    r.rebuildSearchText();
    return r;
}

std::vector<BookRow> sampleRows()
{
    return { make(1, u"Northwind"_s, 1'200'000, Segment::High, 200),
             make(2, u"acme"_s, 9'000, Segment::Tech, 20, u"Digital CS"_s),
             make(3, u"Brightwave"_s, 150'000, Segment::Mid, -5),
             make(4, u"Zephyr"_s, 80'000, Segment::Mid, 400),
             make(5, u"Kestrel"_s, 9'000, Segment::Tech, 90, u"Digital CS"_s) };
}

QStringList namesInOrder(const QAbstractItemModel &model)
{
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names << model.index(r, BookModel::Name).data().toString();
    return names;
}

} // namespace

class TestBookModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BookModel> m_model;
    std::unique_ptr<BookProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

private slots:
    void init()
    {
        m_model = std::make_unique<BookModel>();
        m_model->setToday(Today);
        m_proxy = std::make_unique<BookProxyModel>();
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy->setBookModel(m_model.get());
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setRows(sampleRows());
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void showsEveryColumn()
    {
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->columnCount(), int(BookModel::ColumnCount));
        const QModelIndex brightwave = m_model->index(2, 0);
        QCOMPARE(brightwave.siblingAtColumn(BookModel::Name).data().toString(), u"Brightwave"_s);
        QCOMPARE(brightwave.siblingAtColumn(BookModel::SegmentColumn).data().toString(), u"Mid-touch"_s);
        QCOMPARE(brightwave.siblingAtColumn(BookModel::DaysToRenewal).data().toInt(), -5);
        QCOMPARE(brightwave.siblingAtColumn(BookModel::Arr).data(BookModel::SortRole).toLongLong(), 150'000'00);
        QVERIFY(brightwave.siblingAtColumn(BookModel::Arr).data().toString().contains(u"150"_s));
        QVERIFY(!brightwave.siblingAtColumn(BookModel::Health).data().isValid());
        QCOMPARE(brightwave.data(BookModel::AccountIdRole).toLongLong(), 3);
        QCOMPARE(m_model->headerData(BookModel::Arr, Qt::Horizontal).toString(), u"ARR"_s);
        QCOMPARE(m_model->owners(), (QStringList { u"Dana"_s, u"Digital CS"_s }));
    }

    void spellsOutTheHealthBand()
    {
        BookRow row = m_model->rowAt(0);
        row.health = 42.4;
        row.healthBand = HealthBand::Red;
        m_model->upsertRow(row);
        const QModelIndex health = m_model->index(0, BookModel::Health);
        QCOMPARE(health.data().toString(), u"42 · Red"_s);
        QVERIFY(health.data(Qt::BackgroundRole).isValid());
        QCOMPARE(health.data(BookModel::SortRole).toDouble(), 42.4);
        row.healthOverride = true;
        row.healthBand = HealthBand::Amber;
        m_model->upsertRow(row);
        QCOMPARE(health.data().toString(), u"42 · Amber (override)"_s);
        row.health = 49.6; // rounds down: never shows "50" beside Red
        row.healthBand = HealthBand::Red;
        row.healthOverride = false;
        m_model->upsertRow(row);
        QCOMPARE(health.data().toString(), u"49 · Red"_s);
    }

    void sortsByRawValueNotByText()
    {
        m_proxy->sort(BookModel::Arr, Qt::DescendingOrder);
        // $1,200,000 sorts above $150,000 and $80,000 ("8" > "1" as text); equal ARR falls back to
        // the name, A to Z, whatever the direction.
        QCOMPARE(namesInOrder(*m_proxy),
                 (QStringList { u"Northwind"_s, u"Brightwave"_s, u"Zephyr"_s, u"acme"_s, u"Kestrel"_s }));
        m_proxy->sort(BookModel::Name, Qt::AscendingOrder);
        QCOMPARE(namesInOrder(*m_proxy),
                 (QStringList { u"acme"_s, u"Brightwave"_s, u"Kestrel"_s, u"Northwind"_s, u"Zephyr"_s }));
        m_proxy->sort(BookModel::DaysToRenewal, Qt::AscendingOrder);
        QCOMPARE(namesInOrder(*m_proxy),
                 (QStringList { u"Brightwave"_s, u"acme"_s, u"Kestrel"_s, u"Northwind"_s, u"Zephyr"_s }));
    }

    void filtersThroughTheFilterValue()
    {
        AccountFilter filter;
        filter.setSegment(Segment::Tech);
        m_proxy->setFilter(filter);
        QCOMPARE(m_proxy->rowCount(), 2);
        filter.setText(u"kes"_s);
        m_proxy->setFilter(filter);
        QCOMPARE(m_proxy->rowCount(), 1);
        QCOMPARE(m_proxy->accountIdAt(0), 5);

        const BookProxyModel::Totals totals = m_proxy->segmentTotals();
        QCOMPARE(totals.count[int(Segment::Tech)], 1); // "kes" matches Kestrel only
        QCOMPARE(totals.count[3], 1);
        m_proxy->setFilter({});
        const BookProxyModel::Totals all = m_proxy->segmentTotals();
        QCOMPARE(all.count[int(Segment::Mid)], 2);
        QCOMPARE(all.arrCents[int(Segment::Mid)], 230'000'00);
        QCOMPARE(all.count[3], 5);
    }

    void totalsAreInTheReportingCurrency()
    {
        // Brightwave (Mid) bills in euros, Zephyr (Mid) in a currency no rate is known for.
        std::vector<BookRow> rows = sampleRows();
        rows[2].currency = u"EUR"_s; // 150,000 EUR
        rows[3].currency = u"XTS"_s; // 80,000 of a test currency
        m_model->setRows(rows);
        BookProxyModel::Totals totals = m_proxy->segmentTotals();
        QCOMPARE(totals.currency, u"USD"_s); // no rates set: only US dollars add up
        QCOMPARE(totals.arrCents[int(Segment::Mid)], 0);
        QCOMPARE(totals.unconverted[int(Segment::Mid)], 2);
        QCOMPARE(totals.count[int(Segment::Mid)], 2);

        CurrencyRates rates; // into US dollars
        rates.setRate(u"EUR"_s, 1.1);
        m_proxy->setReportingRates(rates);
        totals = m_proxy->segmentTotals();
        QCOMPARE(totals.arrCents[int(Segment::Mid)], 165'000'00);
        QCOMPARE(totals.unconverted[int(Segment::Mid)], 1);
        QCOMPARE(totals.unconverted[3], 1);
        QCOMPARE(totals.arrCents[3], (1'200'000 + 9'000 + 9'000 + 165'000) * qint64(100));
        QCOMPARE(totals.count[3], 5);

        // Kept through a filter change, and in another reporting currency.
        AccountFilter mid;
        mid.setSegment(Segment::Mid);
        m_proxy->setFilter(mid);
        QCOMPARE(m_proxy->segmentTotals().arrCents[int(Segment::Mid)], 165'000'00);
        m_proxy->setReportingRates(*rates.rebased(u"EUR"_s));
        totals = m_proxy->segmentTotals();
        QCOMPARE(totals.currency, u"EUR"_s);
        QCOMPARE(totals.arrCents[int(Segment::Mid)], 150'000'00);
        QCOMPARE(totals.arrCents[int(Segment::High)], qRound64(1'200'000 / 1.1 * 100));
    }

    void arrSortsByWorthInTheReportingCurrency()
    {
        std::vector<BookRow> rows = sampleRows();
        rows[2].currency = u"EUR"_s; // Brightwave: 150,000 EUR
        rows[3].arrCents = 160'000'00; // Zephyr: 160,000 USD
        m_model->setRows(rows);
        m_proxy->sort(BookModel::Arr, Qt::DescendingOrder);
        // No rate for euros yet: Brightwave's ARR cannot be weighed, and goes last.
        QCOMPARE(namesInOrder(*m_proxy), (QStringList { u"Northwind"_s, u"Zephyr"_s, u"acme"_s, u"Kestrel"_s, u"Brightwave"_s }));
        CurrencyRates rates;
        rates.setRate(u"EUR"_s, 1.1); // 165,000 USD: more than Zephyr
        m_proxy->setReportingRates(rates);
        QCOMPARE(namesInOrder(*m_proxy), (QStringList { u"Northwind"_s, u"Brightwave"_s, u"Zephyr"_s, u"acme"_s, u"Kestrel"_s }));
        rates.setRate(u"EUR"_s, 1.0); // 150,000 USD: less
        m_proxy->setReportingRates(rates);
        QCOMPARE(namesInOrder(*m_proxy), (QStringList { u"Northwind"_s, u"Zephyr"_s, u"Brightwave"_s, u"acme"_s, u"Kestrel"_s }));
        m_proxy->sort(BookModel::Arr, Qt::AscendingOrder);
        QCOMPARE(namesInOrder(*m_proxy), (QStringList { u"acme"_s, u"Kestrel"_s, u"Brightwave"_s, u"Zephyr"_s, u"Northwind"_s }));
    }

    void updatesOneRowWithoutReset()
    {
        m_proxy->sort(BookModel::Arr, Qt::DescendingOrder);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        BookRow acme = m_model->rowAt(1);
        acme.arrCents = 5'000'000'00;
        acme.segmentOverride = true;
        m_model->upsertRow(acme);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).value<QModelIndex>().row(), 1);
        // The proxy re-sorts the changed row to the top.
        QCOMPARE(namesInOrder(*m_proxy).first(), u"acme"_s);
        QCOMPARE(m_model->index(1, BookModel::SegmentColumn).data().toString(), u"Tech-touch (manual)"_s);

        m_model->upsertRow(make(9, u"Newco"_s, 1, Segment::Tech, 10));
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(m_model->rowOf(9), 5);
        QCOMPARE(resets.count(), 0);
    }

    void keepsTheSelectionWhenARowMoves()
    {
        m_proxy->sort(BookModel::Arr, Qt::DescendingOrder);
        const QPersistentModelIndex kestrel = m_proxy->index(4, BookModel::Name);
        QCOMPARE(kestrel.data().toString(), u"Kestrel"_s);
        QSignalSpy moves(m_proxy.get(), &QAbstractItemModel::rowsMoved);
        BookRow row = m_model->rowAt(4);
        row.arrCents = 10'000'000'00;
        m_model->upsertRow(row);
        QCOMPARE(moves.count(), 1);
        QCOMPARE(kestrel.row(), 0);
        QCOMPARE(kestrel.data().toString(), u"Kestrel"_s);
    }

    void sortingKeepsPersistentIndexes()
    {
        const QPersistentModelIndex zephyr = m_proxy->index(3, BookModel::Name);
        QCOMPARE(zephyr.data().toString(), u"Zephyr"_s);
        m_proxy->sort(BookModel::Name, Qt::DescendingOrder);
        QCOMPARE(zephyr.row(), 0);
        QCOMPARE(zephyr.data().toString(), u"Zephyr"_s);
    }

    void headersSurviveAnEmptyFilter()
    {
        AccountFilter nothing;
        nothing.setText(u"no such account"_s);
        m_proxy->setFilter(nothing);
        QCOMPARE(m_proxy->rowCount(), 0);
        QCOMPARE(m_proxy->headerData(BookModel::Owner, Qt::Horizontal).toString(), u"Owner"_s);
    }

    void typingNarrowsToTheSameRowsAsAFreshFilter()
    {
        m_proxy->sort(BookModel::Name, Qt::AscendingOrder);
        AccountFilter typed;
        for (const QString &text : { u"e"_s, u"es"_s, u"est"_s, u"est x"_s, u"es"_s }) {
            typed.setText(text);
            m_proxy->setFilter(typed);
            BookProxyModel fresh;
            fresh.setBookModel(m_model.get());
            fresh.sort(BookModel::Name, Qt::AscendingOrder);
            fresh.setFilter(typed);
            QCOMPARE(namesInOrder(*m_proxy), namesInOrder(fresh));
        }
        QCOMPARE(namesInOrder(*m_proxy), (QStringList { u"Kestrel"_s }));
    }

    void filteredOutRowReappearsWhenItMatches()
    {
        AccountFilter filter;
        filter.setSegment(Segment::High);
        m_proxy->setFilter(filter);
        QCOMPARE(m_proxy->rowCount(), 1);
        BookRow zephyr = m_model->rowAt(3);
        zephyr.segment = Segment::High;
        m_model->upsertRow(zephyr);
        QCOMPARE(m_proxy->rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBookModel)
#include "tst_bookmodel.moc"
