#include "accountwork.h"

#include "booksession.h"

#include "notes/meetingrepository.h"
#include "notes/notesservice.h"
#include "playbooks/playbookrepository.h"
#include "playbooks/playbookservice.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace csm {

namespace {

/// Saving a note; undo writes back the version before it.
class SaveMeetingCommand final : public QUndoCommand
{
public:
    SaveMeetingCommand(AccountWork *work, Meeting before, Meeting after)
        : m_work(work)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(AccountWork::tr("Save note \"%1\"").arg(m_after.displayTitle()));
    }
    void redo() override
    {
        if (!m_work->writeMeeting(m_after))
            setObsolete(true);
    }
    void undo() override { static_cast<void>(m_work->writeMeeting(m_before)); }

private:
    AccountWork *m_work;
    Meeting m_before;
    Meeting m_after;
};

/// Checking, skipping or reopening a playbook step.
class StepCommand final : public QUndoCommand
{
public:
    StepCommand(AccountWork *work, qint64 accountId, const RunStep &step, StepStatus to, QString reason)
        : m_work(work)
        , m_accountId(accountId)
        , m_stepId(step.id)
        , m_from(step.status)
        , m_fromReason(step.skipReason)
        , m_to(to)
        , m_reason(std::move(reason))
    {
        setText(to == StepStatus::Done      ? AccountWork::tr("Check \"%1\"").arg(step.title)
                : to == StepStatus::Skipped ? AccountWork::tr("Skip \"%1\"").arg(step.title)
                                            : AccountWork::tr("Reopen \"%1\"").arg(step.title));
    }
    void redo() override
    {
        if (!m_work->writeStepStatus(m_accountId, m_stepId, m_to, m_reason))
            setObsolete(true);
    }
    void undo() override
    {
        // Back through "open": a step moves between done and skipped only via open.
        if (m_to != StepStatus::Open)
            static_cast<void>(m_work->writeStepStatus(m_accountId, m_stepId, StepStatus::Open, {}));
        if (m_from != StepStatus::Open)
            static_cast<void>(m_work->writeStepStatus(m_accountId, m_stepId, m_from, m_fromReason));
    }

private:
    AccountWork *m_work;
    qint64 m_accountId;
    qint64 m_stepId;
    StepStatus m_from;
    QString m_fromReason;
    StepStatus m_to;
    QString m_reason;
};

/// Ticking an action item done or open.
class ActionItemCommand final : public QUndoCommand
{
public:
    ActionItemCommand(AccountWork *work, qint64 accountId, const ActionItem &item, bool done)
        : m_work(work)
        , m_accountId(accountId)
        , m_itemId(item.id)
        , m_done(done)
    {
        setText(done ? AccountWork::tr("Tick \"%1\"").arg(item.title) : AccountWork::tr("Reopen \"%1\"").arg(item.title));
    }
    void redo() override
    {
        if (!m_work->writeActionItemDone(m_accountId, m_itemId, m_done))
            setObsolete(true);
    }
    void undo() override { static_cast<void>(m_work->writeActionItemDone(m_accountId, m_itemId, !m_done)); }

private:
    AccountWork *m_work;
    qint64 m_accountId;
    qint64 m_itemId;
    bool m_done;
};

} // namespace

AccountWork::AccountWork(BookSession *session)
    : QObject(session)
    , m_session(session)
{
}

QString AccountWork::user() const
{
    const QString name = qEnvironmentVariable("USER");
    return name.isEmpty() ? tr("me") : name;
}

QDate AccountWork::today() const
{
    return QDate::currentDate();
}

Status AccountWork::refuseWhenReadOnly()
{
    if (!m_session->isReadOnly())
        return {};
    return report(Error { tr("This is a team member's book, opened read-only: nothing in it can be changed here.") });
}

Status AccountWork::report(Status status)
{
    if (!status)
        emit failed(status.errorMessage());
    return status;
}

Result<QList<Meeting>> AccountWork::meetings(qint64 accountId) const
{
    return MeetingRepository(m_session->connection()).forAccount(accountId);
}

Result<Meeting> AccountWork::meeting(qint64 meetingId) const
{
    return MeetingRepository(m_session->connection()).load(meetingId);
}

Result<Meeting> AccountWork::newMeeting(qint64 accountId, MeetingKind kind, const QDate &heldOn)
{
    if (auto refused = refuseWhenReadOnly(); !refused)
        return refused.error();
    auto created = NotesService(m_session->connection()).create(accountId, kind, heldOn, user());
    if (!created)
        emit failed(created.errorMessage());
    else
        emit changed(accountId);
    return created;
}

Status AccountWork::saveMeeting(const Meeting &meeting)
{
    if (auto refused = refuseWhenReadOnly(); !refused)
        return refused;
    auto before = this->meeting(meeting.id);
    if (!before)
        return report(before.error());
    auto *command = new SaveMeetingCommand(this, *before, meeting);
    m_session->undoStack()->push(command);
    if (command->isObsolete())
        return Error { tr("the note was not saved") };
    return {};
}

Status AccountWork::writeMeeting(Meeting &meeting)
{
    if (auto saved = report(NotesService(m_session->connection()).save(meeting, user())); !saved)
        return saved;
    emit changed(meeting.accountId);
    return {};
}

Status AccountWork::deleteMeeting(qint64 meetingId)
{
    if (auto refused = refuseWhenReadOnly(); !refused)
        return refused;
    auto m = meeting(meetingId);
    if (!m)
        return report(m.error());
    if (auto removed = report(NotesService(m_session->connection()).remove(meetingId)); !removed)
        return removed;
    // Deleting cannot be undone through the stack (ids of its items would change); the commands
    // that refer to the note are dropped.
    m_session->undoStack()->clear();
    emit changed(m->accountId);
    return {};
}

Status AccountWork::saveDraft(qint64 meetingId, const QString &title, const QString &bodyHtml) const
{
    if (m_session->isReadOnly())
        return {}; // nothing to keep: the note cannot be saved either
    return NotesService(m_session->connection()).saveDraft(meetingId, title, bodyHtml);
}

Status AccountWork::discardDraft(qint64 meetingId) const
{
    return NotesService(m_session->connection()).discardDraft(meetingId);
}

Result<std::optional<MeetingDraft>> AccountWork::draft(qint64 meetingId) const
{
    return MeetingRepository(m_session->connection()).draft(meetingId);
}

Result<QList<MeetingDraft>> AccountWork::drafts() const
{
    return MeetingRepository(m_session->connection()).drafts();
}

Result<QList<MeetingRevision>> AccountWork::revisions(qint64 meetingId) const
{
    return MeetingRepository(m_session->connection()).revisions(meetingId);
}

Status AccountWork::setActionItemDone(qint64 accountId, qint64 actionItemId, bool done)
{
    if (auto refused = refuseWhenReadOnly(); !refused)
        return refused;
    auto item = MeetingRepository(m_session->connection()).actionItem(actionItemId);
    if (!item)
        return report(item.error());
    if (item->isDone() == done)
        return {};
    auto *command = new ActionItemCommand(this, accountId, *item, done);
    m_session->undoStack()->push(command);
    return command->isObsolete() ? Status(Error { tr("the action item did not change") }) : Status();
}

Status AccountWork::writeActionItemDone(qint64 accountId, qint64 actionItemId, bool done)
{
    if (auto written = report(NotesService(m_session->connection()).setActionItemDone(actionItemId, done, user())); !written)
        return written;
    emit changed(accountId);
    return {};
}

Result<QList<Playbook>> AccountWork::playbooks() const
{
    return PlaybookRepository(m_session->connection()).playbooks();
}

Status AccountWork::savePlaybook(Playbook &playbook)
{
    if (auto refused = refuseWhenReadOnly(); !refused)
        return refused;
    Transaction transaction(m_session->connection());
    if (!transaction.isActive())
        return Error { tr("cannot save the playbook: %1").arg(transaction.lastError()) };
    if (auto saved = PlaybookRepository(m_session->connection()).save(playbook); !saved)
        return saved; // shown by the editor, next to the field at fault
    if (auto committed = transaction.commit(); !committed)
        return committed;
    emit playbooksChanged();
    return {};
}

Result<QList<PlaybookRun>> AccountWork::runs(qint64 accountId) const
{
    return PlaybookRepository(m_session->connection()).runsForAccount(accountId);
}

Result<PlaybookRun> AccountWork::startPlaybook(qint64 playbookId, qint64 accountId)
{
    if (auto refused = refuseWhenReadOnly(); !refused)
        return refused.error();
    auto run = PlaybookService(m_session->connection(), today()).start(playbookId, accountId, user());
    if (!run)
        emit failed(run.errorMessage());
    else
        emit changed(accountId);
    return run;
}

Status AccountWork::setStepStatus(qint64 accountId, qint64 stepId, StepStatus to, const QString &skipReason)
{
    if (auto refused = refuseWhenReadOnly(); !refused)
        return refused;
    const PlaybookRepository repository(m_session->connection());
    auto runId = repository.runOfStep(stepId);
    if (!runId)
        return report(runId.error());
    auto run = repository.run(*runId);
    if (!run)
        return report(run.error());
    const auto step = std::find_if(run->steps.cbegin(), run->steps.cend(), [stepId](const RunStep &s) { return s.id == stepId; });
    // Checked first, so a forbidden move is reported and never reaches the stack.
    if (run->status != RunStatus::Open)
        return report(Error { tr("\"%1\" is %2; its steps can no longer change")
                                  .arg(run->playbookName, runStatusDisplayName(run->status).toLower()) });
    if (to == StepStatus::Skipped && skipReason.trimmed().isEmpty())
        return report(Error { tr("skipping step \"%1\" needs a reason").arg(step->title) });
    if (step->status == to)
        return {};
    auto *command = new StepCommand(this, accountId, *step, to, skipReason);
    m_session->undoStack()->push(command);
    return command->isObsolete() ? Status(Error { tr("the step did not change") }) : Status();
}

Status AccountWork::writeStepStatus(qint64 accountId, qint64 stepId, StepStatus to, const QString &skipReason)
{
    if (auto written = report(PlaybookService(m_session->connection(), today()).setStepStatus(stepId, to, user(), skipReason));
        !written)
        return written;
    emit changed(accountId);
    return {};
}

Status AccountWork::completeRun(qint64 accountId, qint64 runId)
{
    if (auto refused = refuseWhenReadOnly(); !refused)
        return refused;
    if (auto done = report(PlaybookService(m_session->connection(), today()).complete(runId, user())); !done)
        return done;
    m_session->undoStack()->clear(); // a finished run is final; its steps' commands no longer apply
    emit changed(accountId);
    return {};
}

Status AccountWork::cancelRun(qint64 accountId, qint64 runId, const QString &reason)
{
    if (auto refused = refuseWhenReadOnly(); !refused)
        return refused;
    if (auto done = report(PlaybookService(m_session->connection(), today()).cancel(runId, reason, user())); !done)
        return done;
    m_session->undoStack()->clear();
    emit changed(accountId);
    return {};
}

Result<QList<TimelineEntry>> AccountWork::timeline(qint64 accountId) const
{
    return TimelineReader(m_session->connection()).read(accountId);
}

QFuture<Result<QList<TodayItem>>> AccountWork::readToday(const QDate &until) const
{
    return QtConcurrent::run([path = m_session->path(), until]() -> Result<QList<TodayItem>> {
        auto db = Database::open(path, Database::Mode::Existing);
        if (!db)
            return db.error();
        return TodayReader((*db)->connection()).read(until);
    });
}

QFuture<Result<QList<NoteHit>>> AccountWork::searchNotes(const QString &text, int limit) const
{
    return QtConcurrent::run([path = m_session->path(), text, limit]() -> Result<QList<NoteHit>> {
        auto db = Database::open(path, Database::Mode::Existing);
        if (!db)
            return db.error();
        return MeetingRepository((*db)->connection()).search(text, limit);
    });
}

} // namespace csm
