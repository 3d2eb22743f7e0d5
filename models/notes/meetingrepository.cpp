#include "meetingrepository.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include <QObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextDocumentFragment>

namespace csm {

namespace {

QString lines(const QStringList &items)
{
    QStringList kept;
    for (const QString &item : items)
        if (const QString t = item.trimmed(); !t.isEmpty())
            kept << t;
    return sql::text(kept.join(u'\n'));
}

QStringList fromLines(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

/// True for letters of scripts written without spaces between words (Han, Kana, Hangul, Thai…):
/// the word tokenizer sees a whole sentence there as one word, so such terms are matched as
/// substrings instead.
bool isUnspacedScript(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

/// A snippet around the first occurrence of one of `terms` in `text`, the occurrence marked.
QString substringSnippet(const QString &text, const QStringList &terms)
{
    qsizetype at = -1, length = 0;
    for (const QString &term : terms)
        if (const qsizetype i = text.indexOf(term, 0, Qt::CaseInsensitive); i >= 0 && (at < 0 || i < at)) {
            at = i;
            length = term.size();
        }
    if (at < 0)
        return text.left(80);
    const qsizetype from = std::max<qsizetype>(0, at - 30);
    const qsizetype to = std::min<qsizetype>(text.size(), at + length + 50);
    return (from > 0 ? QStringLiteral("…") : QString()) + text.mid(from, at - from) + SnippetMarkStart
        + text.mid(at, length) + SnippetMarkEnd + text.mid(at + length, to - at - length)
        + (to < text.size() ? QStringLiteral("…") : QString());
}

const QString MeetingColumns = QStringLiteral(
    "id, account_id, kind, held_on, title, body_html, wins, risks, asks, created_at, updated_at");

Meeting readMeeting(const QSqlQuery &q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.accountId = q.value(1).toLongLong();
    m.kind = meetingKindFromKey(q.value(2).toString()).value_or(MeetingKind::CheckIn);
    m.heldOn = sql::toDate(q.value(3));
    m.title = q.value(4).toString();
    m.bodyHtml = q.value(5).toString();
    m.wins = fromLines(q.value(6).toString());
    m.risks = fromLines(q.value(7).toString());
    m.asks = fromLines(q.value(8).toString());
    m.createdAt = sql::toTimestamp(q.value(9));
    m.updatedAt = sql::toTimestamp(q.value(10));
    return m;
}

ActionItem readActionItem(const QSqlQuery &q, int first)
{
    ActionItem a;
    a.id = q.value(first).toLongLong();
    a.title = q.value(first + 1).toString();
    a.owner = q.value(first + 2).toString();
    a.dueOn = sql::toDate(q.value(first + 3));
    a.doneAt = sql::toTimestamp(q.value(first + 4));
    a.doneBy = q.value(first + 5).toString();
    a.carriedFrom = q.value(first + 6).toLongLong();
    return a;
}

const QString ActionItemColumns = QStringLiteral("id, title, owner, due_on, done_at, done_by, carried_from");

} // namespace

QString MeetingRepository::plainText(const QString &html)
{
    return html.isEmpty() ? QString() : QTextDocumentFragment::fromHtml(html).toPlainText();
}

Status MeetingRepository::insert(Meeting &meeting) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meetings (account_id, kind, held_on, title, body_html, body_text, wins, "
                             "risks, asks, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(meeting.accountId);
    q.addBindValue(meetingKindKey(meeting.kind));
    q.addBindValue(sql::date(meeting.heldOn));
    q.addBindValue(sql::text(meeting.title));
    q.addBindValue(sql::text(meeting.bodyHtml));
    q.addBindValue(sql::text(plainText(meeting.bodyHtml)));
    q.addBindValue(lines(meeting.wins));
    q.addBindValue(lines(meeting.risks));
    q.addBindValue(lines(meeting.asks));
    q.addBindValue(sql::timestamp(meeting.createdAt));
    q.addBindValue(sql::timestamp(meeting.updatedAt));
    if (!q.exec())
        return sqlError(QObject::tr("cannot save the meeting"), q.lastError());
    meeting.id = q.lastInsertId().toLongLong();
    return writeLists(meeting);
}

Status MeetingRepository::update(Meeting &meeting) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE meetings SET kind = ?, held_on = ?, title = ?, body_html = ?, body_text = ?, "
                             "wins = ?, risks = ?, asks = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(meetingKindKey(meeting.kind));
    q.addBindValue(sql::date(meeting.heldOn));
    q.addBindValue(sql::text(meeting.title));
    q.addBindValue(sql::text(meeting.bodyHtml));
    q.addBindValue(sql::text(plainText(meeting.bodyHtml)));
    q.addBindValue(lines(meeting.wins));
    q.addBindValue(lines(meeting.risks));
    q.addBindValue(lines(meeting.asks));
    q.addBindValue(sql::timestamp(meeting.updatedAt));
    q.addBindValue(meeting.id);
    if (!q.exec())
        return sqlError(QObject::tr("cannot save the meeting"), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error { QObject::tr("the meeting %1 no longer exists").arg(meeting.id) };
    return writeLists(meeting);
}

Status MeetingRepository::writeLists(Meeting &meeting) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM meeting_attendees WHERE meeting_id = ?"));
    q.addBindValue(meeting.id);
    if (!q.exec())
        return sqlError(QObject::tr("cannot save the attendees"), q.lastError());
    q.prepare(QStringLiteral("INSERT INTO meeting_attendees (meeting_id, position, contact_id, name) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < meeting.attendees.size(); ++i) {
        const Attendee &a = meeting.attendees.at(i);
        q.addBindValue(meeting.id);
        q.addBindValue(i);
        q.addBindValue(sql::nullableId(a.contactId));
        q.addBindValue(sql::text(a.name));
        if (!q.exec())
            return sqlError(QObject::tr("cannot save the attendee %1").arg(a.name), q.lastError());
    }

    q.prepare(QStringLiteral("DELETE FROM meeting_objectives WHERE meeting_id = ?"));
    q.addBindValue(meeting.id);
    if (!q.exec())
        return sqlError(QObject::tr("cannot save the objectives"), q.lastError());
    q.prepare(QStringLiteral("INSERT INTO meeting_objectives (meeting_id, position, text, status) VALUES (?, ?, ?, ?)"));
    int position = 0;
    for (const Objective &o : std::as_const(meeting.objectives)) {
        if (o.text.trimmed().isEmpty())
            continue;
        q.addBindValue(meeting.id);
        q.addBindValue(position++);
        q.addBindValue(o.text.trimmed());
        q.addBindValue(objectiveStatusKey(o.status));
        if (!q.exec())
            return sqlError(QObject::tr("cannot save the objective \"%1\"").arg(o.text), q.lastError());
    }

    // Action items keep their ids (the Today view and undo refer to them): delete the ones no
    // longer listed, update the known ones, insert the new ones.
    QStringList kept;
    for (const ActionItem &a : std::as_const(meeting.actionItems))
        if (a.id > 0)
            kept << QString::number(a.id);
    q.prepare(QStringLiteral("DELETE FROM action_items WHERE meeting_id = ?")
              + (kept.isEmpty() ? QString() : QStringLiteral(" AND id NOT IN (%1)").arg(kept.join(u','))));
    q.addBindValue(meeting.id);
    if (!q.exec())
        return sqlError(QObject::tr("cannot save the action items"), q.lastError());
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE action_items SET position = ?, title = ?, owner = ?, due_on = ?, done_at = ?, "
                                  "done_by = ?, carried_from = ? WHERE id = ? AND meeting_id = ?"));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO action_items (meeting_id, account_id, position, title, owner, due_on, "
                                  "done_at, done_by, carried_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    position = 0;
    for (qsizetype i = 0; i < meeting.actionItems.size(); ++i) {
        ActionItem &a = meeting.actionItems[i];
        a.title = a.title.trimmed();
        if (a.title.isEmpty())
            return Error { QObject::tr("an action item needs a title") };
        QSqlQuery &w = a.id > 0 ? update : insert;
        if (a.id <= 0) {
            w.addBindValue(meeting.id);
            w.addBindValue(meeting.accountId);
        }
        w.addBindValue(position++);
        w.addBindValue(a.title);
        w.addBindValue(sql::text(a.owner));
        w.addBindValue(sql::date(a.dueOn));
        w.addBindValue(sql::timestamp(a.doneAt));
        w.addBindValue(sql::text(a.doneBy));
        w.addBindValue(sql::nullableId(a.carriedFrom));
        if (a.id > 0) {
            w.addBindValue(a.id);
            w.addBindValue(meeting.id);
        }
        if (!w.exec())
            return sqlError(QObject::tr("cannot save the action item \"%1\"").arg(a.title), w.lastError());
        if (a.id > 0 && w.numRowsAffected() == 0) {
            // The item was deleted meanwhile (an undone save being redone): it comes back as new.
            a.id = 0;
            --position;
            --i;
            continue;
        }
        if (a.id <= 0)
            a.id = w.lastInsertId().toLongLong();
    }
    return {};
}

Status MeetingRepository::readLists(Meeting &meeting) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT contact_id, name FROM meeting_attendees WHERE meeting_id = ? ORDER BY position"));
    q.addBindValue(meeting.id);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the attendees"), q.lastError());
    while (q.next())
        meeting.attendees.append(Attendee { q.value(0).toLongLong(), q.value(1).toString() });

    q.prepare(QStringLiteral("SELECT text, status FROM meeting_objectives WHERE meeting_id = ? ORDER BY position"));
    q.addBindValue(meeting.id);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the objectives"), q.lastError());
    while (q.next())
        meeting.objectives.append(
            Objective { q.value(0).toString(), objectiveStatusFromKey(q.value(1).toString()).value_or(ObjectiveStatus::OnTrack) });

    q.prepare(QStringLiteral("SELECT ") + ActionItemColumns
              + QStringLiteral(" FROM action_items WHERE meeting_id = ? ORDER BY position"));
    q.addBindValue(meeting.id);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the action items"), q.lastError());
    while (q.next())
        meeting.actionItems.append(readActionItem(q, 0));
    return {};
}

Status MeetingRepository::remove(qint64 meetingId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM meetings WHERE id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot delete the meeting"), q.lastError());
    return {};
}

Result<Meeting> MeetingRepository::load(qint64 meetingId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + MeetingColumns + QStringLiteral(" FROM meetings WHERE id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the meeting"), q.lastError());
    if (!q.next())
        return Error { QObject::tr("there is no meeting %1").arg(meetingId) };
    Meeting m = readMeeting(q);
    if (auto read = readLists(m); !read)
        return read.error();
    return m;
}

Result<QList<Meeting>> MeetingRepository::forAccount(qint64 accountId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + MeetingColumns
              + QStringLiteral(" FROM meetings WHERE account_id = ? ORDER BY held_on DESC, id DESC"));
    q.addBindValue(accountId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the account's meetings"), q.lastError());
    QList<Meeting> meetings;
    while (q.next())
        meetings.append(readMeeting(q));
    for (Meeting &m : meetings)
        if (auto read = readLists(m); !read)
            return read.error();
    return meetings;
}

Result<Meeting> MeetingRepository::latest(qint64 accountId, const QList<MeetingKind> &kinds, const QDate &onOrBefore) const
{
    QStringList keys;
    for (MeetingKind kind : kinds)
        keys << u'\'' + meetingKindKey(kind) + u'\'';
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM meetings WHERE account_id = ? AND held_on <= ? AND kind IN (%1) "
                             "ORDER BY held_on DESC, id DESC LIMIT 1")
                  .arg(keys.join(u',')));
    q.addBindValue(accountId);
    q.addBindValue(sql::date(onOrBefore));
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the account's meetings"), q.lastError());
    if (!q.next())
        return Meeting {};
    return load(q.value(0).toLongLong());
}

Status MeetingRepository::setActionItemDone(qint64 actionItemId, const QDateTime &doneAt, const QString &by) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE action_items SET done_at = ?, done_by = ? WHERE id = ?"));
    q.addBindValue(sql::timestamp(doneAt));
    q.addBindValue(sql::text(doneAt.isValid() ? by : QString()));
    q.addBindValue(actionItemId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot update the action item"), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error { QObject::tr("there is no action item %1").arg(actionItemId) };
    return {};
}

Result<ActionItem> MeetingRepository::actionItem(qint64 actionItemId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + ActionItemColumns + QStringLiteral(" FROM action_items WHERE id = ?"));
    q.addBindValue(actionItemId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the action item"), q.lastError());
    if (!q.next())
        return Error { QObject::tr("there is no action item %1").arg(actionItemId) };
    return readActionItem(q, 0);
}

Status MeetingRepository::addRevision(const MeetingRevision &revision) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meeting_revisions (meeting_id, saved_at, saved_by, title, body_html) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(revision.meetingId);
    q.addBindValue(sql::timestamp(revision.savedAt));
    q.addBindValue(sql::text(revision.savedBy));
    q.addBindValue(sql::text(revision.title));
    q.addBindValue(sql::text(revision.bodyHtml));
    if (!q.exec())
        return sqlError(QObject::tr("cannot save the note's history"), q.lastError());
    return {};
}

Result<QList<MeetingRevision>> MeetingRepository::revisions(qint64 meetingId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, meeting_id, saved_at, saved_by, title, body_html FROM meeting_revisions "
                             "WHERE meeting_id = ? ORDER BY id"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the note's history"), q.lastError());
    QList<MeetingRevision> list;
    while (q.next())
        list.append(MeetingRevision { q.value(0).toLongLong(), q.value(1).toLongLong(), sql::toTimestamp(q.value(2)),
                                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString() });
    return list;
}

Status MeetingRepository::saveDraft(const MeetingDraft &draft) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meeting_drafts (meeting_id, saved_at, title, body_html) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (meeting_id) DO UPDATE SET saved_at = excluded.saved_at, "
                             "title = excluded.title, body_html = excluded.body_html"));
    q.addBindValue(draft.meetingId);
    q.addBindValue(sql::timestamp(draft.savedAt));
    q.addBindValue(sql::text(draft.title));
    q.addBindValue(sql::text(draft.bodyHtml));
    if (!q.exec())
        return sqlError(QObject::tr("cannot autosave the note"), q.lastError());
    return {};
}

Result<std::optional<MeetingDraft>> MeetingRepository::draft(qint64 meetingId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT meeting_id, saved_at, title, body_html FROM meeting_drafts WHERE meeting_id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the note's draft"), q.lastError());
    if (!q.next())
        return std::optional<MeetingDraft>();
    return std::optional<MeetingDraft>(
        MeetingDraft { q.value(0).toLongLong(), sql::toTimestamp(q.value(1)), q.value(2).toString(), q.value(3).toString() });
}

Status MeetingRepository::clearDraft(qint64 meetingId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM meeting_drafts WHERE meeting_id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot discard the note's draft"), q.lastError());
    return {};
}

Result<QList<MeetingDraft>> MeetingRepository::drafts() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT meeting_id, saved_at, title, body_html FROM meeting_drafts ORDER BY saved_at")))
        return sqlError(QObject::tr("cannot read the drafts"), q.lastError());
    QList<MeetingDraft> list;
    while (q.next())
        list.append(MeetingDraft { q.value(0).toLongLong(), sql::toTimestamp(q.value(1)), q.value(2).toString(), q.value(3).toString() });
    return list;
}

Result<QList<NoteHit>> MeetingRepository::search(const QString &text, int limit) const
{
    // Words for the index; words in unspaced scripts are matched as substrings.
    QStringList indexed, substrings, all;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        all << word;
        (std::any_of(word.cbegin(), word.cend(), isUnspacedScript) ? substrings : indexed) << word;
    }
    if (all.isEmpty())
        return QList<NoteHit>();

    QStringList match;
    for (QString word : std::as_const(indexed))
        match << u'"' + word.replace(u'"', QStringLiteral("\"\"")) + QStringLiteral("\"*");
    const QString haystack = QStringLiteral("(m.title || ' ' || m.body_text || ' ' || m.wins || ' ' || m.risks || ' ' || m.asks)");
    QString sql = QStringLiteral("SELECT m.id, m.account_id, a.name, m.kind, m.held_on, m.title, %1, %2 ")
                      .arg(indexed.isEmpty() ? QStringLiteral("''")
                                             : QStringLiteral("snippet(meetings_fts, -1, char(2), char(3), '…', 12)"),
                           haystack);
    if (indexed.isEmpty())
        sql += QStringLiteral("FROM meetings m JOIN accounts a ON a.id = m.account_id WHERE 1 = 1");
    else
        sql += QStringLiteral("FROM meetings_fts JOIN meetings m ON m.id = meetings_fts.rowid "
                              "JOIN accounts a ON a.id = m.account_id WHERE meetings_fts MATCH ?");
    for (qsizetype i = 0; i < substrings.size(); ++i)
        sql += QStringLiteral(" AND instr(lower(%1), lower(?)) > 0").arg(haystack);
    sql += indexed.isEmpty() ? QStringLiteral(" ORDER BY m.held_on DESC") : QStringLiteral(" ORDER BY bm25(meetings_fts), m.held_on DESC");
    sql += QStringLiteral(" LIMIT %1").arg(limit);

    QSqlQuery q(m_db);
    q.prepare(sql);
    if (!indexed.isEmpty())
        q.addBindValue(match.join(u' '));
    for (const QString &word : std::as_const(substrings))
        q.addBindValue(word);
    if (!q.exec())
        return sqlError(QObject::tr("cannot search the notes for \"%1\"").arg(text), q.lastError());
    QList<NoteHit> hits;
    while (q.next()) {
        NoteHit hit;
        hit.meetingId = q.value(0).toLongLong();
        hit.accountId = q.value(1).toLongLong();
        hit.accountName = q.value(2).toString();
        hit.kind = meetingKindFromKey(q.value(3).toString()).value_or(MeetingKind::CheckIn);
        hit.heldOn = sql::toDate(q.value(4));
        hit.title = q.value(5).toString();
        hit.snippet = q.value(6).toString();
        if (hit.snippet.isEmpty() || !hit.snippet.contains(SnippetMarkStart))
            hit.snippet = substringSnippet(q.value(7).toString().simplified(), all);
        hit.terms = all;
        hits.append(hit);
    }
    return hits;
}

} // namespace csm
