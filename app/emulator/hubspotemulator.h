#pragma once

#include <algorithm>

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QStringList>

namespace csm::emulator {

/// A local stand-in for HubSpot's CRM API v3, on loopback only, following its documented wire
/// format: string-typed properties (unset ones null), `paging.next.after`, the search endpoint with
/// its 10,000-result cap and 200-record pages, associations, owners, properties and batch updates,
/// HubSpot's error bodies and rate-limit headers. Faults can be injected for the next requests:
/// an HTTP status, a rate limit, a request left unanswered, a body that is not JSON.
///
/// For tests and the benchmark, and as `csm-crm-emulator` for trying the app without a CRM.
class HubSpotEmulator final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Record
    {
        QString id;
        QMap<QString, QString> properties;
        qint64 modifiedMs = 0;
        bool archived = false;
        qint64 archivedMs = 0;
        QStringList companyIds; ///< contacts and deals
    };
    struct Owner
    {
        QString id;
        QString firstName;
        QString lastName;
        QString email;
    };
    enum class Fault { Status, RateLimit, Hang, Garbage };

    explicit HubSpotEmulator(QObject *parent = nullptr);
    ~HubSpotEmulator() override;

    /// Listens on 127.0.0.1 (a free port when 0); returns the port, 0 on failure.
    quint16 start(quint16 port = 0);
    QString baseUrl() const;
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    /// Answers every request `ms` milliseconds late, as a CRM across the internet does (0: at once).
    void setLatency(int ms) { m_latencyMs = std::max(0, ms); }

    /// Fills the CRM with `companies` companies (and contacts and deals per company) owned by
    /// `owners` owners, the same for the same seed.
    void seed(int companies, int contactsPerCompany, int dealsPerCompany, int owners, quint64 seed = 1);

    /// Changes properties of a record (and its modification time); returns false if unknown.
    bool update(const QString &type, const QString &id, const QMap<QString, QString> &properties);
    /// Archives a record (HubSpot's deletion).
    bool archive(const QString &type, const QString &id);
    /// Adds a record and returns its id.
    QString add(const QString &type, const QMap<QString, QString> &properties, const QStringList &companyIds = {});
    Record record(const QString &type, const QString &id) const;
    int count(const QString &type, bool archived = false) const;
    QList<Record> records(const QString &type) const;

    /// The next `times` requests (whose path starts with `pathPrefix`, if given) get `fault`.
    void injectFault(Fault fault, int times = 1, int status = 500, const QString &pathPrefix = {}, int retryAfterSeconds = -1);
    /// Every list page also repeats the last record of the page before it.
    void setOverlappingPages(bool overlap) { m_overlap = overlap; }
    /// This record's properties are sent as a string instead of an object (or again as they are).
    void setMalformed(const QString &type, const QString &id, bool malformed = true)
    {
        if (malformed)
            m_malformed.insert(type + u'/' + id);
        else
            m_malformed.remove(type + u'/' + id);
    }

    /// What a record's JSON says besides (or instead of) what the record holds, as other HubSpot
    /// portals and proxies send it: members laid over the record's own (`fields`: "id",
    /// "archived"…), over its properties (`properties`: a number, a boolean, null, a list where a
    /// string was), and properties or members left out altogether.
    struct Patch
    {
        QJsonObject fields;
        QJsonObject properties;
        QStringList dropFields;
        QStringList dropProperties;
    };
    void setPatch(const QString &type, const QString &id, const Patch &patch)
    {
        QMutexLocker lock(&m_mutex);
        m_patches.insert(type + u'/' + id, patch);
    }

    /// OAuth 2.0: the app allowed to sign in (GET /oauth/authorize redirects with a code; POST
    /// /oauth/v1/token trades it, or the refresh token, for the access token this emulator takes).
    void setOAuthClient(const QString &clientId, const QString &clientSecret);
    QString refreshToken() const;
    /// The refresh token stops working (revoked by an admin, say).
    void revokeRefreshToken();

    int requests() const;
    /// "GET /crm/v3/objects/companies?…" for each request so far.
    QStringList requestLog() const;

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
        QString pathPrefix;
        int retryAfter;
    };

    Reply route(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body);
    Reply list(const QString &type, const QUrlQuery &query);
    Reply search(const QString &type, const QByteArray &body);
    Reply owners(const QUrlQuery &query);
    Reply associations(const QString &from, const QByteArray &body);
    Reply property(const QByteArray &method, const QString &name, const QByteArray &body);
    Reply batchUpdate(const QString &type, const QByteArray &body);
    /// PATCH /crm/v3/objects/{type}/{id}: what a person editing the record in the CRM does.
    Reply updateOne(const QString &type, const QString &id, const QByteArray &body);
    Reply oauthToken(const QByteArray &body);
    QJsonObject recordJson(const QString &type, const Record &r, const QStringList &properties, bool withAssociations) const;
    static Reply error(int status, const QString &message, const QString &category);
    QString modifiedProperty(const QString &type) const;
    qint64 tick();

    mutable QMutex m_mutex;
    QString m_token = QStringLiteral("pat-emulator-token");
    QString m_clientId;
    QString m_clientSecret;
    QString m_refreshToken = QStringLiteral("rt-emulator-1");
    QSet<QString> m_codes; ///< authorization codes not yet traded
    QHash<QString, QList<Record>> m_objects;
    QHash<QString, int> m_nextId;
    QHash<QString, int> m_archived; ///< archived records per type
    QList<Owner> m_owners;
    QHash<QString, QJsonObject> m_properties;
    QList<PendingFault> m_faults;
    QSet<QString> m_malformed;
    QHash<QString, Patch> m_patches;
    bool m_overlap = false;
    int m_latencyMs = 0;
    qint64 m_clock = 0;
    QStringList m_log;
    quint16 m_port = 0;
};

} // namespace csm::emulator
