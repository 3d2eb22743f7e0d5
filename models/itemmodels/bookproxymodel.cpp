#include "bookproxymodel.h"

#include "bookmodel.h"

namespace csm {

namespace {

// Orders two optional values with "missing" last in ascending order.
template<typename T>
int compareValid(bool leftValid, bool rightValid, const T &left, const T &right)
{
    if (leftValid != rightValid)
        return leftValid ? -1 : 1;
    if (!leftValid)
        return 0;
    return left < right ? -1 : (right < left ? 1 : 0);
}

} // namespace

BookProxyModel::BookProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BookModel::SortRole);
    setDynamicSortFilter(true);
}

void BookProxyModel::setBookModel(BookModel *model)
{
    m_book = model;
    setSourceModel(model);
}

void BookProxyModel::setFilter(const AccountFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

bool BookProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_book)
        return false;
    return m_filter.accepts(m_book->rowAt(sourceRow), m_book->today());
}

bool BookProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const BookRow &a = m_book->rowAt(left.row());
    const BookRow &b = m_book->rowAt(right.row());
    int c = 0;
    switch (left.column()) {
    case BookModel::Name:
        c = a.name.compare(b.name, Qt::CaseInsensitive);
        break;
    case BookModel::SegmentColumn:
        c = int(a.segment) - int(b.segment);
        break;
    case BookModel::Arr:
        c = compareValid(true, true, a.arrCents, b.arrCents);
        break;
    case BookModel::Renewal:
    case BookModel::DaysToRenewal:
        c = compareValid(a.renewalDate.isValid(), b.renewalDate.isValid(), a.renewalDate, b.renewalDate);
        break;
    case BookModel::Stage:
        c = int(a.stage) - int(b.stage);
        break;
    case BookModel::Owner:
        c = a.owner.compare(b.owner, Qt::CaseInsensitive);
        break;
    case BookModel::Health:
        c = compareValid(a.health.has_value(), b.health.has_value(), a.health.value_or(0), b.health.value_or(0));
        break;
    case BookModel::LastTouch:
        c = compareValid(a.lastTouch.isValid(), b.lastTouch.isValid(), a.lastTouch, b.lastTouch);
        break;
    }
    if (c != 0)
        return c < 0;
    // A stable, total order: ties fall back to the name, then the id.
    if (const int byName = a.name.compare(b.name, Qt::CaseInsensitive); byName != 0)
        return byName < 0;
    return a.id < b.id;
}

BookProxyModel::Totals BookProxyModel::segmentTotals() const
{
    Totals totals;
    if (!m_book)
        return totals;
    const QDate today = m_book->today();
    for (const BookRow &row : m_book->rows()) {
        if (!m_filter.acceptsAnySegment(row, today))
            continue;
        const int s = int(row.segment);
        ++totals.count[s];
        totals.arrCents[s] += row.arrCents;
        ++totals.count[3];
        totals.arrCents[3] += row.arrCents;
    }
    return totals;
}

qint64 BookProxyModel::accountIdAt(int proxyRow) const
{
    return index(proxyRow, 0).data(BookModel::AccountIdRole).toLongLong();
}

} // namespace csm
