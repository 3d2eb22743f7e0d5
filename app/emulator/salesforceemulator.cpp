#include "salesforceemulator.h"

#include "emulatorcommon.h"
#include "soql.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>
#include <optional>
#include <variant>

namespace csm::emulator {

namespace {

QString stampText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'+0000'"));
}

const QStringList &Words = demoWords();
const QStringList &Kinds = demoKinds();
const QStringList Stages { QStringLiteral("Onboarding"), QStringLiteral("Adoption"), QStringLiteral("Expansion"),
                           QStringLiteral("Renewal"), QStringLiteral("Advocacy") };
const QStringList Industries { QStringLiteral("Technology"), QStringLiteral("Healthcare"), QStringLiteral("Retail"),
                               QStringLiteral("Transportation"), QStringLiteral("Food & Beverage") };

const QHash<QString, QString> Prefixes { { QStringLiteral("Account"), QStringLiteral("001") },
                                         { QStringLiteral("Contact"), QStringLiteral("003") },
                                         { QStringLiteral("Opportunity"), QStringLiteral("006") },
                                         { QStringLiteral("User"), QStringLiteral("005") } };

/// Salesforce's 18-character id: the 15-character one and a suffix saying which of its letters
/// are upper case, so the id survives case-insensitive systems.
QString withChecksum(const QString &id15)
{
    static const char map[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    QString suffix;
    for (int chunk = 0; chunk < 3; ++chunk) {
        int flags = 0;
        for (int j = 0; j < 5; ++j) {
            const QChar c = id15.at(chunk * 5 + j);
            if (c >= u'A' && c <= u'Z')
                flags |= 1 << j;
        }
        suffix += QLatin1Char(map[flags]);
    }
    return id15 + suffix;
}

bool isDateTimeField(const QString &field)
{
    return field == u"SystemModstamp" || field == u"LastModifiedDate" || field == u"CreatedDate";
}


/// The `q` parameter, '+' read as a space as Salesforce does.
QString queryParameter(const QUrl &url, const QString &name)
{
    const QStringList items = url.query(QUrl::FullyEncoded).split(u'&', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(u'=');
        const QString key = eq < 0 ? item : item.left(eq);
        if (key != name)
            continue;
        QString value = eq < 0 ? QString() : item.mid(eq + 1);
        value.replace(u'+', u' ');
        return QUrl::fromPercentEncoding(value.toLatin1());
    }
    return {};
}

int compareValues(const QVariant &a, const QVariant &b)
{
    const bool aNull = !a.isValid() || a.isNull();
    const bool bNull = !b.isValid() || b.isNull();
    if (aNull || bNull)
        return aNull == bNull ? 0 : aNull ? -1 : 1; // nulls first, ascending
    const auto numeric = [](const QVariant &v) {
        const int id = v.metaType().id();
        return id == QMetaType::Double || id == QMetaType::Int || id == QMetaType::LongLong || id == QMetaType::Bool;
    };
    if (numeric(a) && numeric(b)) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x < y ? -1 : x > y ? 1 : 0;
    }
    return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
}

} // namespace

SalesforceEmulator::SalesforceEmulator(QObject *parent)
    : QAbstractHttpServer(parent)
{
    const QStringList common { QStringLiteral("Id"), QStringLiteral("CreatedDate"), QStringLiteral("LastModifiedDate"),
                               QStringLiteral("SystemModstamp") };
    m_fields.insert(QStringLiteral("Account"),
                    common + QStringList { QStringLiteral("IsDeleted"), QStringLiteral("Name"), QStringLiteral("Website"),
                                           QStringLiteral("OwnerId"), QStringLiteral("AnnualRevenue"), QStringLiteral("Type"),
                                           QStringLiteral("Industry"), QStringLiteral("Phone"), QStringLiteral("BillingCountry"),
                                           QStringLiteral("NumberOfEmployees") });
    m_fields.insert(QStringLiteral("Contact"),
                    common + QStringList { QStringLiteral("IsDeleted"), QStringLiteral("AccountId"), QStringLiteral("FirstName"),
                                           QStringLiteral("LastName"), QStringLiteral("Name"), QStringLiteral("Email"),
                                           QStringLiteral("Title"), QStringLiteral("Phone"), QStringLiteral("OwnerId") });
    m_fields.insert(QStringLiteral("Opportunity"),
                    common + QStringList { QStringLiteral("IsDeleted"), QStringLiteral("AccountId"), QStringLiteral("Name"),
                                           QStringLiteral("Amount"), QStringLiteral("StageName"), QStringLiteral("CloseDate"),
                                           QStringLiteral("IsClosed"), QStringLiteral("IsWon"), QStringLiteral("Probability"),
                                           QStringLiteral("Type"), QStringLiteral("OwnerId") });
    // Users cannot be deleted, only deactivated: no IsDeleted.
    m_fields.insert(QStringLiteral("User"),
                    common + QStringList { QStringLiteral("Name"), QStringLiteral("FirstName"), QStringLiteral("LastName"),
                                           QStringLiteral("Email"), QStringLiteral("Username"), QStringLiteral("IsActive") });
}

SalesforceEmulator::~SalesforceEmulator() = default;

quint16 SalesforceEmulator::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QString SalesforceEmulator::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

qint64 SalesforceEmulator::tick(const Record *previous) const
{
    // Real time in whole seconds, as Salesforce stamps changes; a record's new version never has
    // the stamp of its previous one.
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    return previous ? std::max(now, previous->modstampMs + 1000) : now;
}

QString SalesforceEmulator::newId(const QString &prefix)
{
    static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    quint64 n = 100'000 + m_nextId[prefix]++;
    QString counter(6, u'0');
    for (int i = 5; i >= 0 && n > 0; --i, n /= 62)
        counter[i] = QLatin1Char(digits[n % 62]);
    return withChecksum(prefix + QStringLiteral("5g0000") + counter);
}

void SalesforceEmulator::addCustomField(const QString &field, const QString &object)
{
    QMutexLocker lock(&m_mutex);
    QStringList &fields = m_fields[object];
    if (!fields.contains(field, Qt::CaseInsensitive))
        fields << field;
}

QString SalesforceEmulator::addRecord(const QString &object, const QVariantMap &fields, qint64 modstampMs)
{
    QMutexLocker lock(&m_mutex);
    Record r;
    r.id = newId(Prefixes.value(object, QStringLiteral("a00")));
    r.fields = fields;
    r.createdMs = modstampMs;
    r.modstampMs = modstampMs;
    QList<Record> &list = m_objects[object];
    m_index.insert(r.id, list.size());
    list.append(r);
    return r.id;
}

QString SalesforceEmulator::add(const QString &object, const QVariantMap &fields)
{
    return addRecord(object, fields, tick());
}

void SalesforceEmulator::seed(int companies, int contactsPerCompany, int dealsPerCompany, int owners, quint64 seed)
{
    for (const char *field : { "Renewal_Date__c", "Contract_Start_Date__c", "CS_Lifecycle_Stage__c" })
        addCustomField(QLatin1String(field));
    QRandomGenerator random { quint32(seed) };
    // Last changed weeks ago, several records in the same second as bulk loads leave them.
    const qint64 weeksAgo = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000 - qint64(30) * 24 * 3600 * 1000;
    qint64 n = 0;
    const auto past = [&] { return weeksAgo + (n++ / 4) * 1000; };
    QStringList users;
    for (int i = 0; i < owners; ++i) {
        const QString first = Words.at(i % Words.size());
        const QString last = QStringLiteral("Owner%1").arg(i);
        users << addRecord(QStringLiteral("User"),
                           { { QStringLiteral("FirstName"), first },
                             { QStringLiteral("LastName"), last },
                             { QStringLiteral("Name"), QString(first + u' ' + last) },
                             { QStringLiteral("Email"), QStringLiteral("owner%1@example.com").arg(i) },
                             { QStringLiteral("Username"), QStringLiteral("owner%1@example.com.emulator").arg(i) },
                             { QStringLiteral("IsActive"), true } },
                           past());
    }
    const QDate base(2026, 9, 1);
    for (int c = 0; c < companies; ++c) {
        const QString name = QStringLiteral("%1 %2 %3").arg(Words.at(random.bounded(int(Words.size()))),
                                                             Kinds.at(random.bounded(int(Kinds.size()))))
                                 .arg(c + 1);
        const QDate renewal = base.addDays(random.bounded(30, 700));
        // Websites as people type them.
        const QString host = QStringLiteral("company%1.example.com").arg(c + 1);
        const QString website = c % 3 == 0 ? QStringLiteral("https://www.") + host
            : c % 3 == 1                    ? host
                                            : QStringLiteral("http://") + host + QStringLiteral("/home");
        QVariantMap fields { { QStringLiteral("Name"), name },
                             { QStringLiteral("Website"), website },
                             { QStringLiteral("AnnualRevenue"), double(random.bounded(5, 2000) * 1000) },
                             { QStringLiteral("Renewal_Date__c"), renewal.toString(Qt::ISODate) },
                             { QStringLiteral("Contract_Start_Date__c"), renewal.addYears(-1).toString(Qt::ISODate) },
                             { QStringLiteral("CS_Lifecycle_Stage__c"), Stages.at(random.bounded(int(Stages.size()))) },
                             { QStringLiteral("Type"), QStringLiteral("Customer") },
                             { QStringLiteral("Industry"), Industries.at(random.bounded(int(Industries.size()))) } };
        if (!users.isEmpty())
            fields.insert(QStringLiteral("OwnerId"), users.at(random.bounded(int(users.size()))));
        const QString account = addRecord(QStringLiteral("Account"), fields, past());
        for (int k = 0; k < contactsPerCompany; ++k)
            addRecord(QStringLiteral("Contact"),
                      { { QStringLiteral("AccountId"), account },
                        { QStringLiteral("FirstName"), Words.at(random.bounded(int(Words.size()))) },
                        { QStringLiteral("LastName"), QStringLiteral("Person%1").arg(k) },
                        { QStringLiteral("Email"), QStringLiteral("p%1.%2@%3").arg(k).arg(c).arg(host) },
                        { QStringLiteral("Title"), k == 0 ? QStringLiteral("VP Operations") : QStringLiteral("Analyst") } },
                      past());
        for (int k = 0; k < dealsPerCompany; ++k)
            addRecord(QStringLiteral("Opportunity"),
                      { { QStringLiteral("AccountId"), account },
                        { QStringLiteral("Name"), QStringLiteral("%1 Renewal %2").arg(name).arg(k + 1) },
                        { QStringLiteral("Amount"), double(random.bounded(5, 500) * 1000) },
                        { QStringLiteral("StageName"), QStringLiteral("Closed Won") },
                        { QStringLiteral("CloseDate"), base.addDays(-random.bounded(400)).toString(Qt::ISODate) },
                        { QStringLiteral("IsClosed"), true },
                        { QStringLiteral("IsWon"), true },
                        { QStringLiteral("Probability"), 100.0 } },
                      past());
    }
}

SalesforceEmulator::Record *SalesforceEmulator::find(const QString &object, const QString &id)
{
    const QString full = id.size() == 15 ? withChecksum(id) : id;
    const auto at = m_index.constFind(full);
    if (at == m_index.cend())
        return nullptr;
    QList<Record> &list = m_objects[object];
    if (*at >= list.size() || list.at(*at).id != full)
        return nullptr;
    return &list[*at];
}

bool SalesforceEmulator::update(const QString &object, const QString &id, const QVariantMap &fields)
{
    QMutexLocker lock(&m_mutex);
    Record *r = find(object, id);
    if (!r || r->deleted)
        return false;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        r->fields.insert(it.key(), it.value());
    r->modstampMs = tick(r);
    return true;
}

bool SalesforceEmulator::remove(const QString &object, const QString &id)
{
    QMutexLocker lock(&m_mutex);
    Record *r = find(object, id);
    if (!r || r->deleted || object == u"User")
        return false;
    r->deleted = true;
    r->modstampMs = tick(r);
    if (object == u"Account") { // contacts and opportunities go to the recycle bin with their account
        for (const char *child : { "Contact", "Opportunity" })
            for (Record &c : m_objects[QLatin1String(child)])
                if (!c.deleted && c.fields.value(QStringLiteral("AccountId")).toString() == r->id) {
                    c.deleted = true;
                    c.modstampMs = tick(&c);
                }
    }
    return true;
}

SalesforceEmulator::Record SalesforceEmulator::record(const QString &object, const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    Record *r = const_cast<SalesforceEmulator *>(this)->find(object, id);
    return r ? *r : Record {};
}

int SalesforceEmulator::count(const QString &object, bool deleted) const
{
    QMutexLocker lock(&m_mutex);
    const QList<Record> list = m_objects.value(object);
    return int(std::count_if(list.cbegin(), list.cend(), [deleted](const Record &r) { return r.deleted == deleted; }));
}

QList<SalesforceEmulator::Record> SalesforceEmulator::records(const QString &object) const
{
    QMutexLocker lock(&m_mutex);
    return m_objects.value(object);
}

void SalesforceEmulator::injectFault(Fault fault, int times, int status, const QString &target, int retryAfterSeconds)
{
    QMutexLocker lock(&m_mutex);
    m_faults << PendingFault { fault, times, status, target, retryAfterSeconds };
}

void SalesforceEmulator::setOverlappingPages(bool overlap)
{
    QMutexLocker lock(&m_mutex);
    m_overlap = overlap;
}

void SalesforceEmulator::setMalformed(const QString &object, const QString &id, Malformation how)
{
    QMutexLocker lock(&m_mutex);
    if (how == Malformation::None)
        m_malformed.remove(object + u'/' + id);
    else
        m_malformed.insert(object + u'/' + id, how);
}

void SalesforceEmulator::setBatchLimit(int records)
{
    QMutexLocker lock(&m_mutex);
    m_batchLimit = std::max(0, records);
}

void SalesforceEmulator::expireQueryLocators()
{
    QMutexLocker lock(&m_mutex);
    m_snapshots.clear();
    m_openLocators.clear();
}

int SalesforceEmulator::requests() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_log.size());
}

QStringList SalesforceEmulator::requestLog() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

QList<SalesforceEmulator::Query> SalesforceEmulator::queries() const
{
    QMutexLocker lock(&m_mutex);
    return m_queries;
}

SalesforceEmulator::Reply SalesforceEmulator::error(int status, const QString &message, const QString &errorCode)
{
    Reply r;
    r.status = status;
    r.body = json(QJsonArray { QJsonObject { { QStringLiteral("message"), message }, { QStringLiteral("errorCode"), errorCode } } });
    return r;
}

void SalesforceEmulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(error(404, QStringLiteral("The requested resource does not exist"), QStringLiteral("NOT_FOUND")).body,
                    "application/json;charset=UTF-8", QHttpServerResponder::StatusCode::NotFound);
}

QString SalesforceEmulator::requestObject(const QString &path, const QString &soql) const
{
    if (!soql.isEmpty()) {
        static const QRegularExpression from(QStringLiteral("\\bFROM\\s+([A-Za-z0-9_]+)"), QRegularExpression::CaseInsensitiveOption);
        const QString named = from.match(soql).captured(1);
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
            if (it.key().compare(named, Qt::CaseInsensitive) == 0)
                return it.key();
        return named;
    }
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() == 5 && (parts.at(3) == u"query" || parts.at(3) == u"queryAll"))
        return m_snapshots.value(parts.at(4).section(u'-', 0, 0)).object;
    if (path.endsWith(QStringLiteral("/composite/sobjects")))
        return QStringLiteral("Account");
    return {};
}

bool SalesforceEmulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Answer at once: without this, Nagle's algorithm and delayed acknowledgements hold every
    // response back by tens of milliseconds.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_latencyMs > 0) // the emulator answers one request at a time, as its tests want
        QThread::msleep(ulong(m_latencyMs));
    const QUrl url = request.url();
    const QString path = url.path();
    const QByteArray method = QVariant::fromValue(request.method()).toString().toUpper().toLatin1();
    const QString soql = queryParameter(url, QStringLiteral("q"));
    int batchSize = 2000;
    static const QRegularExpression batchOption(QStringLiteral("batchSize\\s*=\\s*(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    if (const auto m = batchOption.match(QString::fromLatin1(request.value("Sforce-Query-Options"))); m.hasMatch())
        batchSize = m.captured(1).toInt();
    Reply reply;
    bool hang = false;
    bool faulted = false;
    int used = 0;
    {
        QMutexLocker lock(&m_mutex);
        m_log << QStringLiteral("%1 %2").arg(QString::fromLatin1(method),
                                             path + (url.hasQuery() ? u'?' + url.query(QUrl::FullyDecoded) : QString()));
        used = int(m_log.size());
        const QString object = requestObject(path, soql);
        for (qsizetype i = 0; i < m_faults.size(); ++i) {
            PendingFault &f = m_faults[i];
            if (!f.target.isEmpty() && !(f.target.startsWith(u'/') ? path.startsWith(f.target) : object == f.target))
                continue;
            switch (f.fault) {
            case Fault::Hang: hang = true; break;
            case Fault::Garbage:
                reply.status = 200;
                reply.body = "<html><body>502 Bad Gateway from the proxy</body>";
                break;
            case Fault::Status:
                reply = f.status == 401 ? error(401, QStringLiteral("Session expired or invalid"), QStringLiteral("INVALID_SESSION_ID"))
                    : f.status == 403   ? error(403, QStringLiteral("The REST API is not enabled for this Organization."),
                                                QStringLiteral("API_DISABLED_FOR_ORG"))
                    : f.status == 503   ? error(503, QStringLiteral("Server temporarily unavailable"), QStringLiteral("SERVER_UNAVAILABLE"))
                                        : error(f.status,
                                                QStringLiteral("An unexpected error occurred. Please include this ErrorId if you "
                                                               "contact support: 1925309143-51840 (-1277375716)"),
                                                QStringLiteral("UNKNOWN_EXCEPTION"));
                break;
            case Fault::RateLimit:
                reply = error(403, QStringLiteral("TotalRequests Limit exceeded."), QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
                if (f.retryAfter >= 0)
                    reply.headers << std::pair { QByteArray("Retry-After"), QByteArray::number(f.retryAfter) };
                break;
            }
            faulted = true;
            if (--f.times <= 0)
                m_faults.removeAt(i);
            break;
        }
    }
    if (hang)
        return true; // never answered: the client's timeout has to deal with it
    if (!faulted) {
        const QByteArray authorization = request.value("Authorization");
        if (authorization != "Bearer " + m_token.toUtf8() && authorization != "OAuth " + m_token.toUtf8()) {
            reply = error(401, QStringLiteral("Session expired or invalid"), QStringLiteral("INVALID_SESSION_ID"));
        } else {
            QMutexLocker lock(&m_mutex);
            reply = route(method, path, soql, request.body(), batchSize);
        }
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", "application/json;charset=UTF-8");
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("Sforce-Limit-Info", "api-usage=" + QByteArray::number(used) + "/15000");
    for (const auto &[name, value] : std::as_const(reply.headers))
        responder.writeHeader(name, value);
    responder.writeBody(reply.body);
    return true;
}

SalesforceEmulator::Reply SalesforceEmulator::route(const QByteArray &method, const QString &path, const QString &soql,
                                                    const QByteArray &body, int batchSize)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts); // services data vNN.N …
    static const QRegularExpression version(QStringLiteral("^v\\d{2,3}\\.\\d$"));
    if (parts.size() < 4 || parts.at(0) != u"services" || parts.at(1) != u"data" || !version.match(parts.at(2)).hasMatch())
        return error(404, QStringLiteral("The requested resource does not exist"), QStringLiteral("NOT_FOUND"));
    const QStringList rest = parts.mid(3);
    const auto notAllowed = [&](const char *allowed) {
        return error(405, QStringLiteral("HTTP Method '%1' not allowed. Allowed are %2").arg(QString::fromLatin1(method), QLatin1String(allowed)),
                     QStringLiteral("METHOD_NOT_ALLOWED"));
    };
    if (rest.at(0) == u"query" || rest.at(0) == u"queryAll") {
        if (method != "GET")
            return notAllowed("GET,HEAD");
        if (rest.size() == 1)
            return runQuery(parts.at(2), soql, rest.at(0) == u"queryAll", batchSize);
        if (rest.size() == 2) {
            const QString locator = rest.at(1);
            const qsizetype dash = locator.lastIndexOf(u'-');
            bool ok = false;
            const int offset = dash > 0 ? locator.mid(dash + 1).toInt(&ok) : -1;
            return page(ok ? locator.left(dash) : QString(), offset);
        }
    }
    if (rest == QStringList { QStringLiteral("composite"), QStringLiteral("sobjects") }) {
        if (method != "PATCH")
            return notAllowed("PATCH"); // creating and deleting records are not emulated
        return composite(parts.at(2), body);
    }
    if (rest == QStringList { QStringLiteral("limits") } && method == "GET")
        return Reply { 200,
                       json(QJsonObject { { QStringLiteral("DailyApiRequests"),
                                            QJsonObject { { QStringLiteral("Max"), 15000 },
                                                          { QStringLiteral("Remaining"), 15000 - int(m_log.size()) } } } }),
                       {} };
    return error(404, QStringLiteral("The requested resource does not exist"), QStringLiteral("NOT_FOUND"));
}

QString SalesforceEmulator::canonicalField(const QString &object, const QString &field) const
{
    for (const QString &f : m_fields.value(object))
        if (f.compare(field, Qt::CaseInsensitive) == 0)
            return f;
    return {};
}

QJsonObject SalesforceEmulator::rowJson(const QString &object, const Record &r, const QStringList &fields, const QString &version) const
{
    QJsonObject o { { QStringLiteral("attributes"),
                      QJsonObject { { QStringLiteral("type"), object },
                                    { QStringLiteral("url"), QStringLiteral("/services/data/%1/sobjects/%2/%3").arg(version, object, r.id) } } } };
    const Malformation broken = m_malformed.value(object + u'/' + r.id, Malformation::None);
    for (const QString &field : fields) {
        QJsonValue value;
        if (field == u"Id")
            value = broken == Malformation::NoId ? QJsonValue(QJsonValue::Null) : QJsonValue(r.id);
        else if (field == u"SystemModstamp" && broken == Malformation::BadTimestamp)
            value = QStringLiteral("last Tuesday");
        else if (field == u"SystemModstamp" || field == u"LastModifiedDate")
            value = stampText(r.modstampMs);
        else if (field == u"CreatedDate")
            value = stampText(r.createdMs);
        else if (field == u"IsDeleted")
            value = r.deleted;
        else if (field == u"Name" && object == u"Contact")
            value = QString(r.fields.value(QStringLiteral("FirstName")).toString() + u' ' + r.fields.value(QStringLiteral("LastName")).toString()).trimmed();
        else
            value = QJsonValue::fromVariant(r.fields.value(field)); // unset: null
        o.insert(field, value);
    }
    return o;
}

SalesforceEmulator::Reply SalesforceEmulator::runQuery(const QString &version, const QString &soql, bool all, int batchSize)
{
    if (soql.trimmed().isEmpty())
        return error(400, QStringLiteral("A query string has to be specified"), QStringLiteral("MALFORMED_QUERY"));
    auto parsed = parseSoql(soql);
    if (auto *e = std::get_if<SoqlError>(&parsed))
        return error(400, e->message, e->code);
    const Soql &q = std::get<Soql>(parsed);

    QString object;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (it.key().compare(q.object.name, Qt::CaseInsensitive) == 0)
            object = it.key();
    if (object.isEmpty())
        return error(400,
                     pointAt(soql, q.object.column,
                             QStringLiteral("sObject type '%1' is not supported. If you are attempting to use a custom object, be "
                                            "sure to append the '__c' after the entity name. Please reference your WSDL or the "
                                            "describe call for the appropriate names.")
                                 .arg(q.object.name)),
                     QStringLiteral("INVALID_TYPE"));
    const auto noSuchColumn = [&](const Named &f) {
        return error(400,
                     pointAt(soql, f.column,
                             QStringLiteral("No such column '%1' on entity '%2'. If you are attempting to use a custom field, be "
                                            "sure to append the '__c' after the custom field name. Please reference your WSDL or "
                                            "the describe call for the appropriate names.")
                                 .arg(f.name, object)),
                     QStringLiteral("INVALID_FIELD"));
    };
    QStringList fields;
    for (const Named &f : q.fields) {
        const QString canonical = canonicalField(object, f.name);
        if (canonical.isEmpty())
            return noSuchColumn(f);
        if (fields.contains(canonical))
            return error(400, QStringLiteral("duplicate field selected: %1").arg(canonical), QStringLiteral("MALFORMED_QUERY"));
        fields << canonical;
    }
    QString whereField;
    if (q.whereField) {
        whereField = canonicalField(object, q.whereField->name);
        if (whereField.isEmpty())
            return noSuchColumn(*q.whereField);
        if (!isDateTimeField(whereField))
            return error(400,
                         pointAt(soql, q.whereField->column,
                                 QStringLiteral("this emulator filters on SystemModstamp, LastModifiedDate or CreatedDate only")),
                         QStringLiteral("MALFORMED_QUERY"));
    }
    QList<std::pair<QString, bool>> order;
    for (const auto &[f, descending] : q.order) {
        const QString canonical = canonicalField(object, f.name);
        if (canonical.isEmpty())
            return noSuchColumn(f);
        order << std::pair { canonical, descending };
    }

    const auto valueOf = [&](const Record &r, const QString &field) -> QVariant {
        if (field == u"Id")
            return r.id;
        if (field == u"SystemModstamp" || field == u"LastModifiedDate")
            return r.modstampMs;
        if (field == u"CreatedDate")
            return r.createdMs;
        if (field == u"IsDeleted")
            return r.deleted;
        return r.fields.value(field);
    };
    QList<const Record *> matching;
    for (const Record &r : m_objects[object]) {
        if (r.deleted && !all)
            continue;
        if (!whereField.isEmpty()) {
            const qint64 at = valueOf(r, whereField).toLongLong();
            const bool keep = q.op == u">=" ? at >= q.whereMs
                : q.op == u">"              ? at > q.whereMs
                : q.op == u"<="             ? at <= q.whereMs
                : q.op == u"<"              ? at < q.whereMs
                : q.op == u"="              ? at == q.whereMs
                                            : at != q.whereMs;
            if (!keep)
                continue;
        }
        matching << &r;
    }
    std::stable_sort(matching.begin(), matching.end(), [&](const Record *a, const Record *b) {
        for (const auto &[field, descending] : order) {
            // Ids sort as they are written: case matters.
            const int c = field == u"Id" ? QString::compare(a->id, b->id, Qt::CaseSensitive) : compareValues(valueOf(*a, field), valueOf(*b, field));
            if (c != 0)
                return descending ? c > 0 : c < 0;
        }
        return false;
    });
    if (q.limit >= 0 && matching.size() > q.limit)
        matching.resize(q.limit);

    // The rows as they are now: later changes show in the next query, not in this one's pages.
    Snapshot snapshot;
    snapshot.object = object;
    snapshot.version = version;
    snapshot.rows.reserve(matching.size());
    for (const Record *r : std::as_const(matching))
        snapshot.rows << rowJson(object, *r, fields, version);
    snapshot.batch = std::clamp(batchSize, 200, 2000);
    if (m_batchLimit > 0)
        snapshot.batch = std::min(snapshot.batch, m_batchLimit);
    m_queries << Query { soql, all, int(snapshot.rows.size()) };
    const QString locator = newId(QStringLiteral("01g"));
    if (snapshot.rows.size() > snapshot.batch) {
        m_snapshots.insert(locator, snapshot);
        m_openLocators << locator;
        while (m_openLocators.size() > 10) // a user has at most ten open query cursors; the oldest goes
            m_snapshots.remove(m_openLocators.takeFirst());
    }
    return pageOf(locator, snapshot, 0);
}

SalesforceEmulator::Reply SalesforceEmulator::page(const QString &locator, int offset)
{
    const auto it = m_snapshots.constFind(locator);
    if (it == m_snapshots.cend() || offset <= 0 || offset >= it->rows.size())
        return error(400, QStringLiteral("invalid query locator"), QStringLiteral("INVALID_QUERY_LOCATOR"));
    return pageOf(locator, *it, offset);
}

SalesforceEmulator::Reply SalesforceEmulator::pageOf(const QString &locator, const Snapshot &snapshot, int offset) const
{
    const int total = int(snapshot.rows.size());
    const int first = m_overlap && offset > 0 ? offset - 1 : offset; // the page repeats the last record of the page before
    const int end = std::min(total, offset + snapshot.batch);
    QJsonArray records;
    for (int i = first; i < end; ++i)
        records.append(snapshot.rows.at(i));
    QJsonObject o { { QStringLiteral("totalSize"), total }, { QStringLiteral("done"), end >= total }, { QStringLiteral("records"), records } };
    if (end < total) // queryAll's pages too are under /query/
        o.insert(QStringLiteral("nextRecordsUrl"), QStringLiteral("/services/data/%1/query/%2-%3").arg(snapshot.version, locator).arg(end));
    return Reply { 200, json(o), {} };
}

SalesforceEmulator::Reply SalesforceEmulator::composite(const QString &version, const QByteArray &body)
{
    Q_UNUSED(version)
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !doc.object().value(QLatin1String("records")).isArray())
        return error(400, QStringLiteral("Unexpected character at [line:1, column:%1]").arg(parseError.offset + 1),
                     QStringLiteral("JSON_PARSER_ERROR"));
    const QJsonObject request = doc.object();
    const QJsonArray records = request.value(QLatin1String("records")).toArray();
    if (records.size() > 200)
        return error(400, QStringLiteral("record limit reached. cannot submit more than 200 records into this call"),
                     QStringLiteral("EXCEEDED_ID_LIMIT"));
    const bool allOrNone = request.value(QLatin1String("allOrNone")).toBool(false);

    const QStringList readOnly { QStringLiteral("Id"), QStringLiteral("CreatedDate"), QStringLiteral("LastModifiedDate"),
                                 QStringLiteral("SystemModstamp"), QStringLiteral("IsDeleted"), QStringLiteral("IsClosed"),
                                 QStringLiteral("IsWon") };
    const QHash<QString, QStringList> required { { QStringLiteral("Account"), { QStringLiteral("Name") } },
                                                 { QStringLiteral("Contact"), { QStringLiteral("LastName") } },
                                                 { QStringLiteral("Opportunity"),
                                                   { QStringLiteral("Name"), QStringLiteral("StageName"), QStringLiteral("CloseDate") } } };
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$"));
    struct Outcome
    {
        Record *target = nullptr;
        QString id;
        QVariantMap changes;
        QJsonArray errors;
    };
    QList<Outcome> outcomes;
    bool anyFailed = false;
    for (const QJsonValue &value : records) {
        Outcome out;
        const QJsonObject in = value.toObject();
        const auto fail = [&](const QString &code, const QString &message, const QStringList &fields) {
            out.errors.append(QJsonObject { { QStringLiteral("statusCode"), code },
                                            { QStringLiteral("message"), message },
                                            { QStringLiteral("fields"), QJsonArray::fromStringList(fields) } });
        };
        const QString type = in.value(QLatin1String("attributes")).toObject().value(QLatin1String("type")).toString();
        out.id = in.value(QLatin1String("id")).toString();
        if (type.isEmpty() || !m_fields.contains(type) || type == u"User") {
            fail(QStringLiteral("INVALID_TYPE"), type.isEmpty() ? QStringLiteral("No SObject Type defined in JSON")
                                                                : QStringLiteral("sObject type '%1' is not supported.").arg(type), {});
        } else if (!idPattern.match(out.id).hasMatch() || !out.id.startsWith(Prefixes.value(type))) {
            fail(QStringLiteral("MALFORMED_ID"), QStringLiteral("%1 ID: id value of incorrect type: %2").arg(type, out.id), { QStringLiteral("Id") });
        } else if (!(out.target = find(type, out.id))) {
            fail(QStringLiteral("NOT_FOUND"), QStringLiteral("The requested resource does not exist"), {});
        } else if (out.target->deleted) {
            fail(QStringLiteral("ENTITY_IS_DELETED"), QStringLiteral("entity is deleted"), {});
        } else {
            for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
                if (it.key() == u"attributes" || it.key().compare(u"id", Qt::CaseInsensitive) == 0)
                    continue;
                const QString field = canonicalField(type, it.key());
                if (field.isEmpty())
                    fail(QStringLiteral("INVALID_FIELD"), QStringLiteral("No such column '%1' on sobject of type %2").arg(it.key(), type), {});
                else if (readOnly.contains(field) || (type == u"Contact" && field == u"Name"))
                    fail(QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE"),
                         QStringLiteral("Unable to create/update fields: %1. Please check the security settings of this field and "
                                        "verify that it is read/write for your profile or permission set.")
                             .arg(field),
                         { field });
                else if (it->isNull() && required.value(type).contains(field))
                    fail(QStringLiteral("REQUIRED_FIELD_MISSING"), QStringLiteral("Required fields are missing: [%1]").arg(field), { field });
                else if (field == u"OwnerId" && !it->isNull()) {
                    const Record *owner = find(QStringLiteral("User"), it->toString());
                    if (!owner || !owner->fields.value(QStringLiteral("IsActive")).toBool())
                        fail(QStringLiteral("INVALID_CROSS_REFERENCE_KEY"), QStringLiteral("invalid cross reference id"), { field });
                    else
                        out.changes.insert(field, owner->id);
                } else
                    out.changes.insert(field, it->isNull() ? QVariant() : it->toVariant());
            }
        }
        anyFailed = anyFailed || !out.errors.isEmpty();
        outcomes << out;
    }
    QJsonArray results;
    for (Outcome &out : outcomes) {
        if (!out.errors.isEmpty()) {
            results.append(QJsonObject { { QStringLiteral("success"), false }, { QStringLiteral("errors"), out.errors } });
        } else if (allOrNone && anyFailed) {
            results.append(QJsonObject {
                { QStringLiteral("success"), false },
                { QStringLiteral("errors"),
                  QJsonArray { QJsonObject { { QStringLiteral("statusCode"), QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK") },
                                             { QStringLiteral("message"),
                                               QStringLiteral("Record rolled back because not all records were valid and the request "
                                                              "was using AllOrNone header") },
                                             { QStringLiteral("fields"), QJsonArray {} } } } } });
        } else {
            for (auto it = out.changes.cbegin(); it != out.changes.cend(); ++it)
                out.target->fields.insert(it.key(), it.value());
            out.target->modstampMs = tick(out.target);
            results.append(QJsonObject { { QStringLiteral("id"), out.target->id },
                                         { QStringLiteral("success"), true },
                                         { QStringLiteral("errors"), QJsonArray {} } });
        }
    }
    return Reply { 200, json(results), {} };
}

} // namespace csm::emulator
