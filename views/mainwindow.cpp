#include "mainwindow.h"

#include "errordialog.h"

#include "accountdetailpane.h"
#include "accounteditdialog.h"
#include "accounttabs.h"
#include "book/accountwork.h"
#include "bookfilterbar.h"
#include "booktableview.h"
#include "deck/deckbatchexport.h"
#include "itemmodels/bookmodel.h"
#include "itemmodels/bookproxymodel.h"
#include "itemmodels/portfoliosummary.h"
#include "jobindicator.h"
#include "metrics/reportingcurrency.h"
#include "notesearchdialog.h"
#include "notesview.h"
#include "portfoliocharts.h"
#include "settingsdialog.h"
#include "sync/connectorregistry.h"
#include "sync/synccontroller.h"
#include "timelineview.h"
#include "todayview.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QDir>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>
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

void MainWindow::updateActions()
{
    const bool busy = m_session && m_session->isBusy();
    for (QAction *action : std::as_const(m_bookActions))
        action->setEnabled(m_session && !busy && (!m_readOnly || m_readOnlySafe.contains(action)));
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

} // namespace csm
