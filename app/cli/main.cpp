#include "commands.h"

#include "store/booklocation.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

#include <cstdio>

using namespace csm::cli;

namespace {

void printHelp(QTextStream &out)
{
    out << "Usage: csmctl [--db PATH] <command> [options]\n\n"
           "Scripts the CSM Workbench book of business without a display.\n\n"
           "Commands:\n";
    qsizetype width = 0;
    for (const Command &command : commands())
        width = qMax(width, qsizetype(qstrlen(command.name)));
    for (const Command &command : commands())
        out << "  " << QString::fromLatin1(command.name).leftJustified(width + 2) << QString::fromLatin1(command.summary)
            << '\n';
    out << "\nOptions:\n"
           "  --db PATH   the book file (default: the one the app opens, "
        << csm::startupBookPath()
        << ")\n"
           "  --help      this help; 'csmctl <command> --help' for a command's options\n\n"
           "Exit codes: 0 ok, 1 bad input or failure, 2 usage error.\n";
    out.flush();
}

/// Whether the command draws charts, which are widgets and need a QApplication (off screen).
bool needsWidgets(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--db") {
            ++i;
            continue;
        }
        if (!arg.startsWith('-'))
            return arg == "export-deck" || arg == "export-portfolio";
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool widgets = needsWidgets(argc, argv);
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // headless: draws into files, never on a screen
    std::unique_ptr<QCoreApplication> application = widgets ? std::make_unique<QApplication>(argc, argv)
                                                            : std::make_unique<QCoreApplication>(argc, argv);
    // Decks are read by people: an unset (C) locale formats their money and dates as US English,
    // as the app does. Other commands print plain numbers for scripts either way.
    if (widgets && QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setApplicationName(QStringLiteral("csm-workbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("CSM Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSM_VERSION));

    // Scripts read English whatever the locale; the English translation carries the plural forms.
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/csm_en.qm")))
        QCoreApplication::installTranslator(&plurals);

    // --db may stand anywhere; the first other non-option word names the command.
    QStringList rest;
    QString dbPath = csm::startupBookPath(); // the app's book: Settings, General, else the default place
    QString commandName;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == u"--db") {
            if (i + 1 >= args.size()) {
                CliContext context({}, dbPath);
                return context.usageError(QStringLiteral("--db needs a path"));
            }
            dbPath = args[++i];
        } else if (arg.startsWith(QStringLiteral("--db="))) {
            dbPath = arg.mid(5);
        } else if (commandName.isEmpty() && !arg.startsWith(u'-')) {
            commandName = arg;
        } else {
            rest.append(arg);
        }
    }

    if (commandName.isEmpty()) {
        QTextStream out(stdout);
        if (rest.contains(QStringLiteral("--version"))) {
            out << "csmctl " << QCoreApplication::applicationVersion() << '\n';
            return Ok;
        }
        const bool askedForHelp = rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"));
        if (askedForHelp) {
            printHelp(out);
            return Ok;
        }
        QTextStream err(stderr);
        printHelp(err);
        return Usage;
    }

    for (const Command &command : commands()) {
        if (commandName == QLatin1String(command.name)) {
            CliContext context(QStringList { QStringLiteral("csmctl ") + commandName } + rest, dbPath);
            return command.run(context);
        }
    }
    CliContext context({}, dbPath);
    return context.usageError(QStringLiteral("unknown command '%1'").arg(commandName));
}
