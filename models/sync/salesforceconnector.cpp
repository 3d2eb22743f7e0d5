#include "salesforceconnector.h"

#include "oauth.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

namespace csm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("csm::SalesforceConnector", text);
}

/// The error entries of a Salesforce error body: `[{"message": ..., "errorCode": ...}]`.
QJsonArray errorEntries(const HttpReply &reply)
{
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return QJsonArray { doc.object() };
    return {};
}

QStringList errorCodes(const HttpReply &reply)
{
    QStringList codes;
    for (const QJsonValue &e : errorEntries(reply))
        codes << e.toObject().value(QLatin1String("errorCode")).toString();
    return codes;
}

/// Salesforce's own words for an error: "errorCode: message" of each entry of its JSON error body
/// (or an OAuth error's "error: error_description").
QString salesforceError(const HttpReply &reply)
{
    QStringList parts;
    for (const QJsonValue &value : errorEntries(reply)) {
        const QJsonObject e = value.toObject();
        QString code = e.value(QLatin1String("errorCode")).toString();
        QString message = e.value(QLatin1String("message")).toString().simplified();
        if (code.isEmpty() && message.isEmpty()) { // OAuth's shape
            code = e.value(QLatin1String("error")).toString();
            message = e.value(QLatin1String("error_description")).toString().simplified();
        }
        if (!code.isEmpty() || !message.isEmpty())
            parts << (code.isEmpty() ? message : message.isEmpty() ? code : code + QStringLiteral(": ") + message);
    }
    return parts.isEmpty() ? QString::fromUtf8(reply.body.left(200)).simplified() : parts.join(QStringLiteral("; "));
}


bool isFieldName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

QJsonValue nullOr(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

SalesforceConnector::SalesforceConnector()
    : m_http(QStringLiteral("Salesforce"))
{
    // Salesforce says "limit" with a 403 and REQUEST_LIMIT_EXCEEDED; it documents no Retry-After,
    // so back off by the policy unless one is there (as a proxy's 429 may have).
    m_http.setRateLimitRule([](const HttpReply &reply) -> std::optional<int> {
        if (reply.status != 429 && !(reply.status == 403 && errorCodes(reply).contains(QStringLiteral("REQUEST_LIMIT_EXCEEDED"))))
            return std::nullopt;
        bool ok = false;
        const double seconds = reply.header("retry-after").trimmed().toDouble(&ok);
        if (ok && seconds >= 0)
            return int(seconds * 1000);
        return -1;
    });
    m_http.setErrorReader(salesforceError);
}

QList<std::pair<QString, QString>> SalesforceConnector::writeBackFields()
{
    return { { QStringLiteral("CSM_Health_Score__c"), QStringLiteral("Number(3, 0)") },
             { QStringLiteral("CSM_Health_Band__c"), QStringLiteral("Text(16)") },
             { QStringLiteral("CSM_Segment__c"), QStringLiteral("Text(32)") } };
}

QList<ConnectorSetting> SalesforceConnector::settings() const
{
    using K = ConnectorSetting::Kind;
    return {
        { QStringLiteral("base_url"), tr("Instance address"),
          tr("The instance_url of the org, such as https://yourcompany.my.salesforce.com"), K::Url, QString(), true },
        { QStringLiteral("api_version"), tr("API version"), tr("Such as v59.0"), K::Text, QStringLiteral("v59.0"), false },
        { QStringLiteral("login_url"), tr("Sign-in address"),
          tr("For Sign In with Browser: https://login.salesforce.com, test.salesforce.com for sandboxes, or My Domain"), K::Url,
          QStringLiteral("https://login.salesforce.com"), false },
        { QStringLiteral("arr_field"), tr("ARR field"), tr("The Account field holding ARR (API name)"), K::Text,
          QStringLiteral("AnnualRevenue"), false },
        { QStringLiteral("renewal_field"), tr("Renewal date field"), tr("An Account date field (API name)"), K::Text,
          QStringLiteral("Renewal_Date__c"), false },
        { QStringLiteral("contract_start_field"), tr("Contract start field"), tr("An Account date field (API name)"), K::Text,
          QStringLiteral("Contract_Start_Date__c"), false },
        { QStringLiteral("stage_field"), tr("Lifecycle stage field"),
          tr("An Account field holding Onboarding, Adoption, Expansion, Renewal or Advocacy"), K::Text,
          QStringLiteral("CS_Lifecycle_Stage__c"), false },
        { QStringLiteral("currency_field"), tr("Currency field"),
          tr("CurrencyIsoCode in orgs with several currencies; empty: every amount is in USD"), K::Text, QString(), false },
        { QStringLiteral("batch_size"), tr("Records per page"), tr("200 to 2000"), K::Number, QStringLiteral("2000"), false },
        { QStringLiteral("timeout_ms"), tr("Timeout per request (ms)"), {}, K::Number, QStringLiteral("30000"), false },
        { QStringLiteral("max_retries"), tr("Retries per request"), {}, K::Number, QStringLiteral("5"), false },
        { QStringLiteral("retry_base_ms"), tr("First retry after (ms)"), {}, K::Number, QStringLiteral("500"), false },
    };
}

std::optional<CrmError> SalesforceConnector::configure(const QVariantMap &settings, const QString &secret)
{
    const auto value = [&](const char *key, const QString &fallback) {
        const QString v = settings.value(QLatin1String(key)).toString().trimmed();
        return v.isEmpty() ? fallback : v;
    };
    m_baseUrl = value("base_url", QString());
    while (m_baseUrl.endsWith(u'/'))
        m_baseUrl.chop(1);
    if (m_baseUrl.isEmpty())
        return CrmError { CrmFailure::Unsupported,
                          tr("Salesforce needs the org's instance address (its instance_url), such as "
                             "https://yourcompany.my.salesforce.com") };
    const QUrl base(m_baseUrl);
    if (!base.isValid() || (base.scheme() != u"https" && base.scheme() != u"http") || base.host().isEmpty())
        return CrmError { CrmFailure::Unsupported, tr("'%1' is not an http(s) address").arg(m_baseUrl) };
    if (secret.trimmed().isEmpty())
        return CrmError { CrmFailure::Auth, tr("Salesforce needs an OAuth access token of a connected app") };

    m_version = value("api_version", QStringLiteral("v59.0"));
    if (!m_version.startsWith(u'v'))
        m_version.prepend(u'v');
    static const QRegularExpression version(QStringLiteral("^v\\d{2,3}\\.\\d$"));
    if (!version.match(m_version).hasMatch())
        return CrmError { CrmFailure::Unsupported, tr("'%1' is not a Salesforce API version such as v59.0").arg(m_version) };

    m_arrField = value("arr_field", QStringLiteral("AnnualRevenue"));
    m_renewalField = value("renewal_field", QStringLiteral("Renewal_Date__c"));
    m_contractStartField = value("contract_start_field", QStringLiteral("Contract_Start_Date__c"));
    m_stageField = value("stage_field", QStringLiteral("CS_Lifecycle_Stage__c"));
    m_currencyField = value("currency_field", QString());
    for (const QString &field : { m_arrField, m_renewalField, m_contractStartField, m_stageField, m_currencyField })
        if (!field.isEmpty() && !isFieldName(field))
            return CrmError { CrmFailure::Unsupported, tr("'%1' is not a Salesforce field's API name").arg(field) };

    m_batchSize = std::clamp(value("batch_size", QStringLiteral("2000")).toInt(), 200, 2000);
    m_http.setExtraHeaders({ { QByteArray("Sforce-Query-Options"), "batchSize=" + QByteArray::number(m_batchSize) } });
    RetryPolicy policy;
    policy.timeoutMs = std::max(100, value("timeout_ms", QStringLiteral("30000")).toInt());
    policy.maxRetries = std::clamp(value("max_retries", QStringLiteral("5")).toInt(), 0, 20);
    policy.baseDelayMs = std::max(0, value("retry_base_ms", QStringLiteral("500")).toInt());
    m_http.setPolicy(policy);
    // Signed in with OAuth: the refresh token is traded for an access token, and the org's
    // instance address comes with it (orgs move between instances).
    if (const auto oauth = OAuthSecret::parse(secret)) {
        QVariantMap extra;
        auto access = refreshAccessToken(m_http, *oauth, &extra);
        if (auto *error = std::get_if<CrmError>(&access))
            return *error;
        const QUrl instance(extra.value(QStringLiteral("instance_url")).toString());
        if (instance.isValid() && (instance.scheme() == u"https" || instance.scheme() == u"http") && !instance.host().isEmpty()) {
            m_baseUrl = instance.toString();
            while (m_baseUrl.endsWith(u'/'))
                m_baseUrl.chop(1);
        }
        m_http.setBearerToken(std::get<QString>(access));
        return std::nullopt;
    }
    m_http.setBearerToken(secret.trimmed()); // also drops a request started with another token
    return std::nullopt;
}

std::optional<OAuthEndpoints> SalesforceConnector::oauthEndpoints(const QVariantMap &settings) const
{
    QString login = settings.value(QStringLiteral("login_url")).toString().trimmed();
    if (login.isEmpty())
        login = QStringLiteral("https://login.salesforce.com");
    while (login.endsWith(u'/'))
        login.chop(1);
    return OAuthEndpoints { QUrl(login + QStringLiteral("/services/oauth2/authorize")), QUrl(login + QStringLiteral("/services/oauth2/token")),
                            QStringLiteral("api refresh_token") };
}

QString SalesforceConnector::dataPath(const QString &rest) const
{
    return QStringLiteral("/services/data/") + m_version + rest;
}

QUrl SalesforceConnector::queryUrl(bool all, const QString &soql) const
{
    QUrl u(m_baseUrl + dataPath(all ? QStringLiteral("/queryAll") : QStringLiteral("/query")));
    u.setQuery(QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(soql)));
    return u;
}

std::optional<QUrl> SalesforceConnector::nextUrl(const QString &next) const
{
    if (next.startsWith(u'/') && !next.startsWith(QStringLiteral("//")))
        return QUrl(m_baseUrl + next);
    // An absolute address is followed only to the instance itself: the token goes nowhere else.
    const QUrl u(next);
    const QUrl base(m_baseUrl);
    if (u.isValid() && u.scheme() == base.scheme() && u.host().compare(base.host(), Qt::CaseInsensitive) == 0
        && u.port(u.scheme() == u"https" ? 443 : 80) == base.port(base.scheme() == u"https" ? 443 : 80))
        return u;
    return std::nullopt;
}

QStringList SalesforceConnector::fields(CrmObject object) const
{
    QStringList wanted;
    switch (object) {
    case CrmObject::Owners:
        wanted = { QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("IsActive") };
        break;
    case CrmObject::Companies:
        wanted = { QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Website"), QStringLiteral("OwnerId"),
                   m_arrField, m_renewalField, m_contractStartField, m_stageField, m_currencyField,
                   QStringLiteral("SystemModstamp"), QStringLiteral("IsDeleted") };
        break;
    case CrmObject::Contacts:
        wanted = { QStringLiteral("Id"), QStringLiteral("AccountId"), QStringLiteral("FirstName"), QStringLiteral("LastName"),
                   QStringLiteral("Email"), QStringLiteral("Title"), QStringLiteral("SystemModstamp"), QStringLiteral("IsDeleted") };
        break;
    case CrmObject::Deals:
        wanted = { QStringLiteral("Id"), QStringLiteral("AccountId"), QStringLiteral("Name"), QStringLiteral("Amount"),
                   QStringLiteral("StageName"), QStringLiteral("CloseDate"), QStringLiteral("IsClosed"), QStringLiteral("IsWon"),
                   m_currencyField, QStringLiteral("SystemModstamp"), QStringLiteral("IsDeleted") };
        break;
    }
    // A field selected twice is a SOQL error: settings naming the same field once each.
    QStringList out;
    for (const QString &f : std::as_const(wanted))
        if (!f.isEmpty() && !out.contains(f, Qt::CaseInsensitive))
            out << f;
    return out;
}

QString SalesforceConnector::soql(CrmObject object, const Cursor &cursor) const
{
    static const char *const sobjects[] = { "User", "Account", "Contact", "Opportunity" };
    QString q = QStringLiteral("SELECT ") + fields(object).join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
        + QLatin1String(sobjects[int(object)]);
    if (object == CrmObject::Owners)
        return q + QStringLiteral(" ORDER BY Id");
    if (cursor.phase == u"incremental") {
        // SOQL datetime literals are whole seconds, unquoted: round the bound down, never up.
        const qint64 bound = cursor.since - cursor.since % 1000;
        q += QStringLiteral(" WHERE SystemModstamp >= ")
            + QDateTime::fromMSecsSinceEpoch(bound, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    }
    return q + QStringLiteral(" ORDER BY SystemModstamp, Id");
}

QUrl SalesforceConnector::passUrl(CrmObject object, const Cursor &cursor) const
{
    // Later passes use queryAll: it also returns the records deleted since, with IsDeleted set.
    return queryUrl(object != CrmObject::Owners && cursor.phase == u"incremental", soql(object, cursor));
}

std::optional<CrmError> SalesforceConnector::getPage(const QUrl &url, bool *refused)
{
    m_http.setCancelFlag(cancelFlag());
    auto sent = m_http.send("GET", url);
    if (auto *error = std::get_if<CrmError>(&sent))
        return *error;
    const HttpReply &reply = std::get<HttpReply>(sent);
    if (reply.status < 200 || reply.status >= 300) {
        if (refused)
            *refused = reply.status == 400 || reply.status == 404;
        QString message = tr("Salesforce refused GET %1 (HTTP %2: %3)").arg(url.path()).arg(reply.status).arg(salesforceError(reply));
        const QStringList codes = errorCodes(reply);
        if (codes.contains(QStringLiteral("INVALID_FIELD")) || codes.contains(QStringLiteral("INVALID_TYPE")))
            message += QStringLiteral(". ")
                + tr("Check that the fields the connection's settings name exist in this org, by their API names "
                     "(such as Renewal_Date__c)");
        return CrmError { CrmFailure::BadResponse, message };
    }
    QJsonParseError parseError;
    if (!m_page.read(reply.body, &parseError))
        return CrmError { CrmFailure::BadResponse,
                          tr("Salesforce answered %1 with something that is not a JSON object (%2 at byte %3); nothing "
                             "of it was applied")
                              .arg(url.path(), parseError.errorString())
                              .arg(parseError.offset) };
    if (!m_page.root().isObject())
        return CrmError { CrmFailure::BadResponse,
                          tr("Salesforce answered %1 with JSON that is not a JSON object; nothing of it was applied").arg(url.path()) };
    return std::nullopt;
}

std::optional<CrmError> SalesforceConnector::testConnection()
{
    // The account fields the settings name, so a misnamed one shows now rather than at the sync.
    return getPage(queryUrl(false, QStringLiteral("SELECT ") + fields(CrmObject::Companies).join(QStringLiteral(", "))
                                       + QStringLiteral(" FROM Account LIMIT 1")));
}

QString SalesforceConnector::Cursor::toString() const
{
    return QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("phase"), phase },
                                                        { QStringLiteral("next"), next },
                                                        { QStringLiteral("since"), QString::number(since) },
                                                        { QStringLiteral("pass_start"), QString::number(passStart) } })
                                 .toJson(QJsonDocument::Compact));
}

SalesforceConnector::Cursor SalesforceConnector::Cursor::fromString(const QString &text)
{
    Cursor c;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (o.isEmpty())
        return c;
    c.phase = o.value(QLatin1String("phase")).toString(c.phase);
    c.next = o.value(QLatin1String("next")).toString();
    c.since = o.value(QLatin1String("since")).toString().toLongLong();
    c.passStart = o.value(QLatin1String("pass_start")).toString().toLongLong();
    return c;
}

std::variant<CrmPage, CrmError> SalesforceConnector::pull(CrmObject object, const QString &cursorText)
{
    Cursor cursor = Cursor::fromString(cursorText);
    if (object == CrmObject::Owners) {
        cursor.phase = QStringLiteral("owners");
    } else {
        if (cursor.phase != u"incremental")
            cursor.phase = QStringLiteral("full");
        if (cursor.passStart == 0) // a pass begins
            cursor.passStart = QDateTime::currentMSecsSinceEpoch() - OverlapMs;
    }

    std::optional<CrmError> failed;
    bool refused = false;
    const std::optional<QUrl> resume = cursor.next.isEmpty() ? std::nullopt : nextUrl(cursor.next);
    if (resume)
        failed = getPage(*resume, &refused);
    if (!resume || refused) {
        // A new pass, or the page a stored cursor points at is gone (query locators expire and
        // are released): read this pass again from its lower bound; records seen again are
        // stored once.
        cursor.next.clear();
        failed = getPage(passUrl(object, cursor));
    }
    if (failed)
        return *failed;
    const JsonText::Value answer = m_page.root();
    const JsonText::Value records = answer["records"];
    if (!records.isArray())
        return CrmError { CrmFailure::BadResponse,
                          tr("Salesforce's answer for %1 has no list of records; nothing of it was applied").arg(crmObjectKey(object)) };

    CrmPage page;
    page.retries = m_http.takeRetries();
    const QString next = answer["nextRecordsUrl"].toString();
    if (!answer["done"].toBool(next.isEmpty())) {
        if (next.isEmpty())
            return CrmError { CrmFailure::BadResponse,
                              tr("Salesforce said more %1 follow but sent no nextRecordsUrl; nothing of the page was applied")
                                  .arg(crmObjectKey(object)) };
        const std::optional<QUrl> url = nextUrl(next);
        if (!url)
            return CrmError { CrmFailure::BadResponse,
                              tr("Salesforce sent the next page of %1 on another host (%2); it was not followed, and nothing "
                                 "of the page was applied")
                                  .arg(crmObjectKey(object), next) };
        Cursor more = cursor;
        more.next = next;
        page.cursor = more.toString();
        // Ask for the next page now: it travels while this one is read and stored.
        m_http.prefetch("GET", *url);
        readRecords(object, records, page);
        return page;
    }
    readRecords(object, records, page);
    page.done = true;
    if (object == CrmObject::Owners)
        return page; // owners are read whole every time
    // The pass is complete; the next one asks for what changed since this one began.
    Cursor done;
    done.phase = QStringLiteral("incremental");
    done.since = std::max(cursor.passStart, cursor.since); // never backwards
    page.cursor = done.toString();
    return page;
}

std::optional<CrmError> SalesforceConnector::push(CrmObject object, const QList<CrmFieldUpdate> &updates)
{
    if (object != CrmObject::Companies)
        return CrmError { CrmFailure::Unsupported, tr("Salesforce write-back covers accounts only") };
    // The app's field names, as this org calls them.
    const QHash<QString, QString> names { { QStringLiteral("health_score"), QStringLiteral("CSM_Health_Score__c") },
                                          { QStringLiteral("health_band"), QStringLiteral("CSM_Health_Band__c") },
                                          { QStringLiteral("segment"), QStringLiteral("CSM_Segment__c") },
                                          { QStringLiteral("name"), QStringLiteral("Name") },
                                          { QStringLiteral("domain"), QStringLiteral("Website") },
                                          { QStringLiteral("owner_id"), QStringLiteral("OwnerId") },
                                          { QStringLiteral("arr"), m_arrField },
                                          { QStringLiteral("renewal_date"), m_renewalField },
                                          { QStringLiteral("lifecycle_stage"), m_stageField } };
    const auto toWire = [](const QString &key, const QVariant &value) -> QJsonValue {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return QJsonValue(QJsonValue::Null); // Salesforce clears a field set to null
        if (key == u"health_score" || key == u"arr") {
            bool ok = false;
            const double number = text.toDouble(&ok);
            return ok ? QJsonValue(number) : QJsonValue(text);
        }
        if (key == u"lifecycle_stage") // picklist values as people write them: Onboarding, Renewal…
            return QJsonValue(text.left(1).toUpper() + text.mid(1));
        return nullOr(text);
    };
    const QUrl url(m_baseUrl + dataPath(QStringLiteral("/composite/sobjects")));
    const auto missingFieldsHint = [](const QSet<QString> &missing) {
        QStringList list;
        for (const auto &[name, type] : writeBackFields())
            if (missing.isEmpty() || missing.contains(name))
                list << QStringLiteral("%1 (%2)").arg(name, type);
        return tr("Create the custom fields %1 on Account in Salesforce Setup (Object Manager, Account, Fields & "
                  "Relationships) and give the connected app's user access to them; the REST API cannot create fields.")
            .arg(list.join(QStringLiteral(", ")));
    };
    const auto csmFieldsIn = [&](const QString &text, QSet<QString> &missing) {
        for (const auto &[name, type] : writeBackFields())
            if (text.contains(name, Qt::CaseInsensitive))
                missing << name;
    };

    int failed = 0;
    int written = 0;
    bool stopped = false;
    qsizetype attempted = 0;
    QList<CrmRecordIssue> rejected;
    QStringList why;
    QSet<QString> missing;
    bool fieldsMissing = false;
    for (qsizetype from = 0; from < updates.size(); from += CompositeBatch) {
        const QList<CrmFieldUpdate> chunk = updates.mid(from, CompositeBatch);
        QJsonArray records;
        for (const CrmFieldUpdate &u : chunk) {
            QJsonObject record { { QStringLiteral("attributes"), QJsonObject { { QStringLiteral("type"), QStringLiteral("Account") } } },
                                 { QStringLiteral("id"), u.recordId } };
            for (auto it = u.fields.cbegin(); it != u.fields.cend(); ++it) {
                const QString name = names.value(it.key());
                if (name.isEmpty())
                    return CrmError { CrmFailure::Unsupported, tr("Salesforce has no field for %1").arg(it.key()) };
                record.insert(name, toWire(it.key(), it.value()));
            }
            records.append(record);
        }
        const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("allOrNone"), false }, { QStringLiteral("records"), records } })
                                    .toJson(QJsonDocument::Compact);
        m_http.setCancelFlag(cancelFlag());
        auto sent = m_http.send("PATCH", url, body);
        if (auto *error = std::get_if<CrmError>(&sent))
            return *error;
        const HttpReply &reply = std::get<HttpReply>(sent);
        if (reply.status < 200 || reply.status >= 300) {
            QString message = tr("Salesforce refused PATCH %1 (HTTP %2: %3)").arg(url.path()).arg(reply.status).arg(salesforceError(reply));
            if (errorCodes(reply).contains(QStringLiteral("INVALID_FIELD"))) {
                QSet<QString> named;
                csmFieldsIn(salesforceError(reply), named);
                if (!named.isEmpty())
                    message += QStringLiteral(". ") + missingFieldsHint(named);
            }
            return CrmError { CrmFailure::BadResponse, message };
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isArray())
            return CrmError { CrmFailure::BadResponse,
                              tr("Salesforce answered %1 with something that is not a JSON array of results; whether the "
                                 "updates were written is unknown")
                                  .arg(url.path()) };
        attempted += chunk.size();
        const QJsonArray results = doc.array();
        int taken = 0;
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const QJsonObject result = results.at(i).toObject();
            if (result.value(QLatin1String("success")).toBool()) {
                ++taken;
                continue;
            }
            ++failed;
            QStringList reasons;
            for (const QJsonValue &e : result.value(QLatin1String("errors")).toArray()) {
                const QJsonObject error = e.toObject();
                const QString code = error.value(QLatin1String("statusCode")).toString();
                const QString message = error.value(QLatin1String("message")).toString().simplified();
                reasons << (code.isEmpty() ? message : code + QStringLiteral(": ") + message);
                if (code == u"INVALID_FIELD" || message.contains(QStringLiteral("No such column"), Qt::CaseInsensitive)) {
                    QString named = message;
                    for (const QJsonValue &f : error.value(QLatin1String("fields")).toArray())
                        named += u' ' + f.toString();
                    const qsizetype before = missing.size();
                    csmFieldsIn(named, missing);
                    fieldsMissing = fieldsMissing || missing.size() > before;
                }
            }
            if (results.at(i).isUndefined())
                reasons << tr("no result for it");
            rejected << CrmRecordIssue { CrmObject::Companies, chunk.at(i).recordId,
                                         tr("Salesforce did not take it: %1").arg(reasons.join(QStringLiteral("; "))) };
            if (why.size() < 5)
                why << QStringLiteral("%1 (%2)").arg(chunk.at(i).recordId, reasons.join(QStringLiteral("; ")));
        }
        written += taken;
        if (taken == 0 && from + CompositeBatch < updates.size()) {
            stopped = true;
            break; // nothing of this chunk was written: the rest would fare no better
        }
    }
    if (failed == 0)
        return std::nullopt;
    const qsizetype notWritten = failed + (updates.size() - attempted);
    QString message = tr("Salesforce did not take %1 of the %2 updates: %3")
                          .arg(notWritten)
                          .arg(updates.size())
                          .arg(why.join(QStringLiteral(", ")) + (notWritten > why.size() ? QStringLiteral(", …") : QString()));
    if (fieldsMissing)
        message += QStringLiteral(". ") + missingFieldsHint(missing);
    // Some taken, some refused one by one: the refused ones are named, the rest is written.
    if (written > 0 && !stopped && !fieldsMissing)
        return CrmError { CrmFailure::Rejected, message, rejected };
    return CrmError { CrmFailure::BadResponse, message };
}

} // namespace csm
