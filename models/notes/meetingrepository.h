#pragma once

#include "meeting.h"

#include "domain/result.h"

#include <QSqlDatabase>

namespace csm {

/// Meeting notes in the store: the meeting with its attendees, objectives, wins, risks, asks and
/// action items; its revisions and draft; full-text search. Multi-row writes expect the caller's
/// transaction (NotesService opens one).
class MeetingRepository final
{
public:
    explicit MeetingRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    /// Inserts the meeting and its lists; sets the ids of the meeting and its action items.
    Status insert(Meeting &meeting) const;
    /// Rewrites the meeting and its lists; action items keep their ids, new ones get one.
    Status update(Meeting &meeting) const;
    Status remove(qint64 meetingId) const;
    Result<Meeting> load(qint64 meetingId) const;
    /// The account's meetings, latest first.
    Result<QList<Meeting>> forAccount(qint64 accountId) const;
    /// The account's latest meeting of one of `kinds` held on or before `onOrBefore`; id 0 when none.
    Result<Meeting> latest(qint64 accountId, const QList<MeetingKind> &kinds, const QDate &onOrBefore) const;

    Status setActionItemDone(qint64 actionItemId, const QDateTime &doneAt, const QString &by) const;
    Result<ActionItem> actionItem(qint64 actionItemId) const;

    Status addRevision(const MeetingRevision &revision) const;
    /// Oldest first.
    Result<QList<MeetingRevision>> revisions(qint64 meetingId) const;

    Status saveDraft(const MeetingDraft &draft) const;
    Result<std::optional<MeetingDraft>> draft(qint64 meetingId) const;
    Status clearDraft(qint64 meetingId) const;
    /// Every unsaved draft in the book (restored after a crash).
    Result<QList<MeetingDraft>> drafts() const;

    /// Notes matching every word of `text` (prefixes match; accents and case are ignored), best
    /// match first.
    Result<QList<NoteHit>> search(const QString &text, int limit = 100) const;

    /// Plain text of a rich-text body, for search and snippets.
    static QString plainText(const QString &html);

private:
    Status writeLists(Meeting &meeting) const;
    Status readLists(Meeting &meeting) const;

    QSqlDatabase m_db;
};

} // namespace csm
