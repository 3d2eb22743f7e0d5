#pragma once

#include "playbook.h"

#include <QSqlDatabase>

namespace csm {

/// Playbook templates and runs in the store. Multi-row writes expect the caller's transaction
/// (PlaybookService opens one).
class PlaybookRepository final
{
public:
    explicit PlaybookRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    /// Every template with its steps, by name.
    Result<QList<Playbook>> playbooks() const;
    Result<Playbook> playbook(qint64 id) const;
    Result<Playbook> playbookByKey(const QString &key) const;
    /// Inserts (id 0) or rewrites a template and its steps; runs already started keep their copy.
    Status save(Playbook &playbook) const;
    Status remove(qint64 playbookId) const;

    /// Inserts the run and its steps; sets their ids.
    Status insertRun(PlaybookRun &run) const;
    /// Inserts many runs with their steps, each statement prepared once (rules starting thousands).
    Status insertRuns(QList<PlaybookRun> &runs) const;
    Result<PlaybookRun> run(qint64 runId) const;
    /// The account's runs, open ones first, then latest started first.
    Result<QList<PlaybookRun>> runsForAccount(qint64 accountId) const;
    /// The run a step belongs to.
    Result<qint64> runOfStep(qint64 stepId) const;

    Status writeStep(const RunStep &step) const;
    Status writeRunState(const PlaybookRun &run) const;

private:
    Status readSteps(PlaybookRun &run) const;

    QSqlDatabase m_db;
};

} // namespace csm
