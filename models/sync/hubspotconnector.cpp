#include "hubspotconnector.h"

#include "domain/lifecyclestage.h"
#include "oauth.h"
#include "store/sqlvalues.h"
#include "wirevalues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <QUrlQuery>

namespace csm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("csm::HubSpotConnector", text);
}

/// HubSpot's own words for an error: the `message` of its JSON error body.
QString hubspotError(const HttpReply &reply)
{
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    const QString message = o.value(QLatin1String("message")).toString();
    return message.isEmpty() ? QString::fromUtf8(reply.body.left(200)).simplified() : message;
}

/// A date property as YYYY-MM-DD: HubSpot sends dates as "2026-12-01", ISO date-times or epoch
/// milliseconds, depending on the property's type.
QString dateOf(const QString &value)
{
    if (value.isEmpty())
        return {};
    if (value.size() >= 10 && sql::parseIsoDate(QStringView(value).left(10)).isValid())
        return value.left(10); // already YYYY-MM-DD
    bool isNumber = false;
    const qint64 ms = value.toLongLong(&isNumber);
    if (isNumber) {
        constexpr qint64 Day = 24 * 60 * 60 * 1000;
        if (ms > -(qint64(1) << 53) && ms < (qint64(1) << 53)) // the day it falls on, in UTC
            return wire::isoDate(QDate::fromJulianDay(QDate(1970, 1, 1).toJulianDay() + (ms >= 0 ? ms / Day : -((-ms + Day - 1) / Day))));
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
    }
    const QDate day = QDate::fromString(value.left(10), Qt::ISODate);
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QDateTime timestampOf(const QString &value)
{
    if (value.isEmpty())
        return {};
    if (const auto at = wire::timestamp(QStringView(value)))
        return *at;
    bool isNumber = false;
    const qint64 ms = value.toLongLong(&isNumber);
    if (isNumber)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value, Qt::ISODate);
    return t.toUTC();
}

/// A property's value as text, as HubSpot means it: strings as they are, numbers written out in
/// full ("7001", "125000.5"), anything else (null, missing, a list…) empty.
QString textOf(const JsonText::Value &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNumber())
        return QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest);
    return {};
}

/// A moment property (or member), read from the page's bytes in the usual form.
QDateTime timestampOf(const JsonText::Value &v)
{
    if (v.isString() && !v.hasEscapes())
        if (const auto at = wire::timestamp(v.raw()))
            return *at;
    return timestampOf(textOf(v));
}

/// A record's id: a string, or a number HubSpot did not quote.
QString idOf(const JsonText::Value &v)
{
    return v.isString() ? v.toString() : v.isNumber() ? QString::number(qint64(v.toDouble())) : QString();
}

} // namespace

HubSpotConnector::HubSpotConnector()
    : m_http(QStringLiteral("HubSpot"))
{
    // 429 is HubSpot's rate limit; it says how long the window is in a header.
    m_http.setRateLimitRule([](const HttpReply &reply) -> std::optional<int> {
        if (reply.status != 429)
            return std::nullopt;
        bool ok = false;
        const double seconds = reply.header("retry-after").toDouble(&ok);
        if (ok)
            return int(seconds * 1000);
        const int interval = reply.header("x-hubspot-ratelimit-interval-milliseconds").toInt(&ok);
        if (ok && reply.header("x-hubspot-ratelimit-remaining").toInt() <= 0)
            return std::min(interval, 10'000);
        return -1; // back off by the policy
    });
    m_http.setErrorReader(hubspotError);
}

QList<ConnectorSetting> HubSpotConnector::settings() const
{
    using K = ConnectorSetting::Kind;
    return {
        { QStringLiteral("base_url"), tr("API address"), tr("https://api.hubapi.com, or a proxy or test server"), K::Url,
          QStringLiteral("https://api.hubapi.com"), true },
        { QStringLiteral("arr_property"), tr("ARR property"), tr("The company property holding ARR"), K::Text,
          QStringLiteral("arr"), false },
        { QStringLiteral("renewal_property"), tr("Renewal date property"), {}, K::Text, QStringLiteral("renewal_date"), false },
        { QStringLiteral("contract_start_property"), tr("Contract start property"), {}, K::Text,
          QStringLiteral("contract_start_date"), false },
        { QStringLiteral("stage_property"), tr("Lifecycle stage property"),
          tr("A company property holding onboarding, adoption, expansion, renewal or advocacy"), K::Text,
          QStringLiteral("cs_lifecycle_stage"), false },
        { QStringLiteral("currency_property"), tr("Currency property"), {}, K::Text, QStringLiteral("currency"), false },
        { QStringLiteral("page_size"), tr("Records per request"), tr("1 to 100"), K::Number, QStringLiteral("100"), false },
        { QStringLiteral("oauth_authorize_url"), tr("Sign-in page"), tr("For Sign In with Browser; empty: HubSpot's"), K::Url, {}, false },
        { QStringLiteral("timeout_ms"), tr("Timeout per request (ms)"), {}, K::Number, QStringLiteral("30000"), false },
        { QStringLiteral("max_retries"), tr("Retries per request"), {}, K::Number, QStringLiteral("5"), false },
        { QStringLiteral("retry_base_ms"), tr("First retry after (ms)"), {}, K::Number, QStringLiteral("500"), false },
    };
}

std::optional<CrmError> HubSpotConnector::configure(const QVariantMap &settings, const QString &secret)
{
    const auto value = [&](const char *key, const QString &fallback) {
        const QString v = settings.value(QLatin1String(key)).toString().trimmed();
        return v.isEmpty() ? fallback : v;
    };
    m_baseUrl = value("base_url", QStringLiteral("https://api.hubapi.com"));
    while (m_baseUrl.endsWith(u'/'))
        m_baseUrl.chop(1);
    const QUrl base(m_baseUrl);
    if (!base.isValid() || (base.scheme() != u"https" && base.scheme() != u"http") || base.host().isEmpty())
        return CrmError { CrmFailure::Unsupported, tr("'%1' is not an http(s) address").arg(m_baseUrl) };
    if (secret.trimmed().isEmpty())
        return CrmError { CrmFailure::Auth, tr("HubSpot needs a private app token or an OAuth access token") };
    m_arrProperty = value("arr_property", QStringLiteral("arr"));
    m_renewalProperty = value("renewal_property", QStringLiteral("renewal_date"));
    m_contractStartProperty = value("contract_start_property", QStringLiteral("contract_start_date"));
    m_stageProperty = value("stage_property", QStringLiteral("cs_lifecycle_stage"));
    m_currencyProperty = value("currency_property", QStringLiteral("currency"));
    m_arrKey = m_arrProperty.toUtf8();
    m_renewalKey = m_renewalProperty.toUtf8();
    m_contractStartKey = m_contractStartProperty.toUtf8();
    m_stageKey = m_stageProperty.toUtf8();
    m_currencyKey = m_currencyProperty.toUtf8();
    m_pageSize = std::clamp(value("page_size", QStringLiteral("100")).toInt(), 1, 100);
    RetryPolicy policy;
    policy.timeoutMs = std::max(100, value("timeout_ms", QStringLiteral("30000")).toInt());
    policy.maxRetries = std::clamp(value("max_retries", QStringLiteral("5")).toInt(), 0, 20);
    policy.baseDelayMs = std::max(0, value("retry_base_ms", QStringLiteral("500")).toInt());
    m_http.setPolicy(policy);
    // Signed in with OAuth: the keychain holds a refresh token, traded here for an access token.
    if (const auto oauth = OAuthSecret::parse(secret)) {
        auto access = refreshAccessToken(m_http, *oauth);
        if (auto *error = std::get_if<CrmError>(&access))
            return *error;
        m_http.setBearerToken(std::get<QString>(access));
        return std::nullopt;
    }
    m_http.setBearerToken(secret.trimmed()); // also drops a request started with another token
    return std::nullopt;
}

std::optional<OAuthEndpoints> HubSpotConnector::oauthEndpoints(const QVariantMap &settings) const
{
    QString base = settings.value(QStringLiteral("base_url")).toString().trimmed();
    if (base.isEmpty())
        base = QStringLiteral("https://api.hubapi.com");
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString authorize = settings.value(QStringLiteral("oauth_authorize_url")).toString().trimmed();
    return OAuthEndpoints { QUrl(authorize.isEmpty() ? QStringLiteral("https://app.hubspot.com/oauth/authorize") : authorize),
                            QUrl(base + QStringLiteral("/oauth/v1/token")),
                            QStringLiteral("oauth crm.objects.companies.read crm.objects.companies.write crm.objects.contacts.read "
                                           "crm.objects.deals.read crm.objects.owners.read crm.schemas.companies.read "
                                           "crm.schemas.companies.write") };
}

QUrl HubSpotConnector::url(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QUrl u(m_baseUrl + path);
    QUrlQuery q;
    for (const auto &[key, value] : query)
        q.addQueryItem(key, value);
    u.setQuery(q);
    return u;
}

QString HubSpotConnector::objectPath(CrmObject object) const
{
    return QStringLiteral("/crm/v3/objects/") + crmObjectKey(object);
}

QString HubSpotConnector::modifiedProperty(CrmObject object) const
{
    return object == CrmObject::Contacts ? QStringLiteral("lastmodifieddate") : QStringLiteral("hs_lastmodifieddate");
}

QStringList HubSpotConnector::properties(CrmObject object) const
{
    switch (object) {
    case CrmObject::Companies:
        return { QStringLiteral("name"), QStringLiteral("domain"), QStringLiteral("hubspot_owner_id"),
                 QStringLiteral("hs_lastmodifieddate"), m_arrProperty, m_renewalProperty, m_contractStartProperty,
                 m_stageProperty, m_currencyProperty };
    case CrmObject::Contacts:
        return { QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("email"), QStringLiteral("jobtitle"),
                 QStringLiteral("lastmodifieddate") };
    case CrmObject::Deals:
        return { QStringLiteral("dealname"), QStringLiteral("amount"), QStringLiteral("deal_currency_code"),
                 QStringLiteral("dealstage"), QStringLiteral("closedate"), QStringLiteral("hs_is_closed"),
                 QStringLiteral("hs_is_closed_won"), QStringLiteral("hs_lastmodifieddate") };
    case CrmObject::Owners:
        return {};
    }
    return {};
}

std::variant<HttpReply, CrmError> HubSpotConnector::sendOk(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    m_http.setCancelFlag(cancelFlag());
    auto sent = m_http.send(method, url, body);
    if (auto *error = std::get_if<CrmError>(&sent))
        return *error;
    const HttpReply &reply = std::get<HttpReply>(sent);
    if (reply.status < 200 || reply.status >= 300)
        return CrmError { CrmFailure::BadResponse,
                          tr("HubSpot refused %1 %2 (HTTP %3: %4)")
                              .arg(QString::fromLatin1(method), url.path())
                              .arg(reply.status)
                              .arg(hubspotError(reply)) };
    return sent;
}

CrmError HubSpotConnector::notJson(const QUrl &url, const QJsonParseError &parseError)
{
    return CrmError { CrmFailure::BadResponse,
                      tr("HubSpot answered %1 with something that is not a JSON object (%2 at byte %3); nothing "
                         "of it was applied")
                          .arg(url.path(), parseError.errorString())
                          .arg(parseError.offset) };
}

std::variant<QJsonObject, CrmError> HubSpotConnector::getJson(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    auto sent = sendOk(method, url, body);
    if (auto *error = std::get_if<CrmError>(&sent))
        return *error;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(std::get<HttpReply>(sent).body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return notJson(url, parseError);
    return doc.object();
}

std::optional<CrmError> HubSpotConnector::getPage(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    auto sent = sendOk(method, url, body);
    if (auto *error = std::get_if<CrmError>(&sent))
        return *error;
    QJsonParseError parseError;
    if (!m_page.read(std::get<HttpReply>(sent).body, &parseError) || !m_page.root().isObject())
        return notJson(url, parseError);
    return std::nullopt;
}

std::optional<CrmError> HubSpotConnector::testConnection()
{
    auto answer = getJson("GET", url(QStringLiteral("/crm/v3/objects/companies"), { { QStringLiteral("limit"), QStringLiteral("1") } }));
    if (auto *error = std::get_if<CrmError>(&answer))
        return *error;
    return std::nullopt;
}

QString HubSpotConnector::Cursor::toString() const
{
    return QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("phase"), phase },
                                                        { QStringLiteral("after"), after },
                                                        { QStringLiteral("since"), QString::number(since) },
                                                        { QStringLiteral("skip"), skip },
                                                        { QStringLiteral("from"), QString::number(from) },
                                                        { QStringLiteral("pass_start"), QString::number(passStart) } })
                                 .toJson(QJsonDocument::Compact));
}

HubSpotConnector::Cursor HubSpotConnector::Cursor::fromString(const QString &text)
{
    Cursor c;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (o.isEmpty())
        return c;
    c.phase = o.value(QLatin1String("phase")).toString(c.phase);
    c.after = o.value(QLatin1String("after")).toString();
    c.since = o.value(QLatin1String("since")).toString().toLongLong();
    c.skip = o.value(QLatin1String("skip")).toInt();
    c.from = o.value(QLatin1String("from")).toString().toLongLong();
    c.passStart = o.value(QLatin1String("pass_start")).toString().toLongLong();
    return c;
}

void HubSpotConnector::readResults(CrmObject object, const JsonText::Value &results, CrmPage &page, Cursor &cursor, bool archived) const
{
    page.records.reserve(page.records.size() + results.size());
    const QByteArray modified = modifiedProperty(object).toUtf8();
    for (const JsonText::Value &o : results) {
        const QString id = idOf(o["id"]);
        if (id.isEmpty()) {
            page.issues << CrmRecordIssue { object, {}, tr("a record without an id") };
            continue;
        }
        const JsonText::Value p = o["properties"];
        if (!p.isObject()) {
            page.issues << CrmRecordIssue { object, id, tr("its properties are not a JSON object") };
            continue;
        }
        const auto prop = [&p](QByteArrayView name) { return textOf(p[name]); };
        CrmRecord r;
        r.object = object;
        r.id = id;
        r.modifiedAt = timestampOf(p[modified]);
        if (!r.modifiedAt.isValid())
            r.modifiedAt = timestampOf(o["updatedAt"].toString());
        r.deleted = archived || o["archived"].toBool();
        if (archived) {
            // Only archived since this pass's lower bound; older ones were seen before.
            const QDateTime at = timestampOf(o["archivedAt"].toString());
            if (cursor.from > 0 && at.isValid() && at.toMSecsSinceEpoch() < cursor.from)
                continue;
            page.records.append(std::move(r));
            continue;
        }
        switch (object) {
        case CrmObject::Companies: {
            const QString name = prop("name").trimmed();
            if (name.isEmpty()) {
                page.issues << CrmRecordIssue { object, id, tr("no name (a required field)") };
                continue;
            }
            const QString arr = prop(m_arrKey);
            const QString arrDecimal = wire::decimal(arr);
            if (!arr.isEmpty() && arrDecimal.isEmpty()) {
                page.issues << CrmRecordIssue { object, id, tr("ARR '%1' is not a number").arg(arr) };
                continue;
            }
            r.fields.insert(QStringLiteral("name"), name);
            r.fields.insert(QStringLiteral("domain"), prop("domain").trimmed());
            r.fields.insert(QStringLiteral("owner_id"), prop("hubspot_owner_id").trimmed());
            r.fields.insert(QStringLiteral("arr"), arrDecimal);
            r.fields.insert(QStringLiteral("renewal_date"), dateOf(prop(m_renewalKey)));
            r.fields.insert(QStringLiteral("contract_start"), dateOf(prop(m_contractStartKey)));
            const QString stage = prop(m_stageKey).trimmed().toLower();
            if (lifecycleStageFromKey(stage))
                r.fields.insert(QStringLiteral("lifecycle_stage"), stage);
            const QString currency = prop(m_currencyKey).trimmed().toUpper();
            if (currency.size() == 3)
                r.fields.insert(QStringLiteral("currency"), currency);
            break;
        }
        case CrmObject::Contacts: {
            const QString name = QString(prop("firstname").trimmed() + u' ' + prop("lastname").trimmed()).trimmed();
            const QString email = prop("email").trimmed();
            if (name.isEmpty() && email.isEmpty()) {
                page.issues << CrmRecordIssue { object, id, tr("neither a name nor an email") };
                continue;
            }
            r.fields.insert(QStringLiteral("name"), name.isEmpty() ? email : name);
            r.fields.insert(QStringLiteral("email"), email);
            r.fields.insert(QStringLiteral("title"), prop("jobtitle").trimmed());
            break;
        }
        case CrmObject::Deals:
            r.fields.insert(QStringLiteral("name"), prop("dealname").trimmed());
            r.fields.insert(QStringLiteral("amount"), wire::decimal(prop("amount")));
            r.fields.insert(QStringLiteral("currency"), prop("deal_currency_code").trimmed().toUpper());
            r.fields.insert(QStringLiteral("stage"), prop("dealstage").trimmed());
            r.fields.insert(QStringLiteral("close_date"), dateOf(prop("closedate")));
            r.fields.insert(QStringLiteral("closed"), p["hs_is_closed"].equals("true"));
            r.fields.insert(QStringLiteral("won"), p["hs_is_closed_won"].equals("true"));
            break;
        case CrmObject::Owners:
            break;
        }
        // Associations listed with the record (list endpoint); the search endpoint has none.
        for (const JsonText::Value &c : o["associations"]["companies"]["results"]) {
            const JsonText::Value cid = c["id"];
            r.companyIds << (cid.isString() ? cid.toString() : QString::number(qint64(cid.toDouble())));
        }
        page.records.append(std::move(r));
    }
}

std::optional<CrmError> HubSpotConnector::addAssociations(CrmObject object, CrmPage &page)
{
    if (object != CrmObject::Contacts && object != CrmObject::Deals)
        return std::nullopt;
    QJsonArray inputs;
    for (const CrmRecord &r : std::as_const(page.records))
        if (!r.deleted)
            inputs.append(QJsonObject { { QStringLiteral("id"), r.id } });
    if (inputs.isEmpty())
        return std::nullopt;
    const QString path = QStringLiteral("/crm/v3/associations/%1/companies/batch/read").arg(crmObjectKey(object));
    auto answer = getJson("POST", url(path), QJsonDocument(QJsonObject { { QStringLiteral("inputs"), inputs } }).toJson(QJsonDocument::Compact));
    if (auto *error = std::get_if<CrmError>(&answer))
        return *error;
    QHash<QString, QStringList> companies;
    for (const QJsonValue &v : std::get<QJsonObject>(answer).value(QLatin1String("results")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString from = o.value(QLatin1String("from")).toObject().value(QLatin1String("id")).toString();
        for (const QJsonValue &to : o.value(QLatin1String("to")).toArray())
            companies[from] << to.toObject().value(QLatin1String("id")).toString();
    }
    for (CrmRecord &r : page.records)
        if (!r.deleted)
            r.companyIds = companies.value(r.id);
    return std::nullopt;
}

std::variant<CrmPage, CrmError> HubSpotConnector::pullOwners(const Cursor &cursor)
{
    QList<std::pair<QString, QString>> query { { QStringLiteral("limit"), QString::number(m_pageSize) } };
    if (!cursor.after.isEmpty())
        query << std::pair { QStringLiteral("after"), cursor.after };
    auto answer = getJson("GET", url(QStringLiteral("/crm/v3/owners"), query));
    if (auto *error = std::get_if<CrmError>(&answer))
        return *error;
    const QJsonObject o = std::get<QJsonObject>(answer);
    CrmPage page;
    for (const QJsonValue &v : o.value(QLatin1String("results")).toArray()) {
        const QJsonObject owner = v.toObject();
        const QJsonValue idValue = owner.value(QLatin1String("id"));
        const QString id = idValue.isString() ? idValue.toString() : idValue.isDouble() ? QString::number(qint64(idValue.toDouble())) : QString();
        if (id.isEmpty()) {
            page.issues << CrmRecordIssue { CrmObject::Owners, {}, tr("an owner without an id") };
            continue;
        }
        CrmRecord r;
        r.object = CrmObject::Owners;
        r.id = id;
        const QString name = QString(owner.value(QLatin1String("firstName")).toString() + u' ' + owner.value(QLatin1String("lastName")).toString()).trimmed();
        r.fields.insert(QStringLiteral("email"), owner.value(QLatin1String("email")).toString());
        r.fields.insert(QStringLiteral("name"), name.isEmpty() ? owner.value(QLatin1String("email")).toString() : name);
        r.deleted = owner.value(QLatin1String("archived")).toBool();
        page.records << r;
    }
    const QString next = o.value(QLatin1String("paging")).toObject().value(QLatin1String("next")).toObject().value(QLatin1String("after")).toString();
    Cursor c;
    c.after = next;
    page.done = next.isEmpty();
    page.cursor = page.done ? QString() : c.toString(); // owners are read whole every time
    return page;
}

QUrl HubSpotConnector::listUrl(CrmObject object, bool archived, const QString &after) const
{
    QList<std::pair<QString, QString>> query { { QStringLiteral("limit"), QString::number(m_pageSize) },
                                               { QStringLiteral("properties"), properties(object).join(u',') },
                                               { QStringLiteral("archived"), archived ? QStringLiteral("true") : QStringLiteral("false") } };
    if (object != CrmObject::Companies && !archived)
        query << std::pair { QStringLiteral("associations"), QStringLiteral("companies") };
    if (!after.isEmpty())
        query << std::pair { QStringLiteral("after"), after };
    return url(objectPath(object), query);
}

std::variant<CrmPage, CrmError> HubSpotConnector::pull(CrmObject object, const QString &cursorText)
{
    Cursor cursor = Cursor::fromString(cursorText);
    if (object == CrmObject::Owners)
        return pullOwners(cursor);
    if (cursor.passStart == 0) { // a pass begins
        cursor.passStart = QDateTime::currentMSecsSinceEpoch() - OverlapMs;
        cursor.from = cursor.phase == u"incremental" ? cursor.since : 0;
    }

    const bool archivedPhase = cursor.phase == u"archived";
    if (cursor.phase == u"full" || archivedPhase) {
        if (auto error = getPage("GET", listUrl(object, archivedPhase, cursor.after)))
            return *error;
    } else {
        const QJsonObject filter { { QStringLiteral("propertyName"), modifiedProperty(object) },
                                   { QStringLiteral("operator"), QStringLiteral("GTE") },
                                   { QStringLiteral("value"), QString::number(cursor.since) } };
        QJsonObject body { { QStringLiteral("filterGroups"),
                             QJsonArray { QJsonObject { { QStringLiteral("filters"), QJsonArray { filter } } } } },
                           { QStringLiteral("sorts"), QJsonArray { QJsonObject { { QStringLiteral("propertyName"), modifiedProperty(object) },
                                                                                  { QStringLiteral("direction"), QStringLiteral("ASCENDING") } } } },
                           { QStringLiteral("properties"), QJsonArray::fromStringList(properties(object)) },
                           { QStringLiteral("limit"), m_pageSize } };
        if (cursor.skip > 0)
            body.insert(QStringLiteral("after"), QString::number(cursor.skip));
        if (auto error = getPage("POST", url(objectPath(object) + QStringLiteral("/search")), QJsonDocument(body).toJson(QJsonDocument::Compact)))
            return *error;
    }
    const JsonText::Value answer = m_page.root();
    const JsonText::Value results = answer["results"];
    if (!results.isArray())
        return CrmError { CrmFailure::BadResponse,
                          tr("HubSpot's answer for %1 has no list of results; nothing of it was applied").arg(crmObjectKey(object)) };

    CrmPage page;
    Cursor next = cursor;
    next.after = answer["paging"]["next"]["after"].toString();
    if (!next.after.isEmpty() && cursor.phase != u"incremental") {
        // Ask for the next page now: it travels while this one is read and stored.
        m_http.prefetch("GET", listUrl(object, archivedPhase, next.after));
    }
    readResults(object, results, page, next, archivedPhase);
    if (cursor.phase == u"incremental")
        if (auto error = addAssociations(object, page))
            return *error;
    page.retries = m_http.takeRetries();
    if (cursor.phase == u"incremental" && !next.after.isEmpty()) {
        // Go on from the last modification read rather than by position: records edited meanwhile
        // move to the end of the ordering, and an offset would step over others. Records at that
        // very moment already read are skipped; the search's 10,000 cap is never reached.
        const QByteArray modified = modifiedProperty(object).toUtf8();
        qint64 last = cursor.since;
        int atLast = 0;
        for (const JsonText::Value &o : results) {
            QDateTime at = timestampOf(o["properties"][modified].toString());
            if (!at.isValid())
                at = timestampOf(o["updatedAt"].toString());
            const qint64 ms = at.isValid() ? at.toMSecsSinceEpoch() : last;
            if (ms == last)
                ++atLast;
            else if (ms > last) {
                last = ms;
                atLast = 1;
            }
        }
        next.skip = (last == cursor.since ? cursor.skip : 0) + atLast;
        next.since = last;
        if (next.skip + m_pageSize > SearchCap) { // that many records in one millisecond: move on
            next.since = last + 1;
            next.skip = 0;
        }
        next.after.clear();
        page.cursor = next.toString();
        return page;
    }
    if (!next.after.isEmpty()) {
        page.cursor = next.toString();
        return page;
    }
    // This phase is over.
    if (cursor.phase == u"full" || cursor.phase == u"incremental") {
        next.phase = QStringLiteral("archived");
        next.after.clear();
        next.skip = 0;
        page.cursor = next.toString();
        return page;
    }
    // Archived records read: the pass is complete; the next one asks for what changed since.
    Cursor done;
    done.phase = QStringLiteral("incremental");
    done.since = std::max(cursor.passStart, cursor.from); // never backwards
    page.cursor = done.toString();
    page.done = true;
    return page;
}

std::optional<CrmError> HubSpotConnector::ensureProperty(const QString &name, const QString &label, const QString &type,
                                                         const QString &fieldType)
{
    if (m_propertiesEnsured.contains(name))
        return std::nullopt;
    m_http.setCancelFlag(cancelFlag());
    auto sent = m_http.send("GET", url(QStringLiteral("/crm/v3/properties/companies/") + name));
    if (auto *error = std::get_if<CrmError>(&sent))
        return *error;
    const HttpReply &reply = std::get<HttpReply>(sent);
    if (reply.status == 404) {
        const QJsonObject body { { QStringLiteral("name"), name },
                                 { QStringLiteral("label"), label },
                                 { QStringLiteral("type"), type },
                                 { QStringLiteral("fieldType"), fieldType },
                                 { QStringLiteral("groupName"), QStringLiteral("companyinformation") } };
        auto created = m_http.send("POST", url(QStringLiteral("/crm/v3/properties/companies")), QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (auto *error = std::get_if<CrmError>(&created))
            return *error;
        const HttpReply &made = std::get<HttpReply>(created);
        if ((made.status < 200 || made.status >= 300) && made.status != 409) // 409: created meanwhile
            return CrmError { CrmFailure::BadResponse,
                              tr("HubSpot refused to create the property %1 (HTTP %2: %3)").arg(name).arg(made.status).arg(hubspotError(made)) };
    } else if (reply.status < 200 || reply.status >= 300) {
        return CrmError { CrmFailure::BadResponse,
                          tr("HubSpot refused to show the property %1 (HTTP %2: %3)").arg(name).arg(reply.status).arg(hubspotError(reply)) };
    }
    m_propertiesEnsured << name;
    return std::nullopt;
}

std::optional<CrmError> HubSpotConnector::push(CrmObject object, const QList<CrmFieldUpdate> &updates)
{
    if (object != CrmObject::Companies)
        return CrmError { CrmFailure::Unsupported, tr("HubSpot write-back covers companies only") };
    bool writesHealth = false;
    for (const CrmFieldUpdate &u : updates)
        writesHealth = writesHealth || u.fields.contains(QStringLiteral("health_score")) || u.fields.contains(QStringLiteral("health_band"))
            || u.fields.contains(QStringLiteral("segment"));
    if (writesHealth) {
        if (auto e = ensureProperty(QStringLiteral("csm_health_score"), tr("Health score (CSM Workbench)"), QStringLiteral("number"), QStringLiteral("number")))
            return e;
        if (auto e = ensureProperty(QStringLiteral("csm_health_band"), tr("Health band (CSM Workbench)"), QStringLiteral("string"), QStringLiteral("text")))
            return e;
        if (auto e = ensureProperty(QStringLiteral("csm_segment"), tr("Segment (CSM Workbench)"), QStringLiteral("string"), QStringLiteral("text")))
            return e;
    }
    // The app's field names, as this portal calls them.
    const QHash<QString, QString> names { { QStringLiteral("health_score"), QStringLiteral("csm_health_score") },
                                          { QStringLiteral("health_band"), QStringLiteral("csm_health_band") },
                                          { QStringLiteral("segment"), QStringLiteral("csm_segment") },
                                          { QStringLiteral("name"), QStringLiteral("name") },
                                          { QStringLiteral("domain"), QStringLiteral("domain") },
                                          { QStringLiteral("owner_id"), QStringLiteral("hubspot_owner_id") },
                                          { QStringLiteral("arr"), m_arrProperty },
                                          { QStringLiteral("renewal_date"), m_renewalProperty },
                                          { QStringLiteral("lifecycle_stage"), m_stageProperty } };
    constexpr int Batch = 100;
    QList<CrmRecordIssue> rejected;
    QStringList why;
    int written = 0;
    for (qsizetype from = 0; from < updates.size(); from += Batch) {
        QJsonArray inputs;
        for (const CrmFieldUpdate &u : updates.mid(from, Batch)) {
            QJsonObject properties;
            for (auto it = u.fields.cbegin(); it != u.fields.cend(); ++it) {
                const QString name = names.value(it.key());
                if (name.isEmpty())
                    return CrmError { CrmFailure::Unsupported, tr("HubSpot has no property for the field %1").arg(it.key()) };
                QString value = it.value().toString();
                if (it.key() == u"renewal_date" && !value.isEmpty()) // date properties take midnight UTC
                    value = QString::number(QDateTime(QDate::fromString(value, Qt::ISODate), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
                properties.insert(name, value);
            }
            inputs.append(QJsonObject { { QStringLiteral("id"), u.recordId }, { QStringLiteral("properties"), properties } });
        }
        auto answer = getJson("POST", url(QStringLiteral("/crm/v3/objects/companies/batch/update")),
                              QJsonDocument(QJsonObject { { QStringLiteral("inputs"), inputs } }).toJson(QJsonDocument::Compact));
        if (auto *error = std::get_if<CrmError>(&answer))
            return *error;
        // 207: some were written, some not; say which and go on with the others.
        const QJsonObject result = std::get<QJsonObject>(answer);
        written += int(result.value(QLatin1String("results")).toArray().size());
        for (const QJsonValue &e : result.value(QLatin1String("errors")).toArray()) {
            const QJsonObject error = e.toObject();
            const QString message = error.value(QLatin1String("message")).toString();
            why << message;
            for (const QJsonValue &id : error.value(QLatin1String("context")).toObject().value(QLatin1String("ids")).toArray())
                rejected << CrmRecordIssue { CrmObject::Companies, id.toString(), tr("HubSpot did not take it: %1").arg(message) };
        }
    }
    if (why.isEmpty())
        return std::nullopt;
    const QString message = tr("HubSpot did not take %1 of the updates: %2").arg(std::max(rejected.size(), why.size())).arg(why.join(QStringLiteral("; ")));
    // Refused records it named, the others written: those are the only ones left to write.
    if (written > 0 && !rejected.isEmpty())
        return CrmError { CrmFailure::Rejected, message, rejected };
    return CrmError { CrmFailure::BadResponse, message };
}

} // namespace csm
