// csm-crm-emulator: a local HubSpot- or Salesforce-compatible CRM to sync the app with, without a CRM account.
#include "hubspotemulator.h"
#include "salesforceemulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("csm-crm-emulator"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local stand-in for HubSpot's CRM API v3 or Salesforce's REST API on 127.0.0.1, with demo companies, contacts, "
        "deals and owners.\n"
        "Sync with it: csmctl sync --connector hubspot --base-url http://127.0.0.1:PORT --token-env HUBSPOT_TOKEN\n"
        "          or: csmctl sync --connector salesforce --base-url http://127.0.0.1:PORT --token-env SALESFORCE_TOKEN\n"
        "Change a HubSpot company as someone in the CRM would:\n"
        "  curl -X PATCH -H 'Authorization: Bearer TOKEN' -d '{\"properties\":{\"name\":\"New name\"}}' \\\n"
        "       http://127.0.0.1:PORT/crm/v3/objects/companies/ID"));
    parser.addHelpOption();
    const QCommandLineOption crm(QStringLiteral("crm"), QStringLiteral("hubspot (default) or salesforce."), QStringLiteral("NAME"), QStringLiteral("hubspot"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (default 8765)."), QStringLiteral("N"), QStringLiteral("8765"));
    const QCommandLineOption companies(QStringLiteral("companies"), QStringLiteral("Companies (default 300)."), QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption contacts(QStringLiteral("contacts-per-company"), QStringLiteral("Contacts per company (default 3)."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption deals(QStringLiteral("deals-per-company"), QStringLiteral("Deals per company (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   QStringLiteral("The bearer token it accepts (default pat-emulator-token for HubSpot, "
                                                  "00DEM0000000001!AQEAQEmulatorSessionToken for Salesforce)."),
                                   QStringLiteral("TOKEN"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Answer every request this many milliseconds late, as a distant CRM does "
                                                    "(default 0)."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    parser.addOptions({ crm, port, companies, contacts, deals, token, latency });
    parser.process(app);

    const QString kind = parser.value(crm).toLower();
    if (kind != u"hubspot" && kind != u"salesforce") {
        std::fprintf(stderr, "csm-crm-emulator: --crm is hubspot or salesforce, not %s\n", qPrintable(kind));
        return 2;
    }
    const quint16 listenOn = quint16(parser.value(port).toUInt());
    const int companyCount = parser.value(companies).toInt();
    const int contactCount = parser.value(contacts).toInt();
    const int dealCount = parser.value(deals).toInt();

    std::unique_ptr<csm::emulator::HubSpotEmulator> hubspot;
    std::unique_ptr<csm::emulator::SalesforceEmulator> salesforce;
    QString baseUrl;
    QString accepted;
    quint16 listening = 0;
    int seeded = 0;
    if (kind == u"hubspot") {
        hubspot = std::make_unique<csm::emulator::HubSpotEmulator>();
        if (parser.isSet(token))
            hubspot->setToken(parser.value(token));
        hubspot->setLatency(parser.value(latency).toInt());
        hubspot->seed(companyCount, contactCount, dealCount, 8);
        listening = hubspot->start(listenOn);
        baseUrl = hubspot->baseUrl();
        accepted = hubspot->token();
        seeded = hubspot->count(QStringLiteral("companies"));
    } else {
        salesforce = std::make_unique<csm::emulator::SalesforceEmulator>();
        if (parser.isSet(token))
            salesforce->setToken(parser.value(token));
        salesforce->setLatency(parser.value(latency).toInt());
        salesforce->seed(companyCount, contactCount, dealCount, 8);
        // The custom fields health write-back needs, as an admin would have created them.
        for (const char *field : { "CSM_Health_Score__c", "CSM_Health_Band__c", "CSM_Segment__c" })
            salesforce->addCustomField(QLatin1String(field));
        listening = salesforce->start(listenOn);
        baseUrl = salesforce->baseUrl();
        accepted = salesforce->token();
        seeded = salesforce->count(QStringLiteral("Account"));
    }
    if (listening == 0) {
        std::fprintf(stderr, "csm-crm-emulator: cannot listen on 127.0.0.1:%s\n", qPrintable(parser.value(port)));
        return 1;
    }
    std::printf("%s emulator on %s (%d companies); token: %s\n", kind == u"hubspot" ? "HubSpot" : "Salesforce",
                qPrintable(baseUrl), seeded, qPrintable(accepted));
    std::fflush(stdout);
    return app.exec();
}
