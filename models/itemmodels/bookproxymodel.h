#pragma once

#include "metrics/currencyrates.h"

#include "accountfilter.h"

#include <QAbstractProxyModel>

#include <vector>

namespace csm {

class BookModel;
struct BookRow;

/// Filters and sorts the book list for the view.
///
/// Built for 100,000 rows: it keeps every source row in sort order once, and a filter change is a
/// single pass over that order (no re-sort); a sort compares typed keys of the rows (numbers,
/// dates, pre-folded names), never QVariants. A single account's change moves, inserts or removes
/// one row, so the view keeps its selection. The filter itself is the AccountFilter value.
class BookProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookProxyModel)

public:
    explicit BookProxyModel(QObject *parent = nullptr);

    void setBookModel(BookModel *model);
    BookModel *bookModel() const { return m_book; }

    const AccountFilter &filter() const { return m_filter; }
    void setFilter(const AccountFilter &filter);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Account count and ARR for each segment under the current filter (ignoring its segment),
    /// and for the whole filtered book: index 0..2 = High, Mid, Tech; 3 = all segments. Kept up
    /// to date by every filter pass, so reading it costs nothing.
    struct Totals
    {
        int count[4] = { 0, 0, 0, 0 };
        qint64 arrCents[4] = { 0, 0, 0, 0 }; ///< in `currency`, converted at the reporting rates
        int unconverted[4] = { 0, 0, 0, 0 }; ///< counted accounts whose currency has no rate: not in arrCents
        QString currency = QStringLiteral("USD");
    };
    Totals segmentTotals() const;

    /// The currency the totals are given in, and the rates into it (by default US dollars, with no
    /// other rate: ARR in another currency is counted in `unconverted`).
    void setReportingRates(const CurrencyRates &rates);
    const CurrencyRates &reportingRates() const { return m_rates; }

    qint64 accountIdAt(int proxyRow) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool lessThan(int leftSourceRow, int rightSourceRow) const;
    void sortOrderVector();
    /// Sorts the shown rows again by the current column and order, as one layout change.
    void resort();
    /// Rows passing the filter, in sort order, and the segment totals; `narrowing` tests only the
    /// rows that matched the previous filter.
    std::vector<int> filteredRows(bool narrowing = false);
    void setVisible(std::vector<int> visible);
    void rebuild();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onSourceRowsInserted(const QModelIndex &parent, int first, int last);
    void placeRow(int sourceRow, bool isNew);
    /// Converts the ARR of source rows first..last into the reporting currency, for the totals.
    void convertRows(int first, int last);
    /// Adds a row that passes the filter (any segment) to m_totals; finishTotals() sums the segments.
    void addToTotals(int sourceRow, const BookRow &row);
    void finishTotals();

    BookModel *m_book = nullptr;
    AccountFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;           ///< every source row, in sort order
    std::vector<int> m_visible;         ///< proxy row → source row
    std::vector<int> m_proxyRowOfSource; ///< source row → proxy row, or -1 when filtered out
    std::vector<int> m_matching;        ///< source rows matching all but the segment, source order
    Totals m_totals;
    CurrencyRates m_rates;
    std::vector<qint64> m_reportingCents; ///< source row → ARR in the reporting currency; -1: no rate
    QList<QMetaObject::Connection> m_connections;
};

} // namespace csm
