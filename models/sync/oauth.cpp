#include "oauth.h"

#include "crmhttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QUrlQuery>

namespace csm {

std::optional<OAuthSecret> OAuthSecret::parse(const QString &text)
{
    if (!text.trimmed().startsWith(u'{'))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (o.value(QLatin1String("refresh_token")).toString().isEmpty())
        return std::nullopt;
    OAuthSecret s;
    s.accessToken = o.value(QLatin1String("access_token")).toString();
    s.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    s.clientId = o.value(QLatin1String("client_id")).toString();
    s.clientSecret = o.value(QLatin1String("client_secret")).toString();
    s.tokenUrl = QUrl(o.value(QLatin1String("token_url")).toString());
    return s;
}

QString OAuthSecret::toString() const
{
    return QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("access_token"), accessToken },
                                                        { QStringLiteral("refresh_token"), refreshToken },
                                                        { QStringLiteral("client_id"), clientId },
                                                        { QStringLiteral("client_secret"), clientSecret },
                                                        { QStringLiteral("token_url"), tokenUrl.toString() } })
                                 .toJson(QJsonDocument::Compact));
}

std::variant<QString, CrmError> refreshAccessToken(CrmHttp &http, const OAuthSecret &secret, QVariantMap *extra)
{
    if (!secret.tokenUrl.isValid() || secret.tokenUrl.scheme().isEmpty())
        return CrmError { CrmFailure::Auth, OAuthSignIn::tr("The stored sign-in has no token address; sign in again") };
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), secret.refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), secret.clientId);
    if (!secret.clientSecret.isEmpty())
        form.addQueryItem(QStringLiteral("client_secret"), secret.clientSecret);
    http.setBearerToken({});
    auto sent = http.send("POST", secret.tokenUrl, form.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
    if (auto *error = std::get_if<CrmError>(&sent))
        return *error;
    const HttpReply &reply = std::get<HttpReply>(sent);
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    if (reply.status == 400 || reply.status == 401)
        return CrmError { CrmFailure::Auth,
                          OAuthSignIn::tr("The CRM refused the stored sign-in (%1); sign in again")
                              .arg(o.value(QLatin1String("error_description")).toString(o.value(QLatin1String("message")).toString(QString::number(reply.status)))) };
    const QString access = o.value(QLatin1String("access_token")).toString();
    if (reply.status < 200 || reply.status >= 300 || access.isEmpty())
        return CrmError { CrmFailure::BadResponse, OAuthSignIn::tr("The CRM's token answer had no access token (HTTP %1)").arg(reply.status) };
    if (extra)
        *extra = o.toVariantMap();
    return access;
}

OAuthSignIn::OAuthSignIn(OAuthEndpoints endpoints, QString clientId, QString clientSecret, quint16 port, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_port(port)
{
}

OAuthSignIn::~OAuthSignIn() = default;

QString OAuthSignIn::redirectUri() const
{
    return m_flow && m_flow->replyHandler() ? m_flow->replyHandler()->callback() : QString();
}

bool OAuthSignIn::start()
{
    m_flow = new QOAuth2AuthorizationCodeFlow(this);
    m_flow->setAuthorizationUrl(m_endpoints.authorize);
    m_flow->setAccessTokenUrl(m_endpoints.token);
    m_flow->setClientIdentifier(m_clientId);
    m_flow->setClientIdentifierSharedKey(m_clientSecret);
    m_flow->setScope(m_endpoints.scope);
    // The flow's reply handler only logs a refused code exchange; watch the network for it.
    auto *network = new QNetworkAccessManager(m_flow);
    m_flow->setNetworkAccessManager(network);
    connect(network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        if (m_done || reply->error() == QNetworkReply::NoError || reply->url().adjusted(QUrl::RemoveQuery) != m_endpoints.token.adjusted(QUrl::RemoveQuery))
            return;
        m_done = true;
        const QJsonObject o = QJsonDocument::fromJson(reply->peek(4096)).object();
        QString why = o.value(QLatin1String("error_description")).toString();
        if (why.isEmpty())
            why = o.value(QLatin1String("message")).toString();
        if (why.isEmpty())
            why = o.value(QLatin1String("error")).toString(reply->errorString());
        emit failed(tr("The CRM refused to trade the sign-in code for a token: %1").arg(why));
    });
    auto *handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, m_port, m_flow);
    if (!handler->isListening()) {
        emit failed(tr("Cannot listen on 127.0.0.1:%1 for the CRM's answer").arg(m_port));
        return false;
    }
    handler->setCallbackText(tr("Signed in. You can close this page and return to CSM Workbench."));
    m_flow->setReplyHandler(handler);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuthSignIn::openBrowser);
    connect(m_flow, &QAbstractOAuth::granted, this, [this] {
        if (m_done)
            return;
        m_done = true;
        OAuthSecret secret;
        secret.accessToken = m_flow->token();
        secret.refreshToken = m_flow->refreshToken();
        secret.clientId = m_clientId;
        secret.clientSecret = m_clientSecret;
        secret.tokenUrl = m_endpoints.token;
        if (secret.refreshToken.isEmpty()) {
            emit failed(tr("The CRM signed you in but gave no refresh token; ask for offline access (scope)"));
            return;
        }
        emit succeeded(secret, m_flow->extraTokens());
    });
    connect(m_flow, &QAbstractOAuth2::error, this, [this](const QString &error, const QString &description, const QUrl &) {
        if (m_done)
            return;
        m_done = true;
        emit failed(tr("The CRM refused the sign-in: %1").arg(description.isEmpty() ? error : description));
    });
    connect(m_flow, &QAbstractOAuth::requestFailed, this, [this](QAbstractOAuth::Error) {
        if (m_done)
            return;
        m_done = true;
        emit failed(tr("The sign-in did not complete: the CRM's token answer was refused or unreadable"));
    });
    m_flow->grant();
    return true;
}

} // namespace csm
