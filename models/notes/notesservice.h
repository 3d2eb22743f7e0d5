#pragma once

#include "meeting.h"

#include "domain/result.h"

#include <QSqlDatabase>

namespace csm {

/// Meeting notes as people work with them: a new QBR starts from the last one's open action items
/// and unachieved objectives; saving writes the note, a revision when its text changed and closes
/// the items it carried over, all in one transaction; typing is autosaved as a draft until saved.
class NotesService final
{
public:
    /// `now` fixes the clock for tests; null = the current time.
    explicit NotesService(QSqlDatabase db, QDateTime now = {});

    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    /// A new meeting held on `heldOn`, not stored yet. A QBR or EBR takes over the open action items
    /// and the objectives not yet achieved of the account's latest QBR or EBR before it (the items
    /// are closed there when this one is saved).
    Result<Meeting> prepare(qint64 accountId, MeetingKind kind, const QDate &heldOn) const;
    /// prepare() and save() at once, so drafts can be kept for the new meeting while it is typed.
    Result<Meeting> create(qint64 accountId, MeetingKind kind, const QDate &heldOn, const QString &by) const;

    /// Saves `meeting` (inserting it when it has no id): a revision is added when the title or body
    /// changed, items it carried over are closed in their first meeting, and its draft is dropped.
    Status save(Meeting &meeting, const QString &by) const;

    /// Autosaves typing; cheap enough to call every couple of seconds.
    Status saveDraft(qint64 meetingId, const QString &title, const QString &bodyHtml) const;
    Status discardDraft(qint64 meetingId) const;

    /// Marks an action item done (or open again with a null `at`).
    Status setActionItemDone(qint64 actionItemId, bool done, const QString &by) const;

    Status remove(qint64 meetingId) const;

private:
    QSqlDatabase m_db;
    QDateTime m_now;
};

} // namespace csm
