#include "hubspotemulator.h"

#include "emulatorcommon.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpSocket>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>

namespace csm::emulator {

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

const QStringList &Words = demoWords();
const QStringList &Kinds = demoKinds();
const QStringList Stages { QStringLiteral("onboarding"), QStringLiteral("adoption"), QStringLiteral("expansion"),
                           QStringLiteral("renewal"), QStringLiteral("advocacy") };

} // namespace

HubSpotEmulator::HubSpotEmulator(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

HubSpotEmulator::~HubSpotEmulator() = default;

quint16 HubSpotEmulator::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QString HubSpotEmulator::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

qint64 HubSpotEmulator::tick()
{
    // Real time, as HubSpot stamps changes, and never the same moment twice in a row.
    m_clock = std::max(m_clock + 1, QDateTime::currentMSecsSinceEpoch());
    return m_clock;
}

QString HubSpotEmulator::modifiedProperty(const QString &type) const
{
    return type == u"contacts" ? QStringLiteral("lastmodifieddate") : QStringLiteral("hs_lastmodifieddate");
}

void HubSpotEmulator::seed(int companies, int contactsPerCompany, int dealsPerCompany, int owners, quint64 seed)
{
    QRandomGenerator random { quint32(seed) };
    {
        QMutexLocker lock(&m_mutex);
        for (int i = 0; i < owners; ++i)
            m_owners << Owner { QString::number(7'000 + i), Words.at(i % Words.size()),
                                QStringLiteral("Owner%1").arg(i), QStringLiteral("owner%1@example.com").arg(i) };
    }
    const QDate base(2026, 9, 1);
    for (int c = 0; c < companies; ++c) {
        const QString name = QStringLiteral("%1 %2 %3").arg(Words.at(random.bounded(int(Words.size()))),
                                                             Kinds.at(random.bounded(int(Kinds.size()))))
                                 .arg(c + 1);
        const QDate renewal = base.addDays(random.bounded(30, 700));
        QMap<QString, QString> p {
            { QStringLiteral("name"), name },
            { QStringLiteral("domain"), QStringLiteral("company%1.example.com").arg(c + 1) },
            { QStringLiteral("arr"), QString::number(random.bounded(5, 2000) * 1000) },
            { QStringLiteral("renewal_date"), QString::number(QDateTime(renewal, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()) },
            { QStringLiteral("contract_start_date"), renewal.addYears(-1).toString(Qt::ISODate) },
            { QStringLiteral("cs_lifecycle_stage"), Stages.at(random.bounded(int(Stages.size()))) },
            { QStringLiteral("currency"), QStringLiteral("USD") },
        };
        if (owners > 0)
            p.insert(QStringLiteral("hubspot_owner_id"), QString::number(7'000 + random.bounded(owners)));
        const QString company = add(QStringLiteral("companies"), p);
        for (int k = 0; k < contactsPerCompany; ++k)
            add(QStringLiteral("contacts"),
                { { QStringLiteral("firstname"), Words.at(random.bounded(int(Words.size()))) },
                  { QStringLiteral("lastname"), QStringLiteral("Person%1").arg(k) },
                  { QStringLiteral("email"), QStringLiteral("p%1.%2@company%3.example.com").arg(k).arg(c).arg(c + 1) },
                  { QStringLiteral("jobtitle"), k == 0 ? QStringLiteral("VP Operations") : QStringLiteral("Analyst") } },
                { company });
        for (int k = 0; k < dealsPerCompany; ++k)
            add(QStringLiteral("deals"),
                { { QStringLiteral("dealname"), QStringLiteral("%1 renewal %2").arg(name).arg(k + 1) },
                  { QStringLiteral("amount"), QString::number(random.bounded(5, 500) * 1000) },
                  { QStringLiteral("deal_currency_code"), QStringLiteral("USD") },
                  { QStringLiteral("dealstage"), QStringLiteral("closedwon") },
                  { QStringLiteral("closedate"), iso(QDateTime(base.addDays(-random.bounded(400)), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()) },
                  { QStringLiteral("hs_is_closed"), QStringLiteral("true") },
                  { QStringLiteral("hs_is_closed_won"), QStringLiteral("true") } },
                { company });
    }
}

QString HubSpotEmulator::add(const QString &type, const QMap<QString, QString> &properties, const QStringList &companyIds)
{
    QMutexLocker lock(&m_mutex);
    Record r;
    const int base = type == u"companies" ? 10'000'000 : type == u"contacts" ? 20'000'000 : 30'000'000;
    r.id = QString::number(base + ++m_nextId[type]);
    r.properties = properties;
    r.modifiedMs = tick();
    r.companyIds = companyIds;
    m_objects[type].append(r);
    return r.id;
}

bool HubSpotEmulator::update(const QString &type, const QString &id, const QMap<QString, QString> &properties)
{
    QMutexLocker lock(&m_mutex);
    for (Record &r : m_objects[type])
        if (r.id == id) {
            for (auto it = properties.cbegin(); it != properties.cend(); ++it)
                r.properties.insert(it.key(), it.value());
            r.modifiedMs = tick();
            // The search orders by modification: keep the list in that order, as a live index would.
            return true;
        }
    return false;
}

bool HubSpotEmulator::archive(const QString &type, const QString &id)
{
    QMutexLocker lock(&m_mutex);
    for (Record &r : m_objects[type])
        if (r.id == id && !r.archived) {
            r.archived = true;
            ++m_archived[type];
            r.archivedMs = tick();
            r.modifiedMs = r.archivedMs;
            return true;
        }
    return false;
}

HubSpotEmulator::Record HubSpotEmulator::record(const QString &type, const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    for (const Record &r : m_objects.value(type))
        if (r.id == id)
            return r;
    return {};
}

int HubSpotEmulator::count(const QString &type, bool archived) const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_objects.value(type).cbegin(), m_objects.value(type).cend(),
                             [archived](const Record &r) { return r.archived == archived; }));
}

QList<HubSpotEmulator::Record> HubSpotEmulator::records(const QString &type) const
{
    QMutexLocker lock(&m_mutex);
    return m_objects.value(type);
}

void HubSpotEmulator::injectFault(Fault fault, int times, int status, const QString &pathPrefix, int retryAfterSeconds)
{
    QMutexLocker lock(&m_mutex);
    m_faults << PendingFault { fault, times, status, pathPrefix, retryAfterSeconds };
}

int HubSpotEmulator::requests() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_log.size());
}

QStringList HubSpotEmulator::requestLog() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

HubSpotEmulator::Reply HubSpotEmulator::error(int status, const QString &message, const QString &category)
{
    Reply r;
    r.status = status;
    r.body = json(QJsonObject { { QStringLiteral("status"), QStringLiteral("error") },
                                { QStringLiteral("message"), message },
                                { QStringLiteral("correlationId"), QStringLiteral("0d5c1d53-6a4f-4d3f-9a55-6d1f0e7e2c11") },
                                { QStringLiteral("category"), category } });
    return r;
}

void HubSpotEmulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(error(404, QStringLiteral("Not found"), QStringLiteral("OBJECT_NOT_FOUND")).body, "application/json",
                    QHttpServerResponder::StatusCode::NotFound);
}

bool HubSpotEmulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Answer at once: without this, Nagle's algorithm and delayed acknowledgements hold every
    // response back by tens of milliseconds, and the wire would look slower than it is.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_latencyMs > 0) // the emulator answers one request at a time, as its tests want
        QThread::msleep(ulong(m_latencyMs));
    const QUrl url = request.url();
    const QString path = url.path();
    const QByteArray method = QVariant::fromValue(request.method()).toString().toUpper().toLatin1();
    Reply reply;
    bool hang = false;
    {
        QMutexLocker lock(&m_mutex);
        m_log << QStringLiteral("%1 %2").arg(QString::fromLatin1(method), url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority));
        for (qsizetype i = 0; i < m_faults.size(); ++i) {
            PendingFault &f = m_faults[i];
            if (!f.pathPrefix.isEmpty() && !path.startsWith(f.pathPrefix))
                continue;
            switch (f.fault) {
            case Fault::Hang: hang = true; break;
            case Fault::Garbage:
                reply.status = 200;
                reply.body = "<html><body>502 Bad Gateway from the proxy</body>";
                break;
            case Fault::Status:
                reply = error(f.status, f.status == 401 ? QStringLiteral("Authentication credentials not found.")
                                                        : QStringLiteral("Internal error"),
                              f.status == 401 ? QStringLiteral("INVALID_AUTHENTICATION") : QStringLiteral("INTERNAL_ERROR"));
                break;
            case Fault::RateLimit:
                reply = error(429, QStringLiteral("You have reached your ten_secondly_rolling limit."), QStringLiteral("RATE_LIMITS"));
                reply.headers << std::pair { QByteArray("X-HubSpot-RateLimit-Remaining"), QByteArray("0") }
                              << std::pair { QByteArray("X-HubSpot-RateLimit-Interval-Milliseconds"), QByteArray("10000") };
                if (f.retryAfter >= 0)
                    reply.headers << std::pair { QByteArray("Retry-After"), QByteArray::number(f.retryAfter) };
                break;
            }
            if (--f.times <= 0)
                m_faults.removeAt(i);
            if (hang)
                return true; // never answered: the client's timeout has to deal with it
            goto send;
        }
    }
    if (path == u"/oauth/authorize" && method == "GET") {
        // The consent page, agreed at once: back to the app with a code.
        const QUrlQuery query(url);
        QMutexLocker lock(&m_mutex);
        if (m_clientId.isEmpty() || query.queryItemValue(QStringLiteral("client_id")) != m_clientId) {
            reply = error(400, QStringLiteral("Unknown client_id"), QStringLiteral("VALIDATION_ERROR"));
        } else {
            const QString code = QStringLiteral("code-%1").arg(m_codes.size() + 1);
            m_codes.insert(code);
            QUrl back(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            QUrlQuery answer;
            answer.addQueryItem(QStringLiteral("code"), code);
            answer.addQueryItem(QStringLiteral("state"), query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
            back.setQuery(answer);
            reply.status = 302;
            reply.headers << std::pair { QByteArray("Location"), back.toEncoded() };
        }
    } else if (path == u"/oauth/v1/token" && method == "POST") {
        QMutexLocker lock(&m_mutex);
        reply = oauthToken(request.body());
    } else if (request.value("Authorization") != "Bearer " + m_token.toUtf8()) {
        reply = error(401,
                      QStringLiteral("Authentication credentials not found. This API supports OAuth 2.0 authentication and "
                                     "you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview"),
                      QStringLiteral("INVALID_AUTHENTICATION"));
    } else {
        QMutexLocker lock(&m_mutex);
        reply = route(method, path, request.query(), request.body());
    }
send:
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", "application/json;charset=utf-8");
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("X-HubSpot-RateLimit-Max", "190");
    responder.writeHeader("X-HubSpot-RateLimit-Interval-Milliseconds", "10000");
    bool remainingSet = false;
    for (const auto &[name, value] : std::as_const(reply.headers)) {
        responder.writeHeader(name, value);
        remainingSet = remainingSet || name == "X-HubSpot-RateLimit-Remaining";
    }
    if (!remainingSet)
        responder.writeHeader("X-HubSpot-RateLimit-Remaining", "189");
    responder.writeBody(reply.body);
    return true;
}

void HubSpotEmulator::setOAuthClient(const QString &clientId, const QString &clientSecret)
{
    QMutexLocker lock(&m_mutex);
    m_clientId = clientId;
    m_clientSecret = clientSecret;
}

QString HubSpotEmulator::refreshToken() const
{
    QMutexLocker lock(&m_mutex);
    return m_refreshToken;
}

void HubSpotEmulator::revokeRefreshToken()
{
    QMutexLocker lock(&m_mutex);
    m_refreshToken = QStringLiteral("rt-revoked-%1").arg(m_clock);
}

HubSpotEmulator::Reply HubSpotEmulator::oauthToken(const QByteArray &body)
{
    const QUrlQuery form(QString::fromUtf8(body));
    const auto field = [&](const char *name) { return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    const QJsonObject refused { { QStringLiteral("status"), QStringLiteral("BAD_REFRESH_TOKEN") },
                                { QStringLiteral("message"), QStringLiteral("missing or invalid refresh token") } };
    if (m_clientId.isEmpty() || field("client_id") != m_clientId || field("client_secret") != m_clientSecret)
        return Reply { 400, json(QJsonObject { { QStringLiteral("status"), QStringLiteral("BAD_CLIENT_ID") },
                                               { QStringLiteral("message"), QStringLiteral("missing or unknown client id") } }), {} };
    const QString grant = field("grant_type");
    if (grant == u"authorization_code") {
        if (!m_codes.remove(field("code")))
            return Reply { 400, json(QJsonObject { { QStringLiteral("status"), QStringLiteral("BAD_AUTH_CODE") },
                                                   { QStringLiteral("message"), QStringLiteral("missing or invalid auth code") } }), {} };
    } else if (grant != u"refresh_token" || field("refresh_token") != m_refreshToken) {
        return Reply { 400, json(refused), {} };
    }
    return Reply { 200,
                   json(QJsonObject { { QStringLiteral("token_type"), QStringLiteral("bearer") },
                                      { QStringLiteral("access_token"), m_token },
                                      { QStringLiteral("refresh_token"), m_refreshToken },
                                      { QStringLiteral("expires_in"), 1800 } }),
                   {} };
}

HubSpotEmulator::Reply HubSpotEmulator::route(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts); // crm v3 …
    if (parts.size() < 3 || parts.at(0) != u"crm" || parts.at(1) != u"v3")
        return error(404, QStringLiteral("Not found"), QStringLiteral("OBJECT_NOT_FOUND"));
    const QString area = parts.at(2);
    if (area == u"owners" && method == "GET")
        return owners(query);
    if (area == u"objects" && parts.size() >= 4) {
        const QString type = parts.at(3);
        if (type != u"companies" && type != u"contacts" && type != u"deals")
            return error(400, QStringLiteral("Unable to infer object type from: %1").arg(type), QStringLiteral("VALIDATION_ERROR"));
        if (parts.size() == 4 && method == "GET")
            return list(type, query);
        if (parts.size() == 5 && parts.at(4) == u"search" && method == "POST")
            return search(type, body);
        if (parts.size() == 6 && parts.at(4) == u"batch" && parts.at(5) == u"update" && method == "POST")
            return batchUpdate(type, body);
        if (parts.size() == 5 && method == "PATCH")
            return updateOne(type, parts.at(4), body);
    }
    if (area == u"associations" && parts.size() == 7 && parts.at(4) == u"companies" && method == "POST")
        return associations(parts.at(3), body);
    if (area == u"properties" && parts.size() >= 4 && parts.at(3) == u"companies")
        return property(method, parts.size() >= 5 ? parts.at(4) : QString(), body);
    return error(404, QStringLiteral("Not found"), QStringLiteral("OBJECT_NOT_FOUND"));
}

QJsonObject HubSpotEmulator::recordJson(const QString &type, const Record &r, const QStringList &properties, bool withAssociations) const
{
    QJsonObject o { { QStringLiteral("id"), r.id },
                    { QStringLiteral("createdAt"), iso(1'780'000'000'000) },
                    { QStringLiteral("updatedAt"), iso(r.modifiedMs) },
                    { QStringLiteral("archived"), r.archived } };
    if (r.archived)
        o.insert(QStringLiteral("archivedAt"), iso(r.archivedMs));
    if (m_malformed.contains(type + u'/' + r.id)) {
        o.insert(QStringLiteral("properties"), QStringLiteral("{corrupt"));
        return o;
    }
    QJsonObject p { { QStringLiteral("hs_object_id"), r.id },
                    { QStringLiteral("createdate"), iso(1'780'000'000'000) },
                    { modifiedProperty(type), iso(r.modifiedMs) } };
    for (const QString &name : properties) {
        if (name.isEmpty() || p.contains(name))
            continue;
        const auto it = r.properties.constFind(name);
        p.insert(name, it == r.properties.cend() ? QJsonValue(QJsonValue::Null) : QJsonValue(*it));
    }
    const auto patch = m_patches.isEmpty() ? m_patches.cend() : m_patches.constFind(type + u'/' + r.id);
    if (patch != m_patches.cend()) {
        for (auto it = patch->properties.constBegin(); it != patch->properties.constEnd(); ++it)
            p.insert(it.key(), it.value());
        for (const QString &name : patch->dropProperties)
            p.remove(name);
    }
    o.insert(QStringLiteral("properties"), p);
    if (withAssociations && !r.companyIds.isEmpty()) {
        QJsonArray results;
        for (const QString &company : r.companyIds)
            results.append(QJsonObject { { QStringLiteral("id"), company },
                                         { QStringLiteral("type"), QString(type.left(type.size() - 1) + QStringLiteral("_to_company")) } });
        o.insert(QStringLiteral("associations"),
                 QJsonObject { { QStringLiteral("companies"), QJsonObject { { QStringLiteral("results"), results } } } });
    }
    if (patch != m_patches.cend()) {
        for (auto it = patch->fields.constBegin(); it != patch->fields.constEnd(); ++it)
            o.insert(it.key(), it.value());
        for (const QString &name : patch->dropFields)
            o.remove(name);
    }
    return o;
}

HubSpotEmulator::Reply HubSpotEmulator::list(const QString &type, const QUrlQuery &query)
{
    const int limit = std::clamp(query.queryItemValue(QStringLiteral("limit")).isEmpty() ? 10 : query.queryItemValue(QStringLiteral("limit")).toInt(), 1, 100);
    const bool archived = query.queryItemValue(QStringLiteral("archived")) == u"true";
    const QStringList properties = query.queryItemValue(QStringLiteral("properties"), QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    const bool withAssociations = query.queryItemValue(QStringLiteral("associations")).contains(QStringLiteral("companies"));
    // Pages index straight into the records while none is archived (the bulk of a large pull);
    // otherwise the matching ones are picked out first.
    const QList<Record> &all = m_objects[type];
    const bool anyArchived = m_archived.value(type) > 0;
    QList<const Record *> matching;
    if (anyArchived || archived) {
        for (const Record &r : all)
            if (r.archived == archived)
                matching << &r;
    }
    const auto at = [&](int i) -> const Record & { return anyArchived || archived ? *matching.at(i) : all.at(i); };
    const int total = anyArchived || archived ? int(matching.size()) : int(all.size());
    const QString afterText = query.queryItemValue(QStringLiteral("after"));
    int offset = 0;
    if (!afterText.isEmpty()) {
        // `after` is opaque to clients; here it is the offset, base-64 wrapped as HubSpot's look.
        offset = QByteArray::fromBase64(afterText.toLatin1()).toInt();
        if (m_overlap && offset > 0)
            --offset; // the page repeats the last record of the page before
    }
    QJsonArray results;
    const int end = std::min(total, offset + limit + (m_overlap && !afterText.isEmpty() ? 1 : 0));
    for (int i = offset; i < end; ++i)
        results.append(recordJson(type, at(i), properties, withAssociations));
    QJsonObject o { { QStringLiteral("results"), results } };
    if (end < total) {
        const QString next = QString::fromLatin1(QByteArray::number(end).toBase64());
        o.insert(QStringLiteral("paging"),
                 QJsonObject { { QStringLiteral("next"),
                                 QJsonObject { { QStringLiteral("after"), next },
                                               { QStringLiteral("link"), QStringLiteral("%1/crm/v3/objects/%2?after=%3").arg(baseUrl(), type, next) } } } });
    }
    return Reply { 200, json(o), {} };
}

HubSpotEmulator::Reply HubSpotEmulator::search(const QString &type, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonObject request = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return error(400, QStringLiteral("Invalid input JSON on line 1"), QStringLiteral("VALIDATION_ERROR"));
    const int limit = request.value(QLatin1String("limit")).toInt(10);
    if (limit > 200)
        return error(400, QStringLiteral("limit must be 200 or less"), QStringLiteral("VALIDATION_ERROR"));
    const int after = request.value(QLatin1String("after")).toVariant().toInt();
    if (after + limit > 10'000)
        return error(400, QStringLiteral("There was a problem with the request."), QStringLiteral("VALIDATION_ERROR"));
    qint64 since = std::numeric_limits<qint64>::min();
    for (const QJsonValue &group : request.value(QLatin1String("filterGroups")).toArray())
        for (const QJsonValue &filter : group.toObject().value(QLatin1String("filters")).toArray()) {
            const QJsonObject f = filter.toObject();
            if (f.value(QLatin1String("propertyName")).toString() == modifiedProperty(type)
                && f.value(QLatin1String("operator")).toString() == u"GTE")
                since = f.value(QLatin1String("value")).toString().toLongLong();
        }
    QStringList properties;
    for (const QJsonValue &p : request.value(QLatin1String("properties")).toArray())
        properties << p.toString();
    QList<const Record *> matching;
    for (const Record &r : m_objects[type])
        if (!r.archived && r.modifiedMs >= since)
            matching << &r;
    std::stable_sort(matching.begin(), matching.end(), [](const Record *a, const Record *b) { return a->modifiedMs < b->modifiedMs; });
    QJsonArray results;
    const int end = std::min(int(matching.size()), after + limit);
    for (int i = after; i < end; ++i)
        results.append(recordJson(type, *matching.at(i), properties, false));
    QJsonObject o { { QStringLiteral("total"), int(matching.size()) }, { QStringLiteral("results"), results } };
    if (end < matching.size())
        o.insert(QStringLiteral("paging"), QJsonObject { { QStringLiteral("next"), QJsonObject { { QStringLiteral("after"), QString::number(end) } } } });
    return Reply { 200, json(o), {} };
}

HubSpotEmulator::Reply HubSpotEmulator::owners(const QUrlQuery &query)
{
    const int limit = std::clamp(query.queryItemValue(QStringLiteral("limit")).isEmpty() ? 100 : query.queryItemValue(QStringLiteral("limit")).toInt(), 1, 500);
    const int offset = query.queryItemValue(QStringLiteral("after")).toInt();
    QJsonArray results;
    const int end = std::min(int(m_owners.size()), offset + limit);
    for (int i = offset; i < end; ++i) {
        const Owner &o = m_owners.at(i);
        results.append(QJsonObject { { QStringLiteral("id"), o.id },
                                     { QStringLiteral("email"), o.email },
                                     { QStringLiteral("type"), QStringLiteral("PERSON") },
                                     { QStringLiteral("firstName"), o.firstName },
                                     { QStringLiteral("lastName"), o.lastName },
                                     { QStringLiteral("userId"), 9'000'000 + i },
                                     { QStringLiteral("createdAt"), iso(1'780'000'000'000) },
                                     { QStringLiteral("updatedAt"), iso(1'780'000'000'000) },
                                     { QStringLiteral("archived"), false } });
    }
    QJsonObject o { { QStringLiteral("results"), results } };
    if (end < m_owners.size())
        o.insert(QStringLiteral("paging"), QJsonObject { { QStringLiteral("next"), QJsonObject { { QStringLiteral("after"), QString::number(end) } } } });
    return Reply { 200, json(o), {} };
}

HubSpotEmulator::Reply HubSpotEmulator::associations(const QString &from, const QByteArray &body)
{
    const QJsonArray inputs = QJsonDocument::fromJson(body).object().value(QLatin1String("inputs")).toArray();
    if (inputs.size() > 1000)
        return error(400, QStringLiteral("too many inputs"), QStringLiteral("VALIDATION_ERROR"));
    QHash<QString, const Record *> byId;
    for (const Record &r : m_objects[from])
        byId.insert(r.id, &r);
    QJsonArray results;
    for (const QJsonValue &input : inputs) {
        const QString id = input.toObject().value(QLatin1String("id")).toString();
        const Record *r = byId.value(id);
        if (!r || r->companyIds.isEmpty())
            continue;
        QJsonArray to;
        for (const QString &company : r->companyIds)
            to.append(QJsonObject { { QStringLiteral("id"), company },
                                    { QStringLiteral("type"), QString(from.left(from.size() - 1) + QStringLiteral("_to_company")) } });
        results.append(QJsonObject { { QStringLiteral("from"), QJsonObject { { QStringLiteral("id"), id } } }, { QStringLiteral("to"), to } });
    }
    return Reply { 200,
                   json(QJsonObject { { QStringLiteral("status"), QStringLiteral("COMPLETE") },
                                      { QStringLiteral("results"), results },
                                      { QStringLiteral("startedAt"), iso(m_clock) },
                                      { QStringLiteral("completedAt"), iso(m_clock) } }),
                   {} };
}

HubSpotEmulator::Reply HubSpotEmulator::property(const QByteArray &method, const QString &name, const QByteArray &body)
{
    if (method == "GET" && !name.isEmpty()) {
        if (!m_properties.contains(name))
            return error(404, QStringLiteral("Unable to find property %1 on object type companies").arg(name), QStringLiteral("OBJECT_NOT_FOUND"));
        return Reply { 200, json(m_properties.value(name)), {} };
    }
    if (method == "POST" && name.isEmpty()) {
        const QJsonObject p = QJsonDocument::fromJson(body).object();
        for (const char *required : { "name", "label", "type", "fieldType", "groupName" })
            if (p.value(QLatin1String(required)).toString().isEmpty())
                return error(400, QStringLiteral("Property %1 is required").arg(QLatin1String(required)), QStringLiteral("VALIDATION_ERROR"));
        const QString propertyName = p.value(QLatin1String("name")).toString();
        if (m_properties.contains(propertyName))
            return error(409, QStringLiteral("A property named '%1' already exists.").arg(propertyName), QStringLiteral("CONFLICT"));
        m_properties.insert(propertyName, p);
        return Reply { 201, json(p), {} };
    }
    return error(405, QStringLiteral("Method not allowed"), QStringLiteral("VALIDATION_ERROR"));
}

HubSpotEmulator::Reply HubSpotEmulator::updateOne(const QString &type, const QString &id, const QByteArray &body)
{
    const QJsonObject properties = QJsonDocument::fromJson(body).object().value(QLatin1String("properties")).toObject();
    for (Record &r : m_objects[type]) {
        if (r.id != id || r.archived)
            continue;
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
            r.properties.insert(it.key(), it.value().toVariant().toString());
        r.modifiedMs = tick();
        return Reply { 200, json(recordJson(type, r, properties.keys(), false)), {} };
    }
    return error(404, QStringLiteral("resource not found"), QStringLiteral("OBJECT_NOT_FOUND"));
}

HubSpotEmulator::Reply HubSpotEmulator::batchUpdate(const QString &type, const QByteArray &body)
{
    const QJsonArray inputs = QJsonDocument::fromJson(body).object().value(QLatin1String("inputs")).toArray();
    if (inputs.size() > 100)
        return error(400, QStringLiteral("Batch size must be 100 or less"), QStringLiteral("VALIDATION_ERROR"));
    QJsonArray results;
    QJsonArray errors;
    for (const QJsonValue &input : inputs) {
        const QJsonObject in = input.toObject();
        const QString id = in.value(QLatin1String("id")).toString();
        const QJsonObject properties = in.value(QLatin1String("properties")).toObject();
        bool found = false;
        for (Record &r : m_objects[type]) {
            if (r.id != id || r.archived)
                continue;
            for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
                if (!m_properties.contains(it.key()) && it.key().startsWith(u"csm_"))
                    return error(400, QStringLiteral("Property values were not valid: property %1 does not exist").arg(it.key()),
                                 QStringLiteral("VALIDATION_ERROR"));
                r.properties.insert(it.key(), it.value().toString());
            }
            r.modifiedMs = tick();
            results.append(recordJson(type, r, properties.keys(), false));
            found = true;
        }
        if (!found)
            errors.append(QJsonObject { { QStringLiteral("status"), QStringLiteral("error") },
                                        { QStringLiteral("category"), QStringLiteral("OBJECT_NOT_FOUND") },
                                        { QStringLiteral("message"), QStringLiteral("Object not found. objectId are usually numeric.") },
                                        { QStringLiteral("context"), QJsonObject { { QStringLiteral("ids"), QJsonArray { id } } } } });
    }
    QJsonObject o { { QStringLiteral("status"), QStringLiteral("COMPLETE") }, { QStringLiteral("results"), results } };
    if (!errors.isEmpty()) {
        o.insert(QStringLiteral("numErrors"), int(errors.size()));
        o.insert(QStringLiteral("errors"), errors);
    }
    return Reply { errors.isEmpty() ? 200 : 207, json(o), {} };
}

} // namespace csm::emulator
