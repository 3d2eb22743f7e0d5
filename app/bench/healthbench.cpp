#include "healthbench.h"

#include "bookfactory.h"

#include "health/healthservice.h"
#include "store/bookreader.h"
#include "store/database.h"

#include <cstdio>

namespace csm::bench {

namespace {

double recomputeTarget(const Scale &scale)
{
    return scale.accounts <= 300 ? 50.0 : scale.accounts <= 5'000 ? 500.0 : 5'000.0;
}

} // namespace

bool runHealthBench(Report &report, const Scale &scale, const QString &path, const BenchOptions &options)
{
    auto database = Database::open(path);
    if (!database) {
        std::fprintf(stderr, "csm-bench: %s\n", qPrintable(database.errorMessage()));
        return false;
    }
    const HealthService health((*database)->connection(), benchToday());
    QString error;

    // Recomputing a day replaces its snapshots, so every run does the same work.
    StepResult recompute(QStringLiteral("health recompute, whole book (one transaction)"), scale.name);
    recompute.target = recomputeTarget(scale);
    if (!timeRuns(recompute.samples, options.warmups, options.runs, {}, [&] {
            auto stats = health.recompute(benchToday());
            if (!stats)
                error = stats.errorMessage();
            return stats.ok();
        })) {
        std::fprintf(stderr, "csm-bench: health recompute: %s\n", qPrintable(error));
        return false;
    }
    report.add(std::move(recompute));

    auto first = BookReader((*database)->connection()).readFirst(BookReader::Order::ArrDescending, 1);
    if (!first || first->empty()) {
        std::fprintf(stderr, "csm-bench: no account to explain\n");
        return false;
    }
    const qint64 id = first->front().id;
    StepResult explain(QStringLiteral("health breakdown of one account (explain)"), scale.name);
    if (!timeRuns(explain.samples, options.warmups, options.runs, {}, [&] {
            auto result = health.explain(id, benchToday());
            if (!result)
                error = result.errorMessage();
            return result.ok() && !result->measures.isEmpty();
        })) {
        std::fprintf(stderr, "csm-bench: health explain: %s\n", qPrintable(error));
        return false;
    }
    report.add(std::move(explain));
    return true;
}

} // namespace csm::bench
