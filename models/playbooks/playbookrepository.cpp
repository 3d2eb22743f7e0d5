#include "playbookrepository.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace csm {

namespace {

const QString PlaybookColumns = QStringLiteral("id, key, name, description, trigger, enabled, builtin");
const QString RunColumns = QStringLiteral(
    "r.id, r.playbook_id, r.account_id, p.name, r.status, r.started_on, r.started_by, r.reason, r.ended_at, r.end_reason");

PlaybookRun readRun(const QSqlQuery &q)
{
    PlaybookRun run;
    run.id = q.value(0).toLongLong();
    run.playbookId = q.value(1).toLongLong();
    run.accountId = q.value(2).toLongLong();
    run.playbookName = q.value(3).toString();
    run.status = runStatusFromKey(q.value(4).toString()).value_or(RunStatus::Open);
    run.startedOn = sql::toDate(q.value(5));
    run.startedBy = q.value(6).toString();
    run.reason = q.value(7).toString();
    run.endedAt = sql::toTimestamp(q.value(8));
    run.endReason = q.value(9).toString();
    return run;
}

} // namespace

Result<QList<Playbook>> PlaybookRepository::playbooks() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id FROM playbooks ORDER BY name")))
        return sqlError(QObject::tr("cannot read the playbooks"), q.lastError());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<Playbook> list;
    for (qint64 id : std::as_const(ids)) {
        auto p = playbook(id);
        if (!p)
            return p.error();
        list.append(*p);
    }
    return list;
}

Result<Playbook> PlaybookRepository::playbook(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + PlaybookColumns + QStringLiteral(" FROM playbooks WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the playbook"), q.lastError());
    if (!q.next())
        return Error { QObject::tr("there is no playbook %1").arg(id) };
    Playbook p;
    p.id = q.value(0).toLongLong();
    p.key = q.value(1).toString();
    p.name = q.value(2).toString();
    p.description = q.value(3).toString();
    auto trigger = PlaybookTrigger::fromJson(q.value(4).toString());
    if (!trigger)
        return Error { QObject::tr("playbook \"%1\": %2").arg(p.name, trigger.errorMessage()) };
    p.trigger = *trigger;
    p.enabled = q.value(5).toInt() != 0;
    p.builtin = q.value(6).toInt() != 0;

    q.prepare(QStringLiteral("SELECT title, guidance, due_offset, owner_role, milestone FROM playbook_steps WHERE playbook_id = ? "
                             "ORDER BY position"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the steps of playbook \"%1\"").arg(p.name), q.lastError());
    while (q.next())
        p.steps.append(PlaybookStep { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
                                      q.value(4).toString() });
    return p;
}

Result<Playbook> PlaybookRepository::playbookByKey(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM playbooks WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the playbook"), q.lastError());
    if (!q.next())
        return Error { QObject::tr("there is no playbook \"%1\"").arg(key) };
    return playbook(q.value(0).toLongLong());
}

Status PlaybookRepository::save(Playbook &p) const
{
    if (auto valid = p.validate(); !valid)
        return valid;
    QSqlQuery q(m_db);
    if (p.id > 0) {
        q.prepare(QStringLiteral("UPDATE playbooks SET key = ?, name = ?, description = ?, trigger = ?, enabled = ? WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO playbooks (key, name, description, trigger, enabled, builtin) VALUES (?, ?, ?, ?, ?, 0)"));
    }
    q.addBindValue(p.key);
    q.addBindValue(p.name.trimmed());
    q.addBindValue(sql::text(p.description));
    q.addBindValue(p.trigger.toJson());
    q.addBindValue(p.enabled ? 1 : 0);
    if (p.id > 0)
        q.addBindValue(p.id);
    if (!q.exec())
        return sqlError(QObject::tr("cannot save playbook \"%1\"").arg(p.name), q.lastError());
    if (p.id <= 0)
        p.id = q.lastInsertId().toLongLong();

    q.prepare(QStringLiteral("DELETE FROM playbook_steps WHERE playbook_id = ?"));
    q.addBindValue(p.id);
    if (!q.exec())
        return sqlError(QObject::tr("cannot save the steps of playbook \"%1\"").arg(p.name), q.lastError());
    q.prepare(QStringLiteral("INSERT INTO playbook_steps (playbook_id, position, title, guidance, due_offset, owner_role, "
                             "milestone) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < p.steps.size(); ++i) {
        const PlaybookStep &s = p.steps.at(i);
        q.addBindValue(p.id);
        q.addBindValue(int(i));
        q.addBindValue(s.title.trimmed());
        q.addBindValue(sql::text(s.guidance));
        q.addBindValue(s.dueOffsetDays);
        q.addBindValue(sql::text(s.ownerRole));
        q.addBindValue(sql::text(s.milestone));
        if (!q.exec())
            return sqlError(QObject::tr("cannot save step \"%1\"").arg(s.title), q.lastError());
    }
    return {};
}

Status PlaybookRepository::remove(qint64 playbookId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM playbooks WHERE id = ?"));
    q.addBindValue(playbookId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot delete the playbook"), q.lastError());
    return {};
}

Status PlaybookRepository::insertRun(PlaybookRun &run) const
{
    QList<PlaybookRun> one { run };
    if (auto inserted = insertRuns(one); !inserted)
        return inserted;
    run = one.first();
    return {};
}

Status PlaybookRepository::insertRuns(QList<PlaybookRun> &runs) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO playbook_runs (playbook_id, account_id, status, started_on, started_by, reason) "
                             "VALUES (?, ?, 'open', ?, ?, ?)"));
    QSqlQuery step(m_db);
    step.prepare(QStringLiteral("INSERT INTO playbook_run_steps (run_id, position, title, guidance, owner_role, due_on, "
                                "milestone) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (PlaybookRun &run : runs) {
        q.addBindValue(run.playbookId);
        q.addBindValue(run.accountId);
        q.addBindValue(sql::date(run.startedOn));
        q.addBindValue(sql::text(run.startedBy));
        q.addBindValue(sql::text(run.reason));
        if (!q.exec())
            return sqlError(QObject::tr("cannot start playbook \"%1\"").arg(run.playbookName), q.lastError());
        run.id = q.lastInsertId().toLongLong();
        for (RunStep &s : run.steps) {
            step.addBindValue(run.id);
            step.addBindValue(s.position);
            step.addBindValue(s.title);
            step.addBindValue(sql::text(s.guidance));
            step.addBindValue(sql::text(s.ownerRole));
            step.addBindValue(sql::date(s.dueOn));
            step.addBindValue(sql::text(s.milestone));
            if (!step.exec())
                return sqlError(QObject::tr("cannot start playbook \"%1\"").arg(run.playbookName), step.lastError());
            s.id = step.lastInsertId().toLongLong();
        }
    }
    return {};
}

Status PlaybookRepository::readSteps(PlaybookRun &run) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, position, title, guidance, owner_role, due_on, status, done_at, done_by, skip_reason "
                             "FROM playbook_run_steps WHERE run_id = ? ORDER BY position"));
    q.addBindValue(run.id);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the playbook's steps"), q.lastError());
    while (q.next()) {
        RunStep s;
        s.id = q.value(0).toLongLong();
        s.position = q.value(1).toInt();
        s.title = q.value(2).toString();
        s.guidance = q.value(3).toString();
        s.ownerRole = q.value(4).toString();
        s.dueOn = sql::toDate(q.value(5));
        s.status = stepStatusFromKey(q.value(6).toString()).value_or(StepStatus::Open);
        s.doneAt = sql::toTimestamp(q.value(7));
        s.doneBy = q.value(8).toString();
        s.skipReason = q.value(9).toString();
        run.steps.append(s);
    }
    return {};
}

Result<PlaybookRun> PlaybookRepository::run(qint64 runId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + RunColumns
              + QStringLiteral(" FROM playbook_runs r JOIN playbooks p ON p.id = r.playbook_id WHERE r.id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the playbook run"), q.lastError());
    if (!q.next())
        return Error { QObject::tr("there is no playbook run %1").arg(runId) };
    PlaybookRun run = readRun(q);
    if (auto read = readSteps(run); !read)
        return read.error();
    return run;
}

Result<QList<PlaybookRun>> PlaybookRepository::runsForAccount(qint64 accountId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + RunColumns
              + QStringLiteral(" FROM playbook_runs r JOIN playbooks p ON p.id = r.playbook_id WHERE r.account_id = ? "
                               "ORDER BY r.status <> 'open', r.started_on DESC, r.id DESC"));
    q.addBindValue(accountId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the account's playbooks"), q.lastError());
    QList<PlaybookRun> runs;
    while (q.next())
        runs.append(readRun(q));
    for (PlaybookRun &run : runs)
        if (auto read = readSteps(run); !read)
            return read.error();
    return runs;
}

Result<qint64> PlaybookRepository::runOfStep(qint64 stepId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT run_id FROM playbook_run_steps WHERE id = ?"));
    q.addBindValue(stepId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the step"), q.lastError());
    if (!q.next())
        return Error { QObject::tr("there is no playbook step %1").arg(stepId) };
    return q.value(0).toLongLong();
}

Status PlaybookRepository::writeStep(const RunStep &s) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE playbook_run_steps SET status = ?, done_at = ?, done_by = ?, skip_reason = ? WHERE id = ?"));
    q.addBindValue(stepStatusKey(s.status));
    q.addBindValue(sql::timestamp(s.doneAt));
    q.addBindValue(sql::text(s.doneBy));
    q.addBindValue(sql::text(s.skipReason));
    q.addBindValue(s.id);
    if (!q.exec())
        return sqlError(QObject::tr("cannot update step \"%1\"").arg(s.title), q.lastError());
    return {};
}

Status PlaybookRepository::writeRunState(const PlaybookRun &run) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE playbook_runs SET status = ?, ended_at = ?, end_reason = ? WHERE id = ?"));
    q.addBindValue(runStatusKey(run.status));
    q.addBindValue(sql::timestamp(run.endedAt));
    q.addBindValue(sql::text(run.endReason));
    q.addBindValue(run.id);
    if (!q.exec())
        return sqlError(QObject::tr("cannot update playbook \"%1\"").arg(run.playbookName), q.lastError());
    return {};
}

} // namespace csm
