#pragma once

#include "healthsignal.h"

#include "domain/lifecyclestage.h"
#include "domain/segment.h"

#include <array>
#include <optional>

namespace csm {

/// The raw signals of one account as of one day. A signal without data is nullopt, which the
/// scorer treats as missing (its weight goes to the measures that have data), never as zero.
struct HealthInputs
{
    qint64 accountId = 0;
    LifecycleStage stage = LifecycleStage::Adoption; ///< picks the model (onboarding or not)
    Segment segment = Segment::Tech;
    qint64 arrCents = 0;
    std::array<std::optional<double>, HealthSignalCount> values {};

    std::optional<double> value(HealthSignal s) const { return values[std::size_t(s)]; }
    void set(HealthSignal s, std::optional<double> v) { values[std::size_t(s)] = v; }
};

} // namespace csm
