#include "portfoliowindow.h"
#include "errordialog.h"

#include "chartcolours.h"
#include "chartview.h"
#include "itemmodels/bookmodel.h"
#include "itemmodels/portfoliomodels.h"
#include "metrics/reportingcurrency.h"
#include "portfolio/demoteam.h"
#include "portfolio/reviewcomments.h"
#include "portfolio/teambookloader.h"
#include "portfoliodeck.h"
#include "portfoliowindowchart.h"
#include "reviewcommentspanel.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

namespace csm {

namespace {

/// Sorts the groups by the clicked column and keeps the team's total as the last row.
class GroupSortProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool leftTeam = left.data(PortfolioGroupModel::GroupRole).toInt() < 0;
        const bool rightTeam = right.data(PortfolioGroupModel::GroupRole).toInt() < 0;
        if (leftTeam != rightTeam)
            return sortOrder() == Qt::AscendingOrder ? rightTeam : leftTeam;
        return QSortFilterProxyModel::lessThan(left, right);
    }
};



QTableView *makeTable(QAbstractItemModel *model, QSortFilterProxyModel *proxy, int sortRole, const QString &name, QWidget *parent)
{
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto *table = new QTableView(parent);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->setAccessibleName(name);
    table->setAlternatingRowColors(true);
    return table;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

/// Shows a worker's progress in the window's status bar, from any thread, if the window still exists.
void showProgress(const QPointer<PortfolioWindow> &window, const QString &text)
{
    QMetaObject::invokeMethod(
        window.data(),
        [window, text] {
            if (window)
                window->statusBar()->showMessage(text);
        },
        Qt::QueuedConnection);
}

} // namespace

PortfolioWindow::PortfolioWindow(QSqlDatabase leadDb, QWidget *parent)
    : QMainWindow(parent)
    , m_leadDb(std::move(leadDb))
    , m_today(QDate::currentDate())
    , m_books(new TeamBooksModel(this))
    , m_byCsm(new PortfolioGroupModel(PortfolioGrouping::Csm, this))
    , m_bySegment(new PortfolioGroupModel(PortfolioGrouping::Segment, this))
    , m_accounts(new PortfolioAccountModel(this))
    , m_csmProxy(new GroupSortProxy(this))
    , m_segmentProxy(new GroupSortProxy(this))
    , m_accountProxy(new QSortFilterProxyModel(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setWindowTitle(tr("Team Portfolio — CSM Workbench"));
    setObjectName(QStringLiteral("portfolioWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_rates = reportingRates(); // as Settings ▸ General keeps them

    // Filters.
    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Last quarter"), 3);
    m_period->addItem(tr("Last 6 months"), 6);
    m_period->addItem(tr("Last 12 months"), 12);
    m_segment = new QComboBox(this);
    m_segment->setAccessibleName(tr("Segment"));
    m_segment->addItem(tr("All segments"), -1);
    for (Segment s : AllSegments)
        m_segment->addItem(segmentDisplayName(s), int(s));
    m_csm = new QComboBox(this);
    m_csm->setAccessibleName(tr("CSM"));
    m_currency = new QComboBox(this);
    m_currency->setAccessibleName(tr("Reporting currency"));
    m_currency->addItems(m_rates.currencies());
    m_currency->setCurrentText(m_rates.reporting());

    // Dashboards.
    m_csmTable = makeTable(m_byCsm, m_csmProxy, PortfolioGroupModel::SortRole, tr("Figures by CSM"), this);
    m_segmentTable = makeTable(m_bySegment, m_segmentProxy, PortfolioGroupModel::SortRole, tr("Figures by segment"), this);
    m_accountTable = makeTable(m_accounts, m_accountProxy, PortfolioAccountModel::SortRole, tr("Accounts behind the figure"), this);
    m_csmTable->sortByColumn(PortfolioGroupModel::Name, Qt::AscendingOrder);
    m_segmentTable->sortByColumn(PortfolioGroupModel::Name, Qt::AscendingOrder);
    m_accountTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accountTable->horizontalHeader()->setStretchLastSection(true);
    m_accountTable->setColumnWidth(PortfolioAccountModel::Name, 230);
    m_accountTable->setColumnWidth(PortfolioAccountModel::Csms, 150);
    m_accountTable->sortByColumn(PortfolioAccountModel::Arr, Qt::DescendingOrder);

    m_chart = new ChartView(this);
    m_chart->setAccessibleName(tr("Portfolio chart"));
    m_chart->setMinimumSize(380, 240);
    m_chartChoice = new QComboBox(this);
    m_chartChoice->setAccessibleName(tr("Chart"));
    m_chartChoice->addItem(tr("Health mix by ARR"), HealthArr);
    m_chartChoice->addItem(tr("Health mix by accounts"), HealthCount);
    m_chartChoice->addItem(tr("ARR at risk"), AtRiskArr);
    m_chartChoice->addItem(tr("Renewals due"), Renewals);
    m_chartChoice->addItem(tr("Overdue playbook steps"), Overdue);
    m_chartChoice->addItem(tr("QBR coverage"), QbrCoverage);
    m_chartChoice->addItem(tr("Days since last touch"), Touch);
    m_chartChoice->addItem(tr("NRR and GRR"), Retention);
    m_chartChoice->addItem(tr("Time to value"), Ttv);
    m_chartGrouping = new QComboBox(this);
    m_chartGrouping->setAccessibleName(tr("Chart grouping"));
    m_chartGrouping->addItem(tr("By CSM"), int(PortfolioGrouping::Csm));
    m_chartGrouping->addItem(tr("By segment"), int(PortfolioGrouping::Segment));

    auto *tables = new QWidget(this);
    auto *tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(heading(tr("By CSM"), tables));
    tablesLayout->addWidget(m_csmTable, 3);
    tablesLayout->addWidget(heading(tr("By segment"), tables));
    tablesLayout->addWidget(m_segmentTable, 2);

    auto *charts = new QWidget(this);
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    auto *chartBar = new QHBoxLayout;
    chartBar->addWidget(m_chartChoice, 1);
    chartBar->addWidget(m_chartGrouping);
    chartsLayout->addLayout(chartBar);
    chartsLayout->addWidget(m_chart, 1);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(tables);
    top->addWidget(charts);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    m_drillTitle = heading(tr("Click a figure to see the accounts behind it."), this);
    m_drillTitle->setWordWrap(true);
    auto *drill = new QWidget(this);
    auto *drillLayout = new QVBoxLayout(drill);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    drillLayout->addWidget(m_drillTitle);
    drillLayout->addWidget(m_accountTable, 1);
    m_comments = new ReviewCommentsPanel(this);
    m_comments->setStore(m_leadDb);
    m_comments->setAuthor(qEnvironmentVariable("USER", tr("Team lead")));

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(drill);
    bottom->addWidget(m_comments);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);

    auto *main = new QSplitter(Qt::Vertical, this);
    main->addWidget(top);
    main->addWidget(bottom);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);
    setCentralWidget(main);

    m_bookTable = new QTableView(this);
    m_bookTable->setModel(m_books);
    m_bookTable->setAccessibleName(tr("Team books"));
    m_bookTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bookTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bookTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bookTable->verticalHeader()->hide();
    m_bookTable->horizontalHeader()->setStretchLastSection(true);
    auto *dock = new QDockWidget(tr("Team Books"), this);
    dock->setObjectName(QStringLiteral("teamBooksDock"));
    dock->setWidget(m_bookTable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({ dock }, { 150 }, Qt::Vertical);

    m_summary = new QLabel(this);
    statusBar()->addPermanentWidget(m_summary);

    createActions();

    const auto refilter = [this] { recompute(); };
    connect(m_period, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_segment, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_csm, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        if (auto rebased = m_rates.rebased(m_currency->currentText())) {
            m_rates = *rebased;
            setReportingCurrency(m_rates.reporting());
        }
        recompute();
    });
    connect(m_chartChoice, &QComboBox::currentIndexChanged, this, &PortfolioWindow::rebuildChart);
    connect(m_chartGrouping, &QComboBox::currentIndexChanged, this, &PortfolioWindow::rebuildChart);
    connect(m_csmTable, &QTableView::clicked, this,
            [this](const QModelIndex &index) { onCellActivated(m_byCsm, m_csmProxy, index); });
    connect(m_segmentTable, &QTableView::clicked, this,
            [this](const QModelIndex &index) { onCellActivated(m_bySegment, m_segmentProxy, index); });
    connect(m_csmTable, &QTableView::activated, this,
            [this](const QModelIndex &index) { onCellActivated(m_byCsm, m_csmProxy, index); });
    connect(m_segmentTable, &QTableView::activated, this,
            [this](const QModelIndex &index) { onCellActivated(m_bySegment, m_segmentProxy, index); });
    connect(m_accountTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PortfolioWindow::onAccountSelected);
    connect(m_accountTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        openAccount(m_accountProxy->data(index, PortfolioAccountModel::EntryRole).toInt());
    });
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, [this] {
        auto results = std::move(m_loaded);
        const QStringList files = m_loadingFiles;
        QStringList notes;
        for (std::size_t i = 0; results && i < results->size(); ++i) {
            const QString &file = files.at(qsizetype(i));
            m_failures.removeIf([&file](const QPair<QString, QString> &f) { return f.first == file; });
            Result<TeamBook> &r = (*results)[i];
            if (!r) {
                if (r.errorMessage() != tr("cancelled"))
                    m_failures.append({ file, r.errorMessage() });
                continue;
            }
            std::vector<TeamBook> parts;
            if (m_splitLoad)
                parts = splitByOwner(*r);
            else
                parts.push_back(std::move(*r));
            for (TeamBook &part : parts) {
                const QString csm = part.csm();
                const auto added = m_portfolio.add(std::move(part));
                if (added.outcome == Portfolio::AddOutcome::KeptNewer)
                    notes << tr("%1: a newer export of %2's book (%3) is already open; kept that one.")
                                 .arg(QDir::toNativeSeparators(file), csm,
                                      QLocale().toString(added.keptExportedAt.toLocalTime(), QLocale::ShortFormat));
            }
        }
        m_books->setBooks(m_portfolio, m_failures);
        m_bookTable->resizeColumnsToContents();
        if (!m_splitLoad)
            rememberBooks();
        m_splitLoad = false;
        updateFilterChoices();
        recompute();
        statusBar()->showMessage(tr("%1 books open, %2 could not be opened.")
                                     .arg(m_portfolio.books().size())
                                     .arg(m_failures.size()),
                                 8000);
        if (!notes.isEmpty())
            QMessageBox::information(this, tr("Team Books"), notes.join(u'\n'));
        emit booksLoaded();
    });
    connect(&m_pdfWatcher, &QFutureWatcherBase::finished, this, [this] {
        const Status status = m_pdfWatcher.result();
        const QString path = m_pdfWatcher.property("path").toString();
        if (!status) {
            if (status.errorMessage() != QStringLiteral("cancelled"))
                ErrorDialog::report(this, tr("Portfolio Review"), status.errorMessage());
            return;
        }
        statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 8000);
        emit pdfWritten(path);
    });

    updateFilterChoices();
    recompute();
    resize(1500, 950);
    if (const QByteArray geometry = QSettings().value(QStringLiteral("portfolio/geometry")).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
}

PortfolioWindow::~PortfolioWindow()
{
    waitForIdle();
}

void PortfolioWindow::createActions()
{
    QToolBar *bar = addToolBar(tr("Portfolio"));
    bar->setObjectName(QStringLiteral("portfolioToolBar"));
    QAction *add = bar->addAction(tr("Add Books…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Team Books"), {},
                                                                tr("CSM Workbench books (*.csmbook *.sqlite);;All files (*)"));
        if (!files.isEmpty())
            addBooks(files);
    });
    add->setShortcut(QKeySequence::Open);
    bar->addAction(tr("Add Folder…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a Folder of Team Books"));
        if (!dir.isEmpty())
            addBooks({ dir });
    });
    bar->addAction(tr("Load Demo Team"), this, &PortfolioWindow::loadDemoTeam);
    bar->addAction(tr("Add My Book by Owner"), this, &PortfolioWindow::addOwnBookByOwner)
        ->setToolTip(tr("Your own book, synced from the CRM for the team, compared owner by owner"));
    QAction *remove = bar->addAction(tr("Remove Book"), this, &PortfolioWindow::removeSelectedBook);
    remove->setShortcut(QKeySequence::Delete);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Period: "), bar));
    bar->addWidget(m_period);
    bar->addWidget(new QLabel(tr(" Segment: "), bar));
    bar->addWidget(m_segment);
    bar->addWidget(new QLabel(tr(" CSM: "), bar));
    bar->addWidget(m_csm);
    bar->addWidget(new QLabel(tr(" Currency: "), bar));
    bar->addWidget(m_currency);
    bar->addAction(tr("Exchange Rates…"), this, &PortfolioWindow::editRates);
    bar->addSeparator();
    QAction *pdf = bar->addAction(tr("Export Review PDF…"), this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Portfolio Review"),
            QDir(dir).filePath(tr("Portfolio review %1.pdf").arg(m_today.toString(Qt::ISODate))), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    pdf->setShortcut(QKeySequence::Print);
    bar->addAction(tr("Export Comments for CSM…"), this, [this] {
        const int book = m_csm->currentData().toInt() >= 0 ? m_csm->currentData().toInt()
                                                           : m_books->bookAt(m_bookTable->currentIndex().row());
        if (book < 0) {
            QMessageBox::information(this, tr("Export Comments"), tr("Choose a CSM first (the CSM filter or the Team Books list)."));
            return;
        }
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString csm = m_portfolio.csm(book);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Review Comments"),
                                                          QDir(dir).filePath(tr("Review comments for %1.json").arg(csm)),
                                                          tr("Review comments (*.json)"));
        if (!path.isEmpty())
            (void)exportComments(book, path);
    });
    QAction *close = new QAction(tr("Close"), this);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
}

void PortfolioWindow::setToday(const QDate &today)
{
    m_today = today;
    recompute();
}

void PortfolioWindow::addBooks(const QStringList &paths)
{
    if (m_loadWatcher.isRunning())
        return;
    m_loadingFiles = teamBookFiles(paths);
    if (m_loadingFiles.isEmpty()) {
        statusBar()->showMessage(tr("No book files there (*.csmbook, *.sqlite)."), 8000);
        return;
    }
    m_cancel->store(false);
    auto results = std::make_shared<std::vector<Result<TeamBook>>>();
    m_loaded = results;
    statusBar()->showMessage(tr("Opening %1 books…").arg(m_loadingFiles.size()));
    QPointer<PortfolioWindow> self(this);
    const QStringList files = m_loadingFiles;
    const QDate today = m_today;
    const auto cancel = m_cancel;
    m_loadWatcher.setFuture(QtConcurrent::run([results, files, today, cancel, self] {
        *results = readTeamBooks(files, teamBookCacheDir(), today, [self](int done, int total) {
            showProgress(self, tr("Opened %1 of %2 books…").arg(done).arg(total));
        }, cancel.get());
    }));
}

void PortfolioWindow::addOwnBookByOwner()
{
    if (m_loadWatcher.isRunning())
        return;
    addBooks({ m_leadDb.databaseName() });
    m_splitLoad = m_loadWatcher.isRunning();
}

void PortfolioWindow::restoreBooks()
{
    QSqlQuery q(m_leadDb);
    QStringList paths;
    if (q.exec(QStringLiteral("SELECT path FROM team_books ORDER BY id")))
        while (q.next())
            paths << q.value(0).toString();
    if (!paths.isEmpty())
        addBooks(paths);
}

void PortfolioWindow::rememberBooks()
{
    Transaction transaction(m_leadDb);
    QSqlQuery q(m_leadDb);
    bool ok = transaction.isActive() && q.exec(QStringLiteral("DELETE FROM team_books"));
    q.prepare(QStringLiteral("INSERT INTO team_books (path, book_id, owner, exported_at, added_at) VALUES (?, ?, ?, ?, ?)"));
    QSet<QString> seen { QFileInfo(m_leadDb.databaseName()).absoluteFilePath() }; // the lead's own book is not a team book
    for (const TeamBook &b : m_portfolio.books()) {
        if (!ok)
            break;
        if (seen.contains(b.path))
            continue;
        seen.insert(b.path);
        q.addBindValue(b.path);
        q.addBindValue(sql::text(b.manifest.bookId));
        q.addBindValue(sql::text(b.csm()));
        q.addBindValue(b.manifest.exportedAt.toString(Qt::ISODate));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        ok = q.exec();
    }
    if (ok)
        ok = bool(transaction.commit());
    if (!ok)
        statusBar()->showMessage(tr("Could not remember the team books: %1").arg(q.lastError().text()), 8000);
}

void PortfolioWindow::loadDemoTeam()
{
    if (m_loadWatcher.isRunning())
        return;
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo-team"));
    const QStringList existing = teamBookFiles({ folder });
    if (!existing.isEmpty()) {
        addBooks(existing);
        return;
    }
    statusBar()->showMessage(tr("Writing a demo team of five CSMs…"));
    QPointer<PortfolioWindow> self(this);
    const QDate today = m_today;
    auto *watcher = new QFutureWatcher<Result<QStringList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const auto files = watcher->result();
        watcher->deleteLater();
        if (!files) {
            ErrorDialog::report(this, tr("Demo Team"), files.errorMessage());
            return;
        }
        addBooks(*files);
    });
    const auto cancel = m_cancel;
    watcher->setFuture(QtConcurrent::run([folder, today, cancel, self]() -> Result<QStringList> {
        DemoTeamOptions options;
        options.csms = 5;
        options.accountsPerBook = 200;
        options.today = today;
        return buildDemoTeam(folder, options, [self](int done, int total) {
            showProgress(self, tr("Wrote %1 of %2 demo books…").arg(done).arg(total));
        }, cancel.get());
    }));
}

void PortfolioWindow::waitForIdle()
{
    m_loadWatcher.waitForFinished();
    m_pdfWatcher.waitForFinished();
}

void PortfolioWindow::closeEvent(QCloseEvent *event)
{
    m_cancel->store(true);
    waitForIdle();
    QSettings().setValue(QStringLiteral("portfolio/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void PortfolioWindow::updateFilterChoices()
{
    const QSignalBlocker block(m_csm);
    const int current = m_csm->currentData().isValid() ? m_csm->currentData().toInt() : -1;
    m_csm->clear();
    m_csm->addItem(tr("All CSMs"), -1);
    const QStringList names = m_portfolio.csmNames();
    for (qsizetype i = 0; i < names.size(); ++i)
        m_csm->addItem(names.at(i), int(i));
    const int index = m_csm->findData(current);
    m_csm->setCurrentIndex(index >= 0 ? index : 0);
}

void PortfolioWindow::recompute()
{
    m_filter = PortfolioFilter::forPeriod(m_today, m_period->currentData().toInt(), m_rates);
    const int segment = m_segment->currentData().toInt();
    if (segment >= 0)
        m_filter.segment = Segment(segment);
    m_filter.csm = m_csm->currentData().isValid() ? m_csm->currentData().toInt() : -1;
    m_dashboard = computeDashboard(m_portfolio, m_filter);
    m_byCsm->setDashboard(m_dashboard, m_rates.reporting());
    m_bySegment->setDashboard(m_dashboard, m_rates.reporting());
    for (QTableView *table : { m_csmTable, m_segmentTable })
        if (table->horizontalHeader()->sectionSize(0) < 120)
            table->resizeColumnsToContents();
    rebuildChart();

    const GroupFigures &t = m_dashboard.team;
    const QLocale locale;
    const auto pct = [&](std::optional<double> v) { return v ? locale.toString(*v * 100, 'f', 1) + u'%' : QStringLiteral("–"); };
    m_summary->setText(tr("%1 CSMs · %2 accounts · ARR %3 · at risk %4 · NRR %5 · GRR %6 (%7 to %8)")
                           .arg(m_portfolio.books().size())
                           .arg(locale.toString(t.accounts))
                           .arg(formatMoneyShort(locale, t.arrCents, m_rates.reporting()),
                                formatMoneyShort(locale, t.atRiskCents(), m_rates.reporting()), pct(t.retention.nrr()),
                                pct(t.retention.grr()), locale.toString(m_filter.from, QLocale::ShortFormat),
                                locale.toString(m_filter.to, QLocale::ShortFormat)));
    drill(m_drill.grouping, m_drill.group, m_drill.metric, m_drill.title); // the same figure, refiltered
}

void PortfolioWindow::drill(PortfolioGrouping grouping, int group, PortfolioMetric metric, const QString &title)
{
    m_drill = Drill { grouping, group, metric, title };
    if (title.isEmpty()) {
        m_accounts->clear();
        return;
    }
    std::vector<int> entries = accountsBehind(m_portfolio, m_filter, grouping, group, metric);
    const int count = int(entries.size());
    m_accounts->setAccounts(&m_portfolio, std::move(entries), m_rates);
    m_drillTitle->setText(tr("%1 — %2 accounts (double-click one to open it in the CSM's book)").arg(title).arg(count));
    m_accountTable->resizeColumnToContents(PortfolioAccountModel::Health);
}

void PortfolioWindow::onCellActivated(PortfolioGroupModel *model, QSortFilterProxyModel *proxy, const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex source = proxy->mapToSource(index);
    const auto metric = PortfolioGroupModel::metricFor(source.column());
    if (!metric)
        return;
    const GroupFigures &g = model->figuresAt(source.row());
    const QString header = model->headerData(source.column(), Qt::Horizontal).toString();
    drill(model->groupingAt(source.row()), model->groupAt(source.row()), *metric,
          source.column() == PortfolioGroupModel::Name ? g.label : tr("%1 · %2").arg(g.label, header));
}

void PortfolioWindow::onAccountSelected()
{
    const QModelIndex current = m_accountTable->currentIndex();
    if (!current.isValid())
        return;
    const int entry = m_accountProxy->data(current, PortfolioAccountModel::EntryRole).toInt();
    const Portfolio::Entry &e = m_portfolio.entries().at(std::size_t(entry));
    const TeamBook &book = m_portfolio.books().at(std::size_t(e.book));
    const PortfolioAccount &a = m_portfolio.account(e);
    auto runs = readPlaybookRuns(book, a.localId);
    m_comments->showAccount(book.manifest.bookId, book.csm(), a.crmId, a.name, runs ? *runs : QList<QPair<qint64, QString>>());
}

void PortfolioWindow::openAccount(int entry)
{
    if (entry < 0 || entry >= int(m_portfolio.entries().size()))
        return;
    const Portfolio::Entry &e = m_portfolio.entries()[std::size_t(entry)];
    const TeamBook &book = m_portfolio.books()[std::size_t(e.book)];
    const PortfolioAccount &a = m_portfolio.account(e);
    if (a.archived) {
        statusBar()->showMessage(tr("%1 is a former customer: it is no longer in %2's book list.").arg(a.name, book.csm()), 8000);
        return;
    }
    emit openBookRequested(book.readPath, a.localId);
}

void PortfolioWindow::removeSelectedBook()
{
    const int book = m_books->bookAt(m_bookTable->currentIndex().row());
    if (book < 0)
        return;
    m_accounts->clear();
    m_portfolio.remove(book);
    m_books->setBooks(m_portfolio, m_failures);
    rememberBooks();
    updateFilterChoices();
    recompute();
}

void PortfolioWindow::editRates()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Exchange Rates"),
        tr("What one unit of each currency is worth in %1, as CODE=RATE separated by semicolons:").arg(m_rates.reporting()),
        m_rates.toText(), &ok);
    if (!ok)
        return;
    QString error;
    auto rates = CurrencyRates::fromText(m_rates.reporting(), text, &error);
    if (!rates) {
        ErrorDialog::report(this, tr("Exchange Rates"), error);
        return;
    }
    m_rates = *rates;
    setReportingRates(m_rates);
    {
        const QSignalBlocker block(m_currency);
        m_currency->clear();
        m_currency->addItems(m_rates.currencies());
        m_currency->setCurrentText(m_rates.reporting());
    }
    recompute();
}

void PortfolioWindow::reloadReportingRates()
{
    m_rates = reportingRates();
    {
        const QSignalBlocker block(m_currency);
        m_currency->clear();
        m_currency->addItems(m_rates.currencies());
        m_currency->setCurrentText(m_rates.reporting());
    }
    recompute();
}

void PortfolioWindow::exportPdf(const QString &path)
{
    if (m_pdfWatcher.isRunning())
        return;
    m_cancel->store(false);
    m_pdfWatcher.setProperty("path", path);
    statusBar()->showMessage(tr("Writing the portfolio review…"));
    PortfolioDeckOptions options;
    options.title = tr("Portfolio review");
    options.preparedBy = m_comments->author();
    auto copy = std::make_shared<Portfolio>(m_portfolio);
    const PortfolioFilter filter = m_filter;
    const auto cancel = m_cancel;
    m_pdfWatcher.setFuture(QtConcurrent::run(
        [copy, filter, path, options, cancel] { return writePortfolioDeck(*copy, filter, path, options, cancel.get()); }));
}

Result<int> PortfolioWindow::exportComments(int book, const QString &path)
{
    const TeamBook &b = m_portfolio.books().at(std::size_t(book));
    auto written = ReviewCommentStore(m_leadDb).exportFor(b.manifest.bookId, b.csm(), path);
    if (!written)
        ErrorDialog::report(this, tr("Export Comments"), written.errorMessage());
    else
        statusBar()->showMessage(tr("Wrote %1 comments for %2 to %3").arg(*written).arg(b.csm(), QDir::toNativeSeparators(path)), 8000);
    return written;
}

} // namespace csm
