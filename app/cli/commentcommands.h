#pragma once

#include "clicontext.h"

namespace csm::cli {

/// `csmctl export-comments --csm NAME [--book-id ID] --output FILE`: a lead's review comments on
/// one CSM's book, as the file the CSM imports.
int runExportComments(CliContext &context);
/// `csmctl import-comments FILE`: a lead's review comments into this (the CSM's) book.
int runImportComments(CliContext &context);
/// `csmctl comment --account CRM_ID --author NAME --text TEXT [--csm NAME --book-id ID]`: adds one
/// review comment to this (the lead's) store.
int runComment(CliContext &context);

} // namespace csm::cli
