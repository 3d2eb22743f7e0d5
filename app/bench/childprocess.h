#pragma once

#include "benchoptions.h"
#include "report.h"

namespace csm::bench {

/// Peak RSS of a child that opens the book to its first page (`--child-open`), per scale.
bool runMemoryBench(Report &report, const Scale &scale, const QString &path, const BenchOptions &options);

/// Cold start of the GUI to the first painted book list (`--child-gui`), timed from spawn, plus
/// that process's peak RSS.
bool runColdStartBench(Report &report, const Scale &scale, const QString &path, const BenchOptions &options);

/// Peak RSS of a child that opens the demo team in `teamDir` into a portfolio and computes its
/// dashboard (`--child-portfolio`), `runs` times.
bool runPortfolioMemoryBench(Report &report, const QString &scaleName, const QString &teamDir, int runs);

} // namespace csm::bench
