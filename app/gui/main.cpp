#include "appicon.h"
#include "book/booksession.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "store/booklocation.h"
#include "store/database.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

namespace {

/// The value of --lang (also --lang=xx), read before the parser exists so that its help is
/// already in that language.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--")
            break;
        if (arg == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(u"--lang="))
            return arg.mid(7);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("csm-workbench"));
    QApplication::setOrganizationName(QStringLiteral("CSM Workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("CSM Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(CSM_VERSION));
    // The icon and the .desktop entry (resources/csm-workbench.desktop) the desktop shows for our
    // windows; on Wayland the desktop file name is the app id.
    QApplication::setWindowIcon(csm::appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("csm-workbench"));

    // --lang for this run, else the language chosen in Settings, else the system's. It also sets the
    // default locale, so money and dates follow (US English when the locale is C).
    const QString languageOverride = languageArgument(QApplication::arguments());
    csm::installTranslations(app, languageOverride.isEmpty() ? csm::languageSetting() : languageOverride);

    csm::applyTheme(csm::themeSetting());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A workbench for customer success managers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open the book at <path>."),
                                      QStringLiteral("path"), csm::startupBookPath()); // Settings ▸ General
    const QCommandLineOption noDemoOption(QStringLiteral("no-demo-offer"),
                                          QApplication::translate("main", "Do not offer the demo book."));
    const QString languages = csm::availableLanguages().join(QStringLiteral(", "));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main",
                                "Show the app in <language> (%1) for this run; Edit ▸ Settings keeps a choice.")
            .arg(languages),
        QStringLiteral("language"));
    parser.addOption(dbOption);
    parser.addOption(noDemoOption);
    parser.addOption(langOption);
    parser.process(app);
    if (parser.isSet(langOption) && !csm::shippedLanguage(parser.value(langOption))) {
        const QString message
            = QApplication::translate("main", "There is no translation into '%1'; choose one of %2.");
        QTextStream(stderr) << message.arg(parser.value(langOption), languages) << '\n';
        return 2;
    }

    csm::MainWindow window;
    window.setOfferDemoWhenEmpty(!parser.isSet(noDemoOption));
    auto session = csm::BookSession::open(parser.value(dbOption));
    // The book chosen in Settings may be on a disk that is not there today: start on the app's own.
    if (!session && !parser.isSet(dbOption) && parser.value(dbOption) != csm::Database::defaultPath()) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "CSM Workbench"),
                             QApplication::translate("main", "Could not open the book chosen in Settings:\n%1\n\n"
                                                             "The book in the app's own folder opens instead.")
                                 .arg(session.errorMessage()));
        session = csm::BookSession::open(csm::Database::defaultPath());
    }
    if (!session) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "CSM Workbench"),
                              QApplication::translate("main", "Could not open the book:\n%1")
                                  .arg(session.errorMessage()));
        return 1;
    }
    window.setSession(std::move(*session));
    window.show();
    return QApplication::exec();
}
