#pragma once

#include <QString>

#include <array>
#include <optional>

namespace csm {

/// How much human attention an account gets.
enum class Segment : quint8 {
    High, ///< dedicated CSM, QBRs
    Mid,  ///< pooled CSMs, scheduled check-ins
    Tech, ///< automated, one-to-many
};

inline constexpr std::array AllSegments { Segment::High, Segment::Mid, Segment::Tech };

/// Stable key used in the store, files and the CLI: "high", "mid", "tech".
QString segmentKey(Segment segment);
/// Parses a key ("high"), or a display-like spelling ("High-touch", "high touch"); nullopt otherwise.
std::optional<Segment> segmentFromKey(QStringView key);
/// Translated name for people: "High-touch".
QString segmentDisplayName(Segment segment);

} // namespace csm
