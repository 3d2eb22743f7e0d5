#pragma once

#include "domain/result.h"

#include <QJsonObject>

namespace csm {

/// Maps a measure's raw value to a 0–100 score.
///
/// **Thresholds**: three boundaries in raw units, `poor`, `concerning` and `healthy`, and a direction.
/// The score is piecewise-linear through the anchors poor → 25, concerning → 75, healthy → 100; past
/// `healthy` it stays 100, and beyond `poor` it falls on to 0 over one more poor-to-concerning
/// distance (so the poor zone scores 0–25, the concerning zone 25–75 and the healthy zone 75–100).
/// With HigherIsBetter the boundaries ascend (poor < concerning < healthy); with LowerIsBetter they
/// descend.
///
/// **Linear**: raw `min` scores 0 and `max` scores 100 (or the reverse with LowerIsBetter), clamped.
struct ScoringRule
{
    enum class Kind : quint8 { Thresholds, Linear };
    enum class Direction : quint8 { HigherIsBetter, LowerIsBetter };

    Kind kind = Kind::Linear;
    Direction direction = Direction::HigherIsBetter;
    double poor = 0.0;
    double concerning = 0.0;
    double healthy = 0.0;
    double min = 0.0;
    double max = 100.0;

    static ScoringRule thresholds(Direction direction, double poor, double concerning, double healthy);
    static ScoringRule linear(double min, double max, Direction direction = Direction::HigherIsBetter);

    /// The 0–100 score of `raw`.
    double score(double raw) const;

    /// An error when the boundaries are not strictly ordered for the direction (or min ≥ max).
    Status validate() const;

    QJsonObject toJson() const;
    static Result<ScoringRule> fromJson(const QJsonObject &o, const QString &where);

    friend bool operator==(const ScoringRule &, const ScoringRule &) = default;
};

} // namespace csm
