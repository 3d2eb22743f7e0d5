#pragma once

#include <QString>

#include <array>
#include <optional>

namespace csm {

/// Where an account is in its customer journey.
enum class LifecycleStage : quint8 {
    Onboarding,
    Adoption,
    Expansion,
    Renewal,
    Advocacy,
};

inline constexpr std::array AllLifecycleStages { LifecycleStage::Onboarding, LifecycleStage::Adoption,
                                                 LifecycleStage::Expansion, LifecycleStage::Renewal,
                                                 LifecycleStage::Advocacy };

/// Stable key used in the store, files and the CLI: "onboarding", "adoption", …
QString lifecycleStageKey(LifecycleStage stage);
std::optional<LifecycleStage> lifecycleStageFromKey(QStringView key);
QString lifecycleStageDisplayName(LifecycleStage stage);

} // namespace csm
