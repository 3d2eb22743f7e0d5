#include "syncbench.h"

#include "hubspotemulator.h"
#include "measure.h"

#include "store/database.h"
#include "sync/hubspotconnector.h"
#include "sync/syncengine.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QUrlQuery>

#include <cstdio>

namespace csm::bench {

namespace {

/// Fetches every page of `type` as the connector asks for them, reading only the next cursor:
/// the wire's own time, the floor of a full pull.
int fetchAllPages(QNetworkAccessManager &network, const QString &baseUrl, const QString &type, const QString &properties,
                  bool associations)
{
    static const QRegularExpression next(QStringLiteral("\"paging\":\\{\"next\":\\{\"after\":\"([^\"]+)\""));
    QString after;
    int pages = 0;
    for (;;) {
        QUrl url(baseUrl + QStringLiteral("/crm/v3/objects/") + type);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        query.addQueryItem(QStringLiteral("properties"), properties);
        query.addQueryItem(QStringLiteral("archived"), QStringLiteral("false"));
        if (associations)
            query.addQueryItem(QStringLiteral("associations"), QStringLiteral("companies"));
        if (!after.isEmpty())
            query.addQueryItem(QStringLiteral("after"), after);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer pat-emulator-token");
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        ++pages;
        // Compact JSON sorts its keys: "paging" comes before "results".
        const qsizetype at = body.indexOf("\"paging\"");
        const auto match = at < 0 ? QRegularExpressionMatch() : next.match(QString::fromLatin1(body.mid(at, 400)));
        if (!match.hasMatch())
            return pages;
        after = match.captured(1);
    }
}

} // namespace

bool runSyncBench(Report &report, const BenchOptions &options)
{
    const int companies = options.quick ? 5'000 : 50'000;
    const QString scale = options.quick ? QStringLiteral("5k/15k") : QStringLiteral("50k/150k");

    // The CRM in a thread of its own, as a server would be.
    auto *emulator = new emulator::HubSpotEmulator;
    emulator->seed(companies, 3, 0, 20, 11);
    QThread server;
    emulator->moveToThread(&server);
    QObject::connect(&server, &QThread::finished, emulator, &QObject::deleteLater);
    server.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(emulator, [&] { port = emulator->start(); }, Qt::BlockingQueuedConnection);
    if (port == 0) {
        std::fprintf(stderr, "csm-bench: the CRM emulator cannot listen\n");
        server.quit();
        server.wait();
        return false;
    }
    const QString baseUrl = emulator->baseUrl();
    const int records = companies * 4;
    std::printf("  CRM emulator on %s: %d companies, %d contacts\n", qPrintable(baseUrl), companies, companies * 3);
    std::fflush(stdout);

    StepResult floor(QStringLiteral("CRM pull floor: plain HTTP client, same pages"), scale);
    {
        QNetworkAccessManager network;
        HubSpotConnector probe;
        timeRuns(floor.samples, 0, options.quick ? 1 : 3, {}, [&] {
            fetchAllPages(network, baseUrl,
                          QStringLiteral("companies"),
                          QStringLiteral("name,domain,hubspot_owner_id,hs_lastmodifieddate,arr,renewal_date,contract_start_date,cs_lifecycle_stage,currency"),
                          false);
            fetchAllPages(network, baseUrl, QStringLiteral("contacts"),
                          QStringLiteral("firstname,lastname,email,jobtitle,lastmodifieddate"), true);
            return true;
        });
    }
    report.add(floor);

    StepResult pull(QStringLiteral("CRM full sync (HubSpot emulator -> new book)"), scale);
    pull.floorMs = floor.samples.median();
    pull.target = 1.5;
    QString error;
    int created = 0;
    const bool ok = timeRuns(pull.samples, 0, options.quick ? 1 : 3, {}, [&] {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("sync.sqlite")));
        if (!db) {
            error = db.errorMessage();
            return false;
        }
        CrmConnection connection;
        connection.name = QStringLiteral("bench");
        connection.connector = QStringLiteral("hubspot");
        connection.settings = { { QStringLiteral("base_url"), baseUrl } };
        auto saved = SyncStore((*db)->connection()).saveConnection(connection);
        if (!saved) {
            error = saved.errorMessage();
            return false;
        }
        HubSpotConnector connector;
        if (auto e = connector.configure(saved->settings, QStringLiteral("pat-emulator-token"))) {
            error = e->message;
            return false;
        }
        const SyncRun run = SyncEngine((*db)->connection(), *saved, connector).run();
        if (run.status != u"ok") {
            error = run.message;
            return false;
        }
        created = run.created;
        return true;
    });
    server.quit();
    server.wait();
    if (!ok) {
        std::fprintf(stderr, "csm-bench: sync: %s\n", qPrintable(error));
        return false;
    }
    pull.ratio = pull.samples.median() / floor.samples.median();
    pull.note = QStringLiteral("%1 records, %2 records/s").arg(created).arg(qRound(records / (pull.samples.median() / 1000.0)));
    report.add(pull);
    return true;
}

} // namespace csm::bench
