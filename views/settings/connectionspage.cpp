#include "connectionspage.h"

#include "errordialog.h"
#include "sync/connectiondialog.h"

#include "book/booksession.h"
#include "sync/connectorregistry.h"
#include "sync/secretstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace csm {

namespace {

bool sameConnection(const CrmConnection &a, const CrmConnection &b)
{
    return a.name == b.name && a.connector == b.connector && a.settings == b.settings && a.me == b.me;
}

QString crmName(const QString &connector)
{
    const auto factory = ConnectorRegistry::instance().find(connector);
    return factory ? factory->displayName() : connector;
}

bool needsToken(const QString &connector)
{
    const auto factory = ConnectorRegistry::instance().find(connector);
    return factory && factory->create()->needsSecret();
}

/// Where the connection reads from: the CRM's address, or the export file a file connection reads.
QString address(const CrmConnection &c)
{
    for (const char *key : { "base_url", "instance_url", "accounts_file" })
        if (const QString value = c.settings.value(QLatin1String(key)).toString(); !value.isEmpty())
            return value;
    return QStringLiteral("—");
}

QString lastSync(const SyncRun &run)
{
    const QLocale locale;
    const QDateTime at = (run.finishedAt.isValid() ? run.finishedAt : run.startedAt).toLocalTime();
    const QString when = locale.toString(at, QLocale::ShortFormat);
    if (run.status == u"running")
        return ConnectionsPage::tr("Running since %1").arg(when);
    if (run.status == u"failed")
        return ConnectionsPage::tr("%1 (failed)").arg(when);
    if (run.status == u"cancelled")
        return ConnectionsPage::tr("%1 (cancelled)").arg(when);
    return when;
}

} // namespace

ConnectionsPage::ConnectionsPage(BookSession *session, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_secrets(secrets)
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_testResult(new QLabel(this))
{
    m_list->setAccessibleName(tr("CRM connections"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("Name"), tr("CRM"), tr("Address"), tr("Last sync") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(AddressColumn, QHeaderView::Stretch);
    m_test->setToolTip(tr("Asks the CRM whether it answers, with the token in the keychain or the one just typed"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setAccessibleName(tr("Connection test result"));

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : { m_add, m_edit, m_remove, m_test })
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *note = new QLabel(tr("Tokens are kept in the system keychain, never in the book or the settings. Added, "
                               "edited and removed connections are saved when you press OK; removing one also "
                               "removes its sync log and its token. Sync and the sync log are in the CRM menu."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row, 1);
    layout->addWidget(m_testResult);
    layout->addWidget(note);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ConnectionsPage::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &ConnectionsPage::edit);
    connect(m_add, &QPushButton::clicked, this, &ConnectionsPage::add);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionsPage::edit);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeConnection(m_list->indexOfTopLevelItem(m_list->currentItem())); });
    connect(m_test, &QPushButton::clicked, this, [this] { testConnection(m_list->indexOfTopLevelItem(m_list->currentItem())); });
    connect(&m_testWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_testWatcher.result();
        const QString name = m_testWatcher.property("name").toString();
        m_testResult->setText(error.isEmpty() ? tr("✓ %1 answered.").arg(name) : error);
        m_test->setEnabled(m_list->currentItem() != nullptr);
        emit tested();
    });
    load();
}

ConnectionsPage::~ConnectionsPage()
{
    m_cancel->store(true); // a test still waiting for the CRM stops at once
    m_testWatcher.waitForFinished();
}

void ConnectionsPage::load()
{
    m_entries.clear();
    if (m_session) {
        const SyncStore store(m_session->connection());
        if (auto connections = store.connections()) {
            for (const CrmConnection &c : *connections) {
                Entry entry { c, c, {}, tr("Never"), false };
                if (auto runs = store.runs(c.id, 1); runs && !runs->isEmpty())
                    entry.lastSync = lastSync(runs->first());
                m_entries << entry;
            }
        } else {
            m_testResult->setText(connections.errorMessage());
        }
    }
    rebuild();
}

void ConnectionsPage::rebuild()
{
    const int current = entryAt(m_list->indexOfTopLevelItem(m_list->currentItem()));
    m_list->clear();
    QTreeWidgetItem *select = nullptr;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        if (e.removed)
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, Qt::UserRole, i);
        item->setText(NameColumn, e.current.name);
        item->setText(CrmColumn, crmName(e.current.connector));
        item->setText(AddressColumn, address(e.current));
        item->setToolTip(AddressColumn, address(e.current));
        item->setText(LastSyncColumn, e.stored.id == 0 ? tr("Not synced yet") : e.lastSync);
        const bool pending = e.stored.id == 0 || !sameConnection(e.stored, e.current) || !e.token.isEmpty();
        if (pending) {
            QFont italic = item->font(NameColumn);
            italic.setItalic(true);
            for (int c = 0; c < ColumnCount; ++c) {
                item->setFont(c, italic);
                item->setToolTip(c, e.stored.id == 0 ? tr("New: saved when you press OK") : tr("Changed: saved when you press OK"));
            }
        }
        if (i == current)
            select = item;
    }
    if (!select && m_list->topLevelItemCount() > 0)
        select = m_list->topLevelItem(0);
    m_list->setCurrentItem(select);
    updateButtons();
}

void ConnectionsPage::updateButtons()
{
    const bool chosen = m_list->currentItem() != nullptr;
    m_add->setEnabled(!m_session.isNull());
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
    m_test->setEnabled(chosen && !m_testWatcher.isRunning());
}

int ConnectionsPage::entryAt(int row) const
{
    const QTreeWidgetItem *item = row >= 0 ? m_list->topLevelItem(row) : nullptr;
    return item ? item->data(NameColumn, Qt::UserRole).toInt() : -1;
}

QString ConnectionsPage::nameTaken(const QString &name, int except) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (i != except && !m_entries.at(i).removed && m_entries.at(i).current.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("There is a connection named %1 already; choose another name.").arg(name);
    return {};
}

QString ConnectionsPage::secretKey(const CrmConnection &connection) const
{
    const auto book = m_session ? SyncStore(m_session->connection()).bookId() : Result<QString>(Error { QString() });
    return SecretStore::connectionKey(book ? *book : QString(), connection.connector, connection.name);
}

bool ConnectionsPage::addConnection(const CrmConnection &connection, const QString &token, QString *error)
{
    const QString why = connection.name.trimmed().isEmpty() ? tr("A CRM connection needs a name.")
                                                            : nameTaken(connection.name.trimmed(), -1);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    Entry entry;
    entry.current = connection;
    entry.current.id = 0;
    entry.current.name = connection.name.trimmed();
    entry.token = token;
    m_entries << entry;
    rebuild();
    m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    m_testResult->setText(tr("%1 is added when you press OK.").arg(entry.current.name));
    return true;
}

void ConnectionsPage::add()
{
    ConnectionDialog dialog(CrmConnection {}, false, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!addConnection(dialog.connection(), dialog.token(), &error))
        ErrorDialog::report(this, tr("CRM Connection"), error);
}

void ConnectionsPage::edit()
{
    const int i = entryAt(m_list->indexOfTopLevelItem(m_list->currentItem()));
    if (i < 0 || !m_session)
        return;
    const Entry &entry = m_entries.at(i);
    QList<std::pair<QString, QString>> owners;
    if (entry.stored.id != 0) {
        QSqlQuery q(m_session->connection());
        q.prepare(QStringLiteral("SELECT crm_id, name FROM crm_owners WHERE connection_id = ? AND NOT archived ORDER BY name"));
        q.addBindValue(entry.stored.id);
        if (q.exec())
            while (q.next())
                owners << std::pair { q.value(0).toString(), q.value(1).toString() };
    }
    // The keychain holds a token for what the book has saved; one typed here stands in for it.
    const bool hasToken = !entry.token.isEmpty() || (entry.stored.id != 0 && entry.current.connector == entry.stored.connector);
    ConnectionDialog dialog(entry.current, hasToken, owners, this);
    dialog.nameEdit()->setReadOnly(entry.stored.id != 0); // its token is filed under its name
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CrmConnection edited = dialog.connection();
    if (const QString taken = nameTaken(edited.name, i); !taken.isEmpty()) {
        ErrorDialog::report(this, tr("CRM Connection"), taken);
        return;
    }
    Entry &changed = m_entries[i];
    changed.current = edited;
    if (!dialog.token().isEmpty())
        changed.token = dialog.token();
    rebuild();
    m_testResult->setText(tr("The changes to %1 are saved when you press OK.").arg(edited.name));
}

void ConnectionsPage::removeConnection(int row)
{
    const int i = entryAt(row);
    if (i < 0)
        return;
    const QString name = m_entries.at(i).current.name;
    if (m_entries.at(i).stored.id == 0) {
        m_entries.removeAt(i);
        m_testResult->setText(tr("%1 is not added.").arg(name));
    } else {
        m_entries[i].removed = true;
        m_testResult->setText(tr("%1 is removed, with its sync log and its token, when you press OK; the accounts it "
                                 "brought stay in the book.")
                                  .arg(name));
    }
    rebuild();
}

void ConnectionsPage::testConnection(int row)
{
    const int i = entryAt(row);
    if (i < 0 || m_testWatcher.isRunning())
        return;
    const Entry entry = m_entries.at(i);
    m_test->setEnabled(false);
    m_testResult->setText(tr("Asking %1…").arg(entry.current.name));
    m_testWatcher.setProperty("name", entry.current.name);
    QPointer<ConnectionsPage> self(this);
    const auto run = [self, connection = entry.current](const QString &token) {
        if (!self)
            return;
        self->m_testWatcher.setFuture(QtConcurrent::run([connection, token, cancel = self->m_cancel] {
            return testCrmConnection(connection, token, cancel.get());
        }));
    };
    const bool storedToken = entry.stored.id != 0 && entry.current.connector == entry.stored.connector;
    if (!entry.token.isEmpty() || !needsToken(entry.current.connector) || !storedToken || !m_secrets) {
        run(entry.token);
        return;
    }
    m_secrets->read(secretKey(entry.stored), [self, run, name = entry.current.name](std::optional<QString> secret, const QString &error) {
        if (!self)
            return;
        if (!secret) {
            self->m_testResult->setText(error.isEmpty() ? tr("The keychain holds no token for %1; edit the connection to enter one.").arg(name)
                                                        : error);
            self->updateButtons();
            emit self->tested();
            return;
        }
        run(*secret);
    });
}

QList<ConnectionChange> ConnectionsPage::changes() const
{
    QList<ConnectionChange> removals;
    QList<ConnectionChange> edits;
    QList<ConnectionChange> additions;
    for (const Entry &e : m_entries) {
        if (e.stored.id == 0) {
            if (!e.removed)
                additions << ConnectionChange { {}, e.current, false, e.token };
        } else if (e.removed) {
            removals << ConnectionChange { e.stored, {}, true, {} };
        } else if (!sameConnection(e.stored, e.current) || !e.token.isEmpty()) {
            edits << ConnectionChange { e.stored, e.current, false, e.token };
        }
    }
    // Removals first, so a name given up can be taken by a new connection.
    return removals + edits + additions;
}

QString ConnectionsPage::save()
{
    const QList<ConnectionChange> list = changes();
    if (list.isEmpty() || !m_session)
        return {};
    const bool tokens = std::any_of(list.cbegin(), list.cend(), [](const ConnectionChange &c) { return !c.token.isEmpty(); });
    if (tokens && !m_secrets)
        return tr("There is no keychain to keep the tokens in.");
    auto applied = applyConnectionChanges(m_session->connection(), list);
    if (!applied)
        return applied.errorMessage();
    auto book = SyncStore(m_session->connection()).bookId();
    if (!book)
        return book.errorMessage();
    if (m_secrets) {
        // The keychain answers later, maybe after Settings closed: report to the window behind it.
        QPointer<QWidget> reportTo = window()->parentWidget() ? window()->parentWidget() : window();
        updateConnectionSecrets(*m_secrets, *book, list, [reportTo](const QStringList &errors) {
            if (reportTo && !errors.isEmpty())
                ErrorDialog::report(reportTo, tr("CRM Connections"), errors.join(u'\n'));
        });
    }
    load();
    return {};
}

} // namespace csm
