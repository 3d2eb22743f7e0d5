#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <variant>

namespace csm {

/// The kinds of CRM records the app reads, in the order a sync applies them (owners name the
/// accounts' owners; contacts and deals hang off companies).
enum class CrmObject : quint8 { Owners, Companies, Contacts, Deals };

inline constexpr std::array AllCrmObjects { CrmObject::Owners, CrmObject::Companies, CrmObject::Contacts, CrmObject::Deals };

/// "owners", "companies", "contacts", "deals".
QString crmObjectKey(CrmObject object);
std::optional<CrmObject> crmObjectFromKey(QStringView key);

/// One record as a connector read it, in the app's field names. The fields a connector fills:
///  - owners:    name, email
///  - companies: name (required), domain, owner_id, arr (decimal string), currency, renewal_date,
///               contract_start (YYYY-MM-DD), lifecycle_stage (app key), tags
///  - contacts:  name (required), email, title, role, champion ("true"/"false")
///  - deals:     name, amount (decimal string), currency, stage, close_date, closed, won
/// Contacts and deals name their companies in `companyIds`. A deleted (archived) record needs only
/// its id.
struct CrmRecord
{
    CrmObject object = CrmObject::Companies;
    QString id;
    QDateTime modifiedAt;
    bool deleted = false;
    QVariantMap fields;
    QStringList companyIds;
};

/// A record the connector could not read: skipped and reported, the rest go on.
struct CrmRecordIssue
{
    CrmObject object = CrmObject::Companies;
    QString recordId; ///< empty when even the id was unreadable
    QString reason;
};

/// One page of changes, and the cursor that resumes after it. The engine stores `cursor` in the
/// same transaction as the page's records, so a sync stopped anywhere resumes without a loss or a
/// duplicate.
struct CrmPage
{
    QList<CrmRecord> records;
    QList<CrmRecordIssue> issues;
    QString cursor;    ///< opaque to the engine; empty means "from the start"
    bool done = false; ///< no more changes for now
    int retries = 0;   ///< requests repeated for this page (rate limits, server errors, timeouts)
};

/// Fields of one record to write back to the CRM, in the app's field names:
///  - the app's own, written to custom fields the connector creates or names: health_score
///    (integer), health_band (red, amber, green), segment (high, mid, tech);
///  - CRM-owned fields edited in the app: name, domain, owner_id (the CRM's owner id), arr (decimal
///    string), renewal_date (YYYY-MM-DD), lifecycle_stage (app key).
struct CrmFieldUpdate
{
    QString recordId;
    QVariantMap fields;
};

/// What a connector needs to be told before it can connect.
struct ConnectorSetting
{
    enum class Kind : quint8 { Text, Url, File, Number };
    QString key;
    QString label;
    QString description;
    Kind kind = Kind::Text;
    QString defaultValue;
    bool required = false;
};

/// Where a CRM signs people in with OAuth 2.0 (authorization code flow).
struct OAuthEndpoints
{
    QUrl authorize; ///< opened in the browser
    QUrl token;     ///< exchanges the code, and later the refresh token, for an access token
    QString scope;
};

/// Why a connector failed, so the engine can say what to do: authenticate again, wait, or fix data.
/// Rejected: push() wrote every record but those it lists (a validation rule, a deleted record).
enum class CrmFailure : quint8 { None, Auth, RateLimited, Server, Network, BadResponse, Unsupported, Cancelled, Rejected };

/// A failure with its kind and a message that names the connection's CRM and what to do.
struct CrmError
{
    CrmError() = default;
    CrmError(CrmFailure failure, QString text, QList<CrmRecordIssue> refused = {})
        : kind(failure)
        , message(std::move(text))
        , rejected(std::move(refused))
    {
    }

    CrmFailure kind = CrmFailure::None;
    QString message;
    QList<CrmRecordIssue> rejected; ///< Rejected: the records the CRM refused, with its reason
};

/// A CRM the app syncs with: reads pages of changes since a cursor and writes fields back.
///
/// Contract:
///  - configure() is called once, before anything else, with the connection's settings and the
///    secret (a token, or an OAuthSecret whose refresh token it trades for an access token, on
///    the sync's thread) read from the keychain or an environment variable; connectors never
///    store or log the secret.
///  - Calls come from one worker thread (the sync's), one at a time; a connector may block on the
///    network, and checks `cancel` (when set) at least between requests.
///  - pull() returns the next page of records of `object` changed after `cursor` (empty: all of
///    them) with the cursor that resumes after that page; the same record may come twice (the
///    engine stores it once). It retries rate limits, server errors and timeouts itself, within
///    bounds, and fails with Auth on 401/403.
///  - push() writes fields of records back, creating the CRM fields it needs. When the CRM takes
///    some records and refuses others, it writes what it can and fails with Rejected, naming the
///    refused records; any other failure means nothing can be assumed written.
class CrmConnector
{
public:
    virtual ~CrmConnector() = default;

    virtual QString key() const = 0;
    virtual QString displayName() const = 0;
    virtual QList<ConnectorSetting> settings() const = 0;
    virtual QList<CrmObject> objects() const = 0;
    virtual bool canPush() const { return false; }
    /// Whether configure() needs a secret (a token); a connector reading files needs none.
    virtual bool needsSecret() const { return true; }
    /// Where to sign in with a browser (OAuth 2.0), for these settings; nullopt when the CRM takes
    /// pasted tokens only. The secret a sign-in gives (see OAuthSecret) is handed to configure(),
    /// which trades its refresh token for an access token.
    virtual std::optional<OAuthEndpoints> oauthEndpoints(const QVariantMap &settings) const
    {
        Q_UNUSED(settings)
        return std::nullopt;
    }

    virtual std::optional<CrmError> configure(const QVariantMap &settings, const QString &secret) = 0;
    virtual std::optional<CrmError> testConnection() = 0;
    virtual std::variant<CrmPage, CrmError> pull(CrmObject object, const QString &cursor) = 0;
    virtual std::optional<CrmError> push(CrmObject object, const QList<CrmFieldUpdate> &updates);

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

protected:
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    const std::atomic_bool *cancelFlag() const { return m_cancel; }

private:
    const std::atomic_bool *m_cancel = nullptr;
};

/// Makes connectors of one kind. Built-in factories register themselves; third-party ones are Qt
/// plugins (a QObject implementing this interface, with Q_PLUGIN_METADATA naming
/// CsmCrmConnectorFactory_iid and a plugin.json {"key": ..., "name": ...}).
class CrmConnectorFactory
{
public:
    virtual ~CrmConnectorFactory() = default;
    virtual QString key() const = 0;
    virtual QString displayName() const = 0;
    virtual std::unique_ptr<CrmConnector> create() const = 0;
};

} // namespace csm

#define CsmCrmConnectorFactory_iid "org.csm-workbench.CrmConnectorFactory/1.0"
Q_DECLARE_INTERFACE(csm::CrmConnectorFactory, CsmCrmConnectorFactory_iid)
