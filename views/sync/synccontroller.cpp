#include "synccontroller.h"

#include "syncdialog.h"

#include "bookfilterbar.h"
#include "mainwindow.h"

#include "book/booksession.h"
#include "itemmodels/bookmodel.h"
#include "sync/secretstore.h"
#include "sync/syncstore.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>

namespace csm {

namespace {

const QString MyNameKey = QStringLiteral("sync/myOwnerName");

} // namespace

SyncController::SyncController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_secrets(new SecretStore(QStringLiteral("CSM Workbench"), this))
    , m_dialog(new SyncDialog(m_secrets, window))
{
    connect(m_dialog, &SyncDialog::accountRequested, m_window, &MainWindow::goToAccount);
}

SyncController::~SyncController() = default;

QMenu *SyncController::createMenu(QAction *before)
{
    auto *menu = new QMenu(tr("C&RM"), m_window);
    QAction *sync = menu->addAction(tr("&Sync Now"), QKeySequence(Qt::Key_F9), m_dialog, &SyncDialog::syncNow);
    sync->setStatusTip(tr("Pull what changed in the CRM and write back what changed here"));
    menu->addAction(tr("&Connections and Sync Log…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y), this, [this] {
        m_dialog->refresh();
        m_dialog->showTab(SyncDialog::LogTab);
        m_dialog->show();
        m_dialog->raise();
        m_dialog->activateWindow();
    });
    menu->addAction(tr("Review C&onflicts…"), this, [this] {
        m_dialog->refresh();
        m_dialog->showTab(SyncDialog::ConflictsTab);
        m_dialog->show();
        m_dialog->raise();
    });
    menu->addSeparator();
    m_mine = menu->addAction(tr("Show &My Accounts Only"));
    m_mine->setCheckable(true);
    m_mine->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_mine, &QAction::triggered, this, &SyncController::showMyAccounts);
    menu->addAction(tr("Choose Who I &Am…"), this, [this] {
        QSettings().remove(MyNameKey);
        if (m_mine->isChecked())
            showMyAccounts(true);
    });
    m_window->menuBar()->insertMenu(before, menu);
    return menu;
}

void SyncController::setSession(BookSession *session)
{
    m_dialog->setSession(session);
    if (m_mine)
        m_mine->setChecked(false);
}

QString SyncController::myOwnerName() const
{
    BookSession *session = m_window->session();
    if (session) {
        QSqlQuery q(session->connection());
        // The first connection that says who you are; an owner id it has not synced yet stands
        // for itself (file exports name owners directly).
        if (q.exec(QStringLiteral("SELECT coalesce((SELECT o.name FROM crm_owners o WHERE o.connection_id = c.id AND o.crm_id = c.me), c.me) "
                                  "FROM crm_connections c WHERE c.me <> '' ORDER BY c.id LIMIT 1"))
            && q.next())
            return q.value(0).toString();
    }
    return QSettings().value(MyNameKey).toString();
}

void SyncController::showMyAccounts(bool mine)
{
    AccountFilter filter = m_window->filterBar()->filter();
    if (!mine) {
        filter.setOwner({});
        m_window->filterBar()->setFilter(filter);
        return;
    }
    QString me = myOwnerName();
    if (me.isEmpty() && m_window->session()) {
        QSet<QString> owners;
        const BookModel *model = m_window->session()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (!model->rowAt(row).owner.isEmpty())
                owners.insert(model->rowAt(row).owner);
        QStringList names(owners.cbegin(), owners.cend());
        names.sort(Qt::CaseInsensitive);
        bool ok = false;
        me = QInputDialog::getItem(m_window, tr("My Accounts"), tr("Which owner are you?"), names, 0, true, &ok).trimmed();
        if (!ok || me.isEmpty()) {
            m_mine->setChecked(false);
            return;
        }
        QSettings().setValue(MyNameKey, me);
    }
    filter.setOwner(me);
    m_window->filterBar()->setFilter(filter);
    m_mine->setChecked(true);
}

} // namespace csm
