#pragma once

#include "benchoptions.h"
#include "report.h"

namespace csm::bench {

/// Interaction on a loaded book: sorting, search-as-you-type and segment tabs (run at L).
bool runModelBench(Report &report, const Scale &scale, const QString &path, const BenchOptions &options);

} // namespace csm::bench
