#pragma once

#include "clicontext.h"

namespace csm::cli {

/// `csmctl export-portfolio BOOK_OR_FOLDER... --output OUT.pdf [--months N | --from D --to D]
/// [--currency CODE] [--rates TEXT] [--today D] [--title TEXT]`: the team's portfolio review as a
/// PDF from the CSMs' book files. Books that cannot be read are named and left out.
int runExportPortfolio(CliContext &context);
int runExportBook(CliContext &context);
int runDemoTeam(CliContext &context);

} // namespace csm::cli
