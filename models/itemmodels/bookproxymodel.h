#pragma once

#include "accountfilter.h"

#include <QSortFilterProxyModel>

namespace csm {

class BookModel;

/// Filters and sorts the book list. Both delegate to typed values of the source rows (the filter
/// to AccountFilter, the sort to raw numbers and dates), so "$1.2M" sorts as a number and a
/// 100,000-row sort never builds a QVariant per comparison.
class BookProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookProxyModel)

public:
    explicit BookProxyModel(QObject *parent = nullptr);

    void setBookModel(BookModel *model);
    BookModel *bookModel() const { return m_book; }

    const AccountFilter &filter() const { return m_filter; }
    void setFilter(const AccountFilter &filter);

    /// Account count and ARR for each segment under the current filter (ignoring its segment),
    /// and for the whole filtered book: index 0..2 = High, Mid, Tech; 3 = all segments.
    struct Totals
    {
        int count[4] = { 0, 0, 0, 0 };
        qint64 arrCents[4] = { 0, 0, 0, 0 };
    };
    Totals segmentTotals() const;

    qint64 accountIdAt(int proxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    BookModel *m_book = nullptr;
    AccountFilter m_filter;
};

} // namespace csm
