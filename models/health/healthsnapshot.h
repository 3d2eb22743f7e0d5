#pragma once

#include "healthband.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace csm {

/// The computed health of one account on one day, as stored.
struct HealthSnapshot
{
    qint64 accountId = 0;
    QDate day;
    std::optional<double> score;
    HealthBand band = HealthBand::None;
    QString modelKey;
    QStringList missing; ///< measure keys without data

    friend bool operator==(const HealthSnapshot &, const HealthSnapshot &) = default;
};

/// A band change between two consecutive snapshots of an account.
struct HealthEvent
{
    enum class Kind : quint8 { EnteredRed, LeftRed, BandChanged };

    qint64 id = 0;
    qint64 accountId = 0;
    QDate day;
    Kind kind = Kind::BandChanged;
    HealthBand from = HealthBand::None;
    HealthBand to = HealthBand::None;

    /// The kind of a move from `from` to `to` (which differ): into red, out of red, or another change.
    static Kind kindOf(HealthBand from, HealthBand to);
    friend bool operator==(const HealthEvent &, const HealthEvent &) = default;
};

/// Stable keys: "entered_red", "left_red", "band_changed".
QString healthEventKindKey(HealthEvent::Kind kind);
std::optional<HealthEvent::Kind> healthEventKindFromKey(QStringView key);

} // namespace csm
