#pragma once

#include "benchoptions.h"
#include "report.h"

namespace csm::bench {

/// "health recompute, whole book" and "one account's breakdown" at one scale.
bool runHealthBench(Report &report, const Scale &scale, const QString &path, const BenchOptions &options);

} // namespace csm::bench
