#pragma once

#include "benchoptions.h"

#include "domain/result.h"

#include <QDate>
#include <QString>

namespace csm::bench {

/// The fixed "today" of every bench book, so runs compare across days.
inline QDate benchToday()
{
    return QDate(2026, 11, 25);
}

/// Returns the path of the demo book for `scale` in `dir` (seed 1, segments recomputed),
/// generating it first when it is not there yet. A book is written under a temporary name and
/// renamed when complete, so an interrupted run never leaves a half book to be reused.
Result<QString> ensureBook(const QString &dir, const Scale &scale);

} // namespace csm::bench
