#pragma once

#include "domain/result.h"

#include <QString>

#include <optional>

namespace csm {

/// The traffic light of an account's health. None means the account had no data to score.
enum class HealthBand : quint8 {
    None,
    Red,
    Amber,
    Green,
};

/// Stable key used in the store and in JSON: "none", "red", "amber", "green".
QString healthBandKey(HealthBand band);
std::optional<HealthBand> healthBandFromKey(QStringView key);
QString healthBandDisplayName(HealthBand band);

/// Where the bands start on the 0–100 score. Defaults: red < 50 ≤ amber < 75 ≤ green.
/// Stored in the book's settings under "health_bands".
struct HealthBands
{
    double amberFrom = 50.0; ///< lowest score that is amber; anything below is red
    double greenFrom = 75.0; ///< lowest score that is green

    /// The band of a score; None when there is no score.
    HealthBand bandFor(std::optional<double> score) const;

    /// An error when the thresholds are outside 0–100 or green starts below amber.
    Status validate() const;

    QString toJson() const;
    /// Parses toJson() output; missing keys keep their defaults, wrong types and invalid thresholds
    /// are errors.
    static Result<HealthBands> fromJson(const QString &json);

    friend bool operator==(const HealthBands &, const HealthBands &) = default;
};

} // namespace csm
