#include "deckcommand.h"

#include "deck/deckcharts.h"
#include "deck/deckwriter.h"
#include "itemmodels/accountfilter.h"
#include "store/bookreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace csm::cli {

int runExportDeck(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption account(QStringLiteral("account"), QStringLiteral("The account's CRM id."), QStringLiteral("ID"));
    const QCommandLineOption filter(
        QStringLiteral("filter"),
        QStringLiteral("Every account matching QUERY, one PDF each into the --out folder. QUERY: segment:high|mid|tech "
                       "stage:KEY health:red|amber|green|none renewal:DAYS owner:NAME and words to search, e.g. "
                       "\"segment:high renewal:120\"."),
        QStringLiteral("QUERY"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("The PDF file (or a folder to write it in) for --account; the folder "
                                                "for --filter, created when missing."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QStringLiteral("Freeze the data as of this day (YYYY-MM-DD, default today)."),
                                  QStringLiteral("DATE"));
    QStringList keys;
    for (DeckSection s : AllDeckSections)
        keys << deckSectionKey(s);
    const QCommandLineOption sections(QStringLiteral("sections"),
                                      QStringLiteral("Comma-separated sections, or all (default: by segment). Known: %1.")
                                          .arg(keys.join(QStringLiteral(", "))),
                                      QStringLiteral("LIST"));
    const QCommandLineOption preparedBy(QStringLiteral("prepared-by"),
                                        QStringLiteral("Who presents the deck (default: the account's owner)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({ account, filter, out, asOf, sections, preparedBy, format });
    if (int exitCode = Ok; !context.parseOptions(
            parser,
            QStringLiteral("QBR decks as PDF: 16:9 slides with vector charts, data frozen as of a day.\n"
                           "  export-deck --account ID|--filter QUERY --out PATH [--as-of DATE] [--sections LIST]"),
            exitCode))
        return exitCode;

    if (parser.isSet(account) == parser.isSet(filter))
        return context.usageError(QStringLiteral("export-deck needs either --account ID or --filter QUERY"));
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return context.usageError(QStringLiteral("export-deck needs --out PATH"));
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("export-deck takes no arguments"));
    const bool json = parser.value(format) == u"json";
    if (!json && parser.value(format) != u"text")
        return context.usageError(QStringLiteral("--format must be text or json"));

    DeckOptions options;
    options.asOf = QDate::currentDate();
    if (parser.isSet(asOf)) {
        options.asOf = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!options.asOf.isValid())
            return context.usageError(QStringLiteral("--as-of needs a date as YYYY-MM-DD"));
        if (options.asOf > QDate::currentDate())
            return context.usageError(QStringLiteral("--as-of %1 is in the future; a deck shows data as it stood on a day")
                                          .arg(parser.value(asOf)));
    }
    if (parser.isSet(sections)) {
        auto parsed = parseDeckSections(parser.value(sections));
        if (!parsed)
            return context.usageError(QStringLiteral("--sections: %1").arg(parsed.errorMessage()));
        options.sections = *parsed;
    }
    options.preparedBy = parser.value(preparedBy);

    std::optional<AccountFilter> query;
    if (parser.isSet(filter)) {
        auto parsed = AccountFilter::fromQuery(parser.value(filter));
        if (!parsed)
            return context.usageError(QStringLiteral("--filter: %1").arg(parsed.errorMessage()));
        query = *parsed;
    }

    auto db = context.openExistingBook();
    if (!db)
        return BadInput;
    const QSqlDatabase connection = db->connection();

    // Which accounts, and where each deck goes.
    struct Target
    {
        qint64 id = 0;
        QString crmId;
        QString path;
    };
    QList<Target> targets;
    const QString outPath = parser.value(out);
    if (query) {
        const QFileInfo info(outPath);
        if (info.exists() && !info.isDir())
            return context.usageError(QStringLiteral("--out %1 is a file; --filter writes a folder of decks").arg(outPath));
        if (!QDir().mkpath(outPath))
            return context.failure(QStringLiteral("Cannot create the folder %1").arg(QDir::toNativeSeparators(outPath)));
        auto rows = BookReader(connection).readAll();
        if (!rows)
            return context.failure(rows.errorMessage());
        QSet<QString> names;
        for (const BookRow &row : *rows) {
            if (!query->accepts(row, options.asOf))
                continue;
            const QString name = uniqueDeckFileName(row.name, row.crmId, options.asOf, names);
            targets << Target { row.id, row.crmId, QDir(outPath).filePath(name) };
        }
    } else {
        auto id = CliContext::accountId(connection, parser.value(account));
        if (!id)
            return context.failure(id.errorMessage());
        auto details = loadDeckData(connection, *id, options.asOf);
        if (!details)
            return context.failure(details.errorMessage());
        const QFileInfo info(outPath);
        const bool folder = info.isDir() || outPath.endsWith(u'/');
        targets << Target { *id, parser.value(account),
                            folder ? QDir(outPath).filePath(deckFileName(details->account, options.asOf)) : outPath };
    }

    DeckChartRecorder recorder;
    QElapsedTimer timer;
    timer.start();
    int written = 0, failed = 0, pages = 0;
    QJsonArray results;
    for (const Target &t : std::as_const(targets)) {
        auto result = exportDeck(connection, t.id, options, t.path, recorder);
        if (result) {
            ++written;
            pages += *result;
            if (json)
                results.append(QJsonObject { { QStringLiteral("crm_id"), t.crmId },
                                             { QStringLiteral("path"), QFileInfo(t.path).absoluteFilePath() },
                                             { QStringLiteral("pages"), *result } });
            else
                context.out() << QDir::toNativeSeparators(t.path) << "  (" << *result << " pages)\n";
        } else {
            ++failed;
            if (json)
                results.append(QJsonObject { { QStringLiteral("crm_id"), t.crmId },
                                             { QStringLiteral("error"), result.errorMessage() } });
            context.err() << "error: " << t.crmId << ": " << result.errorMessage() << '\n';
        }
        context.out().flush();
        context.err().flush();
    }
    if (json) {
        context.out() << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("decks"), results },
                                                                       { QStringLiteral("written"), written },
                                                                       { QStringLiteral("failed"), failed },
                                                                       { QStringLiteral("pages"), pages } })
                                               .toJson(QJsonDocument::Indented));
    } else if (query) {
        context.out() << "exported " << written << " of " << targets.size() << " decks (" << pages << " pages) in "
                      << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
    }
    context.out().flush();
    return failed == 0 ? Ok : BadInput;
}

} // namespace csm::cli
