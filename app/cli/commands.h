#pragma once

#include "clicontext.h"

#include <functional>

namespace csm::cli {

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(CliContext &)> run;
};

/// Every subcommand of csmctl, in the order `csmctl --help` lists them.
const QList<Command> &commands();

} // namespace csm::cli
