#pragma once

#include "crmconnector.h"
#include "crmhttp.h"
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace csm {

/// Salesforce's REST API: accounts, contacts, opportunities and the users who own them.
///
/// Records are read with SOQL through the query resource, ordered by SystemModstamp and Id and
/// paged with the `nextRecordsUrl` Salesforce hands back. The first sync reads every record; later
/// syncs ask `queryAll` for the records whose SystemModstamp is at or after the moment the previous
/// pass began, less a margin, so deletions (IsDeleted) come too and edits made while a pass ran are
/// read by the next one. Users are few and read whole each time. Health, band and segment, and
/// account fields edited in the app, are written back with composite sObject collections; the
/// REST API cannot create fields, so the CSM_* custom fields have to exist on Account.
class SalesforceConnector final : public CrmConnector
{
public:
    SalesforceConnector();

    QString key() const override { return QStringLiteral("salesforce"); }
    QString displayName() const override { return QStringLiteral("Salesforce"); }
    QList<ConnectorSetting> settings() const override;
    QList<CrmObject> objects() const override { return { AllCrmObjects.begin(), AllCrmObjects.end() }; }
    bool canPush() const override { return true; }

    std::optional<CrmError> configure(const QVariantMap &settings, const QString &secret) override;
    std::optional<CrmError> testConnection() override;
    std::variant<CrmPage, CrmError> pull(CrmObject object, const QString &cursor) override;
    std::optional<CrmError> push(CrmObject object, const QList<CrmFieldUpdate> &updates) override;
    std::optional<OAuthEndpoints> oauthEndpoints(const QVariantMap &settings) const override;

    /// A pass asks for what changed since the previous pass began, less this: changes made while a
    /// pass ran, clocks that disagree and SystemModstamp's whole seconds are all covered, and the
    /// records seen twice are stored once.
    static constexpr qint64 OverlapMs = 10 * 60 * 1000;
    /// Records per composite sObject collection request, Salesforce's limit.
    static constexpr int CompositeBatch = 200;
    /// The Account custom fields write-back needs, with their Salesforce types.
    static QList<std::pair<QString, QString>> writeBackFields();

private:
    struct Cursor
    {
        QString phase = QStringLiteral("full"); ///< owners, full, incremental
        QString next;         ///< the nextRecordsUrl that resumes this pass (relative)
        qint64 since = 0;     ///< ms since the epoch: this pass's lower bound (incremental)
        qint64 passStart = 0; ///< when this pass began, less the margin; where the next pass starts
        QString toString() const;
        static Cursor fromString(const QString &text);
    };

    QString dataPath(const QString &rest) const;
    QUrl queryUrl(bool all, const QString &soql) const;
    /// A nextRecordsUrl made absolute; nullopt when it points at another host.
    std::optional<QUrl> nextUrl(const QString &next) const;
    QStringList fields(CrmObject object) const;
    QString soql(CrmObject object, const Cursor &cursor) const;
    /// The first page of the pass `cursor` is in.
    QUrl passUrl(CrmObject object, const Cursor &cursor) const;
    /// GETs a JSON object into m_page; `refused` is set when Salesforce answered 400 or 404.
    std::optional<CrmError> getPage(const QUrl &url, bool *refused = nullptr);
    void readRecords(CrmObject object, const JsonText::Value &records, CrmPage &page) const;

    CrmHttp m_http;
    QString m_baseUrl;
    QString m_version;
    int m_batchSize = 2000;
    QString m_arrField;
    QString m_renewalField;
    QString m_contractStartField;
    QString m_stageField;
    QString m_currencyField;
    JsonText m_page; ///< the page pull() read last
};

} // namespace csm
