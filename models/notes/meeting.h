#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace csm {

/// What kind of customer meeting a note records.
enum class MeetingKind : quint8 { Qbr, Ebr, CheckIn, OnboardingCall };

inline constexpr std::array AllMeetingKinds { MeetingKind::Qbr, MeetingKind::Ebr, MeetingKind::CheckIn,
                                              MeetingKind::OnboardingCall };

/// "qbr", "ebr", "check_in", "onboarding_call".
QString meetingKindKey(MeetingKind kind);
std::optional<MeetingKind> meetingKindFromKey(QStringView key);
QString meetingKindDisplayName(MeetingKind kind);

/// Where a customer objective stands.
enum class ObjectiveStatus : quint8 { OnTrack, AtRisk, Achieved };

inline constexpr std::array AllObjectiveStatuses { ObjectiveStatus::OnTrack, ObjectiveStatus::AtRisk,
                                                   ObjectiveStatus::Achieved };

/// "on_track", "at_risk", "achieved".
QString objectiveStatusKey(ObjectiveStatus status);
std::optional<ObjectiveStatus> objectiveStatusFromKey(QStringView key);
QString objectiveStatusDisplayName(ObjectiveStatus status);

/// Someone who attended: one of the account's contacts, or a free name.
struct Attendee
{
    qint64 contactId = 0; ///< 0 for a name typed in
    QString name;
    friend bool operator==(const Attendee &, const Attendee &) = default;
};

/// A customer objective as reviewed in a meeting.
struct Objective
{
    QString text;
    ObjectiveStatus status = ObjectiveStatus::OnTrack;
    friend bool operator==(const Objective &, const Objective &) = default;
};

/// A next step agreed in a meeting.
struct ActionItem
{
    qint64 id = 0;
    QString title;
    QString owner;
    QDate dueOn;
    QDateTime doneAt; ///< null while open
    QString doneBy;
    qint64 carriedFrom = 0; ///< the earlier meeting's open item this one took over, closed on save

    bool isDone() const { return doneAt.isValid(); }
    friend bool operator==(const ActionItem &, const ActionItem &) = default;
};

/// A dated meeting record: the QBR, EBR, check-in or onboarding call and what came of it. The body
/// is rich text (HTML as written by QTextDocument); everything else is plain text.
struct Meeting
{
    qint64 id = 0;
    qint64 accountId = 0;
    MeetingKind kind = MeetingKind::Qbr;
    QDate heldOn;
    QString title;
    QString bodyHtml;
    QList<Attendee> attendees;
    QList<Objective> objectives;
    QStringList wins;
    QStringList risks;
    QStringList asks;
    QList<ActionItem> actionItems;
    QDateTime createdAt;
    QDateTime updatedAt;

    /// The title, or "QBR, 3 Nov 2026" when it has none.
    QString displayTitle() const;
    friend bool operator==(const Meeting &, const Meeting &) = default;
};

/// One saved version of a note, for its edit history.
struct MeetingRevision
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QDateTime savedAt;
    QString savedBy;
    QString title;
    QString bodyHtml;
};

/// Typing autosaved but not yet saved as a version.
struct MeetingDraft
{
    qint64 meetingId = 0;
    QDateTime savedAt;
    QString title;
    QString bodyHtml;
};

/// A note that matched a full-text search, with the matching words marked in `snippet` between
/// SnippetMarkStart and SnippetMarkEnd (control characters, so the snippet can be escaped for
/// display before the marks become highlighting).
struct NoteHit
{
    qint64 meetingId = 0;
    qint64 accountId = 0;
    QString accountName;
    MeetingKind kind = MeetingKind::Qbr;
    QDate heldOn;
    QString title;
    QString snippet;
    QStringList terms; ///< the searched words, to find the match in the opened note
};

inline constexpr QChar SnippetMarkStart = QChar(0x02);
inline constexpr QChar SnippetMarkEnd = QChar(0x03);

} // namespace csm
