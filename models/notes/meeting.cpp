#include "meeting.h"

#include "domain/keytable.h"

#include <QLocale>
#include <QObject>

namespace csm {

namespace {

constexpr detail::KeyTable<MeetingKind, 4> MeetingKinds { {
    { MeetingKind::Qbr, "qbr" },
    { MeetingKind::Ebr, "ebr" },
    { MeetingKind::CheckIn, "check_in" },
    { MeetingKind::OnboardingCall, "onboarding_call" },
} };

constexpr detail::KeyTable<ObjectiveStatus, 3> ObjectiveStatuses { {
    { ObjectiveStatus::OnTrack, "on_track" },
    { ObjectiveStatus::AtRisk, "at_risk" },
    { ObjectiveStatus::Achieved, "achieved" },
} };

} // namespace

QString meetingKindKey(MeetingKind kind)
{
    return MeetingKinds.key(kind);
}

std::optional<MeetingKind> meetingKindFromKey(QStringView key)
{
    if (auto kind = MeetingKinds.fromKey(key))
        return kind;
    // People also say just "onboarding".
    if (key.trimmed().compare(u"onboarding", Qt::CaseInsensitive) == 0)
        return MeetingKind::OnboardingCall;
    return std::nullopt;
}

QString meetingKindDisplayName(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Qbr: return QObject::tr("QBR");
    case MeetingKind::Ebr: return QObject::tr("EBR");
    case MeetingKind::CheckIn: return QObject::tr("Check-in");
    case MeetingKind::OnboardingCall: return QObject::tr("Onboarding call");
    }
    return {};
}

QString objectiveStatusKey(ObjectiveStatus status)
{
    return ObjectiveStatuses.key(status);
}

std::optional<ObjectiveStatus> objectiveStatusFromKey(QStringView key)
{
    return ObjectiveStatuses.fromKey(key);
}

QString objectiveStatusDisplayName(ObjectiveStatus status)
{
    switch (status) {
    case ObjectiveStatus::OnTrack: return QObject::tr("On track");
    case ObjectiveStatus::AtRisk: return QObject::tr("At risk");
    case ObjectiveStatus::Achieved: return QObject::tr("Achieved");
    }
    return {};
}

QString Meeting::displayTitle() const
{
    if (!title.trimmed().isEmpty())
        return title.trimmed();
    return QObject::tr("%1, %2").arg(meetingKindDisplayName(kind), QLocale().toString(heldOn, QLocale::ShortFormat));
}

} // namespace csm
