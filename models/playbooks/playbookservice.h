#pragma once

#include "playbook.h"

#include <QSqlDatabase>

#include <atomic>

namespace csm {

/// One run a rule started.
struct StartedRun
{
    qint64 runId = 0;
    qint64 accountId = 0;
    QString playbookName;
    QString reason;
};

/// Playbooks at work: rules start runs by themselves, people check, skip, complete and cancel.
///
/// A rule starts at most one open run per account and playbook, and never restarts for the same
/// occurrence: each rule says since when its condition holds for an account (the day health
/// entered red, the renewal date minus the window, the day the stage changed…), and a run of the
/// playbook started on or after that day means the occurrence is handled. Re-evaluating is
/// therefore idempotent.
class PlaybookService final
{
public:
    /// `today` and `now` fix the clock for tests; null = the current date and time.
    explicit PlaybookService(QSqlDatabase db, QDate today = {}, QDateTime now = {});

    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    /// Runs every enabled rule over the book as of today and starts the runs due, in one
    /// transaction. `cancel` rolls everything back.
    Result<QList<StartedRun>> evaluate(const QString &by = QStringLiteral("rules"),
                                       const std::atomic_bool *cancel = nullptr) const;

    /// Starts `playbookId` on an account by hand; refused while one is open there.
    Result<PlaybookRun> start(qint64 playbookId, qint64 accountId, const QString &by,
                              const QString &reason = {}) const;

    /// Moves a step: open → done, open → skipped (a reason is required), done or skipped → open.
    /// Steps of a completed or cancelled run do not move.
    Status setStepStatus(qint64 stepId, StepStatus to, const QString &by, const QString &skipReason = {}) const;
    /// Completes an open run whose steps are all done or skipped.
    Status complete(qint64 runId, const QString &by) const;
    /// Cancels an open run; a reason is required.
    Status cancel(qint64 runId, const QString &reason, const QString &by) const;

private:
    /// A new run of `playbook` on the account, its steps due by their offsets from today; not stored.
    PlaybookRun runOf(const Playbook &playbook, qint64 accountId, const QString &by, const QString &reason) const;
    struct Candidate
    {
        qint64 accountId = 0;
        QDate since; ///< the day the condition began; a run started on or after it handles it
        QString reason;
    };
    Result<QList<Candidate>> candidates(const PlaybookTrigger &trigger) const;

    QSqlDatabase m_db;
    QDate m_today;
    QDateTime m_now;
};

} // namespace csm
