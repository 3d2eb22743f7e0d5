// The main window's menus: every action, its shortcut, and what it does or opens.
#include "mainwindow.h"

#include "accountdetailpane.h"
#include "accounteditdialog.h"
#include "accounttabs.h"
#include "bookfilterbar.h"
#include "booktableview.h"
#include "commandpalette.h"
#include "help/aboutdialog.h"
#include "healthoverridedialog.h"
#include "help/userguidedialog.h"
#include "itemmodels/bookmodel.h"
#include "itemmodels/bookproxymodel.h"
#include "notesview.h"
#include "panecycler.h"
#include "playbookeditordialog.h"
#include "portfoliocharts.h"
#include "sync/synccontroller.h"
#include "theme.h"
#include "timelineview.h"
#include "todayview.h"

#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QUrl>

namespace csm {

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Book…"), QKeySequence::New, this, &MainWindow::newBook);
    file->addAction(tr("&Open Book…"), QKeySequence::Open, this, &MainWindow::openBook);
    file->addSeparator();
    m_bookActions << file->addAction(tr("&Import Accounts…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                                     &MainWindow::importAccounts);
    m_bookActions << file->addAction(tr("Import Review &Comments…"), this, &MainWindow::importReviewComments);
    m_readOnlySafe << file->addAction(tr("&Export Accounts…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                                      &MainWindow::exportAccounts);
    m_readOnlySafe << file->addAction(tr("Export QBR Decks for &Filtered Accounts…"), this, &MainWindow::exportFilteredDecks);
    m_readOnlySafe << file->addAction(tr("Export &Book for Your Lead…"), this, &MainWindow::exportBook);
    m_bookActions << m_readOnlySafe;
    file->addSeparator();
    m_bookActions << file->addAction(tr("Open &Team Books…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                                     &MainWindow::openTeamBooks);
    file->addSeparator();
    m_bookActions << file->addAction(tr("Load &Demo Book…"), this, &MainWindow::offerDemo);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setShortcuts(QKeySequence::Redo);
    edit->addSeparator();
    edit->addAction(tr("&Find Accounts"), QKeySequence::Find, m_filterBar, &BookFilterBar::focusSearch);
    m_palette = new CommandPalette(this);
    edit->addAction(m_palette->openAction());
    m_readOnlySafe << edit->addAction(tr("&Search Notes…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this,
                                      &MainWindow::searchNotes);
    m_bookActions << m_readOnlySafe.back();
    edit->addAction(tr("&Clear Filters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this,
                    [this] { m_filterBar->setFilter({}); });
    // Linux desktops bind no key to Preferences; Ctrl+, is what other apps use there.
    const QKeySequence preferences = QKeySequence(QKeySequence::Preferences).isEmpty()
        ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
        : QKeySequence(QKeySequence::Preferences);
    edit->addAction(tr("Se&ttings…"), preferences, this, [this] { showSettings(); })->setMenuRole(QAction::PreferencesRole);

    QMenu *book = menuBar()->addMenu(tr("&Book"));
    QMenu *segment = book->addMenu(tr("Set &Segment of Account"));
    const QList<QKeySequence> keys { QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_2),
                                     QKeySequence(Qt::CTRL | Qt::Key_3) };
    for (Segment s : AllSegments)
        m_bookActions << segment->addAction(segmentDisplayName(s), keys.at(int(s)), this,
                                            [this, s] { setCurrentSegment(s); });
    segment->addSeparator();
    m_bookActions << segment->addAction(tr("Automatic (by rules)"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                                        [this] { setCurrentSegment(std::nullopt); });
    m_bookActions << book->addAction(tr("&Recompute Segments"), QKeySequence(Qt::Key_F5), this, [this] {
        if (m_session)
            m_session->recomputeSegments();
    });
    m_bookActions << book->addAction(tr("Segmentation R&ules…"), this, &MainWindow::editSegmentationRules);
    book->addSeparator();
    m_bookActions << book->addAction(tr("&Override Health of Account…"), QKeySequence(Qt::CTRL | Qt::Key_H), this,
                                     [this] {
                                         const qint64 id = m_table->currentAccountId();
                                         if (!m_session || id <= 0)
                                             return;
                                         const BookRow &row = m_session->model()->rowAt(m_session->model()->rowOf(id));
                                         HealthOverrideDialog dialog(row.name, QDate::currentDate(), this);
                                         if (dialog.exec() == QDialog::Accepted)
                                             static_cast<void>(m_session->setHealthOverride(id, dialog.request()));
                                     });
    m_bookActions << book->addAction(tr("C&lear Health Override"), this, [this] {
        const qint64 id = m_table->currentAccountId();
        if (m_session && id > 0)
            static_cast<void>(m_session->setHealthOverride(id, std::nullopt));
    });
    m_bookActions << book->addAction(tr("Recompute &Health"), QKeySequence(Qt::SHIFT | Qt::Key_F5), this, [this] {
        if (m_session)
            m_session->recomputeHealth();
    });
    m_bookActions << book->addAction(tr("Health &Model…"), this, &MainWindow::editHealthModel);
    book->addSeparator();
    m_bookActions << book->addAction(tr("Playbook &Templates…"), this, [this] {
        if (!m_session)
            return;
        PlaybookEditorDialog dialog(m_session->work(), this);
        dialog.exec();
    });
    m_bookActions << book->addAction(tr("Run &Playbook Rules"), this, [this] {
        if (m_session)
            m_session->evaluatePlaybooks();
    });
    m_bookActions << book->addAction(tr("New &QBR for Account"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] {
        if (m_detail->accountId() <= 0)
            return;
        m_accountTabs->showTab(AccountTabs::Notes);
        m_accountTabs->notes()->newMeeting(MeetingKind::Qbr);
    });

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    m_bookActions << account->addAction(tr("&Edit Account…"), QKeySequence(Qt::Key_F2), this, &MainWindow::editAccount);
    m_readOnlySafe << account->addAction(tr("Export QBR &Deck…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this,
                                         &MainWindow::exportDeck);
    m_bookActions << m_readOnlySafe.back();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("portfolioDock"))) {
        dock->toggleViewAction()->setText(tr("P&ortfolio Health"));
        view->addAction(dock->toggleViewAction());
    }
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("todayDock"))) {
        dock->toggleViewAction()->setText(tr("Toda&y"));
        view->addAction(dock->toggleViewAction());
        view->addAction(tr("Go to &Today"), QKeySequence(Qt::CTRL | Qt::Key_T), this, [this, dock] {
            dock->show();
            dock->raise();
            m_today->table()->setFocus();
        });
    }
    // F6 walks the panes in reading order; inside a pane Tab moves between its fields.
    auto *panes = new PaneCycler(this);
    const auto paneList = [this] {
        return QList<QWidget *> { m_filterBar->searchField(), m_table, m_detail->tabs()->tabBar(),
                                  m_detail->tabs()->currentWidget(), m_today, m_portfolio };
    };
    panes->setPanes(paneList());
    connect(m_detail->tabs(), &QTabWidget::currentChanged, panes, [panes, paneList] { panes->setPanes(paneList()); });
    view->addSeparator();
    QAction *nextPane = view->addAction(tr("&Next Pane"), QKeySequence(Qt::Key_F6), panes, &PaneCycler::next);
    QAction *previousPane = view->addAction(tr("&Previous Pane"), QKeySequence(Qt::SHIFT | Qt::Key_F6), panes,
                                            &PaneCycler::previous);
    nextPane->setObjectName(QStringLiteral("nextPaneAction"));
    previousPane->setObjectName(QStringLiteral("previousPaneAction"));

    QMenu *themeMenu = view->addMenu(tr("T&heme"));
    themeMenu->setObjectName(QStringLiteral("themeMenu"));
    auto *themes = new QActionGroup(themeMenu);
    const QList<QPair<Theme, QString>> choices { { Theme::System, tr("Follow the &System") },
                                                 { Theme::Light, tr("&Light") },
                                                 { Theme::Dark, tr("&Dark") } };
    for (const auto &[theme, label] : choices) {
        QAction *choice = themeMenu->addAction(label);
        choice->setCheckable(true);
        choice->setChecked(theme == themeSetting());
        choice->setData(int(theme));
        themes->addAction(choice);
        connect(choice, &QAction::triggered, this, [theme] {
            setThemeSetting(theme);
            applyTheme(theme);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_sync = new SyncController(this);
    m_bookActions << m_sync->createMenu(help->menuAction())->actions();
    help->addAction(tr("&User Guide"), QKeySequence::HelpContents, this,
                    [this] { UserGuideDialog::showFor(this); });
    help->addSeparator();
    help->addAction(tr("&About CSM Workbench"), this, [this] { AboutDialog(this).exec(); })
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

} // namespace csm
