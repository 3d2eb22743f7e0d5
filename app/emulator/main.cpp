// csm-crm-emulator: a local HubSpot-compatible CRM to sync the app with, without a CRM account.
#include "hubspotemulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("csm-crm-emulator"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local stand-in for HubSpot's CRM API v3 on 127.0.0.1, with demo companies, contacts, deals and owners.\n"
        "Sync with it: csmctl sync --connector hubspot --base-url http://127.0.0.1:PORT --token-env HUBSPOT_TOKEN"));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (default 8765)."), QStringLiteral("N"), QStringLiteral("8765"));
    const QCommandLineOption companies(QStringLiteral("companies"), QStringLiteral("Companies (default 300)."), QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption contacts(QStringLiteral("contacts-per-company"), QStringLiteral("Contacts per company (default 3)."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption deals(QStringLiteral("deals-per-company"), QStringLiteral("Deals per company (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("The bearer token it accepts (default pat-emulator-token)."), QStringLiteral("TOKEN"), QStringLiteral("pat-emulator-token"));
    parser.addOptions({ port, companies, contacts, deals, token });
    parser.process(app);

    csm::emulator::HubSpotEmulator emulator;
    emulator.setToken(parser.value(token));
    emulator.seed(parser.value(companies).toInt(), parser.value(contacts).toInt(), parser.value(deals).toInt(), 8);
    if (emulator.start(quint16(parser.value(port).toUInt())) == 0) {
        std::fprintf(stderr, "csm-crm-emulator: cannot listen on 127.0.0.1:%s\n", qPrintable(parser.value(port)));
        return 1;
    }
    std::printf("HubSpot emulator on %s (%d companies); token: %s\n", qPrintable(emulator.baseUrl()),
                emulator.count(QStringLiteral("companies")), qPrintable(emulator.token()));
    std::fflush(stdout);
    return app.exec();
}
