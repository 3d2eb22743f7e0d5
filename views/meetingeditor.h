#pragma once

#include "domain/contact.h"
#include "notes/meeting.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextEdit;
class QTimer;
class QToolBar;

namespace csm {

class AccountWork;

/// Edits one meeting note in place: kind, date, title, attendees (the account's contacts plus free
/// names), objectives with their status, wins, risks, asks, action items and a rich-text body
/// (bold, italic, lists, links).
///
/// Typing is autosaved as a draft every second while something changed, so a crash or a kill
/// loses at most about two seconds; Save (Ctrl+S) stores the note as a version (undoable) and drops
/// the draft. A note opened with a draft left from before shows the draft and says so.
class MeetingEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingEditor)

public:
    explicit MeetingEditor(QWidget *parent = nullptr);

    void setWork(AccountWork *work);
    /// Shows `meeting` (with a draft of it, if one was left) for the account's `contacts`.
    void setMeeting(const Meeting &meeting, const QList<Contact> &contacts);
    void clear();

    qint64 meetingId() const { return m_meeting.id; }
    bool isDirty() const { return m_dirty; }
    /// The meeting as the fields show it.
    Meeting meeting() const;

    /// Saves the note as a version; false (with the reason shown) when it could not be saved.
    bool save();
    /// Stores the draft now if anything changed since the last one.
    void autosave();
    /// Selects the first occurrence of one of `terms` in the body (or title), for search results.
    bool findFirst(const QStringList &terms);

    // The parts, for tests and keyboard users.
    QLineEdit *titleEdit() const { return m_title; }
    QTextEdit *bodyEdit() const { return m_body; }
    QTableWidget *objectivesTable() const { return m_objectives; }
    QTableWidget *actionItemsTable() const { return m_actions; }
    QPlainTextEdit *winsEdit() const { return m_wins; }
    QPlainTextEdit *risksEdit() const { return m_risks; }
    QPlainTextEdit *asksEdit() const { return m_asks; }
    QListWidget *attendeesList() const { return m_attendees; }
    QLineEdit *otherAttendeesEdit() const { return m_otherAttendees; }
    QLabel *noticeLabel() const { return m_notice; }

    void addObjective(const Objective &objective = {});
    void addActionItem(const ActionItem &item = {});

signals:
    void saved(qint64 meetingId);

private:
    void markDirty();
    void setDirty(bool dirty);
    void showHistory();
    void insertLink();
    void toggleList(bool numbered);

    QPointer<AccountWork> m_work;
    Meeting m_meeting;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_draftStale = false;

    QLabel *m_notice;
    QComboBox *m_kind;
    QDateEdit *m_date;
    QLineEdit *m_title;
    QListWidget *m_attendees;
    QLineEdit *m_otherAttendees;
    QTableWidget *m_objectives;
    QPlainTextEdit *m_wins;
    QPlainTextEdit *m_risks;
    QPlainTextEdit *m_asks;
    QTableWidget *m_actions;
    QToolBar *m_format;
    QTextEdit *m_body;
    QPushButton *m_save;
    QPushButton *m_history;
    QLabel *m_state;
    QTimer *m_autosave;
};

} // namespace csm
