#include "booksession.h"

#include "accounteditcommand.h"
#include "accountwork.h"
#include "demo/demobook.h"
#include "health/healthservice.h"
#include "itemmodels/bookmodel.h"
#include "playbooks/playbookservice.h"
#include "segmentation/segmentationservice.h"
#include "segmentcommand.h"
#include "store/accountrepository.h"
#include "store/bookreader.h"
#include "store/transaction.h"
#include "sync/localedits.h"

#include <QPointer>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace csm {

namespace {

class WorkerContext final : public JobContext
{
public:
    WorkerContext(QPointer<BookSession> session, QString label, std::shared_ptr<std::atomic_bool> cancel)
        : m_session(std::move(session)), m_label(std::move(label)), m_cancel(std::move(cancel)) { }

    void progress(int done, int total) override
    {
        QMetaObject::invokeMethod(
            m_session.data(),
            [session = m_session, label = m_label, done, total] {
                if (session)
                    emit session->jobProgress(label, done, total);
            },
            Qt::QueuedConnection);
    }
    bool isCancelled() const override { return m_cancel->load(); }
    const std::atomic_bool *cancelFlag() const override { return m_cancel.get(); }

private:
    QPointer<BookSession> m_session;
    QString m_label;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace

Result<std::unique_ptr<BookSession>> BookSession::open(const QString &path, QObject *parent, bool readOnly)
{
    auto database = Database::open(path, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    if (!database)
        return database.error();
    std::unique_ptr<BookSession> session(new BookSession(std::move(*database), parent));
    session->m_readOnly = readOnly;
    return session;
}

BookSession::BookSession(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_model(new BookModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_work(new AccountWork(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, [this] {
        auto result = m_loadWatcher.future().takeResult();
        setBusy(m_jobWatcher.isRunning());
        if (!result) {
            emit failed(tr("Could not load the book: %1").arg(result.errorMessage()));
            return;
        }
        const int count = int(result->size());
        m_model->setRows(std::move(result).value());
        emit loaded(count, m_loadTimer.elapsed());
        if (m_reloadPending) {
            m_reloadPending = false;
            reload();
        }
    });
    connect(&m_jobWatcher, &QFutureWatcherBase::finished, this, [this] {
        auto result = m_jobWatcher.future().takeResult();
        setBusy(m_loadWatcher.isRunning());
        const auto ended = qScopeGuard([this, label = m_jobLabel] { emit jobEnded(label); });
        if (!result) {
            // Cancelling is what the person asked for, not a failure: the job rolled back.
            if (m_cancel->load())
                emit jobFinished(tr("%1 cancelled; nothing was changed.").arg(m_jobLabel));
            else
                emit failed(tr("%1 failed: %2").arg(m_jobLabel, result.errorMessage()));
            return;
        }
        // The job may have rewritten rows the undo stack refers to.
        m_undoStack->clear();
        emit jobFinished(*result);
        if (m_reloadAfterJob)
            reload();
    });
}

BookSession::~BookSession()
{
    cancel();
    waitForIdle();
}

void BookSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void BookSession::reload()
{
    if (m_loadWatcher.isRunning()) {
        m_reloadPending = true;
        return;
    }
    m_cancel->store(false);
    m_loadTimer.start();
    setBusy(true);
    emit loadStarted();
    const quint64 generation = ++m_loadGeneration;
    auto showFirstPage = [self = QPointer<BookSession>(this), generation](std::vector<BookRow> page) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, page = std::move(page)]() mutable {
                if (!self || generation != self->m_loadGeneration || !self->m_loadWatcher.isRunning())
                    return;
                const int count = int(page.size());
                self->m_model->setRows(std::move(page));
                emit self->firstPageLoaded(count, self->m_loadTimer.elapsed());
            },
            Qt::QueuedConnection);
    };
    m_loadWatcher.setFuture(QtConcurrent::run([path = path(), cancel = m_cancel, order = m_firstPageOrder,
                                               showFirstPage]() -> Result<std::vector<BookRow>> {
        auto db = Database::open(path, Database::Mode::Existing);
        if (!db)
            return db.error();
        const BookReader reader((*db)->connection());
        // Show the accounts people look at first while the rest of a large book is read; a small
        // book loads whole about as fast, so it is not read twice.
        if (auto count = AccountRepository((*db)->connection()).count(); count && *count > FirstPageThreshold) {
            if (auto first = reader.readFirst(order, FirstPageSize); first)
                showFirstPage(std::move(*first));
        }
        return reader.readAll(cancel.get());
    }));
}

void BookSession::runJob(const QString &label, Job job, bool reloadAfter)
{
    if (m_jobWatcher.isRunning()) {
        emit failed(tr("%1 cannot start while \"%2\" is running.").arg(label, m_jobLabel));
        return;
    }
    m_jobLabel = label;
    m_reloadAfterJob = reloadAfter;
    m_cancel->store(false);
    setBusy(true);
    emit jobStarted(label);
    auto context = std::make_shared<WorkerContext>(QPointer<BookSession>(this), label, m_cancel);
    m_jobWatcher.setFuture(QtConcurrent::run([path = path(), job = std::move(job), context]() -> Result<QString> {
        auto db = Database::open(path, Database::Mode::Existing);
        if (!db)
            return db.error();
        return job((*db)->connection(), *context);
    }));
}

void BookSession::cancel()
{
    m_cancel->store(true);
}

void BookSession::waitForIdle()
{
    // A watcher that never got a future would wait forever.
    if (m_jobWatcher.isRunning())
        m_jobWatcher.waitForFinished();
    if (m_loadWatcher.isRunning())
        m_loadWatcher.waitForFinished();
}

Result<AccountDetails> BookSession::details(qint64 accountId) const
{
    return loadAccountDetails(connection(), accountId);
}

void BookSession::setSegmentOverride(qint64 accountId, std::optional<Segment> segment)
{
    const int row = m_model->rowOf(accountId);
    if (row < 0)
        return;
    const BookRow &current = m_model->rowAt(row);
    m_undoStack->push(new SegmentCommand(this, accountId, current.name, current.segment, current.segmentOverride,
                                         segment));
}

Result<QVariantMap> BookSession::accountFields(qint64 accountId) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT name, domain, owner, arr_cents, renewal_date, lifecycle_stage FROM accounts WHERE id = ?"));
    q.addBindValue(accountId);
    if (!q.exec())
        return Error { q.lastError().text() };
    if (!q.next())
        return Error { tr("no account with id %1").arg(accountId) };
    QVariantMap values;
    const QStringList fields = LocalEditStore::editableFields();
    for (int i = 0; i < fields.size(); ++i)
        values.insert(fields.at(i), fields.at(i) == u"arr_cents" ? QVariant(q.value(i).toLongLong()) : QVariant(q.value(i).toString()));
    return values;
}

bool BookSession::editAccountFields(qint64 accountId, const QVariantMap &values)
{
    auto current = accountFields(accountId);
    if (!current) {
        emit failed(current.errorMessage());
        return false;
    }
    QVariantMap before;
    QVariantMap after;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QVariant old = current->value(it.key());
        const bool same = it.key() == u"arr_cents" ? old.toLongLong() == it.value().toLongLong()
                                                  : old.toString() == it.value().toString().trimmed();
        if (same)
            continue;
        before.insert(it.key(), old);
        after.insert(it.key(), it.value());
    }
    if (after.isEmpty())
        return false;
    // Checked before the command goes on the stack, so a refused edit leaves no undo entry.
    {
        Transaction probe(connection());
        const Status status = LocalEditStore(connection()).edit(accountId, after);
        if (!status) {
            emit failed(status.errorMessage());
            return false;
        }
    } // rolled back: the command writes it
    m_undoStack->push(new AccountEditCommand(this, accountId, current->value(QStringLiteral("name")).toString(), before, after));
    return true;
}

Status BookSession::writeAccountFields(qint64 accountId, const QVariantMap &values)
{
    Transaction transaction(connection());
    Status status = LocalEditStore(connection()).edit(accountId, values);
    if (status)
        status = transaction.commit();
    if (!status) {
        emit failed(status.errorMessage());
        return status;
    }
    refreshRow(accountId);
    return {};
}

Status BookSession::writeSegment(qint64 accountId, Segment segment, bool isOverride)
{
    Transaction transaction(connection());
    const AccountRepository accounts(connection());
    Status status = isOverride ? accounts.setSegmentOverride(accountId, segment)
                               : accounts.setSegmentOverride(accountId, std::nullopt);
    if (status && !isOverride)
        status = accounts.writeComputedSegments({ { accountId, segment } });
    if (status)
        status = transaction.commit();
    if (!status) {
        emit failed(status.errorMessage());
        return status;
    }
    refreshRow(accountId);
    return {};
}

Status BookSession::setHealthOverride(qint64 accountId, const std::optional<HealthOverrideRequest> &request)
{
    const HealthService health(connection());
    Status status;
    if (request) {
        auto stored = health.setOverride(accountId, *request);
        if (!stored)
            status = stored.error();
    } else {
        status = health.clearOverride(accountId, qEnvironmentVariable("USER"));
    }
    if (!status) {
        emit failed(status.errorMessage());
        return status;
    }
    refreshRow(accountId);
    return {};
}

Result<Segment> BookSession::automaticSegment(qint64 accountId) const
{
    auto rules = SegmentationService(connection()).rules();
    if (!rules)
        return rules.error();
    const auto &rows = m_model->rows();
    std::vector<SegmentInput> inputs;
    inputs.reserve(rows.size());
    std::size_t wanted = rows.size();
    for (const BookRow &row : rows) {
        if (row.id == accountId)
            wanted = inputs.size();
        inputs.push_back({ row.id, row.arrCents, false, row.segment });
    }
    if (wanted == rows.size())
        return Error { tr("no account with id %1").arg(accountId) };
    return assignSegments(inputs, *rules)[wanted];
}

void BookSession::refreshRow(qint64 accountId)
{
    auto row = BookReader(connection()).readOne(accountId);
    if (!row) {
        emit failed(row.errorMessage());
        return;
    }
    m_model->upsertRow(std::move(*row));
    emit accountChanged(accountId);
}

void BookSession::recomputeSegments()
{
    runJob(tr("Recompute segments"), [](const QSqlDatabase &db, JobContext &) -> Result<QString> {
        auto changed = SegmentationService(db).recompute();
        if (!changed)
            return changed.error();
        return tr("Segments recomputed: %n account(s) changed segment.", nullptr, *changed);
    });
}

void BookSession::recomputeHealth()
{
    runJob(tr("Recompute health"), [](const QSqlDatabase &db, JobContext &context) -> Result<QString> {
        const HealthService health(db);
        auto stats = health.recompute(health.today(), context.cancelFlag(),
                                      [&context](int done, int total) { context.progress(done, total); });
        if (!stats)
            return stats.error();
        return tr("Health recomputed: %1 scored, %2 without data, %3 changed band, %4 entered red.")
            .arg(stats->scored)
            .arg(stats->unscored)
            .arg(stats->bandChanges)
            .arg(stats->enteredRed);
    });
}

void BookSession::applyHealthModels(const HealthModelSet &models, const HealthBands &bands)
{
    runJob(tr("Apply health model"), [models, bands](const QSqlDatabase &db, JobContext &context) -> Result<QString> {
        const HealthService health(db);
        auto stats = health.applyModels(models, bands, health.today(), context.cancelFlag(),
                                        [&context](int done, int total) { context.progress(done, total); });
        if (!stats)
            return stats.error();
        return tr("Health model applied: %1 scored, %2 changed band, %3 entered red.")
            .arg(stats->scored)
            .arg(stats->bandChanges)
            .arg(stats->enteredRed);
    });
}

QFuture<Result<HealthWhatIf>> BookSession::previewHealthModels(const HealthModelSet &models,
                                                              const HealthBands &bands) const
{
    return QtConcurrent::run([path = path(), models, bands]() -> Result<HealthWhatIf> {
        auto db = Database::open(path, Database::Mode::Existing);
        if (!db)
            return db.error();
        return HealthService((*db)->connection()).whatIf(models, bands);
    });
}

void BookSession::evaluatePlaybooks()
{
    runJob(tr("Run playbook rules"), [](const QSqlDatabase &db, JobContext &context) -> Result<QString> {
        auto started = PlaybookService(db).evaluate(qEnvironmentVariable("USER"), context.cancelFlag());
        if (!started)
            return started.error();
        return tr("Playbook rules ran: %n playbook(s) started.", nullptr, int(started->size()));
    }, false); // the list shows nothing the rules write
}

void BookSession::generateDemo(int accounts, quint64 seed)
{
    runJob(tr("Generate demo book"), [accounts, seed](const QSqlDatabase &db, JobContext &context) -> Result<QString> {
        DemoOptions options;
        options.accounts = accounts;
        options.seed = seed;
        auto stats = buildDemoBook(
            db, options, 52, [&context](int done, int total) { context.progress(done, total); }, context.cancelFlag());
        if (!stats)
            return stats.error();
        return tr("Demo book created: %n account(s).", nullptr, stats->rows.accounts);
    });
}

} // namespace csm
