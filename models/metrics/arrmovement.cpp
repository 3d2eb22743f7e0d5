#include "arrmovement.h"

#include <QObject>

#include <algorithm>

namespace csm {

namespace {

constexpr std::array Keys { u"new", u"expansion", u"contraction", u"churn", u"reactivation" };

} // namespace

QString arrMovementKindKey(ArrMovementKind kind)
{
    return QString::fromUtf16(Keys[std::size_t(kind)]);
}

std::optional<ArrMovementKind> arrMovementKindFromKey(QStringView key)
{
    for (std::size_t i = 0; i < Keys.size(); ++i)
        if (key == QStringView(Keys[i]))
            return ArrMovementKind(i);
    return std::nullopt;
}

QString arrMovementKindName(ArrMovementKind kind)
{
    switch (kind) {
    case ArrMovementKind::New: return QObject::tr("New");
    case ArrMovementKind::Expansion: return QObject::tr("Expansion");
    case ArrMovementKind::Contraction: return QObject::tr("Contraction");
    case ArrMovementKind::Churn: return QObject::tr("Churn");
    case ArrMovementKind::Reactivation: return QObject::tr("Reactivation");
    }
    return {};
}

DatedArr arrAt(const ArrHistory &history, const QDate &day)
{
    // The last movement on or before `day`; the history is sorted by day.
    auto after = std::upper_bound(history.cbegin(), history.cend(), day,
                                  [](const QDate &d, const ArrMovement &m) { return d < m.day; });
    if (after == history.cbegin())
        return {};
    const ArrMovement &last = *std::prev(after);
    return DatedArr { last.toCents, last.currency };
}

} // namespace csm
