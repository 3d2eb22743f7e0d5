#pragma once

#include "benchoptions.h"
#include "report.h"

namespace csm::bench {

/// Notes and playbooks at one scale: the playbook rules over the whole book, the Today list,
/// a full-text note search and one account's timeline. The book gets the demo's meeting notes
/// the first time (kept with the book).
bool runWorkBench(Report &report, const Scale &scale, const QString &path, const BenchOptions &options);

} // namespace csm::bench
