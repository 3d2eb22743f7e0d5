#include "healthoverriderepository.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace csm {

namespace {

const QString Columns = QStringLiteral(
    "id, account_id, band, score, reason, expires_on, created_at, created_by, cleared_at, cleared_by");

QVariant timestamp(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

HealthOverride readOverride(const QSqlQuery &q)
{
    HealthOverride o;
    o.id = q.value(0).toLongLong();
    o.accountId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        o.band = healthBandFromKey(q.value(2).toString());
    if (!q.value(3).isNull())
        o.score = q.value(3).toDouble();
    o.reason = q.value(4).toString();
    o.expiresOn = sql::parseIsoDate(q.value(5).toString());
    o.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    o.createdBy = q.value(7).toString();
    if (!q.value(8).isNull())
        o.clearedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    o.clearedBy = q.value(9).toString();
    return o;
}

} // namespace

Status HealthOverrideRepository::insert(HealthOverride &o) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO health_overrides (account_id, band, score, reason, expires_on, created_at, "
                             "created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(o.accountId);
    q.addBindValue(o.band ? QVariant(healthBandKey(*o.band)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(o.score ? QVariant(*o.score) : QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(sql::text(o.reason));
    q.addBindValue(sql::date(o.expiresOn));
    q.addBindValue(timestamp(o.createdAt));
    q.addBindValue(sql::text(o.createdBy));
    if (!q.exec())
        return sqlError(QObject::tr("cannot save the health override"), q.lastError());
    o.id = q.lastInsertId().toLongLong();
    return {};
}

Result<int> HealthOverrideRepository::clear(qint64 accountId, const QDateTime &at, const QString &by) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE health_overrides SET cleared_at = ?, cleared_by = ? "
                             "WHERE account_id = ? AND cleared_at IS NULL"));
    q.addBindValue(timestamp(at));
    q.addBindValue(sql::text(by));
    q.addBindValue(accountId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot clear the health override"), q.lastError());
    return q.numRowsAffected();
}

Result<std::optional<HealthOverride>> HealthOverrideRepository::active(qint64 accountId, const QDate &day) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + Columns
              + QStringLiteral(" FROM health_overrides WHERE account_id = ? AND cleared_at IS NULL "
                               "AND expires_on >= ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(accountId);
    q.addBindValue(sql::date(day));
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the health override"), q.lastError());
    if (!q.next())
        return std::optional<HealthOverride>();
    return std::optional<HealthOverride>(readOverride(q));
}

Result<QList<HealthOverride>> HealthOverrideRepository::history(qint64 accountId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + Columns
              + QStringLiteral(" FROM health_overrides WHERE account_id = ? ORDER BY id DESC"));
    q.addBindValue(accountId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the health overrides"), q.lastError());
    QList<HealthOverride> all;
    while (q.next())
        all.append(readOverride(q));
    return all;
}

} // namespace csm
