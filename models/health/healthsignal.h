#pragma once

#include <QString>

#include <array>
#include <optional>

namespace csm {

/// A raw signal the health engine reads from the book for an account as of a day.
/// Units are chosen so thresholds read naturally in the model editor.
enum class HealthSignal : quint8 {
    Utilisation,          ///< active users ÷ licensed seats of the latest weekly sample, in percent
    UtilisationTrend,     ///< utilisation now minus ~30 days earlier, in percentage points
    FeatureAdoption,      ///< features adopted ÷ features available, in percent
    Nps,                  ///< latest NPS answer within 365 days, 0–10
    NpsTrend,             ///< latest NPS answer minus the one before it (within 365 days)
    OpenTickets,          ///< tickets open on the day
    Escalations90d,       ///< escalated tickets opened in the last 90 days
    NegativeTicketShare,  ///< share of the last 90 days' tickets with negative sentiment, in percent
    Payment,              ///< payment standing: current 100, late 60, overdue 25, failed 0
    DaysSinceTouch,       ///< days since the latest contact touch on or before the day
    Champion,             ///< 100 champion active (touched within 60 days), 50 present but inactive, 0 none
    DaysSinceContractStart, ///< days since the contract started (onboarding time-to-value)
};

inline constexpr std::size_t HealthSignalCount = 12;

inline constexpr std::array<HealthSignal, HealthSignalCount> AllHealthSignals {
    HealthSignal::Utilisation,    HealthSignal::UtilisationTrend, HealthSignal::FeatureAdoption,
    HealthSignal::Nps,            HealthSignal::NpsTrend,         HealthSignal::OpenTickets,
    HealthSignal::Escalations90d, HealthSignal::NegativeTicketShare, HealthSignal::Payment,
    HealthSignal::DaysSinceTouch, HealthSignal::Champion,         HealthSignal::DaysSinceContractStart,
};

/// Stable key used in JSON: "utilisation", "nps_trend", …
QString healthSignalKey(HealthSignal signal);
std::optional<HealthSignal> healthSignalFromKey(QStringView key);
/// Translated name shown when a measure has no name of its own.
QString healthSignalDisplayName(HealthSignal signal);

} // namespace csm
