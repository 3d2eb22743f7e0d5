#pragma once

#include "sync/crmconnector.h"
#include "sync/syncstore.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace csm {

class BookSession;
class LocalEditsModel;
class SecretStore;
class SyncIssuesModel;
class SyncJob;
class SyncRunsModel;

/// CRM connections of the book and their syncs: add, edit and remove connections, Sync Now with
/// records per object type as they are stored and Cancel, the log of every run with the records it
/// skipped and why, and the conflicts between edits made here and changes in the CRM, each with
/// both values and a choice.
class SyncDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Tab { LogTab, ConflictsTab };

    SyncDialog(SecretStore *secrets, QWidget *parent = nullptr);
    ~SyncDialog() override;

    void setSession(BookSession *session);
    void showTab(Tab tab);

    /// Syncs the chosen connection (the first when none is chosen) in the background.
    void syncNow();
    bool isSyncing() const;
    void cancelSync();

    /// Reads the connections, the log and the edits again.
    void refresh();

    QComboBox *connectionBox() const { return m_connections; }
    QPushButton *syncButton() const { return m_sync; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTableView *runsView() const { return m_runsView; }
    QTableView *issuesView() const { return m_issuesView; }
    QTableView *editsView() const { return m_editsView; }
    QPushButton *keepLocalButton() const { return m_keepLocal; }
    QPushButton *takeCrmButton() const { return m_takeCrm; }
    QLabel *statusLabel() const { return m_status; }
    /// "Accounts: 1,200" and the like, per object type, while a sync runs and after.
    QString progressText(CrmObject object) const;

    /// Opens the connection editor for a new (`edit` false) or the chosen connection; returns
    /// whether it was saved. The token goes to the keychain.
    bool editConnection(bool edit);
    /// Removes the chosen connection and its token after asking.
    void removeConnection();

signals:
    void syncFinished(const csm::SyncRun &run);
    /// Go to Account on an edit.
    void accountRequested(qint64 accountId);

private:
    std::optional<CrmConnection> currentConnection() const;
    QString secretKey(const CrmConnection &connection) const;
    void startSync(const CrmConnection &connection, const QString &secret);
    void onProgress(CrmObject object, int records);
    void onFinished(const SyncRun &run);
    void showRunIssues();
    void settleEdit(bool keepLocal);
    void updateButtons();

    QPointer<BookSession> m_session;
    SecretStore *m_secrets;
    QPointer<SyncJob> m_job;
    QComboBox *m_connections;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_sync;
    QPushButton *m_cancel;
    QHash<CrmObject, QLabel *> m_progress;
    QLabel *m_status;
    QTabWidget *m_tabs;
    SyncRunsModel *m_runs;
    SyncIssuesModel *m_issues;
    LocalEditsModel *m_edits;
    QTableView *m_runsView;
    QTableView *m_issuesView;
    QTableView *m_editsView;
    QLabel *m_runMessage;
    QPushButton *m_keepLocal;
    QPushButton *m_takeCrm;
    QPushButton *m_goToAccount;
};

} // namespace csm
