#pragma once

#include "teambook.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace csm {

/// Book files under `paths`: files as given, folders for their `*.csmbook` and `*.sqlite` files,
/// sorted by name within a folder; each file once.
QStringList teamBookFiles(const QStringList &paths);

/// Reads several team books at once, one per worker thread (readTeamBook for each), and returns
/// them in the order of `files`. `progress(done, total)` is called from the workers as books
/// finish. Used by the portfolio window (on its own worker) and the command line.
std::vector<Result<TeamBook>> readTeamBooks(const QStringList &files, const QString &cacheDir, const QDate &today,
                                            const std::function<void(int done, int total)> &progress = {},
                                            const std::atomic_bool *cancel = nullptr);

/// Where migrated copies of older team books are kept.
QString teamBookCacheDir();

} // namespace csm
