#include "timeline.h"

#include "domain/lifecyclestage.h"
#include "health/healthband.h"
#include "notes/meeting.h"
#include "playbooks/playbook.h"
#include "store/database.h"
#include "store/sqlvalues.h"

#include <QLocale>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace csm {

namespace {

QString bandName(const QString &key)
{
    return healthBandDisplayName(healthBandFromKey(key).value_or(HealthBand::None));
}

QString fieldValue(const QString &field, const QString &value)
{
    if (field == u"arr_cents") {
        bool ok = false;
        const qint64 cents = value.toLongLong(&ok);
        return ok ? QLocale().toString(double(cents) / 100.0, 'f', 0) : value;
    }
    if (field == u"lifecycle_stage")
        if (const auto stage = lifecycleStageFromKey(value))
            return lifecycleStageDisplayName(*stage);
    return value.isEmpty() ? QObject::tr("(none)") : value;
}

QString fieldName(const QString &field)
{
    if (field == u"arr_cents")
        return QObject::tr("ARR");
    if (field == u"lifecycle_stage")
        return QObject::tr("Lifecycle stage");
    if (field == u"renewal_date")
        return QObject::tr("Renewal date");
    if (field == u"owner")
        return QObject::tr("Owner");
    return field;
}

} // namespace

QString timelineKindKey(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::Meeting: return QStringLiteral("meeting");
    case TimelineEntry::Kind::Playbook: return QStringLiteral("playbook");
    case TimelineEntry::Kind::Health: return QStringLiteral("health");
    case TimelineEntry::Kind::Nps: return QStringLiteral("nps");
    case TimelineEntry::Kind::Ticket: return QStringLiteral("ticket");
    case TimelineEntry::Kind::CrmChange: return QStringLiteral("crm");
    case TimelineEntry::Kind::ReviewComment: return QStringLiteral("review");
    }
    return {};
}

QString timelineKindDisplayName(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::Meeting: return QObject::tr("Meetings");
    case TimelineEntry::Kind::Playbook: return QObject::tr("Playbooks");
    case TimelineEntry::Kind::Health: return QObject::tr("Health");
    case TimelineEntry::Kind::Nps: return QObject::tr("NPS");
    case TimelineEntry::Kind::Ticket: return QObject::tr("Tickets");
    case TimelineEntry::Kind::CrmChange: return QObject::tr("CRM changes");
    case TimelineEntry::Kind::ReviewComment: return QObject::tr("Review comments");
    }
    return {};
}

Result<QList<TimelineEntry>> TimelineReader::read(qint64 accountId) const
{
    using Kind = TimelineEntry::Kind;
    QList<TimelineEntry> entries;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    auto run = [&](const QString &sql) -> Status {
        q.prepare(sql);
        q.addBindValue(accountId);
        if (!q.exec())
            return sqlError(QObject::tr("cannot read the account's timeline"), q.lastError());
        return {};
    };

    if (auto ok = run(QStringLiteral("SELECT id, kind, held_on, title, body_text, "
                                     "(SELECT count(*) FROM action_items i WHERE i.meeting_id = m.id), updated_at "
                                     "FROM meetings m WHERE account_id = ?"));
        !ok)
        return ok.error();
    while (q.next()) {
        Meeting m;
        m.kind = meetingKindFromKey(q.value(1).toString()).value_or(MeetingKind::CheckIn);
        m.heldOn = sql::toDate(q.value(2));
        m.title = q.value(3).toString();
        TimelineEntry e { Kind::Meeting, m.heldOn, {}, meetingKindDisplayName(m.kind) + QStringLiteral(": ") + m.displayTitle(),
                          q.value(4).toString().simplified().left(160), q.value(0).toLongLong() };
        if (const int items = q.value(5).toInt(); items > 0)
            e.detail = QObject::tr("%n action item(s)", nullptr, items) + (e.detail.isEmpty() ? QString() : QStringLiteral(" · ") + e.detail);
        entries.append(e);
    }

    if (auto ok = run(QStringLiteral("SELECT r.id, p.name, r.started_on, r.reason, r.status, r.ended_at, r.end_reason "
                                     "FROM playbook_runs r JOIN playbooks p ON p.id = r.playbook_id WHERE r.account_id = ?"));
        !ok)
        return ok.error();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString name = q.value(1).toString();
        entries.append(TimelineEntry { Kind::Playbook, sql::toDate(q.value(2)), {}, QObject::tr("Playbook started: %1").arg(name),
                                       q.value(3).toString(), id });
        if (const QDateTime ended = sql::toTimestamp(q.value(5)); ended.isValid()) {
            const bool completed = q.value(4).toString() == u"completed";
            entries.append(TimelineEntry { Kind::Playbook, ended.date(), ended,
                                           (completed ? QObject::tr("Playbook completed: %1") : QObject::tr("Playbook cancelled: %1")).arg(name),
                                           q.value(6).toString(), id });
        }
    }
    if (auto ok = run(QStringLiteral("SELECT r.id, s.title, s.status, s.done_at, s.done_by, s.skip_reason FROM playbook_run_steps s "
                                     "JOIN playbook_runs r ON r.id = s.run_id WHERE r.account_id = ? AND s.status <> 'open'"));
        !ok)
        return ok.error();
    while (q.next()) {
        const QDateTime at = sql::toTimestamp(q.value(3));
        const bool skipped = q.value(2).toString() == u"skipped";
        entries.append(TimelineEntry { Kind::Playbook, at.date(), at,
                                       (skipped ? QObject::tr("Step skipped: %1") : QObject::tr("Step done: %1")).arg(q.value(1).toString()),
                                       skipped ? q.value(5).toString() : q.value(4).toString(), q.value(0).toLongLong() });
    }

    if (auto ok = run(QStringLiteral("SELECT id, day, kind, from_band, to_band FROM health_events WHERE account_id = ?")); !ok)
        return ok.error();
    while (q.next()) {
        const QString kind = q.value(2).toString();
        const QString title = kind == u"entered_red" ? QObject::tr("Health entered red")
            : kind == u"left_red"                    ? QObject::tr("Health left red")
                                                     : QObject::tr("Health band changed");
        entries.append(TimelineEntry { Kind::Health, sql::toDate(q.value(1)), {}, title,
                                       QObject::tr("%1 → %2").arg(bandName(q.value(3).toString()), bandName(q.value(4).toString())),
                                       q.value(0).toLongLong() });
    }
    if (auto ok = run(QStringLiteral("SELECT id, created_at, band, score, reason, expires_on, created_by FROM health_overrides "
                                     "WHERE account_id = ?"));
        !ok)
        return ok.error();
    while (q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        const QString what = q.value(2).isNull() ? QLocale().toString(q.value(3).toDouble(), 'f', 0) : bandName(q.value(2).toString());
        entries.append(TimelineEntry { Kind::Health, at.date(), at, QObject::tr("Health overridden: %1").arg(what),
                                       QObject::tr("%1 (until %2, by %3)").arg(q.value(4).toString(), q.value(5).toString(), q.value(6).toString()),
                                       q.value(0).toLongLong() });
    }

    if (auto ok = run(QStringLiteral("SELECT id, responded_on, kind, score, comment FROM survey_responses WHERE account_id = ?")); !ok)
        return ok.error();
    while (q.next()) {
        const bool nps = q.value(2).toString() == u"nps";
        entries.append(TimelineEntry { Kind::Nps, sql::toDate(q.value(1)), {},
                                       (nps ? QObject::tr("NPS %1") : QObject::tr("CSAT %1")).arg(q.value(3).toInt()),
                                       q.value(4).toString(), q.value(0).toLongLong() });
    }

    if (auto ok = run(QStringLiteral("SELECT id, opened_on, subject, priority, escalated, closed_on FROM tickets WHERE account_id = ?")); !ok)
        return ok.error();
    while (q.next()) {
        QString detail = q.value(3).toString();
        if (q.value(4).toInt() != 0)
            detail += QObject::tr(", escalated");
        if (!q.value(5).isNull())
            detail += QObject::tr(", closed %1").arg(q.value(5).toString());
        entries.append(TimelineEntry { Kind::Ticket, sql::toDate(q.value(1)), {}, QObject::tr("Ticket: %1").arg(q.value(2).toString()),
                                       detail, q.value(0).toLongLong() });
    }

    if (auto ok = run(QStringLiteral("SELECT id, changed_at, field, old_value, new_value FROM account_changes WHERE account_id = ?")); !ok)
        return ok.error();
    while (q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        const QString field = q.value(2).toString();
        entries.append(TimelineEntry { Kind::CrmChange, at.date(), at, QObject::tr("%1 changed").arg(fieldName(field)),
                                       QObject::tr("%1 → %2").arg(fieldValue(field, q.value(3).toString()), fieldValue(field, q.value(4).toString())),
                                       q.value(0).toLongLong() });
    }

    // A lead's store also holds the lead's comments on other CSMs' books, whose accounts may share
    // a CRM id with this book's: only imported comments and ones about this book belong here.
    if (auto ok = run(QStringLiteral("SELECT c.id, c.created_at, c.author, c.body, c.run_id, "
                                     "coalesce(nullif(c.run_name, ''), (SELECT p.name FROM playbook_runs r "
                                     "JOIN playbooks p ON p.id = r.playbook_id WHERE r.id = c.run_id), '') "
                                     "FROM review_comments c WHERE c.account_crm_id = (SELECT crm_id FROM accounts WHERE id = ?) "
                                     "AND (c.imported_at IS NOT NULL OR (c.book_id <> '' AND c.book_id = "
                                     "(SELECT value FROM book_settings WHERE key = 'book_id')))"));
        !ok)
        return ok.error();
    while (q.next()) {
        const QDateTime at = sql::toTimestamp(q.value(1));
        const QString author = q.value(2).toString();
        const QString runName = q.value(5).toString();
        const bool onRun = !q.value(4).isNull();
        const QString title = !onRun ? QObject::tr("Comment from %1").arg(author)
            : runName.isEmpty()      ? QObject::tr("Comment from %1 on a playbook run").arg(author)
                                     : QObject::tr("Comment from %1 on playbook run: %2").arg(author, runName);
        entries.append(TimelineEntry { Kind::ReviewComment, at.date(), at, title, q.value(3).toString(), q.value(0).toLongLong() });
    }

    std::stable_sort(entries.begin(), entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.day != b.day)
            return a.day > b.day;
        return a.at > b.at;
    });
    return entries;
}

Result<QList<TodayItem>> TodayReader::read(const QDate &until) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT 0, s.id, a.id, a.name, a.arr_cents, a.currency, s.title, p.name, s.owner_role, s.due_on "
        "FROM playbook_run_steps s JOIN playbook_runs r ON r.id = s.run_id JOIN playbooks p ON p.id = r.playbook_id "
        "JOIN accounts a ON a.id = r.account_id WHERE s.status = 'open' AND r.status = 'open' AND s.due_on <= ? "
        "UNION ALL "
        "SELECT 1, i.id, a.id, a.name, a.arr_cents, a.currency, i.title, "
        "CASE WHEN m.title <> '' THEN m.title ELSE upper(replace(m.kind, '_', ' ')) || ' ' || m.held_on END, i.owner, i.due_on "
        "FROM action_items i JOIN meetings m ON m.id = i.meeting_id JOIN accounts a ON a.id = i.account_id "
        "WHERE i.done_at IS NULL AND i.due_on IS NOT NULL AND i.due_on <= ? "
        "ORDER BY 10, 5 DESC, 4"));
    q.addBindValue(sql::date(until));
    q.addBindValue(sql::date(until));
    if (!q.exec())
        return sqlError(QObject::tr("cannot read what is due"), q.lastError());
    QList<TodayItem> items;
    while (q.next()) {
        TodayItem item;
        item.kind = q.value(0).toInt() == 0 ? TodayItem::Kind::PlaybookStep : TodayItem::Kind::ActionItem;
        item.id = q.value(1).toLongLong();
        item.accountId = q.value(2).toLongLong();
        item.accountName = q.value(3).toString();
        item.arrCents = q.value(4).toLongLong();
        item.currency = q.value(5).toString();
        item.title = q.value(6).toString();
        item.source = q.value(7).toString();
        item.owner = item.kind == TodayItem::Kind::PlaybookStep ? playbookRoleDisplayName(q.value(8).toString())
                                                                : q.value(8).toString();
        item.dueOn = sql::parseIsoDate(q.value(9).toString());
        items.append(item);
    }
    return items;
}

} // namespace csm
