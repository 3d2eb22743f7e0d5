#include "demobook.h"

#include "demoarrhistory.h"
#include "demorandom.h"

#include "health/healthservice.h"
#include "notes/notesservice.h"
#include "playbooks/playbookrepository.h"
#include "playbooks/playbookservice.h"
#include "segmentation/segmentationservice.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace csm {

namespace {

using namespace demo;

constexpr std::array Objectives { u"Roll the product out to every regional team", u"Cut time to onboard a new hire by half",
                                  u"Replace the legacy reporting tool", u"Single sign-on for all users",
                                  u"Automate the monthly board report", u"Reach 80% weekly active seats",
                                  u"Integrate with the data warehouse", u"Train every team lead as an admin" };
constexpr std::array Wins { u"Support tickets halved since the last review", u"Finance team fully live",
                            u"First automated report sent to the board", u"Champion presented results internally",
                            u"Weekly active users up a third", u"Renewal budget approved early" };
constexpr std::array Risks { u"Budget freeze announced for next quarter", u"Champion moving to a new role",
                             u"Competitor pitching the IT department", u"Adoption flat outside headquarters",
                             u"Security review still open", u"Executive sponsor has not joined a call in months" };
constexpr std::array Asks { u"Introduction to the CFO", u"A case study with their numbers",
                            u"Roadmap preview for the analytics module", u"Extra admin training seats",
                            u"A reference call for a peer company" };
constexpr std::array Actions { u"Send the recap and the agreed plan", u"Schedule admin training", u"Share the roadmap deck",
                               u"Set up the SSO pilot", u"Review seat usage with the champion",
                               u"Book the executive sponsor meeting", u"Send the integration guide" };

QString pick(Dice &dice, const auto &list)
{
    return QString::fromUtf16(list[std::size_t(dice.between(0, int(list.size()) - 1))]);
}

struct NoteAccount
{
    qint64 id = 0;
    Segment segment = Segment::Tech;
    HealthBand band = HealthBand::None;
    QString champion;
    qint64 championId = 0;
};

Result<QList<NoteAccount>> noteAccounts(const QSqlDatabase &db, const QDate &today)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.segment, coalesce((SELECT s.band FROM health_snapshots s WHERE s.account_id = a.id AND s.day <= ? "
        "ORDER BY s.day DESC LIMIT 1), 'none'), coalesce((SELECT c.name FROM contacts c WHERE c.account_id = a.id AND "
        "c.is_champion = 1 LIMIT 1), ''), coalesce((SELECT c.id FROM contacts c WHERE c.account_id = a.id AND "
        "c.is_champion = 1 LIMIT 1), 0) FROM accounts a WHERE a.segment <> 'tech' ORDER BY a.id"));
    q.addBindValue(today.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the demo accounts"), q.lastError());
    QList<NoteAccount> list;
    while (q.next())
        list.append(NoteAccount { q.value(0).toLongLong(), segmentFromKey(q.value(1).toString()).value_or(Segment::Tech),
                                  healthBandFromKey(q.value(2).toString()).value_or(HealthBand::None), q.value(3).toString(),
                                  q.value(4).toLongLong() });
    return list;
}

Meeting demoMeeting(Dice &dice, const NoteAccount &a, MeetingKind kind, const QDate &heldOn, const QDate &today)
{
    Meeting m;
    m.accountId = a.id;
    m.kind = kind;
    m.heldOn = heldOn;
    if (!a.champion.isEmpty())
        m.attendees.append(Attendee { a.championId, a.champion });
    m.attendees.append(Attendee { 0, QObject::tr("Account CSM") });
    const bool troubled = a.band == HealthBand::Red;
    if (kind == MeetingKind::Qbr) {
        m.title = QObject::tr("Quarterly business review");
        const int objectives = dice.between(2, 3);
        for (int i = 0; i < objectives; ++i) {
            const ObjectiveStatus status = troubled && i == 0 ? ObjectiveStatus::AtRisk
                : dice.chance(0.25)                          ? ObjectiveStatus::Achieved
                                                             : ObjectiveStatus::OnTrack;
            const QString text = pick(dice, Objectives);
            if (std::none_of(m.objectives.cbegin(), m.objectives.cend(), [&](const Objective &o) { return o.text == text; }))
                m.objectives.append(Objective { text, status });
        }
        m.wins = { pick(dice, Wins) };
        m.risks = { pick(dice, Risks) };
        if (troubled)
            m.risks.append(pick(dice, Risks));
        m.asks = { pick(dice, Asks) };
        m.bodyHtml = QObject::tr("<p>Reviewed progress against the success plan with <b>%1</b>.</p>"
                                 "<ul><li>Usage and adoption since the last review</li><li>Open support topics</li>"
                                 "<li>Plans for the next quarter</li></ul>")
                         .arg(a.champion.isEmpty() ? QObject::tr("the customer") : a.champion.toHtmlEscaped());
    } else {
        m.title = QObject::tr("Check-in");
        m.bodyHtml = QObject::tr("<p>Regular check-in. %1</p>")
                         .arg(troubled ? QObject::tr("The customer raised concerns about adoption.")
                                       : QObject::tr("Things are going well; no blockers."));
    }
    const int items = dice.between(1, 3);
    for (int i = 0; i < items; ++i) {
        ActionItem item;
        item.title = pick(dice, Actions);
        item.owner = i == 0 ? QObject::tr("CSM") : (a.champion.isEmpty() ? QObject::tr("Customer") : a.champion);
        item.dueOn = heldOn.addDays(dice.between(7, 45));
        if ((item.dueOn < today.addDays(-7) && dice.chance(0.9)) || (item.dueOn < today && dice.chance(0.5))) {
            item.doneAt = QDateTime(item.dueOn, QTime(16, 0), Qt::UTC);
            item.doneBy = item.owner;
        }
        m.actionItems.append(item);
    }
    return m;
}

} // namespace

Result<int> addDemoMeetings(const QSqlDatabase &db, quint64 seed, const QDate &today)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error { QObject::tr("cannot write the demo notes: %1").arg(transaction.lastError()) };
    // A QBR about a quarter ago and a check-in since for high-touch accounts; a check-in for half
    // the mid-touch ones.
    auto accounts = noteAccounts(db, today);
    if (!accounts)
        return accounts.error();
    int written = 0;
    for (const NoteAccount &a : std::as_const(*accounts)) {
        QRandomGenerator rng = streamGenerator(seed, quint64(a.id), Stream::Notes);
        Dice dice(rng);
        QList<Meeting> meetings;
        if (a.segment == Segment::High) {
            meetings << demoMeeting(dice, a, MeetingKind::Qbr, today.addDays(-dice.between(70, 110)), today);
            meetings << demoMeeting(dice, a, MeetingKind::CheckIn, today.addDays(-dice.between(10, 40)), today);
        } else if (dice.chance(0.5)) {
            meetings << demoMeeting(dice, a, MeetingKind::CheckIn, today.addDays(-dice.between(15, 60)), today);
        }
        for (Meeting &m : meetings) {
            const QDateTime at(m.heldOn, QTime(17, 0), Qt::UTC);
            if (auto saved = NotesService(db, at).save(m, QObject::tr("demo")); !saved)
                return saved.error();
            ++written;
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return written;
}

Result<int> runDemoPlaybooks(const QSqlDatabase &db, quint64 seed, const QDate &today, const std::atomic_bool *cancel)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error { QObject::tr("cannot start the demo playbooks: %1").arg(transaction.lastError()) };
    // The rules as they ran two weeks ago, some of that work done since, then the rules today.
    const QDate earlier = today.addDays(-14);
    auto first = PlaybookService(db, earlier, QDateTime(earlier, QTime(8, 0), Qt::UTC)).evaluate(QObject::tr("rules"), cancel);
    if (!first)
        return first.error();
    const PlaybookRepository playbooks(db);
    for (const StartedRun &started : std::as_const(*first)) {
        auto run = playbooks.run(started.runId);
        if (!run)
            return run.error();
        QRandomGenerator rng = streamGenerator(seed, quint64(run->accountId) * 31 + quint64(run->playbookId), Stream::Notes);
        Dice dice(rng);
        for (const RunStep &step : std::as_const(run->steps)) {
            if (step.dueOn >= today || !dice.chance(0.85))
                break; // steps are worked in order; the rest stays open (and some of it overdue)
            const PlaybookService worked(db, earlier, QDateTime(step.dueOn, QTime(11, 0), Qt::UTC));
            if (auto checked = worked.setStepStatus(step.id, StepStatus::Done, QObject::tr("demo")); !checked)
                return checked.error();
        }
    }
    auto second = PlaybookService(db, today).evaluate(QObject::tr("rules"), cancel);
    if (!second)
        return second.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return int(first->size() + second->size());
}

Result<DemoBookStats> buildDemoBook(const QSqlDatabase &db, const DemoOptions &options, int healthWeeks,
                                    const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error { QObject::tr("cannot start the demo book: %1").arg(transaction.lastError()) };

    DemoBookStats stats;
    auto rows = generateDemoBook(db, options, progress, cancel);
    if (!rows)
        return rows.error();
    stats.rows = *rows;
    if (!options.owner.isEmpty()) {
        // One CSM's own book. Not an owner change anyone made, so the change log stays empty.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE accounts SET owner = ?"));
        q.addBindValue(options.owner);
        if (!q.exec() || !q.exec(QStringLiteral("DELETE FROM account_changes WHERE field = 'owner'")))
            return sqlError(QObject::tr("cannot set the demo owner"), q.lastError());
    }
    if (auto changed = SegmentationService(db).recompute(); !changed)
        return changed.error();
    if (auto history = addDemoArrHistory(db, options.seed, today); !history)
        return history.error();

    // Weekly health history from the usage history, then today's scores.
    const HealthService health(db, today);
    if (healthWeeks > 0)
        if (auto history = health.backfill(today.addDays(-7 * healthWeeks), today.addDays(-7), 7, cancel); !history)
            return history.error();
    if (auto scored = health.recompute(today, cancel); !scored)
        return scored.error();
    if (cancelled())
        return Error { QObject::tr("cancelled") };

    auto meetings = addDemoMeetings(db, options.seed, today);
    if (!meetings)
        return meetings.error();
    stats.meetings = *meetings;
    auto runs = runDemoPlaybooks(db, options.seed, today, cancel);
    if (!runs)
        return runs.error();
    stats.playbookRuns = *runs;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return stats;
}

} // namespace csm
