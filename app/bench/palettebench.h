#pragma once

#include "benchoptions.h"
#include "report.h"

namespace csm::bench {

/// Go to Account or Command (Ctrl+K) over 10,000 accounts held in memory: the time from a
/// keystroke to the ranked results, against one frame (16 ms).
bool runPaletteBench(Report &report, const BenchOptions &options);

} // namespace csm::bench
