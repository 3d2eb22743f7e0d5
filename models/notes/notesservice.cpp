#include "notesservice.h"

#include "meetingrepository.h"

#include "store/transaction.h"

#include <QObject>

namespace csm {

NotesService::NotesService(QSqlDatabase db, QDateTime now)
    : m_db(std::move(db))
    , m_now(std::move(now))
{
}

Result<Meeting> NotesService::prepare(qint64 accountId, MeetingKind kind, const QDate &heldOn) const
{
    if (!heldOn.isValid())
        return Error { QObject::tr("a meeting needs a date") };
    const MeetingRepository meetings(m_db);
    Meeting meeting;
    meeting.accountId = accountId;
    meeting.kind = kind;
    meeting.heldOn = heldOn;
    meeting.createdAt = meeting.updatedAt = now();

    if (kind == MeetingKind::Qbr || kind == MeetingKind::Ebr) {
        auto previous = meetings.latest(accountId, { MeetingKind::Qbr, MeetingKind::Ebr }, heldOn);
        if (!previous)
            return previous.error();
        for (const Objective &o : std::as_const(previous->objectives))
            if (o.status != ObjectiveStatus::Achieved)
                meeting.objectives.append(o);
        for (const ActionItem &a : std::as_const(previous->actionItems))
            if (!a.isDone()) {
                ActionItem carried = a;
                carried.id = 0;
                carried.carriedFrom = a.id;
                meeting.actionItems.append(carried);
            }
    }
    return meeting;
}

Result<Meeting> NotesService::create(qint64 accountId, MeetingKind kind, const QDate &heldOn, const QString &by) const
{
    auto meeting = prepare(accountId, kind, heldOn);
    if (!meeting)
        return meeting;
    if (auto saved = save(*meeting, by); !saved)
        return saved.error();
    return meeting;
}

Status NotesService::save(Meeting &meeting, const QString &by) const
{
    if (!meeting.heldOn.isValid())
        return Error { QObject::tr("a meeting needs a date") };
    const MeetingRepository meetings(m_db);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { QObject::tr("cannot save the meeting: %1").arg(transaction.lastError()) };

    const QDateTime at = now();
    bool textChanged = true;
    if (meeting.id > 0) {
        auto stored = meetings.load(meeting.id);
        if (!stored)
            return stored.error();
        textChanged = stored->title != meeting.title || stored->bodyHtml != meeting.bodyHtml;
        meeting.createdAt = stored->createdAt;
        meeting.updatedAt = at;
        if (auto updated = meetings.update(meeting); !updated)
            return updated;
    } else {
        if (!meeting.createdAt.isValid())
            meeting.createdAt = at;
        meeting.updatedAt = at;
        if (auto inserted = meetings.insert(meeting); !inserted)
            return inserted;
    }
    if (textChanged)
        if (auto added = meetings.addRevision(MeetingRevision { 0, meeting.id, at, by, meeting.title, meeting.bodyHtml }); !added)
            return added;
    // Items taken over from an earlier meeting are closed there, once.
    for (const ActionItem &a : std::as_const(meeting.actionItems)) {
        if (a.carriedFrom <= 0)
            continue;
        auto original = meetings.actionItem(a.carriedFrom);
        if (original && !original->isDone())
            if (auto closed = meetings.setActionItemDone(a.carriedFrom, at, QObject::tr("carried to %1").arg(meeting.displayTitle()));
                !closed)
                return closed;
    }
    if (auto cleared = meetings.clearDraft(meeting.id); !cleared)
        return cleared;
    return transaction.commit();
}

Status NotesService::saveDraft(qint64 meetingId, const QString &title, const QString &bodyHtml) const
{
    return MeetingRepository(m_db).saveDraft(MeetingDraft { meetingId, now(), title, bodyHtml });
}

Status NotesService::discardDraft(qint64 meetingId) const
{
    return MeetingRepository(m_db).clearDraft(meetingId);
}

Status NotesService::setActionItemDone(qint64 actionItemId, bool done, const QString &by) const
{
    return MeetingRepository(m_db).setActionItemDone(actionItemId, done ? now() : QDateTime(), by);
}

Status NotesService::remove(qint64 meetingId) const
{
    return MeetingRepository(m_db).remove(meetingId);
}

} // namespace csm
