#include "syncdialog.h"
#include "errordialog.h"

#include "connectiondialog.h"

#include "book/booksession.h"
#include "itemmodels/syncmodels.h"
#include "store/transaction.h"
#include "sync/connectionchanges.h"
#include "sync/connectorregistry.h"
#include "sync/localedits.h"
#include "sync/secretstore.h"
#include "sync/syncjob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace csm {

namespace {

QString objectLabel(CrmObject object)
{
    switch (object) {
    case CrmObject::Owners: return SyncDialog::tr("Owners");
    case CrmObject::Companies: return SyncDialog::tr("Accounts");
    case CrmObject::Contacts: return SyncDialog::tr("Contacts");
    case CrmObject::Deals: return SyncDialog::tr("Deals");
    }
    return {};
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setAccessibleName(name);
    return view;
}

/// Files the tokens of applied connection changes in the keychain; what it refused shows in `status`.
void fileSecrets(SecretStore &secrets, const QSqlDatabase &db, const QList<ConnectionChange> &changes, QPointer<QLabel> status)
{
    const auto book = SyncStore(db).bookId();
    updateConnectionSecrets(secrets, book ? *book : QString(), changes, [status](const QStringList &errors) {
        if (status && !errors.isEmpty())
            status->setText(errors.join(u'\n'));
    });
}

} // namespace

QString SyncDialog::secretKey(const CrmConnection &connection) const
{
    const auto book = m_session ? SyncStore(m_session->connection()).bookId() : Result<QString>(Error { QString() });
    return SecretStore::connectionKey(book ? *book : QString(), connection.connector, connection.name);
}

SyncDialog::SyncDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_runs(new SyncRunsModel(this))
    , m_issues(new SyncIssuesModel(this))
    , m_edits(new LocalEditsModel(this))
{
    setWindowTitle(tr("CRM Sync"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("C&onnection:"), this);
    m_connections = new QComboBox(this);
    m_connections->setAccessibleName(tr("CRM connection"));
    m_connections->setMinimumContentsLength(24);
    label->setBuddy(m_connections);
    m_add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_sync = new QPushButton(tr("&Sync Now"), this);
    m_sync->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel Sync"), this);
    top->addWidget(label);
    top->addWidget(m_connections, 1);
    top->addWidget(m_add);
    top->addWidget(m_edit);
    top->addWidget(m_remove);
    top->addSpacing(16);
    top->addWidget(m_sync);
    top->addWidget(m_cancel);
    layout->addLayout(top);

    auto *progress = new QGridLayout;
    int column = 0;
    for (CrmObject object : AllCrmObjects) {
        auto *name = new QLabel(objectLabel(object) + u':', this);
        auto *count = new QLabel(QStringLiteral("–"), this);
        count->setAccessibleName(tr("%1 synced").arg(objectLabel(object)));
        count->setMinimumWidth(70);
        progress->addWidget(name, 0, column++);
        progress->addWidget(count, 0, column++);
        m_progress.insert(object, count);
    }
    progress->setColumnStretch(column, 1);
    layout->addLayout(progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_tabs = new QTabWidget(this);
    auto *logPage = new QSplitter(Qt::Vertical, m_tabs);
    m_runsView = makeTable(m_runs, logPage, tr("Sync runs"));
    auto *issuesBox = new QWidget(logPage);
    auto *issuesLayout = new QVBoxLayout(issuesBox);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    m_runMessage = new QLabel(issuesBox);
    m_runMessage->setWordWrap(true);
    m_runMessage->setTextFormat(Qt::PlainText);
    m_runMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issuesView = makeTable(m_issues, issuesBox, tr("Records skipped by the run"));
    issuesLayout->addWidget(m_runMessage);
    issuesLayout->addWidget(m_issuesView);
    logPage->addWidget(m_runsView);
    logPage->addWidget(issuesBox);
    m_tabs->addTab(logPage, tr("Sync &Log"));

    auto *editsPage = new QWidget(m_tabs);
    auto *editsLayout = new QVBoxLayout(editsPage);
    auto *explain = new QLabel(tr("Fields the CRM owns that were edited here. They are written to the CRM by the next sync, unless the "
                                  "CRM changed them too: then choose which value stays."),
                               editsPage);
    explain->setWordWrap(true);
    editsLayout->addWidget(explain);
    m_editsView = makeTable(m_edits, editsPage, tr("Edits and conflicts"));
    editsLayout->addWidget(m_editsView);
    auto *choices = new QHBoxLayout;
    m_keepLocal = new QPushButton(tr("&Keep Your Value"), editsPage);
    m_keepLocal->setToolTip(tr("The next sync writes your value to the CRM"));
    m_takeCrm = new QPushButton(tr("&Take the CRM's Value"), editsPage);
    m_takeCrm->setToolTip(tr("Your value is replaced by the CRM's"));
    m_goToAccount = new QPushButton(tr("&Go to Account"), editsPage);
    choices->addWidget(m_keepLocal);
    choices->addWidget(m_takeCrm);
    choices->addStretch(1);
    choices->addWidget(m_goToAccount);
    editsLayout->addLayout(choices);
    m_tabs->addTab(editsPage, tr("&Conflicts and Edits"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { editConnection(false); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editConnection(true); });
    connect(m_remove, &QPushButton::clicked, this, &SyncDialog::removeConnection);
    connect(m_sync, &QPushButton::clicked, this, &SyncDialog::syncNow);
    connect(m_cancel, &QPushButton::clicked, this, &SyncDialog::cancelSync);
    connect(m_connections, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_session)
            return;
        const auto c = currentConnection();
        auto runs = c ? SyncStore(m_session->connection()).runs(c->id) : Result<QList<SyncRun>>(QList<SyncRun> {});
        m_runs->setRuns(runs ? *runs : QList<SyncRun> {});
        m_runsView->resizeColumnsToContents();
        if (m_runs->rowCount() > 0)
            m_runsView->selectRow(0);
        else
            showRunIssues();
        updateButtons();
    });
    connect(m_runsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncDialog::showRunIssues);
    connect(m_editsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncDialog::updateButtons);
    connect(m_keepLocal, &QPushButton::clicked, this, [this] { settleEdit(true); });
    connect(m_takeCrm, &QPushButton::clicked, this, [this] { settleEdit(false); });
    connect(m_goToAccount, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_editsView->currentIndex();
        if (index.isValid())
            emit accountRequested(index.data(LocalEditsModel::AccountIdRole).toLongLong());
    });
    resize(900, 600);
    updateButtons();
}

SyncDialog::~SyncDialog() = default;

void SyncDialog::setSession(BookSession *session)
{
    if (m_job && m_job->isRunning())
        m_job->cancel(); // it ends with the old book
    m_session = session;
    refresh();
}

void SyncDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab == LogTab ? 0 : 1);
}

std::optional<CrmConnection> SyncDialog::currentConnection() const
{
    if (!m_session || m_connections->currentIndex() < 0)
        return std::nullopt;
    auto c = SyncStore(m_session->connection()).connection(m_connections->currentData().toLongLong());
    if (!c)
        return std::nullopt;
    return *c;
}

void SyncDialog::refresh()
{
    const qint64 chosen = m_connections->currentData().toLongLong();
    {
        const QSignalBlocker block(m_connections);
        m_connections->clear();
        if (m_session) {
            auto connections = SyncStore(m_session->connection()).connections();
            if (connections)
                for (const CrmConnection &c : *connections) {
                    const auto factory = ConnectorRegistry::instance().find(c.connector);
                    m_connections->addItem(QStringLiteral("%1 (%2)").arg(c.name, factory ? factory->displayName() : c.connector), c.id);
                }
        }
        const int index = m_connections->findData(chosen);
        m_connections->setCurrentIndex(index >= 0 ? index : m_connections->count() > 0 ? 0 : -1);
    }
    emit m_connections->currentIndexChanged(m_connections->currentIndex());
    auto edits = m_session ? LocalEditStore(m_session->connection()).list() : Result<QList<LocalEdit>>(QList<LocalEdit> {});
    m_edits->setEdits(edits ? *edits : QList<LocalEdit> {});
    for (int c = 0; c < LocalEditsModel::ColumnCount; ++c)
        m_editsView->resizeColumnToContents(c);
    const int conflicts = m_edits->conflictCount();
    m_tabs->setTabText(1, conflicts > 0 ? tr("&Conflicts (%1) and Edits").arg(conflicts) : tr("&Conflicts and Edits"));
    updateButtons();
}

void SyncDialog::showRunIssues()
{
    const QModelIndex index = m_runsView->selectionModel()->currentIndex();
    const int row = m_runsView->selectionModel()->hasSelection() ? m_runsView->selectionModel()->selectedRows().value(0).row() : -1;
    Q_UNUSED(index)
    if (row < 0 || !m_session) {
        m_issues->setIssues({});
        m_runMessage->clear();
        return;
    }
    const SyncRun &run = m_runs->runAt(row);
    auto full = SyncStore(m_session->connection()).run(run.id);
    m_issues->setIssues(full ? full->issues : QList<CrmRecordIssue> {});
    QString text = run.message.isEmpty() ? SyncRunsModel::statusText(run.status) : run.message;
    if (full && !full->issues.isEmpty())
        text += u' ' + tr("%n record(s) skipped:", nullptr, int(full->issues.size()));
    m_runMessage->setText(text);
    m_issuesView->resizeColumnToContents(SyncIssuesModel::Object);
    m_issuesView->resizeColumnToContents(SyncIssuesModel::Record);
}

bool SyncDialog::isSyncing() const
{
    return m_job && m_job->isRunning();
}

void SyncDialog::updateButtons()
{
    const bool syncing = isSyncing();
    const bool hasConnection = m_connections->currentIndex() >= 0;
    m_sync->setEnabled(!syncing && hasConnection && m_session);
    m_cancel->setEnabled(syncing);
    m_add->setEnabled(!syncing && m_session);
    m_edit->setEnabled(!syncing && hasConnection);
    m_remove->setEnabled(!syncing && hasConnection);
    const QModelIndexList selected = m_editsView->selectionModel()->selectedRows();
    const bool conflict = !selected.isEmpty() && selected.first().data(LocalEditsModel::ConflictRole).toBool();
    m_keepLocal->setEnabled(!syncing && conflict);
    m_takeCrm->setEnabled(!syncing && !selected.isEmpty());
    m_takeCrm->setText(conflict || selected.isEmpty() ? tr("&Take the CRM's Value") : tr("&Withdraw Your Edit"));
    m_goToAccount->setEnabled(!selected.isEmpty());
}

void SyncDialog::syncNow()
{
    if (!m_session || isSyncing())
        return;
    if (m_connections->currentIndex() < 0) {
        m_status->setText(tr("Add a CRM connection first."));
        show();
        return;
    }
    const auto connection = currentConnection();
    if (!connection)
        return;
    const auto factory = ConnectorRegistry::instance().find(connection->connector);
    if (!factory) {
        m_status->setText(tr("The connector '%1' is not installed.").arg(connection->connector));
        return;
    }
    if (!factory->create()->needsSecret()) {
        startSync(*connection, {});
        return;
    }
    m_status->setText(tr("Reading the token from the keychain…"));
    m_sync->setEnabled(false);
    QPointer<SyncDialog> self(this);
    QPointer<BookSession> session = m_session;
    m_secrets->read(secretKey(*connection),
                    [self, session, connection = *connection](std::optional<QString> secret, const QString &error) {
                        if (!self)
                            return;
                        if (!session || session != self->m_session) { // another book was opened meanwhile
                            self->updateButtons();
                            return;
                        }
                        if (!secret) {
                            self->m_status->setText(error.isEmpty() ? tr("No token is stored for %1: edit the connection to enter it.").arg(connection.name)
                                                                    : error);
                            self->updateButtons();
                            return;
                        }
                        self->startSync(connection, *secret);
                    });
}

void SyncDialog::startSync(const CrmConnection &connection, const QString &secret)
{
    auto *job = new SyncJob(m_session, connection, secret, this);
    connect(job, &SyncJob::progress, this, &SyncDialog::onProgress);
    connect(job, &SyncJob::finished, this, &SyncDialog::onFinished);
    for (QLabel *count : std::as_const(m_progress))
        count->setText(QStringLiteral("–"));
    if (!job->start()) {
        delete job;
        m_status->setText(tr("The book is busy; sync when the current work is done."));
        updateButtons();
        return;
    }
    m_job = job;
    m_status->setText(tr("Syncing %1…").arg(connection.name));
    updateButtons();
}

QString SyncDialog::progressText(CrmObject object) const
{
    return objectLabel(object) + QStringLiteral(": ") + m_progress.value(object)->text();
}

void SyncDialog::onProgress(CrmObject object, int records)
{
    m_progress.value(object)->setText(QLocale().toString(records));
}

void SyncDialog::onFinished(const SyncRun &run)
{
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    if (run.status == u"ok")
        m_status->setText(tr("Synced: %1 created, %2 updated, %3 deleted, %4 skipped, %5 written back, %6 conflicts.")
                              .arg(run.created)
                              .arg(run.updated)
                              .arg(run.deleted)
                              .arg(run.skipped)
                              .arg(run.pushed)
                              .arg(run.conflicts));
    else
        m_status->setText(run.message);
    refresh();
    if (run.conflicts > 0)
        showTab(ConflictsTab);
    emit syncFinished(run);
    // New accounts have no score yet: score the book (in the background) once it has reloaded.
    if (run.created > 0 && m_session) {
        QPointer<BookSession> session = m_session;
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_session, &BookSession::loaded, this, [session, once] {
            disconnect(*once);
            if (session && !session->isBusy())
                session->recomputeHealth();
        });
    }
}

void SyncDialog::cancelSync()
{
    if (m_job)
        m_job->cancel();
    m_status->setText(tr("Cancelling after the page being stored…"));
}

bool SyncDialog::editConnection(bool edit)
{
    if (!m_session)
        return false;
    CrmConnection connection;
    QList<std::pair<QString, QString>> owners;
    bool hasToken = false;
    if (edit) {
        const auto current = currentConnection();
        if (!current)
            return false;
        connection = *current;
        QSqlQuery q(m_session->connection());
        q.prepare(QStringLiteral("SELECT crm_id, name FROM crm_owners WHERE connection_id = ? AND NOT archived ORDER BY name"));
        q.addBindValue(connection.id);
        if (q.exec())
            while (q.next())
                owners << std::pair { q.value(0).toString(), q.value(1).toString() };
        hasToken = true; // unknown until read; typing a new one replaces it
    }
    ConnectionDialog dialog(connection, hasToken, owners, this);
    dialog.nameEdit()->setReadOnly(edit);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // The same path as Settings ▸ CRM Connections: a taken name is refused, a connection pointed at
    // another CRM forgets its cursors, and the token goes to the keychain.
    const ConnectionChange change { edit ? connection : CrmConnection {}, dialog.connection(), false, dialog.token() };
    auto saved = applyConnectionChanges(m_session->connection(), { change });
    if (!saved) {
        ErrorDialog::report(this, tr("CRM Connection"), saved.errorMessage());
        return false;
    }
    fileSecrets(*m_secrets, m_session->connection(), { change }, m_status);
    refresh();
    m_connections->setCurrentIndex(m_connections->findData(saved->first().id));
    return true;
}

void SyncDialog::removeConnection()
{
    const auto connection = currentConnection();
    if (!connection || !m_session)
        return;
    if (QMessageBox::question(this, tr("Remove Connection"),
                              tr("Remove the connection %1, its sync log and its token? The accounts it brought stay in the book.").arg(connection->name))
        != QMessageBox::Yes)
        return;
    const ConnectionChange change { *connection, {}, true, {} };
    if (auto removed = applyConnectionChanges(m_session->connection(), { change }); !removed) {
        ErrorDialog::report(this, tr("Remove Connection"), removed.errorMessage());
        return;
    }
    fileSecrets(*m_secrets, m_session->connection(), { change }, m_status);
    refresh();
}

void SyncDialog::settleEdit(bool keepLocal)
{
    const QModelIndexList selected = m_editsView->selectionModel()->selectedRows();
    if (selected.isEmpty() || !m_session)
        return;
    const qint64 editId = selected.first().data(LocalEditsModel::EditIdRole).toLongLong();
    const qint64 accountId = selected.first().data(LocalEditsModel::AccountIdRole).toLongLong();
    const LocalEditStore edits(m_session->connection());
    Transaction transaction(m_session->connection());
    Status status = keepLocal ? edits.keepLocal(editId) : edits.takeCrm(editId);
    if (status)
        status = transaction.commit();
    if (!status) {
        ErrorDialog::report(this, tr("Conflicts"), status.errorMessage());
        return;
    }
    m_session->refreshRow(accountId);
    m_status->setText(keepLocal ? tr("Your value stays; the next sync writes it to the CRM.") : tr("The CRM's value is back."));
    refresh();
}

} // namespace csm
