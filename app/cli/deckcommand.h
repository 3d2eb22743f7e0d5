#pragma once

#include "clicontext.h"

namespace csm::cli {

/// `csmctl export-deck --account ID|--filter QUERY --out PATH [--as-of DATE] [--sections LIST]`:
/// QBR decks as PDF, one account to a file or every account a filter matches into a folder.
int runExportDeck(CliContext &context);

} // namespace csm::cli
