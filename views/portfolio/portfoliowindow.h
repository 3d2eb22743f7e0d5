#pragma once

#include "metrics/currencyrates.h"
#include "portfolio/portfolio.h"
#include "portfolio/portfoliodashboard.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>
#include <QSqlDatabase>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QTableView;
class QSortFilterProxyModel;

namespace csm {

class ChartView;
class PortfolioAccountModel;
class PortfolioGroupModel;
class ReviewCommentsPanel;
class TeamBooksModel;

/// The team lead's portfolio: the CSMs' book files opened read-only, compared side by side by CSM
/// and by segment, every figure drillable to the accounts behind it, with the lead's review
/// comments. Books are read on worker threads; the dashboards are recomputed in memory.
class PortfolioWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortfolioWindow)

public:
    /// `leadDb`: the lead's own book, which remembers the team books and keeps the comments.
    explicit PortfolioWindow(QSqlDatabase leadDb, QWidget *parent = nullptr);
    ~PortfolioWindow() override;

    /// Reads `paths` (files or folders) on a worker and adds them to the portfolio.
    void addBooks(const QStringList &paths);
    /// Opens the books this lead opened before.
    void restoreBooks();
    /// Adds the lead's own book (synced from the CRM for the whole team) as one part per owner.
    void addOwnBookByOwner();
    /// Writes a demo team into the app's data folder and opens it.
    void loadDemoTeam();
    /// Sets "today" (tests); the real date otherwise.
    void setToday(const QDate &today);
    void waitForIdle();

    const Portfolio &portfolio() const { return m_portfolio; }
    const PortfolioFilter &filter() const { return m_filter; }
    PortfolioGroupModel *csmModel() const { return m_byCsm; }
    PortfolioGroupModel *segmentModel() const { return m_bySegment; }
    PortfolioAccountModel *accountModel() const { return m_accounts; }
    TeamBooksModel *booksModel() const { return m_books; }
    QTableView *csmTable() const { return m_csmTable; }
    QTableView *segmentTable() const { return m_segmentTable; }
    QTableView *accountTable() const { return m_accountTable; }
    ChartView *chart() const { return m_chart; }
    QComboBox *chartChoice() const { return m_chartChoice; }
    QComboBox *periodChoice() const { return m_period; }
    QComboBox *segmentChoice() const { return m_segment; }
    QComboBox *currencyChoice() const { return m_currency; }
    ReviewCommentsPanel *comments() const { return m_comments; }
    QLabel *drillTitle() const { return m_drillTitle; }

    /// Shows the accounts behind one figure in the list below the dashboards.
    void drill(PortfolioGrouping grouping, int group, PortfolioMetric metric, const QString &title);
    /// Opens the CSM's book holding portfolio entry `entry`, read-only, at that account.
    void openAccount(int entry);
    /// Writes the lead's comments on book `book` for its CSM to import.
    Result<int> exportComments(int book, const QString &path);
    /// Writes the portfolio review PDF (on a worker).
    void exportPdf(const QString &path);
    /// Takes the reporting currency and exchange rates from Settings again (after they changed).
    void reloadReportingRates();

signals:
    /// Asks for a read-only window on `bookPath` showing `accountId`.
    void openBookRequested(const QString &bookPath, qint64 accountId);
    void booksLoaded();
    void pdfWritten(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void recompute();
    void rebuildChart();
    void rememberBooks();
    void updateFilterChoices();
    void onCellActivated(PortfolioGroupModel *model, QSortFilterProxyModel *proxy, const QModelIndex &index);
    void onAccountSelected();
    void removeSelectedBook();
    void editRates();

    QSqlDatabase m_leadDb;
    Portfolio m_portfolio;
    PortfolioFilter m_filter;
    CurrencyRates m_rates;
    PortfolioDashboard m_dashboard;
    QList<QPair<QString, QString>> m_failures;
    QDate m_today;

    struct Drill
    {
        PortfolioGrouping grouping = PortfolioGrouping::Team;
        int group = -1;
        PortfolioMetric metric = PortfolioMetric::Red;
        QString title;
    } m_drill;

    TeamBooksModel *m_books;
    PortfolioGroupModel *m_byCsm;
    PortfolioGroupModel *m_bySegment;
    PortfolioAccountModel *m_accounts;
    QSortFilterProxyModel *m_csmProxy;
    QSortFilterProxyModel *m_segmentProxy;
    QSortFilterProxyModel *m_accountProxy;
    QTableView *m_bookTable;
    QTableView *m_csmTable;
    QTableView *m_segmentTable;
    QTableView *m_accountTable;
    ChartView *m_chart;
    QComboBox *m_chartChoice;
    QComboBox *m_chartGrouping;
    QComboBox *m_period;
    QComboBox *m_segment;
    QComboBox *m_csm;
    QComboBox *m_currency;
    QLabel *m_drillTitle;
    QLabel *m_summary;
    ReviewCommentsPanel *m_comments;

    QFutureWatcher<void> m_loadWatcher;
    QFutureWatcher<Status> m_pdfWatcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::vector<Result<TeamBook>>> m_loaded;
    QStringList m_loadingFiles;
    bool m_splitLoad = false; ///< the books being read are split by account owner
};

} // namespace csm
