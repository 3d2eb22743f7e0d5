#pragma once

#include "sync/connectionchanges.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace csm {

class BookSession;
class SecretStore;

/// The book's CRM connections in Settings: each with its CRM, address and last sync; Add, Edit
/// and Remove through the connection dialog, and Test against the CRM with the token the
/// keychain holds (or the one just typed). Nothing is written until save(): then the book's
/// connections change in one transaction and the tokens go to (or leave) the keychain. Tokens
/// are never shown, nor kept in the book or the settings.
class ConnectionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsPage)

public:
    enum Column { NameColumn, CrmColumn, AddressColumn, LastSyncColumn, ColumnCount };

    /// `session` may be null (no book); `secrets` files the tokens.
    ConnectionsPage(BookSession *session, SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectionsPage() override;

    /// Adds a connection to the list, to be saved with `token` (empty for a CRM that takes none);
    /// false with why when its name is taken.
    bool addConnection(const CrmConnection &connection, const QString &token, QString *error = nullptr);
    /// Takes the connection in `row` of the list off it; saving removes it and its token.
    void removeConnection(int row);
    /// Tests the connection in `row`; the answer appears in testResult().
    void testConnection(int row);

    /// The changes save() would make.
    QList<ConnectionChange> changes() const;
    bool hasChanges() const { return !changes().isEmpty(); }
    /// Writes the changes (one transaction) and files the tokens; empty when saved, else why.
    QString save();

    QTreeWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_testResult; }

signals:
    /// A connection test finished and testResult() shows its answer.
    void tested();

private:
    struct Entry
    {
        CrmConnection stored; ///< as the book has it; id 0 for one added here
        CrmConnection current;
        QString token;        ///< typed here, waiting for save()
        QString lastSync;
        bool removed = false;
    };

    void load();
    void rebuild();
    void updateButtons();
    void add();
    void edit();
    int entryAt(int row) const;
    QString nameTaken(const QString &name, int except) const;
    QString secretKey(const CrmConnection &connection) const;

    QPointer<BookSession> m_session;
    SecretStore *m_secrets;
    QList<Entry> m_entries;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QLabel *m_testResult;
    QFutureWatcher<QString> m_testWatcher;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace csm
