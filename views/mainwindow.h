#pragma once

#include "book/booksession.h"
#include "settingsdialog.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QSplitter;

namespace csm {

class AccountDetailPane;
class AccountTabs;
class BookFilterBar;
class BookProxyModel;
class BookTableView;
class JobIndicator;
class PortfolioCharts;
class SyncController;
class TodayView;

/// The book of business: segment tabs and filters, the account list, and the selected account.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows `session` (taking ownership) and starts loading it in the background.
    void setSession(std::unique_ptr<BookSession> session);
    BookSession *session() const { return m_session.get(); }

    BookProxyModel *proxyModel() const { return m_proxy; }
    BookFilterBar *filterBar() const { return m_filterBar; }
    BookTableView *tableView() const { return m_table; }
    AccountDetailPane *detailPane() const { return m_detail; }
    PortfolioCharts *portfolioCharts() const { return m_portfolio; }
    TodayView *todayView() const { return m_today; }
    AccountTabs *accountTabs() const { return m_accountTabs; }
    /// Edit ▸ Go to Account or Command (Ctrl+K).
    class CommandPalette *commandPalette() const { return m_palette; }
    /// Selects the account (clearing filters that hide it) and opens the note at the words.
    void openNote(qint64 accountId, qint64 meetingId, const QStringList &terms = {});
    /// Selects the account in the list, clearing filters that hide it.
    void goToAccount(qint64 accountId);
    void searchNotes();
    /// Opens the QBR deck export for the current account.
    void exportDeck();
    /// Edits the CRM-owned fields of the current account (undoable).
    void editAccount();
    /// The CRM menu: sync, connections, log, conflicts, my accounts.
    SyncController *sync() const { return m_sync; }
    /// Exports a deck for every account the list shows into `folder`, in the background.
    void exportDecksTo(const QString &folder);
    /// The deck export dialog while it is open, and the batch export while it runs (tests).
    class DeckExportDialog *deckExportDialog() const;
    class DeckBatchExport *deckBatchExport() const;
    /// Opens Settings at `page` (Edit ▸ Settings; the Book menu's rules and model open their pages).
    void showSettings(SettingsDialog::Page page = SettingsDialog::Page::General);
    /// The Settings dialog while it is open (tests drive it).
    SettingsDialog *settingsDialog() const { return m_settingsDialog; }

    /// Whether to offer the demo book when an opened book turns out empty (off in tests).
    void setOfferDemoWhenEmpty(bool offer) { m_offerDemo = offer; }
    /// Whether opening a book runs the playbook rules (off in tests that count runs).
    void setEvaluateRulesOnOpen(bool evaluate) { m_evaluateRulesOnOpen = evaluate; }

    /// A team member's book, opened from the portfolio: only reading and exporting are offered,
    /// nothing runs by itself on open, and the window's settings are not saved. Call before
    /// setSession() with a session opened read-only.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// Writes a snapshot of this book for the team lead (File ▸ Export Book for Your Lead).
    void exportBookTo(const QString &path);
    /// The team lead's portfolio window (File ▸ Open Team Books), created on first use.
    class PortfolioWindow *portfolioWindow();
    /// Opens `path` read-only in a window of its own, at `accountId` (from the portfolio).
    MainWindow *openReadOnlyBook(const QString &path, qint64 accountId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreSettings();
    void restoreColumns();
    void saveSettings() const;
    void onLoaded(int rows, qint64 elapsedMs);
    void onFilterChanged();
    void followSortForFirstPage();
    void updateTotals();
    void updatePortfolio();
    void showAccount(qint64 accountId);
    void showError(const QString &message);
    void offerDemo();
    void openBook();
    void newBook();
    void editSegmentationRules();
    void editHealthModel();
    void importAccounts();
    void importReviewComments();
    void exportAccounts();
    void exportFilteredDecks();
    void setCurrentSegment(std::optional<Segment> segment);
    void openBookAt(const QString &path);
    void restoreDrafts();
    void updateActions();
    void exportBook();
    void openTeamBooks();

    std::unique_ptr<BookSession> m_session;
    BookProxyModel *m_proxy;
    BookFilterBar *m_filterBar;
    BookTableView *m_table;
    AccountDetailPane *m_detail;
    QSplitter *m_splitter;
    JobIndicator *m_jobs;
    PortfolioCharts *m_portfolio;
    TodayView *m_today;
    AccountTabs *m_accountTabs;
    class CommandPalette *m_palette = nullptr;
    SyncController *m_sync = nullptr;
    class QTimer *m_portfolioTimer;
    QPointer<SettingsDialog> m_settingsDialog;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QList<QAction *> m_bookActions;
    QPointer<class DeckExportDialog> m_deckDialog;
    QPointer<class DeckBatchExport> m_deckBatch;
    QList<QAction *> m_readOnlySafe; ///< book actions that only read (offered in a read-only window)
    QPointer<class PortfolioWindow> m_portfolioWindow;
    bool m_readOnly = false;
    bool m_offerDemo = true;
    bool m_evaluateRulesOnOpen = true;
    bool m_firstLoad = true;
    bool m_columnsRestored = false;
    qint64 m_pendingSelection = 0;
};

} // namespace csm
