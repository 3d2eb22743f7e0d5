#pragma once

#include <QStringList>

namespace csm {

/// Splits an SQL script into statements at top-level semicolons, skipping comments and keeping
/// quoted text and CREATE TRIGGER … BEGIN … END bodies whole.
QStringList splitSqlScript(QStringView script);

} // namespace csm
