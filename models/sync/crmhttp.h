#pragma once

#include "crmconnector.h"

#include <QByteArray>
#include <QHash>
#include <QUrl>

#include <functional>
#include <memory>
#include <variant>

class QNetworkAccessManager;
class QNetworkReply;

namespace csm {

/// An HTTP answer, headers keyed in lower case.
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

/// How hard to try: rate limits and server errors and timeouts are retried with exponential
/// backoff and jitter, up to `maxRetries` times per request.
struct RetryPolicy
{
    int maxRetries = 5;
    int baseDelayMs = 500;
    int maxDelayMs = 60'000;
    int timeoutMs = 30'000;
};

/// Blocking HTTP for connectors, on the calling (worker) thread through QNetworkAccessManager:
/// bearer authentication, a timeout per request, retries as the policy says, and errors a person
/// can act on. The token is sent, never logged or put in a message.
class CrmHttp
{
public:
    /// `crmName` ("HubSpot") names the CRM in messages.
    explicit CrmHttp(QString crmName);
    ~CrmHttp();
    CrmHttp(const CrmHttp &) = delete;
    CrmHttp &operator=(const CrmHttp &) = delete;

    void setBearerToken(const QString &token)
    {
        dropPrefetch();
        m_token = token;
    }
    /// Headers sent with every request besides Accept and Authorization (a CRM's query options).
    void setExtraHeaders(QList<std::pair<QByteArray, QByteArray>> headers)
    {
        dropPrefetch();
        m_extraHeaders = std::move(headers);
    }
    void setPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &policy() const { return m_policy; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// How long the CRM asks to wait before trying again, when `reply` is its rate limit (a 429,
    /// or a CRM-specific answer); nullopt when it is not one. The default reads 429 and Retry-After.
    void setRateLimitRule(std::function<std::optional<int>(const HttpReply &)> rule) { m_rateLimit = std::move(rule); }
    /// The CRM's own words for an error answer, from its body (for messages).
    void setErrorReader(std::function<QString(const HttpReply &)> reader) { m_errorText = std::move(reader); }

    /// Sends a request and returns the answer once it is final: 2xx, or a 4xx other than a rate
    /// limit (the caller reads those). 401 and 403 become Auth errors; retries exhausted, Server or
    /// Network errors.
    std::variant<HttpReply, CrmError> send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                                           const QByteArray &contentType = "application/json");

    /// Starts a request whose answer send() will want next, so the network works while the caller
    /// stores the page it has. send() with the same method, URL and body takes its answer; any
    /// other request drops it.
    void prefetch(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                  const QByteArray &contentType = "application/json");

    /// Requests repeated since the last call to takeRetries().
    int takeRetries();

private:
    std::variant<HttpReply, CrmError> once(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                           const QByteArray &contentType, bool &timedOut);
    QNetworkReply *start(const QByteArray &method, const QUrl &url, const QByteArray &body, const QByteArray &contentType);
    std::variant<HttpReply, CrmError> finish(QNetworkReply *reply, bool &timedOut);
    void dropPrefetch();
    bool wait(int ms) const;
    int backoff(int attempt) const;

    QString m_crmName;
    QString m_token;
    QList<std::pair<QByteArray, QByteArray>> m_extraHeaders;
    RetryPolicy m_policy;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<std::optional<int>(const HttpReply &)> m_rateLimit;
    std::function<QString(const HttpReply &)> m_errorText;
    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_retries = 0;
    QNetworkReply *m_prefetched = nullptr;
    QByteArray m_prefetchKey;
};

} // namespace csm
