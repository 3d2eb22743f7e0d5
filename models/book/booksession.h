#pragma once

#include "accountdetails.h"
#include "health/healthservice.h"
#include "domain/bookrow.h"
#include "domain/result.h"
#include "store/bookreader.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace csm {

class AccountWork;
class BookModel;

/// What a background job can report back while it runs.
class JobContext
{
public:
    virtual ~JobContext() = default;
    /// Thread-safe: forwarded to the UI thread as BookSession::jobProgress.
    virtual void progress(int done, int total) = 0;
    virtual bool isCancelled() const = 0;
    virtual const std::atomic_bool *cancelFlag() const = 0;
};

/// An open book in the app: its UI-thread connection, the list model, the undo stack, and the
/// background work on it (loading, recomputing, importing, generating). SQL scans run on worker
/// threads with their own connections; the UI thread only does indexed point reads and
/// single-row edits.
class BookSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookSession)

public:
    /// A job runs on a worker thread with its own connection and returns a line for the status bar.
    using Job = std::function<Result<QString>(const QSqlDatabase &db, JobContext &context)>;

    /// Opens the book at `path`; `readOnly` opens it so that nothing can be written (a CSM's book in
    /// the lead's portfolio): it must be at the current schema.
    static Result<std::unique_ptr<BookSession>> open(const QString &path, QObject *parent = nullptr, bool readOnly = false);
    bool isReadOnly() const { return m_readOnly; }
    ~BookSession() override;

    QString path() const { return m_database->path(); }
    QSqlDatabase connection() const { return m_database->connection(); }
    BookModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// Notes and playbooks of this book, with undo.
    AccountWork *work() const { return m_work; }

    bool isBusy() const { return m_busy; }

    /// Reads every row on a worker thread and replaces the model's rows when done. A large book
    /// first shows its first page (in `firstPageOrder`) while the rest is read.
    void reload();
    void setFirstPageOrder(BookReader::Order order) { m_firstPageOrder = order; }
    static constexpr int FirstPageSize = 200;
    /// Books with more accounts than this show a first page before the rest.
    static constexpr int FirstPageThreshold = 2'000;
    /// Runs `job` on a worker thread; reloads the book afterwards when it succeeded (unless the job
    /// writes nothing the list shows).
    void runJob(const QString &label, Job job, bool reloadAfter = true);
    /// Asks the running job or load to stop; it rolls back what it had not committed.
    void cancel();
    /// Blocks until background work is done (tests and shutdown).
    void waitForIdle();

    Result<AccountDetails> details(qint64 accountId) const;

    /// Sets a manual segment, or returns the account to the automatic rules (nullopt); undoable.
    void setSegmentOverride(qint64 accountId, std::optional<Segment> segment);

    /// Convenience jobs.
    void recomputeSegments();
    /// Scores every account for today and stores the day's snapshots.
    void recomputeHealth();
    /// Saves the health models and bands and rescores every account for today, in one transaction
    /// (a cancelled run keeps the previous model and scores).
    void applyHealthModels(const HealthModelSet &models, const HealthBands &bands);
    /// Which accounts would change band under `models` and `bands`, computed on a worker thread with
    /// its own connection; the book is only read.
    QFuture<Result<HealthWhatIf>> previewHealthModels(const HealthModelSet &models, const HealthBands &bands) const;
    void generateDemo(int accounts, quint64 seed);
    /// Runs the playbook rules over the book for today.
    void evaluatePlaybooks();

    /// Sets or clears (nullopt) a health override of one account and refreshes its row.
    Status setHealthOverride(qint64 accountId, const std::optional<HealthOverrideRequest> &request);

    /// The CRM-owned fields of an account (columns of LocalEditStore::editableFields()).
    Result<QVariantMap> accountFields(qint64 accountId) const;
    /// Changes CRM-owned fields (column → value; arr_cents in minor units); undoable. For an
    /// account from a CRM sync the change waits to be written back. False when nothing changed or
    /// the values were refused (reported through failed()).
    bool editAccountFields(qint64 accountId, const QVariantMap &values);
    /// Used by the undo command: writes the fields in one transaction and refreshes the row.
    Status writeAccountFields(qint64 accountId, const QVariantMap &values);

    /// Used by the undo command: writes the segment and override flag and refreshes the row.
    Status writeSegment(qint64 accountId, Segment segment, bool isOverride);
    /// The segment the rules would give this account, computed from the rows in memory.
    Result<Segment> automaticSegment(qint64 accountId) const;
    /// Reads the account's row again after a change made outside the session (a sync conflict
    /// settled, say) and tells the views.
    void refreshRow(qint64 accountId);

signals:
    void loadStarted();
    /// The first page of a large book is in the model; `loaded` follows with every row.
    void firstPageLoaded(int rows, qint64 elapsedMs);
    void loaded(int rows, qint64 elapsedMs);
    void jobStarted(const QString &label);
    void jobProgress(const QString &label, int done, int total);
    void jobFinished(const QString &message);
    /// After jobFinished or failed: the job called `label` is over either way.
    void jobEnded(const QString &label);
    void failed(const QString &message);
    void accountChanged(qint64 accountId);
    void busyChanged(bool busy);

private:
    BookSession(std::unique_ptr<Database> database, QObject *parent);
    void setBusy(bool busy);

    std::unique_ptr<Database> m_database;
    BookModel *m_model = nullptr;
    QUndoStack *m_undoStack = nullptr;
    AccountWork *m_work = nullptr;
    QFutureWatcher<Result<std::vector<BookRow>>> m_loadWatcher;
    QFutureWatcher<Result<QString>> m_jobWatcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_jobLabel;
    QElapsedTimer m_loadTimer;
    bool m_busy = false;
    bool m_readOnly = false;
    bool m_reloadPending = false;
    bool m_reloadAfterJob = true;
    BookReader::Order m_firstPageOrder = BookReader::Order::ArrDescending;
    quint64 m_loadGeneration = 0;
};

} // namespace csm
