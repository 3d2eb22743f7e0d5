#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace csm {

/// Why an account's ARR changed. Recorded by the store whenever an account's effective ARR (zero
/// while it is archived) changes, whoever changed it.
enum class ArrMovementKind : quint8 {
    New,          ///< from nothing, for an account that never churned
    Expansion,    ///< up
    Contraction,  ///< down, not to zero
    Churn,        ///< down to zero (or archived)
    Reactivation, ///< from zero, for an account that churned before
};

QString arrMovementKindKey(ArrMovementKind kind);
std::optional<ArrMovementKind> arrMovementKindFromKey(QStringView key);
QString arrMovementKindName(ArrMovementKind kind);

/// One change of an account's ARR, in the account's currency, in minor units.
struct ArrMovement
{
    QDate day;
    ArrMovementKind kind = ArrMovementKind::New;
    qint64 fromCents = 0;
    qint64 toCents = 0;
    QString currency;

    friend bool operator==(const ArrMovement &, const ArrMovement &) = default;
};

/// An account's ARR history, oldest first (ties in the order they were recorded).
using ArrHistory = std::vector<ArrMovement>;

/// The account's ARR at the end of `day` (its last movement on or before it), with its currency;
/// zero before the first movement.
struct DatedArr
{
    qint64 cents = 0;
    QString currency;
};
DatedArr arrAt(const ArrHistory &history, const QDate &day);

} // namespace csm
