#include "crmhttp.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace csm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("csm::CrmHttp", text);
}

std::optional<int> retryAfter(const HttpReply &reply)
{
    const QByteArray value = reply.header("retry-after").trimmed();
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok && seconds >= 0)
        return int(seconds * 1000.0);
    return std::nullopt;
}

} // namespace

CrmHttp::CrmHttp(QString crmName)
    : m_crmName(std::move(crmName))
    , m_rateLimit([](const HttpReply &reply) -> std::optional<int> {
        if (reply.status != 429)
            return std::nullopt;
        return retryAfter(reply).value_or(-1);
    })
    , m_errorText([](const HttpReply &reply) { return QString::fromUtf8(reply.body.left(200)); })
{
}

CrmHttp::~CrmHttp()
{
    dropPrefetch();
}

int CrmHttp::takeRetries()
{
    return std::exchange(m_retries, 0);
}

int CrmHttp::backoff(int attempt) const
{
    const double exponential = double(m_policy.baseDelayMs) * std::pow(2.0, attempt);
    const double capped = std::min(exponential, double(m_policy.maxDelayMs));
    // Full jitter between half and all of the delay, so many clients do not retry in step.
    return int(capped * (0.5 + 0.5 * QRandomGenerator::global()->generateDouble()));
}

bool CrmHttp::wait(int ms) const
{
    if (ms <= 0)
        return !(m_cancel && m_cancel->load());
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancel && m_cancel->load())
            loop.quit();
    });
    done.start(ms);
    poll.start(50);
    loop.exec();
    return !(m_cancel && m_cancel->load());
}

QNetworkReply *CrmHttp::start(const QByteArray &method, const QUrl &url, const QByteArray &body, const QByteArray &contentType)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    QNetworkRequest request(url);
    request.setTransferTimeout(m_policy.timeoutMs);
    // Never carry the token to another host on a redirect.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto &[name, value] : m_extraHeaders)
        request.setRawHeader(name, value);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = method == "GET" ? m_network->get(request) : m_network->sendCustomRequest(request, method, body);
    // Let the request leave now, not when someone next waits for it.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    return reply;
}

std::variant<HttpReply, CrmError> CrmHttp::finish(QNetworkReply *reply, bool &timedOut)
{
    timedOut = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancel && m_cancel->load())
            reply->abort();
    });
    poll.start(50);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();

    if (m_cancel && m_cancel->load())
        return CrmError { CrmFailure::Cancelled, tr("cancelled") };
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        timedOut = reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        return CrmError { CrmFailure::Network,
                          timedOut ? tr("no answer from %1 within %2 s").arg(m_crmName).arg(m_policy.timeoutMs / 1000.0)
                                   : tr("cannot reach %1: %2").arg(m_crmName, reply->errorString()) };
    }
    HttpReply out;
    out.status = status.toInt();
    out.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    return out;
}

std::variant<HttpReply, CrmError> CrmHttp::once(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                                const QByteArray &contentType, bool &timedOut)
{
    const QByteArray key = method + ' ' + url.toEncoded() + '\n' + body;
    if (m_prefetched && key == m_prefetchKey) {
        QNetworkReply *reply = std::exchange(m_prefetched, nullptr);
        m_prefetchKey.clear();
        return finish(reply, timedOut);
    }
    dropPrefetch();
    return finish(start(method, url, body, contentType), timedOut);
}

void CrmHttp::prefetch(const QByteArray &method, const QUrl &url, const QByteArray &body, const QByteArray &contentType)
{
    dropPrefetch();
    m_prefetched = start(method, url, body, contentType);
    m_prefetchKey = method + ' ' + url.toEncoded() + '\n' + body;
}

void CrmHttp::dropPrefetch()
{
    if (QNetworkReply *reply = std::exchange(m_prefetched, nullptr)) {
        reply->abort();
        reply->deleteLater();
    }
    m_prefetchKey.clear();
}

std::variant<HttpReply, CrmError> CrmHttp::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                                const QByteArray &contentType)
{
    CrmError last;
    for (int attempt = 0;; ++attempt) {
        bool timedOut = false;
        auto result = once(method, url, body, contentType, timedOut);
        int delay = 0;
        if (auto *error = std::get_if<CrmError>(&result)) {
            if (error->kind == CrmFailure::Cancelled)
                return *error;
            last = *error;
            delay = backoff(attempt);
        } else {
            const HttpReply &reply = std::get<HttpReply>(result);
            if (reply.status == 401 || reply.status == 403) {
                if (const auto limited = m_rateLimit(reply); !limited) // some CRMs say "limit" with a 403
                    return CrmError { CrmFailure::Auth,
                                      tr("%1 refused the credentials (HTTP %2: %3). Re-authenticate the connection "
                                         "and sync again; nothing was changed.")
                                          .arg(m_crmName)
                                          .arg(reply.status)
                                          .arg(m_errorText(reply)) };
            }
            if (const auto limited = m_rateLimit(reply)) {
                last = CrmError { CrmFailure::RateLimited,
                                  tr("%1 kept answering that the rate limit is reached (HTTP %2: %3)")
                                      .arg(m_crmName)
                                      .arg(reply.status)
                                      .arg(m_errorText(reply)) };
                delay = *limited >= 0 ? std::clamp(*limited, 1, m_policy.maxDelayMs) : backoff(attempt);
            } else if (reply.status >= 500) {
                last = CrmError { CrmFailure::Server, tr("%1 failed (HTTP %2: %3)").arg(m_crmName).arg(reply.status).arg(m_errorText(reply)) };
                delay = backoff(attempt);
            } else {
                return reply;
            }
        }
        if (attempt >= m_policy.maxRetries) {
            last.message += QStringLiteral(" ") + tr("(gave up after %1 retries)").arg(m_policy.maxRetries);
            return last;
        }
        ++m_retries;
        if (!wait(delay))
            return CrmError { CrmFailure::Cancelled, tr("cancelled") };
    }
}

} // namespace csm
