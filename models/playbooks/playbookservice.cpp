#include "playbookservice.h"

#include "playbookrepository.h"

#include "store/database.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QLocale>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace csm {

namespace {

using Kind = PlaybookTrigger::Kind;

QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

PlaybookService::PlaybookService(QSqlDatabase db, QDate today, QDateTime now)
    : m_db(std::move(db))
    , m_today(today)
    , m_now(std::move(now))
{
}

Result<QList<PlaybookService::Candidate>> PlaybookService::candidates(const PlaybookTrigger &trigger) const
{
    const QString day = isoDay(today());
    // Rules limited to segments read only those accounts (the segment keys are our own constants).
    QString inSegments;
    if (!trigger.segments.isEmpty()) {
        QStringList keys;
        for (Segment segment : trigger.segments)
            keys << QStringLiteral("a.segment = '%1'").arg(segmentKey(segment));
        inSegments = QStringLiteral(" AND (%1)").arg(keys.join(QStringLiteral(" OR ")));
    }
    QString sql;
    QVariantList binds;
    switch (trigger.kind) {
    case Kind::Manual: return QList<Candidate>();
    case Kind::HealthEnteredRed:
        // Entered red within the window and still red in the latest snapshot.
        sql = QStringLiteral(
            "SELECT e.account_id, max(e.day), '' FROM health_events e WHERE e.kind = 'entered_red' AND e.day <= ? "
            "AND e.day >= ? AND (SELECT s.band FROM health_snapshots s WHERE s.account_id = e.account_id AND s.day <= ? "
            "ORDER BY s.day DESC LIMIT 1) = 'red' GROUP BY e.account_id");
        binds = { day, isoDay(today().addDays(-trigger.days)), day };
        break;
    case Kind::RenewalWithin:
        sql = QStringLiteral("SELECT a.id, a.renewal_date, a.renewal_date FROM accounts a WHERE a.renewal_date >= ? "
                             "AND a.renewal_date <= ?")
            + inSegments;
        binds = { day, isoDay(today().addDays(trigger.days)) };
        break;
    case Kind::StageEntered:
        // Since the latest change into the stage; an account that was always in it (imported so)
        // counts from the beginning, so any earlier run of the playbook handles it.
        sql = QStringLiteral(
                  "SELECT a.id, coalesce((SELECT substr(max(c.changed_at), 1, 10) FROM account_changes c WHERE c.account_id = a.id "
                  "AND c.field = 'lifecycle_stage' AND c.new_value = ?), '0001-01-01'), '' FROM accounts a WHERE a.lifecycle_stage = ?")
            + inSegments;
        binds = { lifecycleStageKey(trigger.stage), lifecycleStageKey(trigger.stage) };
        break;
    case Kind::NpsDetractor:
        sql = QStringLiteral("SELECT account_id, max(responded_on), min(score) FROM survey_responses WHERE kind = 'nps' "
                             "AND score <= 6 AND responded_on <= ? AND responded_on >= ? GROUP BY account_id");
        binds = { day, isoDay(today().addDays(-trigger.days)) };
        break;
    case Kind::NoTouch:
        // The latest contact touch or meeting; never touched counts from the contract start.
        sql = QStringLiteral(
                  "SELECT id, date(last, '+%1 days'), last FROM (SELECT a.id AS id, max(coalesce((SELECT max(c.last_touch) "
                  "FROM contacts c WHERE c.account_id = a.id), ''), coalesce((SELECT max(m.held_on) FROM meetings m "
                  "WHERE m.account_id = a.id AND m.held_on <= ?), ''), coalesce(a.contract_start, '')) AS last "
                  "FROM accounts a WHERE 1 = 1%2) WHERE last <> '' AND date(last, '+%1 days') <= ?")
                  .arg(trigger.days)
                  .arg(inSegments);
        binds = { day, day };
        break;
    case Kind::UsageDrop:
        // The latest weekly sample against the one about 30 days before it, found by index seeks per
        // account; at most one run a month.
        sql = QStringLiteral(
                  "WITH latest AS MATERIALIZED (SELECT a.id AS account_id, (SELECT max(u.period_start) FROM usage_metrics u "
                  "WHERE u.account_id = a.id AND u.period = 'week' AND u.period_start <= ?) AS d FROM accounts a WHERE 1 = 1%1), "
                  "pairs AS MATERIALIZED (SELECT l.account_id, l.d, (SELECT max(t.period_start) FROM usage_metrics t "
                  "WHERE t.account_id = l.account_id AND t.period = 'week' AND t.period_start <= date(l.d, '-28 days')) AS b "
                  "FROM latest l WHERE l.d IS NOT NULL) "
                  "SELECT p.account_id, ?, round((b.active_users - n.active_users) * 100.0 / b.active_users) FROM pairs p "
                  "JOIN usage_metrics n ON n.account_id = p.account_id AND n.period = 'week' AND n.period_start = p.d "
                  "JOIN usage_metrics b ON b.account_id = p.account_id AND b.period = 'week' AND b.period_start = p.b "
                  "WHERE b.active_users > 0 AND (b.active_users - n.active_users) * 100.0 / b.active_users >= ?")
                  .arg(inSegments);
        binds = { day, isoDay(today().addDays(-30)), trigger.percent };
        break;
    }

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(QObject::tr("cannot evaluate the rule \"%1\"").arg(trigger.describe()), q.lastError());
    const QLocale locale;
    QList<Candidate> list;
    while (q.next()) {
        Candidate c;
        c.accountId = q.value(0).toLongLong();
        const QDate at = sql::parseIsoDate(q.value(1).toString());
        const QString extra = q.value(2).toString();
        switch (trigger.kind) {
        case Kind::HealthEnteredRed:
            c.since = at;
            c.reason = QObject::tr("Health entered red on %1").arg(isoDay(at));
            break;
        case Kind::RenewalWithin:
            c.since = at.addDays(-trigger.days);
            c.reason = QObject::tr("Renews on %1, within %n day(s)", nullptr, trigger.days).arg(isoDay(at));
            break;
        case Kind::StageEntered:
            c.since = at;
            c.reason = QObject::tr("Lifecycle stage is %1").arg(lifecycleStageDisplayName(trigger.stage));
            break;
        case Kind::NpsDetractor:
            c.since = at;
            c.reason = QObject::tr("NPS detractor answer (%1) on %2").arg(extra, isoDay(at));
            break;
        case Kind::NoTouch:
            c.since = at;
            c.reason = QObject::tr("No touch since %1").arg(extra);
            break;
        case Kind::UsageDrop:
            c.since = at;
            c.reason = QObject::tr("Active users fell %1% over 30 days").arg(extra);
            break;
        case Kind::Manual: break;
        }
        list.append(c);
    }
    return list;
}

Result<QList<StartedRun>> PlaybookService::evaluate(const QString &by, const std::atomic_bool *cancel) const
{
    const PlaybookRepository repository(m_db);
    auto playbooks = repository.playbooks();
    if (!playbooks)
        return playbooks.error();

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { QObject::tr("cannot evaluate the playbook rules: %1").arg(transaction.lastError()) };

    // Segments, for rules limited to some of them.
    QHash<qint64, Segment> segmentOf;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // Accounts the CRM archived start nothing.
        if (!q.exec(QStringLiteral("SELECT id, segment FROM accounts WHERE archived_at IS NULL")))
            return sqlError(QObject::tr("cannot read the accounts' segments"), q.lastError());
        while (q.next())
            segmentOf.insert(q.value(0).toLongLong(), segmentFromKey(q.value(1).toString()).value_or(Segment::Tech));
    }

    QList<StartedRun> started;
    for (const Playbook &playbook : std::as_const(*playbooks)) {
        if (!playbook.enabled || playbook.trigger.kind == Kind::Manual)
            continue;
        if (cancel && cancel->load())
            return Error { QObject::tr("cancelled") };
        auto found = candidates(playbook.trigger);
        if (!found)
            return found.error();

        // Accounts this playbook already handles: an open run, or one started since the occurrence.
        QHash<qint64, QDate> lastStart;
        QSet<qint64> open;
        {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT account_id, max(started_on), max(status = 'open') FROM playbook_runs "
                                     "WHERE playbook_id = ? GROUP BY account_id"));
            q.addBindValue(playbook.id);
            if (!q.exec())
                return sqlError(QObject::tr("cannot read the runs of \"%1\"").arg(playbook.name), q.lastError());
            while (q.next()) {
                lastStart.insert(q.value(0).toLongLong(), sql::parseIsoDate(q.value(1).toString()));
                if (q.value(2).toInt() == 1)
                    open.insert(q.value(0).toLongLong());
            }
        }
        QList<PlaybookRun> runs;
        for (const Candidate &c : std::as_const(*found)) {
            const auto segment = segmentOf.constFind(c.accountId);
            if (segment == segmentOf.cend() || open.contains(c.accountId) || !playbook.trigger.appliesTo(*segment))
                continue;
            if (const auto last = lastStart.constFind(c.accountId); last != lastStart.cend() && *last >= c.since)
                continue;
            runs.append(runOf(playbook, c.accountId, by, c.reason));
        }
        if (auto inserted = PlaybookRepository(m_db).insertRuns(runs); !inserted)
            return inserted.error();
        for (const PlaybookRun &run : std::as_const(runs))
            started.append(StartedRun { run.id, run.accountId, playbook.name, run.reason });
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return started;
}

PlaybookRun PlaybookService::runOf(const Playbook &playbook, qint64 accountId, const QString &by, const QString &reason) const
{
    PlaybookRun run;
    run.playbookId = playbook.id;
    run.accountId = accountId;
    run.playbookName = playbook.name;
    run.startedOn = today();
    run.startedBy = by;
    run.reason = reason;
    for (qsizetype i = 0; i < playbook.steps.size(); ++i) {
        const PlaybookStep &s = playbook.steps.at(i);
        RunStep step;
        step.position = int(i);
        step.title = s.title;
        step.guidance = s.guidance;
        step.ownerRole = s.ownerRole;
        step.milestone = s.milestone;
        step.dueOn = run.startedOn.addDays(s.dueOffsetDays);
        run.steps.append(step);
    }
    return run;
}

Result<PlaybookRun> PlaybookService::start(qint64 playbookId, qint64 accountId, const QString &by, const QString &reason) const
{
    auto playbook = PlaybookRepository(m_db).playbook(playbookId);
    if (!playbook)
        return playbook.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM playbook_runs WHERE playbook_id = ? AND account_id = ? AND status = 'open'"));
    q.addBindValue(playbookId);
    q.addBindValue(accountId);
    if (!q.exec() || !q.next())
        return sqlError(QObject::tr("cannot read the account's playbooks"), q.lastError());
    if (q.value(0).toInt() > 0)
        return Error { QObject::tr("\"%1\" is already running for this account").arg(playbook->name) };
    q.finish();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { QObject::tr("cannot start the playbook: %1").arg(transaction.lastError()) };
    PlaybookRun run = runOf(*playbook, accountId, by, reason.isEmpty() ? QObject::tr("Started by hand") : reason);
    if (auto inserted = PlaybookRepository(m_db).insertRun(run); !inserted)
        return inserted.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return run;
}

Status PlaybookService::setStepStatus(qint64 stepId, StepStatus to, const QString &by, const QString &skipReason) const
{
    const PlaybookRepository repository(m_db);
    auto runId = repository.runOfStep(stepId);
    if (!runId)
        return runId.error();
    auto run = repository.run(*runId);
    if (!run)
        return run.error();
    if (run->status != RunStatus::Open)
        return Error { QObject::tr("\"%1\" is %2; its steps can no longer change")
                           .arg(run->playbookName, runStatusDisplayName(run->status).toLower()) };
    auto step = std::find_if(run->steps.begin(), run->steps.end(), [stepId](const RunStep &s) { return s.id == stepId; });
    if (step->status == to)
        return Error { QObject::tr("step \"%1\" is already %2").arg(step->title, stepStatusKey(to)) };
    if (step->status != StepStatus::Open && to != StepStatus::Open)
        return Error { QObject::tr("step \"%1\" is %2; reopen it first").arg(step->title, stepStatusKey(step->status)) };
    if (to == StepStatus::Skipped && skipReason.trimmed().isEmpty())
        return Error { QObject::tr("skipping step \"%1\" needs a reason").arg(step->title) };

    step->status = to;
    if (to == StepStatus::Open) {
        step->doneAt = {};
        step->doneBy.clear();
        step->skipReason.clear();
    } else {
        step->doneAt = now();
        step->doneBy = by;
        step->skipReason = to == StepStatus::Skipped ? skipReason.trimmed() : QString();
    }
    return repository.writeStep(*step);
}

Status PlaybookService::complete(qint64 runId, const QString &by) const
{
    const PlaybookRepository repository(m_db);
    auto run = repository.run(runId);
    if (!run)
        return run.error();
    if (run->status != RunStatus::Open)
        return Error { QObject::tr("\"%1\" is already %2").arg(run->playbookName, runStatusDisplayName(run->status).toLower()) };
    if (const int open = run->total() - run->finished(); open > 0)
        return Error { QObject::tr("\"%1\" has %n open step(s); check or skip them first", nullptr, open).arg(run->playbookName) };
    run->status = RunStatus::Completed;
    run->endedAt = now();
    run->endReason = QObject::tr("completed by %1").arg(by);
    return repository.writeRunState(*run);
}

Status PlaybookService::cancel(qint64 runId, const QString &reason, const QString &by) const
{
    const PlaybookRepository repository(m_db);
    auto run = repository.run(runId);
    if (!run)
        return run.error();
    if (run->status != RunStatus::Open)
        return Error { QObject::tr("\"%1\" is already %2").arg(run->playbookName, runStatusDisplayName(run->status).toLower()) };
    if (reason.trimmed().isEmpty())
        return Error { QObject::tr("cancelling \"%1\" needs a reason").arg(run->playbookName) };
    run->status = RunStatus::Cancelled;
    run->endedAt = now();
    run->endReason = by.isEmpty() ? reason.trimmed() : QObject::tr("%1 (%2)").arg(reason.trimmed(), by);
    return repository.writeRunState(*run);
}

} // namespace csm
