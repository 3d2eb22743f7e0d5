#pragma once

#include "clicontext.h"

namespace csm::cli {

/// `csmctl playbooks list|evaluate|runs|start|check|skip|complete|cancel`.
int runPlaybooks(CliContext &context);
/// `csmctl notes search TEXT` and `csmctl notes list CRM_ID`.
int runNotes(CliContext &context);
/// `csmctl today`: what is due and overdue across the book.
int runToday(CliContext &context);

} // namespace csm::cli
