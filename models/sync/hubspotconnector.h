#pragma once

#include "crmconnector.h"
#include "crmhttp.h"
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace csm {

/// HubSpot's CRM API v3: companies, contacts, deals and owners.
///
/// The first sync lists every record (`GET /crm/v3/objects/{type}`, paged with `after`, with the
/// company associations of contacts and deals), then the archived ones (which become deletions).
/// Later syncs ask the search endpoint for records modified since the previous pass began, less a
/// margin (`hs_lastmodifieddate`; `lastmodifieddate` for contacts), oldest first, and go on from
/// the last modification read rather than by position, so edits made meanwhile are not stepped
/// over and the search's 10,000-result cap is never reached. Owners are small and listed
/// whole each time. Health, band and segment are written back to company properties, created
/// when missing, with batch updates.
class HubSpotConnector final : public CrmConnector
{
public:
    HubSpotConnector();

    QString key() const override { return QStringLiteral("hubspot"); }
    QString displayName() const override { return QStringLiteral("HubSpot"); }
    QList<ConnectorSetting> settings() const override;
    QList<CrmObject> objects() const override { return { AllCrmObjects.begin(), AllCrmObjects.end() }; }
    bool canPush() const override { return true; }

    std::optional<CrmError> configure(const QVariantMap &settings, const QString &secret) override;
    std::optional<CrmError> testConnection() override;
    std::variant<CrmPage, CrmError> pull(CrmObject object, const QString &cursor) override;
    std::optional<CrmError> push(CrmObject object, const QList<CrmFieldUpdate> &updates) override;
    std::optional<OAuthEndpoints> oauthEndpoints(const QVariantMap &settings) const override;

    /// The search endpoint returns at most this many results for one query.
    static constexpr int SearchCap = 10'000;
    /// A pass asks for what changed since the previous pass began, less this: changes made while a
    /// pass ran, clocks that disagree and HubSpot's search index catching up are all covered, and
    /// the records seen twice are stored once.
    static constexpr qint64 OverlapMs = 10 * 60 * 1000;

private:
    struct Cursor
    {
        QString phase = QStringLiteral("full"); ///< full, archived, incremental
        QString after;      ///< the list's paging cursor
        qint64 since = 0;   ///< ms since the epoch: where the incremental search goes on (GTE)
        int skip = 0;       ///< records at exactly `since` already read
        qint64 from = 0;    ///< this pass's lower bound: archived records older than it were seen before
        qint64 passStart = 0; ///< when this pass began, less the margin; where the next pass starts
        QString toString() const;
        static Cursor fromString(const QString &text);
    };

    QUrl url(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;
    QString objectPath(CrmObject object) const;
    /// A page of the list endpoint, live or archived records, after `after`.
    QUrl listUrl(CrmObject object, bool archived, const QString &after) const;
    QString modifiedProperty(CrmObject object) const;
    QStringList properties(CrmObject object) const;
    std::variant<CrmPage, CrmError> pullOwners(const Cursor &cursor);
    /// A 2xx answer, or why there is none.
    std::variant<HttpReply, CrmError> sendOk(const QByteArray &method, const QUrl &url, const QByteArray &body = {});
    static CrmError notJson(const QUrl &url, const QJsonParseError &parseError);
    std::variant<QJsonObject, CrmError> getJson(const QByteArray &method, const QUrl &url, const QByteArray &body = {});
    /// A page of records, read into m_page: the pages are the bulk of a sync, read without a
    /// tree of QJsonValues.
    std::optional<CrmError> getPage(const QByteArray &method, const QUrl &url, const QByteArray &body = {});
    void readResults(CrmObject object, const JsonText::Value &results, CrmPage &page, Cursor &cursor, bool archived) const;
    std::optional<CrmError> addAssociations(CrmObject object, CrmPage &page);
    std::optional<CrmError> ensureProperty(const QString &name, const QString &label, const QString &type, const QString &fieldType);

    CrmHttp m_http;
    QString m_baseUrl;
    int m_pageSize = 100;
    QString m_arrProperty;
    QString m_renewalProperty;
    QString m_contractStartProperty;
    QString m_stageProperty;
    QString m_currencyProperty;
    QByteArray m_arrKey; ///< the properties above as the JSON names them (UTF-8)
    QByteArray m_renewalKey;
    QByteArray m_contractStartKey;
    QByteArray m_stageKey;
    QByteArray m_currencyKey;
    JsonText m_page; ///< the page pull() read last
    QStringList m_propertiesEnsured;
};

} // namespace csm
