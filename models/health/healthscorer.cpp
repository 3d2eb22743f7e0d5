#include "healthscorer.h"

#include <algorithm>

namespace csm {

HealthResult scoreHealth(const HealthModel &model, const HealthInputs &inputs, const HealthBands &bands, bool withNames)
{
    HealthResult result;
    result.measures.reserve(16);
    result.modelKey = model.key;
    double presentWeight = 0.0;
    for (const HealthGroup &group : model.groups) {
        for (const HealthMeasure &m : group.measures) {
            MeasureResult r;
            r.key = m.key;
            if (withNames)
                r.name = m.displayName();
            r.group = group.key;
            r.weight = m.weight;
            r.raw = inputs.value(m.signal);
            if (r.raw) {
                r.score = m.rule.score(*r.raw);
                presentWeight += m.weight;
            } else {
                result.missing.append(m.key);
            }
            result.measures.append(r);
        }
    }
    if (presentWeight <= 0.0)
        return result;

    double total = 0.0;
    double worstLoss = -1.0;
    for (MeasureResult &r : result.measures) {
        if (!r.score)
            continue;
        r.effectiveWeight = r.weight * 100.0 / presentWeight;
        r.contribution = r.effectiveWeight * *r.score / 100.0;
        r.pointsLost = r.effectiveWeight - r.contribution;
        total += r.contribution;
        if (r.pointsLost > worstLoss) {
            worstLoss = r.pointsLost;
            result.weakestMeasure = r.key;
        }
    }
    // Spreading weights can leave rounding dust above 100 (e.g. 100.00000000000001).
    result.score = std::clamp(total, 0.0, 100.0);
    total = *result.score;
    result.band = bands.bandFor(total);
    return result;
}

} // namespace csm
