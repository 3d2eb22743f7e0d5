#pragma once

#include "clicontext.h"

namespace csm::cli {

/// `csmctl sync --connection NAME [--token-env VAR]` and
/// `csmctl sync --connector hubspot --base-url URL --token-env VAR [--name NAME] [--set KEY=VALUE…]`:
/// one incremental sync with a CRM, headless.
int runSync(CliContext &context);

} // namespace csm::cli
