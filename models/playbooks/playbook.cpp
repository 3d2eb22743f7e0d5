#include "playbook.h"

#include "domain/keytable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace csm {

namespace {

using Kind = PlaybookTrigger::Kind;

constexpr detail::KeyTable<Kind, 7> TriggerKinds { {
    { Kind::Manual, "manual" },
    { Kind::HealthEnteredRed, "health_entered_red" },
    { Kind::RenewalWithin, "renewal_within" },
    { Kind::StageEntered, "stage_entered" },
    { Kind::NpsDetractor, "nps_detractor" },
    { Kind::NoTouch, "no_touch" },
    { Kind::UsageDrop, "usage_drop" },
} };

constexpr detail::KeyTable<RunStatus, 3> RunStatuses { {
    { RunStatus::Open, "open" },
    { RunStatus::Completed, "completed" },
    { RunStatus::Cancelled, "cancelled" },
} };

constexpr detail::KeyTable<StepStatus, 3> StepStatuses { {
    { StepStatus::Open, "open" },
    { StepStatus::Done, "done" },
    { StepStatus::Skipped, "skipped" },
} };

int defaultDays(Kind kind)
{
    switch (kind) {
    case Kind::HealthEnteredRed: return 30;
    case Kind::RenewalWithin: return 120;
    case Kind::NpsDetractor: return 30;
    case Kind::NoTouch: return 45;
    default: return 0;
    }
}

} // namespace

QString playbookTriggerKindKey(PlaybookTrigger::Kind kind)
{
    return TriggerKinds.key(kind);
}

std::optional<PlaybookTrigger::Kind> playbookTriggerKindFromKey(QStringView key)
{
    return TriggerKinds.fromKey(key);
}

QString runStatusKey(RunStatus status)
{
    return RunStatuses.key(status);
}

std::optional<RunStatus> runStatusFromKey(QStringView key)
{
    return RunStatuses.fromKey(key);
}

QString runStatusDisplayName(RunStatus status)
{
    switch (status) {
    case RunStatus::Open: return QObject::tr("Open");
    case RunStatus::Completed: return QObject::tr("Completed");
    case RunStatus::Cancelled: return QObject::tr("Cancelled");
    }
    return {};
}

QString stepStatusKey(StepStatus status)
{
    return StepStatuses.key(status);
}

std::optional<StepStatus> stepStatusFromKey(QStringView key)
{
    return StepStatuses.fromKey(key);
}

QString playbookRoleDisplayName(const QString &role)
{
    if (role == u"csm")
        return QObject::tr("CSM");
    if (role == u"account_executive")
        return QObject::tr("Account executive");
    if (role == u"onboarding_engineer")
        return QObject::tr("Onboarding engineer");
    if (role == u"support")
        return QObject::tr("Support");
    return role;
}

QString PlaybookTrigger::describe() const
{
    QString text = describeKind();
    if (!segments.isEmpty()) {
        QStringList names;
        for (Segment s : segments)
            names << segmentDisplayName(s);
        text += QObject::tr(" (%1)").arg(names.join(QStringLiteral(", ")));
    }
    return text;
}

QString PlaybookTrigger::describeKind() const
{
    switch (kind) {
    case Kind::Manual: return QObject::tr("Started by hand");
    case Kind::HealthEnteredRed: return QObject::tr("When health enters red (within %n day(s))", nullptr, days);
    case Kind::RenewalWithin: return QObject::tr("%n day(s) before renewal", nullptr, days);
    case Kind::StageEntered: return QObject::tr("When the lifecycle stage becomes %1").arg(lifecycleStageDisplayName(stage));
    case Kind::NpsDetractor: return QObject::tr("On an NPS detractor answer (within %n day(s))", nullptr, days);
    case Kind::NoTouch: return QObject::tr("After %n day(s) without a touch", nullptr, days);
    case Kind::UsageDrop: return QObject::tr("When active users fall %1% over 30 days").arg(percent);
    }
    return {};
}

Status PlaybookTrigger::validate() const
{
    switch (kind) {
    case Kind::HealthEnteredRed:
    case Kind::RenewalWithin:
    case Kind::NpsDetractor:
    case Kind::NoTouch:
        if (days < 1 || days > 3650)
            return Error { QObject::tr("the rule's window must be 1 to 3650 days, not %1").arg(days) };
        break;
    case Kind::UsageDrop:
        if (!(percent > 0.0 && percent <= 100.0))
            return Error { QObject::tr("the usage drop must be more than 0 and at most 100%, not %1").arg(percent) };
        break;
    case Kind::Manual:
    case Kind::StageEntered: break;
    }
    return {};
}

QString PlaybookTrigger::toJson() const
{
    QJsonObject o { { QStringLiteral("kind"), playbookTriggerKindKey(kind) } };
    switch (kind) {
    case Kind::UsageDrop: o.insert(QStringLiteral("percent"), percent); break;
    case Kind::StageEntered: o.insert(QStringLiteral("stage"), lifecycleStageKey(stage)); break;
    case Kind::Manual: break;
    default: o.insert(QStringLiteral("days"), days); break;
    }
    if (!segments.isEmpty()) {
        QJsonArray keys;
        for (Segment s : segments)
            keys.append(segmentKey(s));
        o.insert(QStringLiteral("segments"), keys);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<PlaybookTrigger> PlaybookTrigger::fromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!doc.isObject())
        return Error { QObject::tr("playbook rule: %1").arg(error.error == QJsonParseError::NoError
                                                                 ? QObject::tr("expected a JSON object")
                                                                 : error.errorString()) };
    const QJsonObject o = doc.object();
    PlaybookTrigger trigger;
    const auto kind = playbookTriggerKindFromKey(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return Error { QObject::tr("playbook rule: unknown kind \"%1\"").arg(o.value(QStringLiteral("kind")).toString()) };
    trigger.kind = *kind;
    if (defaultDays(*kind) > 0)
        trigger.days = o.value(QStringLiteral("days")).toInt(defaultDays(*kind));
    if (*kind == Kind::UsageDrop)
        trigger.percent = o.value(QStringLiteral("percent")).toDouble(25.0);
    if (*kind == Kind::StageEntered) {
        const auto stage = lifecycleStageFromKey(o.value(QStringLiteral("stage")).toString());
        if (!stage)
            return Error { QObject::tr("playbook rule: unknown lifecycle stage \"%1\"").arg(o.value(QStringLiteral("stage")).toString()) };
        trigger.stage = *stage;
    }
    for (const QJsonValue &key : o.value(QStringLiteral("segments")).toArray()) {
        const auto segment = segmentFromKey(key.toString());
        if (!segment)
            return Error { QObject::tr("playbook rule: unknown segment \"%1\"").arg(key.toString()) };
        if (!trigger.segments.contains(*segment))
            trigger.segments.append(*segment);
    }
    if (auto valid = trigger.validate(); !valid)
        return Error { QObject::tr("playbook rule: %1").arg(valid.errorMessage()) };
    return trigger;
}

Status Playbook::validate() const
{
    if (name.trimmed().isEmpty())
        return Error { QObject::tr("a playbook needs a name") };
    if (steps.isEmpty())
        return Error { QObject::tr("playbook \"%1\" needs at least one step").arg(name) };
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).title.trimmed().isEmpty())
            return Error { QObject::tr("playbook \"%1\": step %2 needs a title").arg(name).arg(i + 1) };
        if (steps.at(i).dueOffsetDays < 0)
            return Error { QObject::tr("playbook \"%1\": step %2 cannot be due before the run starts").arg(name).arg(i + 1) };
    }
    if (auto valid = trigger.validate(); !valid)
        return Error { QObject::tr("playbook \"%1\": %2").arg(name, valid.errorMessage()) };
    return {};
}

int PlaybookRun::finished() const
{
    return int(std::count_if(steps.cbegin(), steps.cend(), [](const RunStep &s) { return !s.isOpen(); }));
}

} // namespace csm
