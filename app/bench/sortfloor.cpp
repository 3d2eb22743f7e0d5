#include "sortfloor.h"

#include <algorithm>
#include <numeric>

namespace csm::bench {

namespace {

template<typename Less>
std::vector<int> sortedRows(const std::vector<BookRow> &rows, Less less)
{
    std::vector<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int left, int right) { return less(rows[std::size_t(left)], rows[std::size_t(right)]); });
    return order;
}

bool nameThenId(const BookRow &a, const BookRow &b)
{
    if (const int byName = a.name.compare(b.name, Qt::CaseInsensitive); byName != 0)
        return byName < 0;
    return a.id < b.id;
}

} // namespace

std::vector<int> sortFloorByArrDesc(const std::vector<BookRow> &rows)
{
    return sortedRows(rows, [](const BookRow &a, const BookRow &b) {
        if (a.arrCents != b.arrCents)
            return a.arrCents > b.arrCents;
        return nameThenId(b, a); // the proxy sorts descending by swapping both sides
    });
}

std::vector<int> sortFloorByName(const std::vector<BookRow> &rows)
{
    return sortedRows(rows, nameThenId);
}

} // namespace csm::bench
