#pragma once

#include <algorithm>

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

namespace csm::emulator {

/// A local stand-in for Salesforce's REST API, on loopback only, following its documented wire
/// format: SOQL through `query` and `queryAll` (a subset: SELECT fields FROM object, an optional
/// WHERE on a datetime field, ORDER BY, LIMIT), results kept at query time and paged with
/// `nextRecordsUrl` query locators (`Sforce-Query-Options: batchSize`), deleted records with
/// IsDeleted in queryAll only, composite sObject collections for updates with a result per
/// record, Salesforce's error bodies (`[{"message", "errorCode"}]`), its rate limit (403
/// REQUEST_LIMIT_EXCEEDED) and its `Sforce-Limit-Info` header. Accounts, contacts, opportunities
/// and users have 18-character ids (001, 003, 006, 005). Faults can be injected for the next
/// requests: an HTTP status, a rate limit, a request left unanswered, a body that is not JSON.
///
/// For tests, and as `csm-crm-emulator --crm salesforce` for trying the app without an org.
class SalesforceEmulator final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Record
    {
        QString id;
        QVariantMap fields;  ///< by API name; Id, SystemModstamp and IsDeleted are kept apart
        qint64 createdMs = 0;
        qint64 modstampMs = 0; ///< SystemModstamp: whole seconds, as Salesforce keeps it
        bool deleted = false;  ///< in the recycle bin
    };
    enum class Fault { Status, RateLimit, Hang, Garbage };
    /// How a record is sent broken.
    enum class Malformation { None, NoId, BadTimestamp };
    /// A SOQL query as run, and how many rows matched.
    struct Query
    {
        QString soql;
        bool all = false; ///< queryAll
        int totalSize = 0;
    };

    explicit SalesforceEmulator(QObject *parent = nullptr);
    ~SalesforceEmulator() override;

    /// Listens on 127.0.0.1 (a free port when 0); returns the port, 0 on failure.
    quint16 start(quint16 port = 0);
    /// The instance_url.
    QString baseUrl() const;
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    /// Answers every request `ms` milliseconds late, as a CRM across the internet does (0: at once).
    void setLatency(int ms) { m_latencyMs = std::max(0, ms); }

    /// Fills the org with `companies` accounts (and contacts and opportunities per account) owned
    /// by `owners` users, the same for the same seed, last modified weeks ago; declares the custom
    /// Account fields Renewal_Date__c, Contract_Start_Date__c and CS_Lifecycle_Stage__c.
    void seed(int companies, int contactsPerCompany, int dealsPerCompany, int owners, quint64 seed = 1);
    /// Declares a field (custom, or an optional standard one such as CurrencyIsoCode) on an object.
    void addCustomField(const QString &field, const QString &object = QStringLiteral("Account"));

    /// Adds a record of "Account", "Contact", "Opportunity" or "User"; returns its id.
    QString add(const QString &object, const QVariantMap &fields);
    /// Changes fields of a record (and its SystemModstamp); returns false if unknown or deleted.
    bool update(const QString &object, const QString &id, const QVariantMap &fields);
    /// Deletes a record to the recycle bin; an account takes its contacts and opportunities along.
    bool remove(const QString &object, const QString &id);
    Record record(const QString &object, const QString &id) const;
    int count(const QString &object, bool deleted = false) const;
    QList<Record> records(const QString &object) const;

    /// The next `times` requests matching `target` get `fault`: a target starting with '/' is a
    /// path prefix, otherwise an sObject ("Account": its queries, their pages and its updates);
    /// empty, any request.
    void injectFault(Fault fault, int times = 1, int status = 500, const QString &target = {}, int retryAfterSeconds = -1);
    /// Every page after the first also repeats the last record of the page before it.
    void setOverlappingPages(bool overlap);
    /// Sends this record broken (or, with None, as it is again).
    void setMalformed(const QString &object, const QString &id, Malformation how = Malformation::BadTimestamp);
    /// Pages hold at most this many records whatever the client asks (0: as asked, 200 to 2,000);
    /// Salesforce does not promise the batch size asked for.
    void setBatchLimit(int records);
    /// Releases every open query locator, as Salesforce does after inactivity.
    void expireQueryLocators();

    int requests() const;
    /// "GET /services/data/v59.0/query?q=SELECT …" (decoded) for each request so far.
    QStringList requestLog() const;
    /// The SOQL queries run so far (not their further pages).
    QList<Query> queries() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    struct PendingFault
    {
        Fault fault;
        int times;
        int status;
        QString target;
        int retryAfter;
    };
    /// A query's rows as they were when it ran, paged by its locator.
    struct Snapshot
    {
        QString object;
        QString version;
        QList<QJsonObject> rows;
        int batch = 2000;
    };

    Reply route(const QByteArray &method, const QString &path, const QString &soql, const QByteArray &body, int batchSize);
    Reply runQuery(const QString &version, const QString &soql, bool all, int batchSize);
    Reply page(const QString &locator, int offset);
    Reply pageOf(const QString &locator, const Snapshot &snapshot, int offset) const;
    Reply composite(const QString &version, const QByteArray &body);
    QJsonObject rowJson(const QString &object, const Record &r, const QStringList &fields, const QString &version) const;
    QString canonicalField(const QString &object, const QString &field) const;
    QString requestObject(const QString &path, const QString &soql) const;
    static Reply error(int status, const QString &message, const QString &errorCode);
    QString newId(const QString &prefix);
    QString addRecord(const QString &object, const QVariantMap &fields, qint64 modstampMs);
    Record *find(const QString &object, const QString &id);
    /// A record's next SystemModstamp: now, in whole seconds, and never its previous one.
    qint64 tick(const Record *previous = nullptr) const;

    mutable QMutex m_mutex;
    QString m_token = QStringLiteral("00DEM0000000001!AQEAQEmulatorSessionToken");
    QHash<QString, QList<Record>> m_objects;
    QHash<QString, qsizetype> m_index; ///< id → position in its object's list
    QHash<QString, QStringList> m_fields;
    QHash<QString, quint64> m_nextId;
    QHash<QString, Snapshot> m_snapshots;
    QStringList m_openLocators; ///< oldest first
    QList<PendingFault> m_faults;
    QHash<QString, Malformation> m_malformed;
    QList<Query> m_queries;
    bool m_overlap = false;
    int m_latencyMs = 0;
    int m_batchLimit = 0;
    QStringList m_log;
    quint16 m_port = 0;
};

} // namespace csm::emulator
