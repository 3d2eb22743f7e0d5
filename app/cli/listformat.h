#pragma once

#include "domain/bookrow.h"

#include <QDate>
#include <QString>

#include <vector>

namespace csm::cli {

enum class ListFormat { Table, Csv, Json };

/// The book list as `csmctl list` prints it.
QString formatBookList(const std::vector<BookRow> &rows, ListFormat format, const QDate &today);

} // namespace csm::cli
