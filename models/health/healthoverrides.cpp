// HealthService: overrides. A user-level edit each, inside its own transaction.
#include "healthservice.h"

#include "healthoverriderepository.h"

#include "store/transaction.h"

#include <QObject>

namespace csm {

Result<HealthOverride> HealthService::setOverride(qint64 accountId, const HealthOverrideRequest &request) const
{
    if (request.reason.trimmed().isEmpty())
        return Error { QObject::tr("a health override needs a reason") };
    if (!request.expiresOn.isValid())
        return Error { QObject::tr("a health override needs an expiry date") };
    if (request.expiresOn < today())
        return Error { QObject::tr("the override's expiry (%1) is in the past").arg(request.expiresOn.toString(Qt::ISODate)) };
    if (!request.band && !request.score)
        return Error { QObject::tr("a health override sets a band, a score or both") };
    if (request.band == HealthBand::None)
        return Error { QObject::tr("a health override cannot set \"no score\"") };
    if (request.score && (*request.score < 0.0 || *request.score > 100.0))
        return Error { QObject::tr("an override score must lie between 0 and 100") };

    HealthOverride o;
    o.accountId = accountId;
    o.band = request.band;
    o.score = request.score;
    o.reason = request.reason.trimmed();
    o.expiresOn = request.expiresOn;
    o.createdAt = QDateTime::currentDateTimeUtc();
    o.createdBy = request.by;

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { QObject::tr("cannot start saving the override: %1").arg(transaction.lastError()) };
    if (auto stored = HealthOverrideRepository(m_db).insert(o); !stored)
        return stored.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return o;
}

Status HealthService::clearOverride(qint64 accountId, const QString &by) const
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { QObject::tr("cannot start clearing the override: %1").arg(transaction.lastError()) };
    auto cleared = HealthOverrideRepository(m_db).clear(accountId, QDateTime::currentDateTimeUtc(), by);
    if (!cleared)
        return cleared.error();
    if (*cleared == 0)
        return Error { QObject::tr("account %1 has no health override to clear").arg(accountId) };
    return transaction.commit();
}

Result<std::optional<HealthOverride>> HealthService::activeOverride(qint64 accountId, const QDate &day) const
{
    return HealthOverrideRepository(m_db).active(accountId, day.isValid() ? day : today());
}

Result<QList<HealthOverride>> HealthService::overrideHistory(qint64 accountId) const
{
    return HealthOverrideRepository(m_db).history(accountId);
}

} // namespace csm
