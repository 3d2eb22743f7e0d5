#pragma once

#include "domain/contact.h"

#include <QObject>
#include <QPointer>

class QTabWidget;

namespace csm {

class AccountWork;
class NotesView;
class PlaybooksView;
class TimelineView;

/// The Notes, Playbooks and Timeline tabs of the account pane: each shows the selected account,
/// read when its tab is shown (so moving through the list reads only what is visible), and follows
/// changes to the account's work.
class AccountTabs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountTabs)

public:
    enum Tab { Overview, Notes, Playbooks, Timeline };

    explicit AccountTabs(QTabWidget *tabs);

    void setWork(AccountWork *work);
    void showAccount(qint64 accountId, const QList<Contact> &contacts);
    /// Shows the Notes tab with the meeting open and, if given, the first match of `terms` selected.
    bool openNote(qint64 meetingId, const QStringList &terms = {});
    void showTab(Tab tab);

    NotesView *notes() const { return m_notes; }
    PlaybooksView *playbooks() const { return m_playbooks; }
    TimelineView *timeline() const { return m_timeline; }

private:
    void refreshCurrent();

    QTabWidget *m_tabs;
    NotesView *m_notes;
    PlaybooksView *m_playbooks;
    TimelineView *m_timeline;
    QPointer<AccountWork> m_work;
    qint64 m_accountId = 0;
    QList<Contact> m_contacts;
    qint64 m_shown[4] = { 0, 0, 0, 0 }; ///< the account each tab last read
};

} // namespace csm
