#pragma once

#include "benchoptions.h"
#include "report.h"

namespace csm::bench {

/// A full HubSpot pull from the local emulator (in a thread of its own) into a new book: 50,000
/// companies and 150,000 contacts (a tenth of that with --quick), against the time a plain HTTP
/// client takes to fetch the same pages.
bool runSyncBench(Report &report, const BenchOptions &options);

} // namespace csm::bench
