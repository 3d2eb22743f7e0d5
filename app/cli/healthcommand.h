#pragma once

#include "clicontext.h"

namespace csm::cli {

/// `csmctl health recompute|explain|override|clear-override`.
int runHealth(CliContext &context);

} // namespace csm::cli
