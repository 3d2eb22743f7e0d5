#pragma once

#include "measure.h"

#include <QString>

#include <optional>
#include <vector>

namespace csm::bench {

/// One line of the report. A step that is not built yet has no samples and a note instead.
struct StepResult
{
    StepResult() = default;
    StepResult(QString stepName, QString scaleName) : step(std::move(stepName)), scale(std::move(scaleName)) { }

    QString step;
    QString scale;
    QString unit = QStringLiteral("ms"); ///< "ms" or "MB"
    Samples samples;
    std::optional<double> target; ///< an upper bound in `unit`; for ratio rows, the ratio bound
    std::optional<double> floorMs;
    std::optional<double> ratio; ///< median ÷ floor median; the target applies to it when set
    QString note;                ///< why there is no number ("n/a (…)"), or a hint

    bool measured() const { return !samples.isEmpty(); }
    bool pass() const;
};

/// Collects the results and writes them as a table and as JSON.
class Report final
{
public:
    void add(StepResult result) { m_results.push_back(std::move(result)); }
    void addNotAvailable(const QString &step, const QString &reason);

    /// The human-readable table, on stdout.
    void print() const;
    /// {machine:{cores, cpu_model, build_type}, results:[…]}; false when the file cannot be written.
    bool writeJson(const QString &path) const;

    int missCount() const;

private:
    std::vector<StepResult> m_results;
};

} // namespace csm::bench
