#include "portfoliocommand.h"

#include "portfolio/portfoliodeck.h"
#include "portfolio/bookfile.h"
#include "portfolio/demoteam.h"
#include "portfolio/teambookloader.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace csm::cli {

namespace {

QString counted(qint64 n, const char *one, const char *many)
{
    return QLocale().toString(n) + u' ' + QString::fromLatin1(n == 1 ? one : many);
}

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

} // namespace

int runExportPortfolio(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") },
                                    QStringLiteral("The PDF to write (replaced only once the new one is complete)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption months(QStringLiteral("months"),
                                    QStringLiteral("The period NRR, GRR and time to value cover: the last N whole months "
                                                   "before today's month (default 3, the last quarter)."),
                                    QStringLiteral("N"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The period's first day, YYYY-MM-DD (with --to)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The period's last day, YYYY-MM-DD (with --from)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption currency(QStringLiteral("currency"),
                                      QStringLiteral("The reporting currency, an ISO 4217 code (default USD)."),
                                      QStringLiteral("CODE"), QStringLiteral("USD"));
    const QCommandLineOption rates(QStringLiteral("rates"),
                                   QStringLiteral("Exchange rates into the reporting currency, over the built-in ones, "
                                                  "e.g. \"EUR=1.08; GBP=1.27\"."),
                                   QStringLiteral("RATES"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("The day renewals, overdue steps and touches count from, YYYY-MM-DD "
                                                  "(default: the current date)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("The review's title (default \"Portfolio review\")."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption preparedBy(QStringLiteral("prepared-by"), QStringLiteral("Who presents the review."),
                                        QStringLiteral("NAME"));
    parser.addOptions({ output, months, from, to, currency, rates, today, title, preparedBy });
    parser.addPositionalArgument(QStringLiteral("books"),
                                 QStringLiteral("CSMs' book files (.csmbook or .sqlite), or folders: every such file in them."),
                                 QStringLiteral("BOOK_OR_FOLDER..."));
    if (int exitCode = Ok; !context.parseOptions(
            parser,
            QStringLiteral("The team's portfolio review as a PDF: team summary, the team by CSM and segment, then a slide per CSM.\n"
                           "  export-portfolio BOOK_OR_FOLDER... --output OUT.pdf [--months N | --from DATE --to DATE]\n"
                           "                   [--currency CODE] [--rates \"EUR=1.08; GBP=1.27\"] [--today DATE] [--title TEXT]\n"
                           "Books are read, never changed. A book that cannot be read is named on stderr and left out.\n"
                           "Exit codes: 0 the PDF was written (from at least one book), 1 no book could be read or the PDF "
                           "could not be written, 2 usage error."),
            exitCode))
        return exitCode;

    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        return context.usageError(QStringLiteral("export-portfolio needs at least one book file or folder"));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return context.usageError(QStringLiteral("export-portfolio needs --output FILE"));

    QDate day = QDate::currentDate();
    if (parser.isSet(today)) {
        const auto parsed = dateOption(parser, today);
        if (!parsed)
            return context.usageError(QStringLiteral("--today needs a date as YYYY-MM-DD"));
        day = *parsed;
    }
    if (parser.isSet(from) != parser.isSet(to))
        return context.usageError(QStringLiteral("--from and --to go together"));
    if (parser.isSet(from) && parser.isSet(months))
        return context.usageError(QStringLiteral("give the period as --months N or as --from and --to, not both"));
    int monthCount = 3;
    if (parser.isSet(months)) {
        bool ok = false;
        monthCount = parser.value(months).toInt(&ok);
        if (!ok || monthCount < 1 || monthCount > 120)
            return context.usageError(QStringLiteral("--months needs a number from 1 to 120"));
    }
    std::optional<QDate> first, last;
    if (parser.isSet(from)) {
        first = dateOption(parser, from);
        last = dateOption(parser, to);
        if (!first || !last)
            return context.usageError(QStringLiteral("--from and --to need dates as YYYY-MM-DD"));
        if (*first > *last)
            return context.usageError(QStringLiteral("--from %1 is after --to %2").arg(parser.value(from), parser.value(to)));
    }

    const QString code = parser.value(currency).trimmed().toUpper();
    if (code.size() != 3)
        return context.usageError(QStringLiteral("--currency needs a three-letter code such as USD"));
    CurrencyRates reporting = CurrencyRates::defaults(code);
    if (reporting.reporting() != code) // no built-in rate for it: only what --rates gives
        reporting = *CurrencyRates::fromText(code, {});
    if (parser.isSet(rates)) {
        QString error;
        const auto given = CurrencyRates::fromText(code, parser.value(rates), &error);
        if (!given)
            return context.usageError(QStringLiteral("--rates: %1").arg(error));
        for (const QString &c : given->currencies())
            if (c != code)
                reporting.setRate(c, *given->rate(c));
    }

    // Read every book (in parallel); one that cannot be read is named and the others go on.
    for (const QString &argument : arguments)
        if (QFileInfo(argument).isDir() && teamBookFiles({ argument }).isEmpty())
            context.err() << "csmctl: no .csmbook or .sqlite files in " << QDir::toNativeSeparators(argument) << '\n';
    const QStringList files = teamBookFiles(arguments);
    std::vector<Result<TeamBook>> books = readTeamBooks(files, teamBookCacheDir(), day);
    Portfolio portfolio;
    int failed = 0;
    for (std::size_t i = 0; i < books.size(); ++i) {
        Result<TeamBook> &book = books[i];
        if (!book) {
            ++failed;
            context.err() << "csmctl: skipped " << book.errorMessage() << '\n';
            continue;
        }
        const QString shown = QDir::toNativeSeparators(files.at(qsizetype(i)));
        const QString csm = book->csm();
        const Portfolio::AddResult added = portfolio.add(std::move(*book));
        if (added.outcome == Portfolio::AddOutcome::KeptNewer)
            context.err() << "csmctl: note: " << shown << " is an older export of " << csm << "'s book; the newer one is used\n";
        else if (added.outcome == Portfolio::AddOutcome::Replaced)
            context.err() << "csmctl: note: " << shown << " is a newer export of " << csm << "'s book; it replaces the older one\n";
    }
    context.err().flush();
    if (portfolio.books().empty())
        return context.failure(failed > 0 ? QStringLiteral("no book could be read") : QStringLiteral("no book files found"));

    PortfolioFilter filter = first ? PortfolioFilter {} : PortfolioFilter::forPeriod(day, monthCount, reporting);
    if (first) {
        filter.today = day;
        filter.from = *first;
        filter.to = *last;
        filter.rates = reporting;
    }
    QStringList unrated;
    for (const Portfolio::Entry &entry : portfolio.entries()) {
        const PortfolioAccount &a = portfolio.account(entry);
        if (!a.archived && !filter.rates.rate(a.currency) && !unrated.contains(a.currency))
            unrated << a.currency;
    }
    if (!unrated.isEmpty()) {
        unrated.sort();
        context.err() << "csmctl: no exchange rate into " << code << " for " << unrated.join(QStringLiteral(", "))
                      << ": those accounts are left out of money figures (give them with --rates)" << Qt::endl;
    }

    const PortfolioDeck deck(portfolio, filter, PortfolioDeckOptions { parser.value(title), parser.value(preparedBy) });
    if (Status written = writePortfolioDeck(deck, parser.value(output)); !written)
        return context.failure(written.errorMessage());

    context.out() << "Wrote " << QDir::toNativeSeparators(parser.value(output)) << ": "
                  << counted(qint64(deck.csmSlides().size()), "CSM", "CSMs") << ", "
                  << counted(deck.dashboard().team.accounts, "account", "accounts") << ", "
                  << counted(deck.pageCount(), "page", "pages") << '\n';
    context.out().flush();
    if (failed > 0)
        context.err() << "csmctl: " << counted(failed, "book", "books") << " could not be read and left out (see above)" << Qt::endl;
    return Ok;
}

} // namespace csm::cli

namespace csm::cli {

int runExportBook(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") },
                                    QStringLiteral("The book file to write (.csmbook; replaced only once complete)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption owner(QStringLiteral("owner"),
                                   QStringLiteral("The CSM the book belongs to (default: the owner most accounts have)."),
                                   QStringLiteral("NAME"));
    parser.addOptions({ output, owner });
    int exitCode = Ok;
    if (!context.parseOptions(parser, QStringLiteral("Write a snapshot of the book for the team lead's portfolio."), exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("export-book takes no arguments"));
    if (!parser.isSet(output))
        return context.usageError(QStringLiteral("--output FILE is required"));
    auto db = context.openExistingBook();
    if (!db)
        return BadInput;
    auto manifest = BookFile::exportSnapshot(db->connection(), parser.value(output), parser.value(owner));
    if (!manifest)
        return context.failure(manifest.errorMessage());
    context.out() << "Wrote " << QDir::toNativeSeparators(parser.value(output)) << ": " << manifest->owner << ", "
                  << manifest->accountCount << " accounts, schema " << manifest->schemaVersion << Qt::endl;
    return Ok;
}

int runDemoTeam(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") },
                                    QStringLiteral("The folder to write the team's book files into."), QStringLiteral("DIR"));
    const QCommandLineOption csms(QStringLiteral("csms"), QStringLiteral("How many CSMs (1 to 20, default 5)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption accounts(QStringLiteral("accounts"), QStringLiteral("Accounts per CSM (default 200)."),
                                      QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("Reference date YYYY-MM-DD (default: the current date)."), QStringLiteral("DATE"));
    const QCommandLineOption weeks(QStringLiteral("health-weeks"), QStringLiteral("Weeks of health history (default 52)."),
                                   QStringLiteral("N"), QStringLiteral("52"));
    parser.addOptions({ output, csms, accounts, seed, today, weeks });
    int exitCode = Ok;
    if (!context.parseOptions(parser, QStringLiteral("Write a team of demo books, one exported book file per CSM."), exitCode))
        return exitCode;
    if (!parser.isSet(output) || !parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("demo-team needs --output DIR and no other arguments"));
    DemoTeamOptions options;
    bool ok[4] = {};
    options.csms = parser.value(csms).toInt(&ok[0]);
    options.accountsPerBook = parser.value(accounts).toInt(&ok[1]);
    options.seed = parser.value(seed).toULongLong(&ok[2]);
    options.healthWeeks = parser.value(weeks).toInt(&ok[3]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || options.accountsPerBook < 1 || options.healthWeeks < 0)
        return context.usageError(QStringLiteral("--csms, --accounts, --seed and --health-weeks need whole numbers"));
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid())
            return context.usageError(QStringLiteral("--today needs a date as YYYY-MM-DD"));
    }
    auto files = buildDemoTeam(parser.value(output), options,
                               [&context](int done, int total) { context.err() << "book " << done << " of " << total << '\n' << Qt::flush; });
    if (!files)
        return context.failure(files.errorMessage());
    for (const QString &file : *files)
        context.out() << QDir::toNativeSeparators(file) << '\n';
    context.out().flush();
    return Ok;
}

} // namespace csm::cli
