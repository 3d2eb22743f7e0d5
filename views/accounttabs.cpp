#include "accounttabs.h"

#include "book/accountwork.h"
#include "notesview.h"
#include "playbooksview.h"
#include "timelineview.h"
#include "meetingeditor.h"

#include <QTabWidget>

namespace csm {

AccountTabs::AccountTabs(QTabWidget *tabs)
    : QObject(tabs)
    , m_tabs(tabs)
    , m_notes(new NotesView(tabs))
    , m_playbooks(new PlaybooksView(tabs))
    , m_timeline(new TimelineView(tabs))
{
    m_tabs->addTab(m_notes, tr("&Notes"));
    m_tabs->addTab(m_playbooks, tr("&Playbooks"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &AccountTabs::refreshCurrent);
}

void AccountTabs::setWork(AccountWork *work)
{
    if (m_work)
        disconnect(m_work, nullptr, this, nullptr);
    m_work = work;
    m_accountId = 0;
    std::fill(std::begin(m_shown), std::end(m_shown), 0);
    m_notes->setWork(work);
    m_playbooks->setWork(work);
    m_timeline->setEntries({});
    if (m_work)
        connect(m_work, &AccountWork::changed, this, [this](qint64 accountId) {
            if (accountId != m_accountId)
                return;
            std::fill(std::begin(m_shown), std::end(m_shown), 0); // every tab reads again when shown
            refreshCurrent();
        });
}

void AccountTabs::showAccount(qint64 accountId, const QList<Contact> &contacts)
{
    if (accountId != m_accountId)
        std::fill(std::begin(m_shown), std::end(m_shown), 0);
    m_accountId = accountId;
    m_contacts = contacts;
    refreshCurrent();
}

void AccountTabs::refreshCurrent()
{
    const int tab = m_tabs->currentIndex();
    if (!m_work || m_accountId <= 0 || tab <= Overview || tab > Timeline || m_shown[tab] == m_accountId)
        return;
    m_shown[tab] = m_accountId;
    switch (tab) {
    case Notes: m_notes->showAccount(m_accountId, m_contacts); break;
    case Playbooks: m_playbooks->showAccount(m_accountId); break;
    case Timeline:
        if (auto entries = m_work->timeline(m_accountId))
            m_timeline->setEntries(*entries);
        break;
    default: break;
    }
}

void AccountTabs::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
    refreshCurrent();
}

bool AccountTabs::openNote(qint64 meetingId, const QStringList &terms)
{
    showTab(Notes);
    if (!m_notes->openMeeting(meetingId))
        return false;
    if (!terms.isEmpty())
        m_notes->editor()->findFirst(terms);
    return true;
}

} // namespace csm
