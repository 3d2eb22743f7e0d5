#pragma once

#include "benchoptions.h"
#include "report.h"

namespace csm::bench {

/// QBR decks at one scale: one nine-section deck of the largest high-touch account, step by step
/// (read, charts, layout and PDF) and whole; and, with `batch`, 300 accounts' decks written into a
/// folder by the app's background pipeline.
bool runDeckBench(Report &report, const Scale &scale, const QString &path, const BenchOptions &options, bool batch);

} // namespace csm::bench
