#pragma once

#include "domain/lifecyclestage.h"
#include "domain/segment.h"
#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace csm {

/// The rule that starts a playbook for an account. New kinds plug in here and in
/// PlaybookService's candidate query for them.
struct PlaybookTrigger
{
    enum class Kind : quint8 {
        Manual,           ///< started by a person only
        HealthEnteredRed, ///< the account's health entered red within `days` days and is still red
        RenewalWithin,    ///< the renewal date is within `days` days
        StageEntered,     ///< the lifecycle stage became (and is) `stage`
        NpsDetractor,     ///< an NPS answer of 0–6 within `days` days
        NoTouch,          ///< no contact touch or meeting for `days` days
        UsageDrop,        ///< active users fell by `percent` % or more over 30 days
    };

    Kind kind = Kind::Manual;
    int days = 0;
    double percent = 0.0;
    LifecycleStage stage = LifecycleStage::Onboarding;
    /// The segments the rule applies to; empty = every segment (tech-touch accounts rarely get
    /// a "no touch" call).
    QList<Segment> segments;

    bool appliesTo(Segment segment) const { return segments.isEmpty() || segments.contains(segment); }

    /// "When health enters red", "120 days before renewal", …
    QString describe() const;
    QString describeKind() const;
    /// An error for a window or percentage out of range.
    Status validate() const;

    QString toJson() const;
    /// Parses toJson() output; missing numbers take the kind's default.
    static Result<PlaybookTrigger> fromJson(const QString &json);

    friend bool operator==(const PlaybookTrigger &, const PlaybookTrigger &) = default;
};

QString playbookTriggerKindKey(PlaybookTrigger::Kind kind);
std::optional<PlaybookTrigger::Kind> playbookTriggerKindFromKey(QStringView key);

/// "CSM", "Account executive", … for an owner role key ("csm", "account_executive"); unknown keys
/// are shown as they are.
QString playbookRoleDisplayName(const QString &role);

/// One checklist step of a playbook template.
struct PlaybookStep
{
    QString title;
    QString guidance;
    int dueOffsetDays = 0; ///< due this many days after the run starts
    QString ownerRole = QStringLiteral("csm");
    /// A milestone the account reaches when the step is done ("first_value" sets the account's
    /// first-value day, the end of its time to value); empty for most steps.
    QString milestone;
    friend bool operator==(const PlaybookStep &, const PlaybookStep &) = default;
};

/// A playbook template: an ordered checklist and the rule that starts it.
struct Playbook
{
    qint64 id = 0;
    QString key;
    QString name;
    QString description;
    PlaybookTrigger trigger;
    QList<PlaybookStep> steps;
    bool enabled = true;
    bool builtin = false;

    /// An error naming the first problem: no name, no steps, a step without a title, a bad trigger.
    Status validate() const;
    friend bool operator==(const Playbook &, const Playbook &) = default;
};

enum class RunStatus : quint8 { Open, Completed, Cancelled };
enum class StepStatus : quint8 { Open, Done, Skipped };

QString runStatusKey(RunStatus status);
std::optional<RunStatus> runStatusFromKey(QStringView key);
QString runStatusDisplayName(RunStatus status);
QString stepStatusKey(StepStatus status);
std::optional<StepStatus> stepStatusFromKey(QStringView key);

/// A step of a running playbook: its own copy of the template's step, with a due date.
struct RunStep
{
    qint64 id = 0;
    int position = 0;
    QString title;
    QString guidance;
    QString ownerRole;
    QString milestone; ///< copied from the template's step
    QDate dueOn;
    StepStatus status = StepStatus::Open;
    QDateTime doneAt; ///< when it was checked or skipped
    QString doneBy;
    QString skipReason;

    bool isOpen() const { return status == StepStatus::Open; }
    bool isOverdue(const QDate &today) const { return isOpen() && dueOn < today; }
    bool isDue(const QDate &today) const { return isOpen() && dueOn <= today; }
};

/// A playbook at work on one account.
struct PlaybookRun
{
    qint64 id = 0;
    qint64 playbookId = 0;
    qint64 accountId = 0;
    QString playbookName;
    RunStatus status = RunStatus::Open;
    QDate startedOn;
    QString startedBy;
    QString reason; ///< what started it
    QDateTime endedAt;
    QString endReason;
    QList<RunStep> steps;

    /// Steps done or skipped.
    int finished() const;
    int total() const { return int(steps.size()); }
};

} // namespace csm
