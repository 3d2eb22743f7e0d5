#pragma once

#include "healthband.h"
#include "healthinputs.h"
#include "healthmodel.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace csm {

/// How one measure fed the score: the explainability row of the health pane.
struct MeasureResult
{
    QString key;
    QString name;
    QString group;
    std::optional<double> raw;   ///< nullopt when the input was missing
    std::optional<double> score; ///< 0–100, nullopt when missing
    double weight = 0.0;          ///< the model's weight for the measure
    double effectiveWeight = 0.0; ///< weight after spreading the missing measures' weight; 0 if missing
    double contribution = 0.0;    ///< points added to the total: effectiveWeight × score ÷ 100
    double pointsLost = 0.0;      ///< effectiveWeight × (100 − score) ÷ 100
};

/// The health of one account as scored by one model.
struct HealthResult
{
    std::optional<double> score; ///< 0–100; nullopt when no measure had data
    HealthBand band = HealthBand::None;
    QString modelKey;
    QList<MeasureResult> measures; ///< in model order
    QStringList missing;           ///< keys of the measures without data
    QString weakestMeasure;        ///< key of the measure losing the most points; empty without a score
};

/// Scores `inputs` with `model` and bands the result. Pure: no I/O. Without `withNames` the
/// measures' translated names are left empty, which keeps whole-book recomputation cheap.
///
/// A missing input does not count as zero: its weight is spread over the measures with data in
/// proportion to their weights, so the score is Σ wᵢ·sᵢ ÷ Σ wᵢ over the measures with data.
HealthResult scoreHealth(const HealthModel &model, const HealthInputs &inputs, const HealthBands &bands,
                         bool withNames = true);

} // namespace csm
