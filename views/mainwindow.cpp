#include "mainwindow.h"

#include "errordialog.h"
#include "panecycler.h"
#include "theme.h"

#include "accountdetailpane.h"
#include "accounteditdialog.h"
#include "accounttabs.h"
#include "book/accountwork.h"
#include "book/bookimport.h"
#include "bookfilterbar.h"
#include "booktableview.h"
#include "commandpalette.h"
#include "deck/deckbatchexport.h"
#include "deck/deckexportdialog.h"
#include "healthmodeldialog.h"
#include "healthoverridedialog.h"
#include "help/aboutdialog.h"
#include "help/userguidedialog.h"
#include "io/accountexport.h"
#include "itemmodels/bookmodel.h"
#include "itemmodels/bookproxymodel.h"
#include "itemmodels/portfoliosummary.h"
#include "jobindicator.h"
#include "metrics/reportingcurrency.h"
#include "notesearchdialog.h"
#include "notesview.h"
#include "playbookeditordialog.h"
#include "portfolio/reviewcomments.h"
#include "portfoliocharts.h"
#include "segmentation/segmentationservice.h"
#include "segmentationrulesdialog.h"
#include "settingsdialog.h"
#include "store/accountrepository.h"
#include "sync/connectorregistry.h"
#include "sync/synccontroller.h"
#include "timelineview.h"
#include "todayview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QDir>
#include <QFileDialog>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace csm {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_proxy(new BookProxyModel(this))
    , m_filterBar(new BookFilterBar(this))
    , m_table(new BookTableView(this))
    , m_detail(new AccountDetailPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_jobs(new JobIndicator(this))
    , m_portfolio(new PortfolioCharts(this))
    , m_today(new TodayView(this))
    , m_accountTabs(new AccountTabs(m_detail->tabs()))
    , m_portfolioTimer(new QTimer(this))
{
    setWindowTitle(tr("CSM Workbench"));
    m_proxy->setReportingRates(reportingRates()); // totals in the reporting currency of Settings
    m_table->setModel(m_proxy);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_table, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_jobs);

    auto *dock = new QDockWidget(tr("Portfolio Health"), this);
    dock->setObjectName(QStringLiteral("portfolioDock"));
    dock->setWidget(m_portfolio);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // Charts follow the filters a moment after typing stops, so keystrokes stay instant.
    m_portfolioTimer->setSingleShot(true);
    m_portfolioTimer->setInterval(150);
    connect(m_portfolioTimer, &QTimer::timeout, this, &MainWindow::updatePortfolio);
    connect(m_portfolio, &PortfolioCharts::segmentBandRequested, this, [this](Segment segment, HealthBand band) {
        AccountFilter filter = m_filterBar->filter();
        filter.setSegment(segment);
        filter.setHealthBand(band);
        m_filterBar->setFilter(filter);
    });
    connect(m_portfolio, &PortfolioCharts::accountRequested, this, [this](qint64 id) {
        if (!m_table->selectAccount(id))
            showAccount(id);
    });

    auto *todayDock = new QDockWidget(tr("Today"), this);
    todayDock->setObjectName(QStringLiteral("todayDock"));
    todayDock->setWidget(m_today);
    addDockWidget(Qt::BottomDockWidgetArea, todayDock);
    tabifyDockWidget(dock, todayDock);
    todayDock->raise();
    connect(m_today, &TodayView::accountRequested, this, &MainWindow::goToAccount);

    connect(m_filterBar, &BookFilterBar::filterChanged, this, &MainWindow::onFilterChanged);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &MainWindow::followSortForFirstPage);
    connect(m_table, &BookTableView::currentAccountChanged, this, &MainWindow::showAccount);
    connect(m_table, &BookTableView::segmentOverrideRequested, this,
            [this](qint64 id, std::optional<Segment> segment) {
                if (m_session)
                    m_session->setSegmentOverride(id, segment);
            });
    connect(m_jobs, &JobIndicator::cancelRequested, this, [this] {
        if (m_deckBatch && m_deckBatch->isRunning())
            m_deckBatch->cancel();
        else if (m_session)
            m_session->cancel();
    });

    createActions();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

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

void MainWindow::editAccount()
{
    const qint64 id = m_table->currentAccountId();
    if (!m_session || id <= 0)
        return;
    auto values = m_session->accountFields(id);
    if (!values) {
        showError(values.errorMessage());
        return;
    }
    QSet<QString> owners;
    for (int row = 0; row < m_session->model()->rowCount(); ++row)
        if (!m_session->model()->rowAt(row).owner.isEmpty())
            owners.insert(m_session->model()->rowAt(row).owner);
    QStringList ownerNames(owners.cbegin(), owners.cend());
    ownerNames.sort(Qt::CaseInsensitive);
    // The CRM the account syncs with, named in the dialog.
    QString crm;
    bool writesBack = false;
    QSqlQuery q(m_session->connection());
    q.prepare(QStringLiteral("SELECT c.name, c.connector FROM accounts a JOIN crm_connections c ON c.id = a.crm_connection_id "
                             "WHERE a.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        crm = q.value(0).toString();
        const auto factory = ConnectorRegistry::instance().find(q.value(1).toString());
        writesBack = factory && factory->create()->canPush();
    }
    q.finish();
    AccountEditDialog dialog(*values, ownerNames, crm, writesBack, this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->editAccountFields(id, dialog.values());
}

void MainWindow::setSession(std::unique_ptr<BookSession> session)
{
    if (m_session)
        saveSettings();
    m_proxy->setBookModel(nullptr);
    if (m_sync)
        m_sync->setSession(nullptr);
    m_session = std::move(session);
    if (m_sync)
        m_sync->setSession(m_session.get());
    m_firstLoad = true;
    m_detail->showMessage(tr("Loading the book…"));
    m_today->setWork(m_session ? m_session->work() : nullptr);
    m_accountTabs->setWork(m_session ? m_session->work() : nullptr);
    if (!m_session)
        return;

    m_proxy->setBookModel(m_session->model());
    if (!m_columnsRestored) {
        restoreColumns();
        m_columnsRestored = true;
    }
    QUndoStack *stack = m_session->undoStack();
    m_undo->disconnect();
    m_redo->disconnect();
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_undo, [this](const QString &text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, m_redo, [this](const QString &text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);

    BookSession *s = m_session.get();
    connect(s, &BookSession::loaded, this, &MainWindow::onLoaded);
    connect(s, &BookSession::firstPageLoaded, this, [this](int rows) {
        statusBar()->showMessage(tr("Showing the first %n account(s) while the book loads…", nullptr, rows));
        if (m_pendingSelection == 0)
            m_pendingSelection = m_table->currentAccountId();
        if (!m_table->selectAccount(m_pendingSelection) && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        updateTotals();
    });
    connect(s, &BookSession::failed, this, &MainWindow::showError);
    connect(s, &BookSession::loadStarted, this, [this] { statusBar()->showMessage(tr("Loading the book…")); });
    connect(s, &BookSession::jobStarted, m_jobs, &JobIndicator::start);
    connect(s, &BookSession::jobProgress, m_jobs, [this](const QString &, int done, int total) {
        m_jobs->setProgress(done, total);
    });
    connect(s, &BookSession::jobFinished, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
        m_today->reload(); // rules, demo books and recomputes all change what is due
    });
    connect(s->work(), &AccountWork::failed, this, &MainWindow::showError);
    connect(s, &BookSession::busyChanged, this, [this](bool busy) {
        if (!busy)
            m_jobs->finish();
        updateActions();
    });
    connect(s, &BookSession::accountChanged, this, [this](qint64 id) {
        updateTotals();
        if (id == m_detail->accountId() || id == m_table->currentAccountId())
            showAccount(id);
    });
    setWindowTitle(m_readOnly ? tr("%1 (read-only) — CSM Workbench").arg(QFileInfo(s->path()).fileName())
                              : tr("%1 — CSM Workbench").arg(QFileInfo(s->path()).fileName()));
    updateActions();
    followSortForFirstPage();
    m_session->reload();
}

void MainWindow::onLoaded(int rows, qint64 elapsedMs)
{
    if (m_pendingSelection == 0)
        m_pendingSelection = m_detail->accountId();
    m_filterBar->setOwners(m_session->model()->owners());
    updateTotals();
    statusBar()->showMessage(tr("%n account(s) loaded in %1 ms.", nullptr, rows).arg(elapsedMs), 5000);
    const qint64 select = m_pendingSelection;
    m_pendingSelection = 0;
    if (rows == 0) {
        m_detail->showMessage(tr("This book is empty. Import accounts or load the demo book from the File menu, or sync a CRM "
                                 "from CRM ▸ Connections and Sync Log."));
        if (m_firstLoad && m_offerDemo)
            QMetaObject::invokeMethod(this, &MainWindow::offerDemo, Qt::QueuedConnection);
    } else if (!m_table->selectAccount(select) && m_proxy->rowCount() > 0) {
        m_table->selectRow(0);
    }
    if (m_firstLoad && rows > 0 && !m_readOnly) {
        restoreDrafts();
        // Rules start playbooks by themselves: whatever fell due since the book was last open.
        if (m_evaluateRulesOnOpen && !m_session->isBusy())
            m_session->evaluatePlaybooks();
    }
    m_firstLoad = false;
}

void MainWindow::followSortForFirstPage()
{
    if (!m_session)
        return;
    const int column = m_proxy->sortColumn();
    const bool descending = m_proxy->sortOrder() == Qt::DescendingOrder;
    BookReader::Order order = BookReader::Order::ArrDescending;
    if (column == BookModel::Arr)
        order = descending ? BookReader::Order::ArrDescending : BookReader::Order::ArrAscending;
    else if (column == BookModel::Name && !descending)
        order = BookReader::Order::Name;
    else if ((column == BookModel::Renewal || column == BookModel::DaysToRenewal) && !descending)
        order = BookReader::Order::Renewal;
    else if (column == BookModel::LastTouch && descending)
        order = BookReader::Order::LastTouch;
    m_session->setFirstPageOrder(order);
}

void MainWindow::onFilterChanged()
{
    const qint64 current = m_table->currentAccountId();
    m_proxy->setFilter(m_filterBar->filter());
    updateTotals();
    if (!m_table->selectAccount(current) && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    else if (m_proxy->rowCount() == 0)
        m_detail->showMessage(tr("No account matches the filters."));
}

void MainWindow::updateTotals()
{
    const BookProxyModel::Totals totals = m_proxy->segmentTotals();
    m_filterBar->setTotals(totals);
    m_portfolioTimer->start();
}

void MainWindow::updatePortfolio()
{
    if (m_session)
        m_portfolio->setSummary(summarizePortfolio(m_session->model()->rows(), m_proxy->filter(),
                                                   m_session->model()->today(), m_proxy->reportingRates()));
}

void MainWindow::showAccount(qint64 accountId)
{
    if (!m_session || accountId <= 0)
        return;
    auto details = m_session->details(accountId);
    if (!details) {
        m_detail->showMessage(details.errorMessage());
        return;
    }
    m_detail->showDetails(*details, m_session->model()->today());
    m_accountTabs->showAccount(accountId, details->contacts);
}

void MainWindow::goToAccount(qint64 accountId)
{
    if (!m_session || accountId <= 0)
        return;
    if (!m_table->selectAccount(accountId)) {
        m_filterBar->setFilter(AccountFilter {}); // the account is filtered out: show the whole book
        if (!m_table->selectAccount(accountId))
            showAccount(accountId);
    }
}

void MainWindow::openNote(qint64 accountId, qint64 meetingId, const QStringList &terms)
{
    goToAccount(accountId);
    if (m_detail->accountId() != accountId)
        showAccount(accountId);
    m_accountTabs->openNote(meetingId, terms);
}

void MainWindow::searchNotes()
{
    if (!m_session)
        return;
    auto *dialog = new NoteSearchDialog(m_session->work(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NoteSearchDialog::noteRequested, this, &MainWindow::openNote);
    dialog->show();
}

void MainWindow::restoreDrafts()
{
    auto drafts = m_session->work()->drafts();
    if (!drafts || drafts->isEmpty())
        return;
    // Typing the app could not save last time (a crash, a kill) comes back in its note.
    auto meeting = m_session->work()->meeting(drafts->last().meetingId);
    if (!meeting)
        return;
    openNote(meeting->accountId, meeting->id);
    statusBar()->showMessage(tr("Restored unsaved typing in %n note(s); the open note shows it.", nullptr,
                                int(drafts->size())),
                             15000);
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message.section(u'\n', 0, 0), 10000);
    ErrorDialog::report(this, windowTitle(), message);
}

void MainWindow::offerDemo()
{
    if (!m_session || m_session->isBusy())
        return;
    if (m_session->model()->rowCount() > 0) {
        QMessageBox::information(this, tr("Demo Book"),
                                 tr("The demo book can only be loaded into an empty book. Create a new book "
                                    "first (File ▸ New Book…)."));
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Welcome to CSM Workbench"),
        tr("This book is empty. Load a demo book of 300 accounts with a year of usage, contacts, NPS "
           "responses and tickets to explore the app?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        m_session->generateDemo(300, 1);
}

void MainWindow::openBookAt(const QString &path)
{
    auto session = BookSession::open(path);
    if (!session) {
        showError(session.errorMessage());
        return;
    }
    setSession(std::move(*session));
}

void MainWindow::openBook()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Book"), QString(),
                                                      tr("Books (*.sqlite *.csmbook *.db);;All files (*)"));
    if (!path.isEmpty())
        openBookAt(path);
}

void MainWindow::newBook()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Book"), QString(), tr("Books (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists; open it instead, or choose a new name.").arg(path));
        return;
    }
    openBookAt(path);
}

void MainWindow::importAccounts()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Accounts"), QString(),
                                                      tr("Accounts (*.csv *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_session->runJob(tr("Import %1").arg(QFileInfo(path).fileName()),
                      [path](const QSqlDatabase &db, JobContext &) -> Result<QString> {
                          auto outcome = importAccountsFile(db, path);
                          if (!outcome)
                              return outcome.error();
                          if (outcome->rejected()) {
                              QStringList lines;
                              for (const ImportIssue &issue : std::as_const(outcome->issues).first(
                                       std::min<qsizetype>(outcome->issues.size(), 25)))
                                  lines << issue.toString();
                              if (outcome->issues.size() > 25)
                                  lines << tr("… and %1 more.").arg(outcome->issues.size() - 25);
                              return Error { tr("Nothing was imported. Problems found:\n%1").arg(lines.join(u'\n')) };
                          }
                          return tr("Imported %1 new and %2 updated accounts.")
                              .arg(outcome->summary.inserted)
                              .arg(outcome->summary.updated);
                      });
}

void MainWindow::updateActions()
{
    const bool busy = m_session && m_session->isBusy();
    for (QAction *action : std::as_const(m_bookActions))
        action->setEnabled(m_session && !busy && (!m_readOnly || m_readOnlySafe.contains(action)));
}

void MainWindow::importReviewComments()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Review Comments"), QString(),
                                                      tr("Review comments (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // A lead's file holds a few comments: one transaction on this thread's connection is quick.
    auto outcome = ReviewCommentStore(m_session->connection()).importFile(path);
    if (!outcome) {
        showError(outcome.errorMessage());
        return;
    }
    const QString from = outcome->author.isEmpty() ? QFileInfo(path).fileName() : outcome->author;
    const QString summary = tr("Review comments from %1: %2 new, %3 already here.")
                                .arg(from, QString::number(outcome->added), QString::number(outcome->alreadyThere));
    statusBar()->showMessage(summary, 10000);
    if (const qint64 id = m_detail->accountId(); id > 0)
        if (auto entries = m_session->work()->timeline(id))
            m_accountTabs->timeline()->setEntries(*entries);
    if (outcome->skippedNoAccount > 0) {
        const QString skipped = tr("Skipped %n comment(s) on accounts that are not in this book: %1", nullptr,
                                   outcome->skippedNoAccount)
                                    .arg(outcome->skippedCrmIds.join(QStringLiteral(", ")));
        QMessageBox box(QMessageBox::Information, tr("Import Review Comments"), summary + u"\n\n" + skipped,
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText); // names and ids come from someone else's file
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
    }
}

void MainWindow::exportAccounts()
{
    if (!m_session)
        return;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Accounts"), QString(),
                                                      tr("CSV (*.csv);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) || filter.startsWith(u'J');
    m_session->runJob(tr("Export accounts"), [path, json](const QSqlDatabase &db, JobContext &) -> Result<QString> {
        auto accounts = AccountRepository(db).all();
        if (!accounts)
            return accounts.error();
        const QByteArray data = json ? accountsToJson(*accounts) : accountsToCsv(*accounts);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            return Error { QStringLiteral("%1: %2").arg(path, file.errorString()) };
        return tr("Exported %n account(s) to %1.", nullptr, int(accounts->size())).arg(path);
    });
}

void MainWindow::editSegmentationRules()
{
    showSettings(SettingsDialog::Page::Segments);
}

void MainWindow::editHealthModel()
{
    showSettings(SettingsDialog::Page::Health);
}

void MainWindow::setCurrentSegment(std::optional<Segment> segment)
{
    const qint64 id = m_table->currentAccountId();
    if (m_session && id > 0)
        m_session->setSegmentOverride(id, segment);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_filterBar->setFilter(AccountFilter::fromVariantMap(settings.value(QStringLiteral("book/filter")).toMap()));
    m_pendingSelection = settings.value(QStringLiteral("book/current")).toLongLong();
}

void MainWindow::restoreColumns()
{
    // Needs the columns to exist, so it runs once a model is attached.
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray state = QSettings().value(QStringLiteral("book/header")).toByteArray();
    if (!state.isEmpty() && header->restoreState(state)) {
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        return;
    }
    const int widths[] = { 230, 110, 120, 105, 85, 110, 90, 130, 90 };
    for (int c = 0; c < BookModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->sortByColumn(BookModel::Arr, Qt::DescendingOrder);
}

void MainWindow::saveSettings() const
{
    if (m_readOnly)
        return; // a team member's book: the lead's own window keeps its settings
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("book/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("book/filter"), m_filterBar->filter().toVariantMap());
    settings.setValue(QStringLiteral("book/current"), m_table->currentAccountId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_session) {
        m_session->cancel();
        m_session->waitForIdle();
    }
    if (m_deckBatch && m_deckBatch->isRunning()) {
        // Writers stop between pages and leave no partial file; let them end before the app does.
        m_deckBatch->cancel();
        QThreadPool::globalInstance()->waitForDone();
    }
    event->accept();
}

DeckExportDialog *MainWindow::deckExportDialog() const
{
    return m_deckDialog;
}

DeckBatchExport *MainWindow::deckBatchExport() const
{
    return m_deckBatch;
}

void MainWindow::exportDeck()
{
    const qint64 id = m_table->currentAccountId();
    if (!m_session || id == 0) {
        statusBar()->showMessage(tr("Select an account to export its QBR deck."), 5000);
        return;
    }
    auto *dialog = new DeckExportDialog(m_session->path(), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_deckDialog = dialog;
    dialog->open();
}

void MainWindow::exportFilteredDecks()
{
    if (!m_session || m_proxy->rowCount() == 0) {
        statusBar()->showMessage(tr("No accounts match the filter: nothing to export."), 5000);
        return;
    }
    if (m_deckBatch && m_deckBatch->isRunning()) {
        statusBar()->showMessage(tr("QBR decks are being exported already."), 5000);
        return;
    }
    QSettings settings;
    QString start = settings.value(QStringLiteral("deck/folder")).toString();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export %n QBR Deck(s) to Folder", nullptr, m_proxy->rowCount()), start);
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("deck/folder"), folder);
    exportDecksTo(folder);
}

void MainWindow::exportDecksTo(const QString &folder)
{
    if (!m_session || (m_deckBatch && m_deckBatch->isRunning()))
        return;
    DeckOptions options;
    options.asOf = QDate::currentDate();
    QList<DeckBatchExport::Item> items;
    QSet<QString> taken;
    const BookModel *model = m_session->model();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const BookRow &row = model->rowAt(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
        items << DeckBatchExport::Item { row.id, row.crmId, uniqueDeckFileName(row.name, row.crmId, options.asOf, taken) };
    }
    auto *batch = new DeckBatchExport(m_session->path(), items, folder, options, this);
    m_deckBatch = batch;
    const QString label = tr("Exporting %n QBR deck(s)", nullptr, int(items.size()));
    m_jobs->start(label);
    connect(batch, &DeckBatchExport::progress, m_jobs, &JobIndicator::setProgress);
    connect(batch, &DeckBatchExport::finished, this,
            [this, batch](int written, int total, const QStringList &errors, bool cancelled) {
                m_jobs->finish();
                batch->deleteLater();
                const QString where = QDir::toNativeSeparators(batch->folder());
                if (cancelled)
                    statusBar()->showMessage(tr("Deck export cancelled: %1 of %n written to %2; no partial files.", nullptr, total)
                                                 .arg(written)
                                                 .arg(where),
                                             10000);
                else
                    statusBar()->showMessage(tr("Exported %1 of %n QBR deck(s) to %2.", nullptr, total).arg(written).arg(where), 10000);
                if (!errors.isEmpty()) {
                    ErrorDialog::report(this, tr("QBR Deck Export"),
                                        tr("%n deck(s) could not be written.", nullptr, int(errors.size())),
                                        errors.join(QLatin1Char('\n')));
                }
            });
    batch->start();
}

} // namespace csm
