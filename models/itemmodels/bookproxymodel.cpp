#include "bookproxymodel.h"

#include "bookmodel.h"

#include <algorithm>
#include <cmath>
#include <numeric>

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

int compareColumn(const BookRow &a, const BookRow &b, int column)
{
    switch (column) {
    case BookModel::Name:
        return a.compareSortName(b);
    case BookModel::SegmentColumn:
        return int(a.segment) - int(b.segment);
    case BookModel::Renewal:
    case BookModel::DaysToRenewal:
        return compareValid(a.renewalDate.isValid(), b.renewalDate.isValid(), a.renewalDate.toJulianDay(),
                            b.renewalDate.toJulianDay());
    case BookModel::Stage:
        return int(a.stage) - int(b.stage);
    case BookModel::Owner:
        return a.owner.compare(b.owner, Qt::CaseInsensitive);
    case BookModel::Health:
        return compareValid(a.health.has_value(), b.health.has_value(), a.health.value_or(0), b.health.value_or(0));
    case BookModel::LastTouch:
        return compareValid(a.lastTouch.isValid(), b.lastTouch.isValid(), a.lastTouch.toJulianDay(),
                            b.lastTouch.toJulianDay());
    }
    return 0;
}

} // namespace

BookProxyModel::BookProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void BookProxyModel::setBookModel(BookModel *model)
{
    beginResetModel();
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_book = model;
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        m_connections << connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                                 &BookProxyModel::beginResetModel)
                      << connect(model, &QAbstractItemModel::modelReset, this, [this] {
                             rebuild();
                             endResetModel();
                         })
                      << connect(model, &QAbstractItemModel::dataChanged, this, &BookProxyModel::onSourceDataChanged)
                      << connect(model, &QAbstractItemModel::rowsInserted, this,
                                 &BookProxyModel::onSourceRowsInserted)
                      << connect(model, &QAbstractItemModel::headerDataChanged, this,
                                 &QAbstractItemModel::headerDataChanged);
    }
    rebuild();
    endResetModel();
}

void BookProxyModel::rebuild()
{
    const int n = m_book ? m_book->rowCount() : 0;
    m_reportingCents.clear();
    convertRows(0, n - 1);
    m_order.resize(std::size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    sortOrderVector();
    m_visible = filteredRows();
    m_proxyRowOfSource.assign(std::size_t(n), -1);
    for (std::size_t i = 0; i < m_visible.size(); ++i)
        m_proxyRowOfSource[std::size_t(m_visible[i])] = int(i);
}

bool BookProxyModel::lessThan(int left, int right) const
{
    const BookRow &a = m_book->rowAt(left);
    const BookRow &b = m_book->rowAt(right);
    if (m_sortColumn >= 0) {
        if (m_sortColumn == BookModel::Arr) {
            // By its worth in the reporting currency; an ARR without a rate goes last either way.
            const qint64 l = m_reportingCents[std::size_t(left)];
            const qint64 r = m_reportingCents[std::size_t(right)];
            if ((l >= 0) != (r >= 0))
                return l >= 0;
            if (l != r)
                return m_sortOrder == Qt::AscendingOrder ? l < r : l > r;
        } else if (const int c = compareColumn(a, b, m_sortColumn); c != 0) {
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
        }
    }
    // A total order: ties fall back to the name, then the id, whatever the direction.
    if (const int byName = a.compareSortName(b); byName != 0)
        return byName < 0;
    return a.id < b.id;
}

void BookProxyModel::sortOrderVector()
{
    if (m_sortColumn < 0) { // column -1: the source's own order, as QSortFilterProxyModel does
        std::iota(m_order.begin(), m_order.end(), 0);
        return;
    }
    std::sort(m_order.begin(), m_order.end(), [this](int l, int r) { return lessThan(l, r); });
}

std::vector<int> BookProxyModel::filteredRows(bool narrowing)
{
    std::vector<int> visible;
    m_totals = {};
    m_totals.currency = m_rates.reporting();
    if (!m_book) {
        m_matching.clear();
        return visible;
    }
    // Test rows in source order, which is the order their text was allocated in, so the pass
    // walks memory forwards; the same pass counts every segment for the tabs. Then collect the
    // accepted rows in sort order.
    const auto &rows = m_book->rows();
    const QDate today = m_book->today();
    const std::optional<Segment> segment = m_filter.segment();
    std::vector<char> accepted(rows.size(), 0);
    std::vector<int> matching;
    matching.reserve(narrowing ? m_matching.size() : rows.size());
    auto test = [&](int row) {
        const BookRow &r = rows[std::size_t(row)];
        if (!m_filter.acceptsAnySegment(r, today))
            return;
        matching.push_back(row);
        addToTotals(row, r);
        accepted[std::size_t(row)] = !segment || r.segment == *segment;
    };
    if (narrowing) {
        for (int row : m_matching)
            test(row);
    } else {
        for (int row = 0; row < int(rows.size()); ++row)
            test(row);
    }
    m_matching = std::move(matching);
    finishTotals();
    visible.reserve(m_matching.size());
    for (int row : m_order)
        if (accepted[std::size_t(row)])
            visible.push_back(row);
    return visible;
}

void BookProxyModel::setVisible(std::vector<int> visible)
{
    for (int row : m_visible)
        m_proxyRowOfSource[std::size_t(row)] = -1;
    m_visible = std::move(visible);
    for (std::size_t i = 0; i < m_visible.size(); ++i)
        m_proxyRowOfSource[std::size_t(m_visible[i])] = int(i);
}

void BookProxyModel::setFilter(const AccountFilter &filter)
{
    if (filter == m_filter)
        return;
    // The rows matching everything but the segment only shrink while the user types on, so only
    // those need testing again.
    AccountFilter next = filter, previous = m_filter;
    next.setSegment(std::nullopt);
    previous.setSegment(std::nullopt);
    const bool narrowing = next.refines(previous);
    m_filter = filter;
    // One pass over the already sorted rows (only over the shown ones while typing narrows the
    // search); the view keeps its selection through the caller.
    std::vector<int> visible = filteredRows(narrowing);
    beginResetModel();
    setVisible(std::move(visible));
    endResetModel();
}

void BookProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    resort();
}

void BookProxyModel::resort()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<QPersistentModelIndex> sources;
    sources.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        sources.append(mapToSource(index));

    sortOrderVector();
    // Sorting changes the order of the shown rows, never which rows are shown.
    std::vector<int> visible;
    visible.reserve(m_visible.size());
    for (int row : m_order)
        if (m_proxyRowOfSource[std::size_t(row)] >= 0)
            visible.push_back(row);
    setVisible(std::move(visible));

    QModelIndexList updated;
    updated.reserve(persistent.size());
    for (const QPersistentModelIndex &source : std::as_const(sources))
        updated.append(mapFromSource(source));
    changePersistentIndexList(persistent, updated);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void BookProxyModel::placeRow(int sourceRow, bool isNew)
{
    // Take the row out of the sort order and put it back where its keys now belong.
    if (!isNew)
        m_order.erase(std::find(m_order.begin(), m_order.end(), sourceRow));
    const auto at = std::lower_bound(m_order.begin(), m_order.end(), sourceRow,
                                     [this](int l, int r) { return lessThan(l, r); });
    m_order.insert(at, sourceRow);

    const int oldPos = isNew ? -1 : m_proxyRowOfSource[std::size_t(sourceRow)];
    std::vector<int> visible = filteredRows();
    const auto found = std::find(visible.begin(), visible.end(), sourceRow);
    const int newPos = found == visible.end() ? -1 : int(found - visible.begin());

    if (oldPos >= 0 && newPos >= 0) {
        if (oldPos != newPos) {
            beginMoveRows({}, oldPos, oldPos, {}, newPos > oldPos ? newPos + 1 : newPos);
            setVisible(std::move(visible));
            endMoveRows();
        }
        emit dataChanged(index(newPos, 0), index(newPos, columnCount() - 1));
    } else if (oldPos >= 0) {
        beginRemoveRows({}, oldPos, oldPos);
        setVisible(std::move(visible));
        endRemoveRows();
    } else if (newPos >= 0) {
        beginInsertRows({}, newPos, newPos);
        setVisible(std::move(visible));
        endInsertRows();
    }
}

void BookProxyModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!topLeft.isValid())
        return;
    convertRows(topLeft.row(), bottomRight.row());
    if (topLeft.row() == bottomRight.row()) {
        placeRow(topLeft.row(), false);
        return;
    }
    // Many rows at once (e.g. a new "today"): re-sort and re-filter as one layout change.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<QPersistentModelIndex> sources;
    for (const QModelIndex &index : persistent)
        sources.append(mapToSource(index));
    sortOrderVector();
    setVisible(filteredRows());
    QModelIndexList updated;
    for (const QPersistentModelIndex &source : std::as_const(sources))
        updated.append(mapFromSource(source));
    changePersistentIndexList(persistent, updated);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (rowCount() > 0)
        emit dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()));
}

void BookProxyModel::onSourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    convertRows(first, last);
    for (int row = first; row <= last; ++row) {
        m_proxyRowOfSource.push_back(-1);
        placeRow(row, true);
    }
}

BookProxyModel::Totals BookProxyModel::segmentTotals() const
{
    return m_totals;
}

void BookProxyModel::convertRows(int first, int last)
{
    if (!m_book || last < first)
        return;
    if (m_reportingCents.size() < std::size_t(last) + 1)
        m_reportingCents.resize(std::size_t(last) + 1, -1);
    // Most rows share a few currencies: the last one's rate is kept at hand.
    const QString reporting = m_rates.reporting();
    QString lastCurrency = reporting;
    std::optional<double> lastRate = 1.0;
    for (int row = first; row <= last; ++row) {
        const BookRow &r = m_book->rowAt(row);
        qint64 &cents = m_reportingCents[std::size_t(row)];
        if (r.currency.isEmpty() || r.currency == reporting) {
            cents = r.arrCents;
            continue;
        }
        if (r.currency != lastCurrency) {
            lastCurrency = r.currency;
            lastRate = m_rates.rate(r.currency);
        }
        // As CurrencyRates::convert() rounds.
        cents = !lastRate ? -1 : *lastRate == 1.0 ? r.arrCents : qint64(std::llround(double(r.arrCents) * *lastRate));
    }
}

void BookProxyModel::addToTotals(int sourceRow, const BookRow &row)
{
    const int s = int(row.segment);
    ++m_totals.count[s];
    if (const qint64 cents = m_reportingCents[std::size_t(sourceRow)]; cents >= 0)
        m_totals.arrCents[s] += cents;
    else
        ++m_totals.unconverted[s];
}

void BookProxyModel::finishTotals()
{
    for (int s = 0; s < 3; ++s) {
        m_totals.count[3] += m_totals.count[s];
        m_totals.arrCents[3] += m_totals.arrCents[s];
        m_totals.unconverted[3] += m_totals.unconverted[s];
    }
}

void BookProxyModel::setReportingRates(const CurrencyRates &rates)
{
    m_rates = rates;
    m_totals = {};
    m_totals.currency = m_rates.reporting();
    if (!m_book)
        return;
    convertRows(0, m_book->rowCount() - 1);
    for (const int row : m_matching)
        addToTotals(row, m_book->rowAt(row));
    finishTotals();
    if (m_sortColumn == BookModel::Arr)
        resort(); // the same amounts now weigh differently against each other
}

qint64 BookProxyModel::accountIdAt(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= rowCount())
        return 0;
    return m_book->rowAt(m_visible[std::size_t(proxyRow)]).id;
}

QModelIndex BookProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

bool BookProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QVariant BookProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are the source's; the base class would map through row 0, which an empty filter lacks.
    if (orientation == Qt::Horizontal)
        return m_book ? m_book->headerData(section, orientation, role) : QVariant();
    return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
}

QModelIndex BookProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int BookProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int BookProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_book ? 0 : m_book->columnCount();
}

QModelIndex BookProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_book || proxyIndex.row() >= rowCount())
        return {};
    return m_book->index(m_visible[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex BookProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_proxyRowOfSource.size()))
        return {};
    const int row = m_proxyRowOfSource[std::size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

} // namespace csm
