#include "workcommands.h"

#include "notes/meetingrepository.h"
#include "notes/notesservice.h"
#include "playbooks/playbookrepository.h"
#include "playbooks/playbookservice.h"
#include "timeline/timeline.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextDocument>

namespace csm::cli {

namespace {

QString user()
{
    const QString name = qEnvironmentVariable("USER");
    return name.isEmpty() ? QStringLiteral("csmctl") : name;
}

/// The parser every command here shares: --help (from CliContext), --date, --format.
struct Options
{
    QCommandLineParser parser;
    QString description;
    QCommandLineOption date { QStringList { QStringLiteral("date"), QStringLiteral("day") },
                              QStringLiteral("As of this day (YYYY-MM-DD, default today)."), QStringLiteral("DATE") };
    QCommandLineOption format { QStringLiteral("format"), QStringLiteral("text (default) or json."), QStringLiteral("FORMAT"),
                                QStringLiteral("text") };

    explicit Options(QString text)
        : description(std::move(text))
    {
        parser.addOptions({ date, format });
    }

    /// Parses; returns an exit code when the command is done (help shown or a usage error).
    std::optional<int> parse(CliContext &context)
    {
        if (int exitCode = Ok; !context.parseOptions(parser, description, exitCode))
            return exitCode;
        if (parser.isSet(date) && !day().isValid())
            return context.usageError(QStringLiteral("--date needs a date as YYYY-MM-DD"));
        if (parser.value(format) != u"text" && parser.value(format) != u"json")
            return context.usageError(QStringLiteral("--format must be text or json"));
        return std::nullopt;
    }

    QDate day() const
    {
        return parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : QDate::currentDate();
    }
    bool json() const { return parser.value(format) == u"json"; }
};

void printJson(CliContext &context, const QJsonValue &value)
{
    context.out() << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject())).toJson(QJsonDocument::Indented);
    context.out().flush();
}

QString crmIdOf(const QSqlDatabase &db, qint64 accountId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT crm_id FROM accounts WHERE id = ?"));
    q.addBindValue(accountId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QJsonObject runJson(const QSqlDatabase &db, const PlaybookRun &run, const QDate &today)
{
    QJsonArray steps;
    for (const RunStep &s : run.steps)
        steps.append(QJsonObject { { QStringLiteral("id"), s.id },
                                   { QStringLiteral("title"), s.title },
                                   { QStringLiteral("due_on"), s.dueOn.toString(Qt::ISODate) },
                                   { QStringLiteral("status"), stepStatusKey(s.status) },
                                   { QStringLiteral("overdue"), s.isOverdue(today) },
                                   { QStringLiteral("done_by"), s.doneBy },
                                   { QStringLiteral("skip_reason"), s.skipReason } });
    return QJsonObject { { QStringLiteral("id"), run.id },
                         { QStringLiteral("playbook"), run.playbookName },
                         { QStringLiteral("crm_id"), crmIdOf(db, run.accountId) },
                         { QStringLiteral("status"), runStatusKey(run.status) },
                         { QStringLiteral("started_on"), run.startedOn.toString(Qt::ISODate) },
                         { QStringLiteral("reason"), run.reason },
                         { QStringLiteral("done"), run.finished() },
                         { QStringLiteral("total"), run.total() },
                         { QStringLiteral("steps"), steps } };
}

void printRun(CliContext &context, const PlaybookRun &run, const QDate &today)
{
    context.out() << run.playbookName << " (" << runStatusKey(run.status) << ", " << run.finished() << "/" << run.total()
                  << ", started " << run.startedOn.toString(Qt::ISODate) << ": " << run.reason << ")\n";
    for (const RunStep &s : run.steps) {
        const QString box = s.status == StepStatus::Done ? QStringLiteral("[x]")
            : s.status == StepStatus::Skipped            ? QStringLiteral("[-]")
                                                         : QStringLiteral("[ ]");
        context.out() << "  " << box << " #" << s.id << ' ' << s.title << "  due " << s.dueOn.toString(Qt::ISODate)
                      << (s.isOverdue(today) ? " OVERDUE" : "")
                      << (s.status == StepStatus::Skipped ? QStringLiteral("  skipped: ") + s.skipReason : QString()) << '\n';
    }
}

} // namespace

int runPlaybooks(CliContext &context)
{
    Options o(QStringLiteral(
        "Playbooks.\n"
        "  playbooks list                              the templates and their rules\n"
        "  playbooks evaluate [--date D]               run the rules and start what is due\n"
        "  playbooks runs CRM_ID                       an account's runs and their steps\n"
        "  playbooks start KEY CRM_ID                  start a playbook by hand\n"
        "  playbooks check|uncheck STEP_ID             check a step, or open it again\n"
        "  playbooks skip STEP_ID --reason TEXT        skip a step\n"
        "  playbooks complete RUN_ID | cancel RUN_ID --reason TEXT"));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why (skip, cancel)."), QStringLiteral("TEXT"));
    o.parser.addOption(reason);
    if (auto done = o.parse(context))
        return *done;
    const QStringList args = o.parser.positionalArguments();
    const QString action = args.value(0);
    const QMap<QString, int> arity { { QStringLiteral("list"), 1 },     { QStringLiteral("evaluate"), 1 },
                                     { QStringLiteral("runs"), 2 },     { QStringLiteral("start"), 3 },
                                     { QStringLiteral("check"), 2 },    { QStringLiteral("uncheck"), 2 },
                                     { QStringLiteral("skip"), 2 },     { QStringLiteral("complete"), 2 },
                                     { QStringLiteral("cancel"), 2 } };
    if (!arity.contains(action))
        return context.usageError(QStringLiteral("playbooks needs one of: %1").arg(arity.keys().join(QStringLiteral(", "))));
    if (args.size() != arity.value(action))
        return context.usageError(QStringLiteral("playbooks %1 takes %2 argument(s)").arg(action).arg(arity.value(action) - 1));
    qint64 number = 0;
    if (action == u"check" || action == u"uncheck" || action == u"skip" || action == u"complete" || action == u"cancel") {
        bool ok = false;
        number = args.at(1).toLongLong(&ok);
        if (!ok || number <= 0)
            return context.usageError(QStringLiteral("'%1' is not a step or run number").arg(args.at(1)));
    }

    auto db = context.openBook();
    if (!db)
        return BadInput;
    const QSqlDatabase connection = db->connection();
    const PlaybookService service(connection, o.day());

    if (action == u"list") {
        auto playbooks = PlaybookRepository(connection).playbooks();
        if (!playbooks)
            return context.failure(playbooks.errorMessage());
        QJsonArray list;
        for (const Playbook &p : *playbooks) {
            if (o.json())
                list.append(QJsonObject { { QStringLiteral("key"), p.key }, { QStringLiteral("name"), p.name },
                                          { QStringLiteral("trigger"), QJsonDocument::fromJson(p.trigger.toJson().toUtf8()).object() },
                                          { QStringLiteral("enabled"), p.enabled }, { QStringLiteral("steps"), int(p.steps.size()) } });
            else
                context.out() << p.key.leftJustified(22) << p.name.leftJustified(24) << p.trigger.describe()
                              << (p.enabled ? "" : " (off)") << '\n';
        }
        if (o.json())
            printJson(context, list);
        return Ok;
    }
    if (action == u"evaluate") {
        auto started = service.evaluate(user());
        if (!started)
            return context.failure(started.errorMessage());
        QJsonArray list;
        for (const StartedRun &s : *started) {
            if (o.json())
                list.append(QJsonObject { { QStringLiteral("run"), s.runId }, { QStringLiteral("crm_id"), crmIdOf(connection, s.accountId) },
                                          { QStringLiteral("playbook"), s.playbookName }, { QStringLiteral("reason"), s.reason } });
            else
                context.out() << crmIdOf(connection, s.accountId).leftJustified(12) << s.playbookName.leftJustified(24) << s.reason << '\n';
        }
        if (o.json())
            printJson(context, list);
        else
            context.out() << started->size() << (started->size() == 1 ? " playbook started" : " playbooks started") << Qt::endl;
        return Ok;
    }
    if (action == u"runs" || action == u"start") {
        auto id = CliContext::accountId(connection, args.last());
        if (!id)
            return context.failure(id.errorMessage());
        if (action == u"start") {
            auto playbook = PlaybookRepository(connection).playbookByKey(args.at(1));
            if (!playbook)
                return context.failure(playbook.errorMessage());
            auto run = service.start(playbook->id, *id, user(), o.parser.value(reason));
            if (!run)
                return context.failure(run.errorMessage());
            if (o.json())
                printJson(context, runJson(connection, *run, o.day()));
            else
                printRun(context, *run, o.day());
            return Ok;
        }
        auto runs = PlaybookRepository(connection).runsForAccount(*id);
        if (!runs)
            return context.failure(runs.errorMessage());
        QJsonArray list;
        for (const PlaybookRun &run : *runs) {
            if (o.json())
                list.append(runJson(connection, run, o.day()));
            else
                printRun(context, run, o.day());
        }
        if (o.json())
            printJson(context, list);
        else if (runs->isEmpty())
            context.out() << "no playbooks on this account\n";
        return Ok;
    }
    Status status;
    if (action == u"check")
        status = service.setStepStatus(number, StepStatus::Done, user());
    else if (action == u"uncheck")
        status = service.setStepStatus(number, StepStatus::Open, user());
    else if (action == u"skip")
        status = service.setStepStatus(number, StepStatus::Skipped, user(), o.parser.value(reason));
    else if (action == u"complete")
        status = service.complete(number, user());
    else
        status = service.cancel(number, o.parser.value(reason), user());
    if (!status)
        return context.failure(status.errorMessage());
    context.out() << "ok" << Qt::endl;
    return Ok;
}

int runNotes(CliContext &context)
{
    Options o(QStringLiteral("Meeting notes.\n"
                             "  notes search TEXT [--limit N]   full-text search over every note of the book\n"
                             "  notes list CRM_ID              an account's meetings, latest first\n"
                             "  notes add CRM_ID [--kind qbr|ebr|check-in|onboarding-call] [--date D] [--title T] "
                             "[--body TEXT] [--action TITLE@YYYY-MM-DD ...]\n"
                             "                                 record a meeting; a QBR takes over the last one's open items"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N results (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("Meeting kind (default check-in)."),
                                  QStringLiteral("KIND"), QStringLiteral("check_in"));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("Title."), QStringLiteral("TEXT"));
    const QCommandLineOption body(QStringLiteral("body"), QStringLiteral("Notes, plain text."), QStringLiteral("TEXT"));
    const QCommandLineOption actionItem(QStringLiteral("action"), QStringLiteral("An action item, TITLE or TITLE@DUE-DATE."),
                                        QStringLiteral("ITEM"));
    o.parser.addOptions({ limit, kind, title, body, actionItem });
    if (auto done = o.parse(context))
        return *done;
    const QStringList args = o.parser.positionalArguments();
    const QString action = args.value(0);
    if (action != u"search" && action != u"list" && action != u"add")
        return context.usageError(QStringLiteral("notes needs one of: search, list, add"));
    if (args.size() < 2)
        return context.usageError(action == u"search" ? QStringLiteral("notes search needs the words to find")
                                                      : QStringLiteral("notes %1 needs a CRM id").arg(action));
    const auto meetingKind = meetingKindFromKey(o.parser.value(kind));
    if (!meetingKind)
        return context.usageError(QStringLiteral("--kind must be qbr, ebr, check-in or onboarding-call"));
    QList<ActionItem> items;
    for (const QString &spec : o.parser.values(actionItem)) {
        ActionItem item;
        const qsizetype at = spec.lastIndexOf(u'@');
        item.title = (at > 0 ? spec.left(at) : spec).trimmed();
        if (at > 0) {
            item.dueOn = QDate::fromString(spec.mid(at + 1), Qt::ISODate);
            if (!item.dueOn.isValid())
                return context.usageError(QStringLiteral("--action '%1': the due date must be YYYY-MM-DD").arg(spec));
        }
        if (item.title.isEmpty())
            return context.usageError(QStringLiteral("--action needs a title"));
        items.append(item);
    }
    bool ok = false;
    const int max = o.parser.value(limit).toInt(&ok);
    if (!ok || max < 1)
        return context.usageError(QStringLiteral("--limit needs a positive whole number"));
    auto db = context.openBook();
    if (!db)
        return BadInput;
    const MeetingRepository meetings(db->connection());

    if (action == u"add") {
        if (args.size() != 2)
            return context.usageError(QStringLiteral("notes add takes one CRM id"));
        auto id = CliContext::accountId(db->connection(), args.at(1));
        if (!id)
            return context.failure(id.errorMessage());
        const NotesService notes(db->connection());
        auto meeting = notes.prepare(*id, *meetingKind, o.day());
        if (!meeting)
            return context.failure(meeting.errorMessage());
        meeting->title = o.parser.value(title);
        meeting->bodyHtml = o.parser.value(body).isEmpty() ? QString() : Qt::convertFromPlainText(o.parser.value(body));
        meeting->actionItems.append(items);
        if (auto saved = notes.save(*meeting, user()); !saved)
            return context.failure(saved.errorMessage());
        if (o.json())
            printJson(context, QJsonObject { { QStringLiteral("id"), meeting->id },
                                             { QStringLiteral("action_items"), int(meeting->actionItems.size()) } });
        else
            context.out() << "meeting " << meeting->id << " saved with " << meeting->actionItems.size() << " action items" << Qt::endl;
        return Ok;
    }

    if (action == u"list") {
        auto id = CliContext::accountId(db->connection(), args.at(1));
        if (!id)
            return context.failure(id.errorMessage());
        auto list = meetings.forAccount(*id);
        if (!list)
            return context.failure(list.errorMessage());
        QJsonArray json;
        for (const Meeting &m : *list) {
            int open = 0;
            for (const ActionItem &a : m.actionItems)
                open += a.isDone() ? 0 : 1;
            if (o.json())
                json.append(QJsonObject { { QStringLiteral("id"), m.id }, { QStringLiteral("kind"), meetingKindKey(m.kind) },
                                          { QStringLiteral("held_on"), m.heldOn.toString(Qt::ISODate) },
                                          { QStringLiteral("title"), m.displayTitle() },
                                          { QStringLiteral("open_action_items"), open } });
            else
                context.out() << m.heldOn.toString(Qt::ISODate) << "  " << meetingKindDisplayName(m.kind).leftJustified(16)
                              << m.displayTitle() << "  (" << open << " open action items)\n";
        }
        if (o.json())
            printJson(context, json);
        return Ok;
    }

    const QString text = args.mid(1).join(u' ');
    auto hits = meetings.search(text, max);
    if (!hits)
        return context.failure(hits.errorMessage());
    QJsonArray json;
    for (const NoteHit &hit : *hits) {
        QString snippet = hit.snippet;
        if (o.json()) {
            snippet.replace(SnippetMarkStart, u'[').replace(SnippetMarkEnd, u']');
            json.append(QJsonObject { { QStringLiteral("meeting"), hit.meetingId },
                                      { QStringLiteral("crm_id"), crmIdOf(db->connection(), hit.accountId) },
                                      { QStringLiteral("account"), hit.accountName },
                                      { QStringLiteral("kind"), meetingKindKey(hit.kind) },
                                      { QStringLiteral("held_on"), hit.heldOn.toString(Qt::ISODate) },
                                      { QStringLiteral("title"), hit.title },
                                      { QStringLiteral("snippet"), snippet } });
        } else {
            // Matches in brackets; the note's own text is printed as it is.
            snippet.replace(SnippetMarkStart, u'[').replace(SnippetMarkEnd, u']');
            context.out() << hit.heldOn.toString(Qt::ISODate) << "  " << hit.accountName << " — "
                          << (hit.title.isEmpty() ? meetingKindDisplayName(hit.kind) : hit.title) << "\n    "
                          << snippet.simplified() << '\n';
        }
    }
    if (o.json())
        printJson(context, json);
    else
        context.out() << hits->size() << (hits->size() == 1 ? " note" : " notes") << " found" << Qt::endl;
    return Ok;
}

int runToday(CliContext &context)
{
    Options o(QStringLiteral("What is due: every open playbook step and action item due by the day (and overdue), "
                             "by due date then ARR.\n  today [--date D] [--days N]"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Also what falls due in the next N days."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    o.parser.addOption(days);
    if (auto done = o.parse(context))
        return *done;
    bool ok = false;
    const int ahead = o.parser.value(days).toInt(&ok);
    if (!ok || ahead < 0)
        return context.usageError(QStringLiteral("--days needs a whole number"));
    if (!o.parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("today takes no arguments"));
    auto db = context.openBook();
    if (!db)
        return BadInput;
    const QDate today = o.day();
    auto items = TodayReader(db->connection()).read(today.addDays(ahead));
    if (!items)
        return context.failure(items.errorMessage());
    QJsonArray json;
    for (const TodayItem &i : *items) {
        const bool step = i.kind == TodayItem::Kind::PlaybookStep;
        if (o.json()) {
            json.append(QJsonObject { { QStringLiteral("kind"), step ? QStringLiteral("step") : QStringLiteral("action_item") },
                                      { QStringLiteral("id"), i.id },
                                      { QStringLiteral("due_on"), i.dueOn.toString(Qt::ISODate) },
                                      { QStringLiteral("overdue_days"), qMax<qint64>(0, i.dueOn.daysTo(today)) },
                                      { QStringLiteral("crm_id"), crmIdOf(db->connection(), i.accountId) },
                                      { QStringLiteral("account"), i.accountName },
                                      { QStringLiteral("arr"), double(i.arrCents) / 100.0 },
                                      { QStringLiteral("title"), i.title },
                                      { QStringLiteral("from"), i.source } });
        } else {
            const qint64 late = i.dueOn.daysTo(today);
            const QString due = late > 0 ? QStringLiteral("%1d overdue").arg(late) : i.dueOn.toString(Qt::ISODate);
            context.out() << due.leftJustified(12) << i.accountName.left(28).leftJustified(30) << i.title << "  ("
                          << (step ? QStringLiteral("playbook: ") : QStringLiteral("meeting: ")) << i.source << ")\n";
        }
    }
    if (o.json())
        printJson(context, json);
    else
        context.out() << items->size() << " due" << Qt::endl;
    return Ok;
}

} // namespace csm::cli
