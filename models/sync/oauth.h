#pragma once

#include "crmconnector.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QOAuth2AuthorizationCodeFlow;

namespace csm {

class CrmHttp;

/// What the keychain keeps for a connection signed in with OAuth: the refresh token and what is
/// needed to use it. Stored as compact JSON in place of a plain access token; a connector that
/// gets one trades the refresh token for a fresh access token before its first request.
struct OAuthSecret
{
    QString accessToken;
    QString refreshToken;
    QString clientId;
    QString clientSecret;
    QUrl tokenUrl;

    /// nullopt when `text` is a plain token rather than an OAuth secret.
    static std::optional<OAuthSecret> parse(const QString &text);
    QString toString() const;
};

/// Trades `secret`'s refresh token for an access token (blocking, through `http`). A refused
/// refresh token is an Auth error: the person has to sign in again. `extra` receives the other
/// fields of the answer (Salesforce's instance_url).
std::variant<QString, CrmError> refreshAccessToken(CrmHttp &http, const OAuthSecret &secret, QVariantMap *extra = nullptr);

/// The browser sign-in: listens on loopback for the CRM's redirect, asks for the browser to open
/// the authorization page, exchanges the code for tokens, and hands back the secret to keep.
/// Runs on the UI thread; nothing blocks.
class OAuthSignIn final : public QObject
{
    Q_OBJECT

public:
    /// `port` 0 picks a free one; CRMs that want the redirect address registered need a fixed one.
    OAuthSignIn(OAuthEndpoints endpoints, QString clientId, QString clientSecret, quint16 port = 0, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    /// Starts listening and emits openBrowser(); false (with failed()) when it cannot listen.
    bool start();
    /// The address the CRM redirects to.
    QString redirectUri() const;

signals:
    /// Open this page in the browser (QDesktopServices in the app; a test fetches it).
    void openBrowser(const QUrl &url);
    /// Signed in: the secret to store in the keychain, and the other fields of the token answer.
    void succeeded(const csm::OAuthSecret &secret, const QVariantMap &extra);
    void failed(const QString &message);

private:
    OAuthEndpoints m_endpoints;
    QString m_clientId;
    QString m_clientSecret;
    quint16 m_port;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    bool m_done = false;
};

} // namespace csm

Q_DECLARE_METATYPE(csm::OAuthSecret)
