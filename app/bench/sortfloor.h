#pragma once

#include "domain/bookrow.h"

#include <vector>

namespace csm::bench {

/// The floor for sorting the list: std::stable_sort of row numbers over the rows in memory with
/// the list's ordering (the key, ties by case-insensitive name, then id), without the proxy's
/// QModelIndex round trips and mapping. Returns the permutation so the work is not optimised away.
std::vector<int> sortFloorByArrDesc(const std::vector<BookRow> &rows);
std::vector<int> sortFloorByName(const std::vector<BookRow> &rows);

} // namespace csm::bench
