#pragma once

#include "domain/contact.h"
#include "notes/meeting.h"

#include <QPointer>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace csm {

class AccountWork;
class MeetingEditor;

/// The meeting notes of one account: the list of meetings (latest first), new QBR / EBR / check-in
/// / onboarding call from the template, and the editor of the chosen one.
class NotesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesView)

public:
    explicit NotesView(QWidget *parent = nullptr);

    void setWork(AccountWork *work);
    /// Shows the account's meetings; the editor keeps unsaved typing in its autosave.
    void showAccount(qint64 accountId, const QList<Contact> &contacts);
    /// Opens one meeting in the editor (search results, restored drafts).
    bool openMeeting(qint64 meetingId);
    void newMeeting(MeetingKind kind);

    MeetingEditor *editor() const { return m_editor; }
    QListWidget *list() const { return m_list; }

private:
    void reloadList(qint64 select);

    QPointer<AccountWork> m_work;
    qint64 m_accountId = 0;
    QList<Contact> m_contacts;
    QListWidget *m_list;
    QPushButton *m_newQbr;
    QPushButton *m_newOther;
    QPushButton *m_delete;
    MeetingEditor *m_editor;
};

} // namespace csm
