#include "book/booksession.h"
#include "mainwindow.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("csm-workbench"));
    QApplication::setOrganizationName(QStringLiteral("CSM Workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("CSM Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(CSM_VERSION));

    // Without a configured locale (LANG=C), format money and dates the common English way.
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("csm"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/csm_en.qm")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A workbench for customer success managers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open the book at <path>."),
                                      QStringLiteral("path"), csm::Database::defaultPath());
    const QCommandLineOption noDemoOption(QStringLiteral("no-demo-offer"),
                                          QApplication::translate("main", "Do not offer the demo book."));
    parser.addOption(dbOption);
    parser.addOption(noDemoOption);
    parser.process(app);

    csm::MainWindow window;
    window.setOfferDemoWhenEmpty(!parser.isSet(noDemoOption));
    auto session = csm::BookSession::open(parser.value(dbOption));
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
