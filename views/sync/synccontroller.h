#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace csm {

class BookSession;
class MainWindow;
class SecretStore;
class SyncDialog;

/// The CRM menu of the main window: Sync Now, the connections and sync log, conflicts, and
/// "My Accounts Only" (the accounts the CRM owner you are owns).
class SyncController final : public QObject
{
    Q_OBJECT

public:
    explicit SyncController(MainWindow *window);
    ~SyncController() override;

    /// Adds the CRM menu to the window's menu bar before `before`.
    QMenu *createMenu(QAction *before);
    void setSession(BookSession *session);

    SyncDialog *dialog() const { return m_dialog; }
    SecretStore *secrets() const { return m_secrets; }
    QAction *myAccountsAction() const { return m_mine; }

    /// The owner name "me" stands for: the owner a connection names as you, else the one chosen
    /// before; empty when neither is known.
    QString myOwnerName() const;
    /// Limits the book to your accounts (asking who you are when no connection says), or shows
    /// the team's again.
    void showMyAccounts(bool mine);

private:
    MainWindow *m_window;
    SecretStore *m_secrets;
    SyncDialog *m_dialog;
    QAction *m_mine = nullptr;
};

} // namespace csm
