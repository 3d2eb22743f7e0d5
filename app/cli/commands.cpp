#include "commands.h"

#include "commentcommands.h"
#include "deckcommand.h"
#include "portfoliocommand.h"
#include "synccommand.h"

#include "book/bookimport.h"
#include "demo/demobook.h"
#include "health/healthservice.h"
#include "healthcommand.h"
#include "workcommands.h"
#include "io/accountexport.h"
#include "listformat.h"
#include "segmentation/segmentationservice.h"
#include "store/accountrepository.h"
#include "store/bookreader.h"
#include "store/migrations.h"
#include "store/transaction.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace csm::cli {

namespace {

/// Parses a command's options; returns false (with the exit code in `exitCode`) on --help or an error.
std::optional<int> positiveInt(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value > 0 ? std::optional<int>(value) : std::nullopt;
}

std::optional<qint64> moneyToCents(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return qint64(value * 100.0 + 0.5);
}

int runInit(CliContext &context)
{
    QCommandLineParser parser;
    int exitCode = Ok;
    if (!context.parseOptions(parser, QStringLiteral("Create the book (or bring it to the current schema)."), exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("init takes no arguments"));
    auto db = context.openBook();
    if (!db)
        return BadInput;
    context.out() << "book: " << db->path() << "\nschema version: " << Migrations::latestVersion() << Qt::endl;
    return Ok;
}

int runDemo(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption accounts(QStringLiteral("accounts"), QStringLiteral("Number of accounts (default 300)."),
                                      QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("Reference date YYYY-MM-DD (default: the current date)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption healthWeeks(QStringLiteral("health-weeks"),
                                         QStringLiteral("Weeks of health history to compute (default 13)."),
                                         QStringLiteral("N"), QStringLiteral("13"));
    parser.addOptions({ accounts, seed, today, healthWeeks });
    int exitCode = Ok;
    if (!context.parseOptions(parser, QStringLiteral("Fill an empty book with a generated demo book."), exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("demo takes no arguments"));

    DemoOptions options;
    const auto count = positiveInt(parser.value(accounts));
    if (!count)
        return context.usageError(QStringLiteral("--accounts needs a positive whole number"));
    options.accounts = *count;
    bool seedOk = false;
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        return context.usageError(QStringLiteral("--seed needs a whole number"));
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid())
            return context.usageError(QStringLiteral("--today needs a date as YYYY-MM-DD"));
    }

    auto db = context.openBook();
    if (!db)
        return BadInput;
    bool weeksOk = false;
    const int weeks = parser.value(healthWeeks).toInt(&weeksOk);
    if (!weeksOk || weeks < 0)
        return context.usageError(QStringLiteral("--health-weeks needs a whole number"));
    auto stats = buildDemoBook(db->connection(), options, weeks);
    if (!stats)
        return context.failure(stats.errorMessage());
    const DemoStats &rows = stats->rows;
    context.out() << "demo book: " << rows.accounts << " accounts, " << rows.contacts << " contacts, "
                  << rows.usageSamples << " usage samples, " << rows.surveys << " survey responses, " << rows.tickets
                  << " tickets, " << stats->meetings << " meetings, " << stats->playbookRuns << " playbook runs"
                  << Qt::endl;
    return Ok;
}

int runImport(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     QStringLiteral("JSON file mapping the file's column names to fields."),
                                     QStringLiteral("FILE"));
    parser.addOption(mapping);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("accounts.csv or accounts.json"));
    int exitCode = Ok;
    if (!context.parseOptions(parser, QStringLiteral("Import accounts, all or nothing."), exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("import needs exactly one file"));

    auto db = context.openBook();
    if (!db)
        return BadInput;
    const QString file = parser.positionalArguments().constFirst();
    auto outcome = importAccountsFile(db->connection(), file, parser.value(mapping));
    if (!outcome)
        return context.failure(outcome.errorMessage());
    if (outcome->rejected()) {
        for (const ImportIssue &issue : outcome->issues)
            context.err() << issue.toString() << '\n';
        context.err() << "csmctl: " << outcome->issues.size() << (outcome->issues.size() == 1 ? " problem" : " problems")
                      << " in " << file << "; nothing was imported." << Qt::endl;
        return BadInput;
    }
    context.out() << "imported " << (outcome->summary.inserted + outcome->summary.updated) << " accounts ("
                  << outcome->summary.inserted << " new, " << outcome->summary.updated << " updated); "
                  << outcome->segmentsChanged << " changed segment" << Qt::endl;
    return Ok;
}

std::optional<ListFormat> listFormat(const QString &text)
{
    if (text == u"table")
        return ListFormat::Table;
    if (text == u"csv")
        return ListFormat::Csv;
    if (text == u"json")
        return ListFormat::Json;
    return std::nullopt;
}

int runList(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption segment(QStringLiteral("segment"), QStringLiteral("Only high, mid or tech."),
                                     QStringLiteral("SEGMENT"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table (default), csv or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOptions({ segment, format });
    int exitCode = Ok;
    if (!context.parseOptions(parser, QStringLiteral("List the book, largest ARR first."), exitCode))
        return exitCode;
    const auto fmt = listFormat(parser.value(format));
    if (!fmt)
        return context.usageError(QStringLiteral("--format must be table, csv or json"));
    std::optional<Segment> only;
    if (parser.isSet(segment)) {
        only = segmentFromKey(parser.value(segment));
        if (!only)
            return context.usageError(QStringLiteral("--segment must be high, mid or tech"));
    }
    auto db = context.openBook();
    if (!db)
        return BadInput;
    auto rows = BookReader(db->connection()).readAll();
    if (!rows)
        return context.failure(rows.errorMessage());
    std::vector<BookRow> shown;
    for (BookRow &row : *rows)
        if (!only || row.segment == *only)
            shown.push_back(std::move(row));
    std::stable_sort(shown.begin(), shown.end(), [](const BookRow &a, const BookRow &b) {
        return a.arrCents != b.arrCents ? a.arrCents > b.arrCents : a.id < b.id;
    });
    context.out() << formatBookList(shown, *fmt, QDate::currentDate());
    context.out().flush();
    return Ok;
}

int runExport(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv or json (required)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write to FILE instead of the output."),
                                 QStringLiteral("FILE"));
    parser.addOptions({ format, out });
    int exitCode = Ok;
    if (!context.parseOptions(parser,
                      QStringLiteral("Export every account in the format 'csmctl import' reads."), exitCode))
        return exitCode;
    const QString fmt = parser.value(format);
    if (fmt != u"csv" && fmt != u"json")
        return context.usageError(QStringLiteral("--format must be csv or json"));
    auto db = context.openBook();
    if (!db)
        return BadInput;
    auto accounts = AccountRepository(db->connection()).all();
    if (!accounts)
        return context.failure(accounts.errorMessage());
    const QByteArray data = fmt == u"csv" ? accountsToCsv(*accounts) : accountsToJson(*accounts);
    if (!parser.isSet(out)) {
        context.out().flush();
        std::fwrite(data.constData(), 1, std::size_t(data.size()), stdout);
        std::fflush(stdout);
        return Ok;
    }
    // QSaveFile: a full disk or a kill leaves the previous file intact.
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return context.failure(QStringLiteral("%1: %2").arg(parser.value(out), file.errorString()));
    context.err() << "exported " << accounts->size() << " accounts to " << parser.value(out) << Qt::endl;
    return Ok;
}

int runSegment(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption by(QStringLiteral("by"), QStringLiteral("share or threshold."), QStringLiteral("MODE"));
    const QCommandLineOption highShare(QStringLiteral("high-share"),
                                       QStringLiteral("Share of accounts that are high-touch (0-1)."),
                                       QStringLiteral("P"));
    const QCommandLineOption midShare(QStringLiteral("mid-share"),
                                      QStringLiteral("Share of accounts that are mid-touch (0-1)."),
                                      QStringLiteral("P"));
    const QCommandLineOption highMin(QStringLiteral("high-min"), QStringLiteral("ARR from which accounts are high-touch."),
                                     QStringLiteral("ARR"));
    const QCommandLineOption midMin(QStringLiteral("mid-min"), QStringLiteral("ARR from which accounts are mid-touch."),
                                    QStringLiteral("ARR"));
    const QCommandLineOption setOverride(QStringLiteral("override"),
                                         QStringLiteral("Set CRM_ID's segment by hand (high|mid|tech), or 'auto' "
                                                        "to return it to the rules. Repeatable."),
                                         QStringLiteral("CRM_ID=SEGMENT"));
    parser.addOptions({ by, highShare, midShare, highMin, midMin, setOverride });
    int exitCode = Ok;
    if (!context.parseOptions(parser, QStringLiteral("Recompute segments, optionally with new rules."), exitCode))
        return exitCode;

    auto db = context.openBook();
    if (!db)
        return BadInput;
    const SegmentationService service(db->connection());
    auto rules = service.rules();
    if (!rules)
        return context.failure(rules.errorMessage());
    SegmentationRules next = *rules;
    if (parser.isSet(by)) {
        if (parser.value(by) == u"share")
            next.mode = SegmentationRules::Mode::Share;
        else if (parser.value(by) == u"threshold")
            next.mode = SegmentationRules::Mode::Threshold;
        else
            return context.usageError(QStringLiteral("--by must be share or threshold"));
    }
    for (const auto &[option, target] : { std::pair { &highShare, &next.highShare }, std::pair { &midShare, &next.midShare } }) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parser.value(*option).toDouble(&ok);
        if (!ok)
            return context.usageError(QStringLiteral("--%1 needs a number between 0 and 1").arg(option->names().first()));
    }
    for (const auto &[option, target] : { std::pair { &highMin, &next.highMinArrCents }, std::pair { &midMin, &next.midMinArrCents } }) {
        if (!parser.isSet(*option))
            continue;
        const auto cents = moneyToCents(parser.value(*option));
        if (!cents)
            return context.usageError(QStringLiteral("--%1 needs an amount").arg(option->names().first()));
        *target = *cents;
    }
    if (auto valid = next.validate(); !valid)
        return context.usageError(valid.errorMessage());

    const AccountRepository accounts(db->connection());
    Transaction transaction(db->connection());
    for (const QString &assignment : parser.values(setOverride)) {
        const qsizetype eq = assignment.lastIndexOf(u'=');
        if (eq <= 0)
            return context.usageError(QStringLiteral("--override needs CRM_ID=SEGMENT, got '%1'").arg(assignment));
        const QString crmId = assignment.left(eq);
        const QString value = assignment.mid(eq + 1);
        const std::optional<Segment> segment = segmentFromKey(value);
        if (!segment && value != u"auto")
            return context.usageError(QStringLiteral("--override: '%1' is not high, mid, tech or auto").arg(value));
        auto account = accounts.byCrmId(crmId);
        if (!account)
            return context.failure(account.errorMessage());
        if (!account->has_value())
            return context.failure(QStringLiteral("no account with CRM id '%1'; nothing changed").arg(crmId));
        if (auto set = accounts.setSegmentOverride((*account)->id, segment); !set)
            return context.failure(set.errorMessage());
    }
    if (next != *rules) {
        if (auto saved = service.setRules(next); !saved)
            return context.failure(saved.errorMessage());
    }
    auto changed = service.recompute();
    if (!changed)
        return context.failure(changed.errorMessage());
    if (auto committed = transaction.commit(); !committed)
        return context.failure(committed.errorMessage());

    auto rows = BookReader(db->connection()).readAll();
    if (!rows)
        return context.failure(rows.errorMessage());
    int count[3] = { 0, 0, 0 }, overrides = 0;
    qint64 arr[3] = { 0, 0, 0 };
    for (const BookRow &row : *rows) {
        ++count[int(row.segment)];
        arr[int(row.segment)] += row.arrCents;
        overrides += row.segmentOverride ? 1 : 0;
    }
    context.out() << changed.value() << " accounts changed segment\n";
    for (Segment s : AllSegments)
        context.out() << segmentKey(s) << ": " << count[int(s)] << " accounts, ARR " << arr[int(s)] / 100 << '\n';
    context.out() << "set by hand: " << overrides << Qt::endl;
    return Ok;
}

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> all {
        { "init", "create or upgrade the book", runInit },
        { "demo", "fill an empty book with demo data (--accounts N --seed S)", runDemo },
        { "import", "import accounts from CSV or JSON, all or nothing", runImport },
        { "list", "list accounts (--segment high|mid|tech --format table|csv|json)", runList },
        { "export", "export accounts (--format csv|json [--out FILE])", runExport },
        { "export-deck", "QBR decks as PDF (--account ID|--filter QUERY --out PATH [--as-of D] [--sections LIST])", runExportDeck },
        { "segment", "recompute segments (rules and overrides as options)", runSegment },
        { "health", "account health: recompute, show, override, clear-override", runHealth },
        { "playbooks", "playbooks: list, evaluate, runs, start, check, skip, complete, cancel", runPlaybooks },
        { "notes", "meeting notes: search TEXT, list CRM_ID", runNotes },
        { "sync", "pull CRM changes into the book (--connection NAME | --connector KEY --base-url URL) --token-env VAR", runSync },
        { "today", "what is due and overdue across the book (--date D --days N)", runToday },
        { "comment", "add a review comment (--account CRM_ID --author NAME --text TEXT [--csm NAME --book-id ID])", runComment },
        { "export-comments", "review comments on a CSM's book to a file (--csm NAME [--book-id ID] --output FILE)", runExportComments },
        { "import-comments", "import a lead's review comments file (FILE)", runImportComments },
        { "export-portfolio", "the team's portfolio review PDF from CSM books (BOOK_OR_FOLDER... --output FILE [--months N])", runExportPortfolio },
        { "export-book", "a snapshot of the book for the team lead (--output FILE.csmbook [--owner NAME])", runExportBook },
        { "demo-team", "a team of demo books, one file per CSM (--output DIR [--csms N --accounts N])", runDemoTeam },
    };
    return all;
}

} // namespace csm::cli
