#pragma once

#include "notes/meeting.h"
#include "playbooks/playbook.h"
#include "timeline/timeline.h"

#include "domain/result.h"

#include <QFuture>
#include <QObject>

class QUndoStack;

namespace csm {

class BookSession;

/// The notes and playbooks of an open book as people work them in the app. Every edit a person can
/// take back goes through the book's undo stack: saving a note, checking, skipping or reopening a
/// step, ticking an action item. Single-row reads and writes run on the calling (UI) thread; book-wide
/// reads (Today, search) run on a worker with their own connection.
class AccountWork final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountWork)

public:
    explicit AccountWork(BookSession *session);

    QString user() const;
    QDate today() const;

    // Notes
    Result<QList<Meeting>> meetings(qint64 accountId) const;
    Result<Meeting> meeting(qint64 meetingId) const;
    /// A new meeting from the template (a QBR takes over the last one's open items), stored at once.
    Result<Meeting> newMeeting(qint64 accountId, MeetingKind kind, const QDate &heldOn);
    /// Saves the meeting as an undoable step ("Save note"); undo restores the version before.
    Status saveMeeting(const Meeting &meeting);
    Status deleteMeeting(qint64 meetingId);
    Status saveDraft(qint64 meetingId, const QString &title, const QString &bodyHtml) const;
    Status discardDraft(qint64 meetingId) const;
    Result<std::optional<MeetingDraft>> draft(qint64 meetingId) const;
    /// Typing autosaved before the app last stopped without saving it.
    Result<QList<MeetingDraft>> drafts() const;
    Result<QList<MeetingRevision>> revisions(qint64 meetingId) const;
    /// Ticks an action item done or open again; undoable.
    Status setActionItemDone(qint64 accountId, qint64 actionItemId, bool done);

    // Playbooks
    Result<QList<Playbook>> playbooks() const;
    /// Saves a template (new when its id is 0); refused with its fault when it does not validate.
    Status savePlaybook(Playbook &playbook);
    Result<QList<PlaybookRun>> runs(qint64 accountId) const;
    Result<PlaybookRun> startPlaybook(qint64 playbookId, qint64 accountId);
    /// Moves a step (check, skip with a reason, reopen); undoable.
    Status setStepStatus(qint64 accountId, qint64 stepId, StepStatus to, const QString &skipReason = {});
    Status completeRun(qint64 accountId, qint64 runId);
    Status cancelRun(qint64 accountId, qint64 runId, const QString &reason);

    Result<QList<TimelineEntry>> timeline(qint64 accountId) const;

    /// Book-wide reads on a worker thread.
    QFuture<Result<QList<TodayItem>>> readToday(const QDate &until) const;
    QFuture<Result<QList<NoteHit>>> searchNotes(const QString &text, int limit = 200) const;

    /// Used by the undo commands: the writes themselves, with the change announced.
    Status writeMeeting(Meeting &meeting);
    Status writeStepStatus(qint64 accountId, qint64 stepId, StepStatus to, const QString &skipReason);
    Status writeActionItemDone(qint64 accountId, qint64 actionItemId, bool done);

signals:
    /// Notes, playbooks or action items of the account changed (Today, panes and timeline refresh).
    void changed(qint64 accountId);
    /// A playbook template was added or changed.
    void playbooksChanged();
    void failed(const QString &message);

private:
    /// An error (also reported through failed()) when the book was opened read-only.
    Status refuseWhenReadOnly();
    Status report(Status status);

    BookSession *m_session;
};

} // namespace csm
