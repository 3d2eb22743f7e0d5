#include "syncbench.h"

#include "hubspotemulator.h"
#include "measure.h"
#include "salesforceemulator.h"

#include "store/database.h"
#include "sync/connectorregistry.h"
#include "sync/syncengine.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QUrlQuery>

#include <pthread.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>

namespace csm::bench {

namespace {

/// CPU time of the client alone: the process's, less the emulator thread's. CPU time hardly moves
/// with what else the machine runs, unlike the wall time.
class ClientCpu
{
public:
    /// `emulator`: the CRM emulator, in a thread of its own.
    explicit ClientCpu(QObject *emulator)
    {
        QMetaObject::invokeMethod(emulator, [this] { m_emulator = pthread_self(); }, Qt::BlockingQueuedConnection);
    }

    /// Seconds of CPU the client has used so far.
    double seconds() const { return processSeconds() - emulatorSeconds(); }
    /// Seconds of CPU the emulator has used so far.
    double emulatorSeconds() const { return threadSeconds(m_emulator); }

private:
    static double processSeconds()
    {
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
    static double threadSeconds(pthread_t thread)
    {
        clockid_t clock {};
        timespec at {};
        if (pthread_getcpuclockid(thread, &clock) != 0 || clock_gettime(clock, &at) != 0)
            return 0;
        return double(at.tv_sec) + double(at.tv_nsec) / 1e9;
    }

    pthread_t m_emulator {};
};

/// "1.21×, 1.34×, 1.27×"
QString ratios(const std::vector<double> &values)
{
    QStringList out;
    for (const double v : values)
        out << QStringLiteral("%1\u00d7").arg(v, 0, 'f', 2);
    return out.join(QStringLiteral(", "));
}

/// One full sync into a new book through `connector` (made by the registry, configured with
/// `settings` and `secret`): the records it created, or why it failed in `error`.
std::optional<int> syncIntoNewBook(const QString &connectorKey, const QVariantMap &settings, const QString &secret, QString &error)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("sync.sqlite")));
    if (!db) {
        error = db.errorMessage();
        return std::nullopt;
    }
    CrmConnection connection;
    connection.name = QStringLiteral("bench");
    connection.connector = connectorKey;
    connection.settings = settings;
    auto saved = SyncStore((*db)->connection()).saveConnection(connection);
    if (!saved) {
        error = saved.errorMessage();
        return std::nullopt;
    }
    std::unique_ptr<CrmConnector> connector = ConnectorRegistry::instance().find(connectorKey)->create();
    if (auto e = connector->configure(saved->settings, secret)) {
        error = e->message;
        return std::nullopt;
    }
    const SyncRun run = SyncEngine((*db)->connection(), *saved, *connector).run();
    if (run.status != u"ok") {
        error = run.message;
        return std::nullopt;
    }
    return run.created;
}

/// The body of one GET, waited for as a plain client does.
QByteArray fetch(QNetworkAccessManager &network, const QNetworkRequest &request)
{
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

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
        const QByteArray body = fetch(network, request);
        ++pages;
        // Compact JSON sorts its keys: "paging" comes before "results".
        const qsizetype at = body.indexOf("\"paging\"");
        const auto match = at < 0 ? QRegularExpressionMatch() : next.match(QString::fromLatin1(body.mid(at, 400)));
        if (!match.hasMatch())
            return pages;
        after = match.captured(1);
    }
}

/// Follows a Salesforce query's nextRecordsUrl to its end, reading only the locator: the wire's
/// own time for the pages a sync reads.
int fetchAllRecords(QNetworkAccessManager &network, const QString &baseUrl, const QString &soql, const QString &token)
{
    static const QRegularExpression next(QStringLiteral("\"nextRecordsUrl\":\"([^\"]+)\""));
    QUrl url(baseUrl + QStringLiteral("/services/data/v59.0/query"));
    url.setQuery(QUrlQuery { { QStringLiteral("q"), soql } });
    int pages = 0;
    for (;;) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setRawHeader("Sforce-Query-Options", "batchSize=2000");
        const QByteArray body = fetch(network, request);
        ++pages;
        const auto match = next.match(QString::fromUtf8(body.right(400)));
        if (!match.hasMatch() || body.contains("\"done\":true"))
            return pages;
        url = QUrl(baseUrl + match.captured(1));
    }
}

/// A full Salesforce pull against the emulator in its own thread, beside the plain client.
bool runSalesforceBench(Report &report, const BenchOptions &options, int companies, const QString &scale)
{
    auto *emulator = new emulator::SalesforceEmulator;
    emulator->seed(companies, 3, 0, 20, 11);
    QThread server;
    emulator->moveToThread(&server);
    QObject::connect(&server, &QThread::finished, emulator, &QObject::deleteLater);
    server.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(emulator, [&] { port = emulator->start(); }, Qt::BlockingQueuedConnection);
    const auto stop = [&] {
        server.quit();
        server.wait();
    };
    if (port == 0) {
        std::fprintf(stderr, "csm-bench: the Salesforce emulator cannot listen\n");
        stop();
        return false;
    }
    const QString baseUrl = emulator->baseUrl();
    const QString token = emulator->token();

    StepResult pull(QStringLiteral("CRM full sync (Salesforce emulator -> new book)"), scale);
    QString error;
    int created = 0;
    const ClientCpu cpu(emulator);
    const double startCpu = cpu.seconds();
    const bool ok = timeRuns(pull.samples, 0, options.quick ? 1 : 3, {}, [&] {
        const auto made = syncIntoNewBook(QStringLiteral("salesforce"), { { QStringLiteral("base_url"), baseUrl } }, token, error);
        created = made.value_or(0);
        return made.has_value();
    });
    const double syncCpu = cpu.seconds() - startCpu;
    if (!ok) {
        stop();
        std::fprintf(stderr, "csm-bench: Salesforce sync: %s\n", qPrintable(error));
        return false;
    }
    // The same queries the sync made, fetched by a plain client.
    QStringList soql;
    for (const auto &q : emulator->queries())
        if (!q.all && !soql.contains(q.soql) && (q.soql.contains(QStringLiteral("FROM Account")) || q.soql.contains(QStringLiteral("FROM Contact"))))
            soql << q.soql;
    StepResult floor(QStringLiteral("Salesforce pull floor: plain HTTP client, same queries"), scale);
    {
        QNetworkAccessManager network;
        timeRuns(floor.samples, 0, options.quick ? 1 : 3, {}, [&] {
            for (const QString &query : std::as_const(soql))
                fetchAllRecords(network, baseUrl, query, token);
            return true;
        });
    }
    stop();
    report.add(floor);
    // No target of its own: pages of 2,000 records make this wire about twice as fast per record
    // as HubSpot's, so storing the records is what this ratio measures.
    pull.floorMs = floor.samples.median();
    pull.ratio = pull.samples.median() / floor.samples.median();
    pull.note = QStringLiteral("%1 records, %2 records/s, client CPU %3 \u00b5s/record")
                    .arg(created)
                    .arg(qRound(created / (pull.samples.median() / 1000.0)))
                    .arg(syncCpu / pull.samples.runs() / std::max(created, 1) * 1e6, 0, 'f', 1);
    report.add(pull);
    return true;
}

/// A CRM export on disk: accounts and contacts as CSV, through the column mapping.
bool runFileBench(Report &report, const BenchOptions &options, int companies, const QString &scale)
{
    QTemporaryDir dir;
    {
        QFile accounts(dir.filePath(QStringLiteral("accounts.csv")));
        QFile contacts(dir.filePath(QStringLiteral("contacts.csv")));
        if (!accounts.open(QIODevice::WriteOnly) || !contacts.open(QIODevice::WriteOnly))
            return false;
        accounts.write("Account ID,Account Name,Website,Account Owner,Annual Revenue,Renewal Date,Stage\n");
        contacts.write("Contact ID,Company ID,First Name,Last Name,Email,Title\n");
        for (int i = 1; i <= companies; ++i) {
            accounts.write(QStringLiteral("A-%1,Company %1,company%1.example,Owner %2,%3,2027-%4-15,adoption\n")
                               .arg(i)
                               .arg(i % 20)
                               .arg(1000 + i % 997 * 1000)
                               .arg(1 + i % 12, 2, 10, QChar(u'0'))
                               .toUtf8());
            for (int k = 0; k < 3; ++k)
                contacts.write(QStringLiteral("C-%1-%2,A-%1,Person,%2,p%2@company%1.example,Analyst\n").arg(i).arg(k).toUtf8());
        }
    }
    StepResult pull(QStringLiteral("CRM export files sync (CSV -> new book)"), scale);
    QString error;
    int created = 0;
    const bool ok = timeRuns(pull.samples, 0, options.quick ? 1 : 3, {}, [&] {
        const auto made = syncIntoNewBook(QStringLiteral("file"), QVariantMap { { QStringLiteral("accounts_file"), dir.filePath(QStringLiteral("accounts.csv")) },
                                { QStringLiteral("contacts_file"), dir.filePath(QStringLiteral("contacts.csv")) },
                                { QStringLiteral("columns"),
                                  QStringLiteral("Account ID=crm_id; Account Name=name; Website=domain; Account Owner=owner; "
                                                 "Annual Revenue=arr; Renewal Date=renewal_date; Stage=lifecycle_stage; "
                                                 "Contact ID=crm_id; Company ID=account_crm_id; First Name=first_name; Last Name=last_name") } }, QString(), error);
        created = made.value_or(0);
        return made.has_value();
    });
    if (!ok) {
        std::fprintf(stderr, "csm-bench: file sync: %s\n", qPrintable(error));
        return false;
    }
    pull.note = QStringLiteral("%1 records, %2 records/s").arg(created).arg(qRound(created / (pull.samples.median() / 1000.0)));
    report.add(pull);
    return true;
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

    // The floor and the sync take turns, so that both meet the same load on the machine; the
    // ratio is of their medians, and each pair's ratio is noted beside it.
    StepResult floor(QStringLiteral("CRM pull floor: plain HTTP client, same pages"), scale);
    StepResult pull(QStringLiteral("CRM full sync (HubSpot emulator -> new book)"), scale);
    pull.target = 1.5;
    const ClientCpu cpu(emulator);
    double floorCpu = 0;
    double syncCpu = 0;
    double serverCpu = 0; // the emulator's, serving the floor
    std::vector<double> pairs;
    QString error;
    int created = 0;
    bool ok = true;
    {
        QNetworkAccessManager network;
        const int runs = options.quick ? 1 : 3;
        for (int run = 0; run < runs && ok; ++run) {
            const double startServer = cpu.emulatorSeconds();
            double startCpu = cpu.seconds();
            QElapsedTimer timer;
            timer.start();
            fetchAllPages(network, baseUrl, QStringLiteral("companies"),
                          QStringLiteral("name,domain,hubspot_owner_id,hs_lastmodifieddate,arr,renewal_date,contract_start_date,cs_lifecycle_stage,currency"),
                          false);
            fetchAllPages(network, baseUrl, QStringLiteral("contacts"), QStringLiteral("firstname,lastname,email,jobtitle,lastmodifieddate"), true);
            floor.samples.values.push_back(elapsedMs(timer));
            floorCpu += cpu.seconds() - startCpu;
            serverCpu += cpu.emulatorSeconds() - startServer;

            startCpu = cpu.seconds();
            timer.restart();
            const auto made = syncIntoNewBook(QStringLiteral("hubspot"), { { QStringLiteral("base_url"), baseUrl } },
                                              QStringLiteral("pat-emulator-token"), error);
            pull.samples.values.push_back(elapsedMs(timer));
            syncCpu += cpu.seconds() - startCpu;
            created = made.value_or(0);
            ok = made.has_value();
            pairs.push_back(pull.samples.values.back() / floor.samples.values.back());
        }
    }
    server.quit();
    server.wait();
    if (!ok) {
        std::fprintf(stderr, "csm-bench: sync: %s\n", qPrintable(error));
        return false;
    }
    const double runs = double(pull.samples.runs());
    floor.note = QStringLiteral("client CPU %1 \u00b5s/record, emulator CPU %2 \u00b5s/record")
                     .arg(floorCpu / runs / records * 1e6, 0, 'f', 1)
                     .arg(serverCpu / runs / records * 1e6, 0, 'f', 1);
    report.add(floor);
    pull.floorMs = floor.samples.median();
    pull.ratio = pull.samples.median() / floor.samples.median();
    pull.note = QStringLiteral("%1 records, %2 records/s, client CPU %3 \u00b5s/record; each run against the floor run before it: %4")
                    .arg(created)
                    .arg(qRound(records / (pull.samples.median() / 1000.0)))
                    .arg(syncCpu / runs / records * 1e6, 0, 'f', 1)
                    .arg(ratios(pairs));
    report.add(pull);
    return runSalesforceBench(report, options, companies, scale) && runFileBench(report, options, companies, scale);
}

} // namespace csm::bench
