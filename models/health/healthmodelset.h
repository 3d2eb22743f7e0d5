#pragma once

#include "healthmodel.h"

#include "domain/lifecyclestage.h"
#include "domain/segment.h"

#include <QMap>

namespace csm {

/// The health models of a book and which one scores an account: onboarding accounts are scored by
/// the onboarding model (time-to-value and setup); the others by their segment's model when one is
/// set, else by the standard model. Stored in the book's settings under "health_models".
struct HealthModelSet
{
    HealthModel standard = HealthModel::defaultStandard();
    HealthModel onboarding = HealthModel::defaultOnboarding();
    QMap<Segment, HealthModel> bySegment; ///< optional per-segment replacements of `standard`

    /// The model that scores an account in `stage` and `segment`.
    const HealthModel &modelFor(LifecycleStage stage, Segment segment) const;

    /// Validates every model; the error names the model.
    Status validate() const;

    QString toJson() const;
    /// Parses and validates toJson() output; errors name the model, group and measure at fault.
    static Result<HealthModelSet> fromJson(const QString &json);

    friend bool operator==(const HealthModelSet &, const HealthModelSet &) = default;
};

} // namespace csm
