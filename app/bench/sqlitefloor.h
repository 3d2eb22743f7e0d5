#pragma once

#include "domain/result.h"

#include <QString>

namespace csm::bench {

/// The floor for loading the book: BookReader's statement through the raw sqlite3 C API, every
/// column read the way the model needs it (text decoded to QString, integers as integers) into
/// a vector of rows. Returns the row count.
Result<int> readBookFloor(const QString &path);

} // namespace csm::bench
