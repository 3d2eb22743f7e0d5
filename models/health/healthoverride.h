#pragma once

#include "healthband.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace csm {

/// A person's judgement of an account's health, shown on top of the computed score until it
/// expires or is cleared. Overrides are never deleted; the list of them is the audit trail.
struct HealthOverride
{
    qint64 id = 0;
    qint64 accountId = 0;
    std::optional<HealthBand> band; ///< at least one of band and score is set
    std::optional<double> score;
    QString reason;    ///< required
    QDate expiresOn;   ///< last day the override applies
    QDateTime createdAt;
    QString createdBy;
    QDateTime clearedAt; ///< null while not cleared
    QString clearedBy;

    /// Not cleared and not expired on `day`.
    bool isActiveOn(const QDate &day) const { return clearedAt.isNull() && day <= expiresOn; }
    friend bool operator==(const HealthOverride &, const HealthOverride &) = default;
};

} // namespace csm
