#include "accountrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace csm {

namespace {

// Column list declared once; readAccount() reads in this order.
const QString SelectColumns = QStringLiteral(
    "SELECT id, crm_id, name, domain, owner, arr_cents, currency, contract_start, renewal_date, "
    "lifecycle_stage, segment, segment_override, tags, payment_status FROM accounts");

Account readAccount(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.crmId = q.value(1).toString();
    a.name = q.value(2).toString();
    a.domain = q.value(3).toString();
    a.owner = q.value(4).toString();
    a.arrCents = q.value(5).toLongLong();
    a.currency = q.value(6).toString();
    a.contractStart = sql::toDate(q.value(7));
    a.renewalDate = sql::toDate(q.value(8));
    a.stage = lifecycleStageFromKey(q.value(9).toString()).value_or(LifecycleStage::Onboarding);
    a.segment = segmentFromKey(q.value(10).toString()).value_or(Segment::Tech);
    a.segmentOverride = q.value(11).toBool();
    const QString tags = q.value(12).toString();
    a.tags = tags.isEmpty() ? QStringList() : tags.split(u',');
    a.payment = paymentStatusFromKey(q.value(13).toString()).value_or(PaymentStatus::Current);
    return a;
}

void bindAccount(QSqlQuery &q, const Account &a)
{
    q.addBindValue(sql::text(a.crmId));
    q.addBindValue(sql::text(a.name));
    q.addBindValue(sql::text(a.domain));
    q.addBindValue(sql::text(a.owner));
    q.addBindValue(a.arrCents);
    q.addBindValue(sql::text(a.currency));
    q.addBindValue(sql::date(a.contractStart));
    q.addBindValue(sql::date(a.renewalDate));
    q.addBindValue(lifecycleStageKey(a.stage));
    q.addBindValue(segmentKey(a.segment));
    q.addBindValue(a.segmentOverride ? 1 : 0);
    q.addBindValue(sql::text(a.tags.join(u',')));
    q.addBindValue(paymentStatusKey(a.payment));
}

const QString InsertColumns = QStringLiteral(
    "INSERT INTO accounts (crm_id, name, domain, owner, arr_cents, currency, contract_start, renewal_date, "
    "lifecycle_stage, segment, segment_override, tags, payment_status) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

Result<std::optional<Account>> selectOne(const QSqlDatabase &db, const QString &where, const QVariant &value)
{
    QSqlQuery q(db);
    q.prepare(SelectColumns + QStringLiteral(" WHERE ") + where);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read account"), q.lastError());
    if (!q.next())
        return std::optional<Account>();
    return std::optional<Account>(readAccount(q));
}

} // namespace

Result<QList<Account>> AccountRepository::all() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(SelectColumns + QStringLiteral(" WHERE archived_at IS NULL ORDER BY id")))
        return sqlError(QObject::tr("cannot read accounts"), q.lastError());
    QList<Account> accounts;
    while (q.next())
        accounts.append(readAccount(q));
    return accounts;
}

Result<std::optional<Account>> AccountRepository::byId(qint64 id) const
{
    return selectOne(m_db, QStringLiteral("id = ?"), id);
}

Result<std::optional<Account>> AccountRepository::byCrmId(const QString &crmId) const
{
    return selectOne(m_db, QStringLiteral("crm_id = ?"), crmId);
}

Result<qint64> AccountRepository::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM accounts WHERE archived_at IS NULL")) || !q.next())
        return sqlError(QObject::tr("cannot count accounts"), q.lastError());
    return q.value(0).toLongLong();
}

Status AccountRepository::insert(Account &account) const
{
    if (!m_insert) {
        m_insert.emplace(m_db);
        m_insert->prepare(InsertColumns);
    }
    QSqlQuery &q = *m_insert;
    bindAccount(q, account);
    if (!q.exec())
        return sqlError(QObject::tr("cannot add account %1").arg(account.crmId), q.lastError());
    account.id = q.lastInsertId().toLongLong();
    return {};
}

Result<qint64> AccountRepository::upsertByCrmId(const Account &account) const
{
    const QString segmentUpdate = account.segmentOverride
        ? QStringLiteral(", segment = excluded.segment, segment_override = 1")
        : QString();
    QSqlQuery q(m_db);
    q.prepare(InsertColumns
              + QStringLiteral(" ON CONFLICT (crm_id) DO UPDATE SET name = excluded.name, domain = excluded.domain, "
                               "owner = excluded.owner, arr_cents = excluded.arr_cents, currency = excluded.currency, "
                               "contract_start = excluded.contract_start, renewal_date = excluded.renewal_date, "
                               "lifecycle_stage = excluded.lifecycle_stage, tags = excluded.tags, "
                               "payment_status = excluded.payment_status")
              + segmentUpdate + QStringLiteral(" RETURNING id"));
    bindAccount(q, account);
    if (!q.exec() || !q.next())
        return sqlError(QObject::tr("cannot save account %1").arg(account.crmId), q.lastError());
    return q.value(0).toLongLong();
}

Status AccountRepository::setSegmentOverride(qint64 id, std::optional<Segment> segment) const
{
    QSqlQuery q(m_db);
    if (segment) {
        q.prepare(QStringLiteral("UPDATE accounts SET segment = ?, segment_override = 1 WHERE id = ?"));
        q.addBindValue(segmentKey(*segment));
    } else {
        q.prepare(QStringLiteral("UPDATE accounts SET segment_override = 0 WHERE id = ?"));
    }
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QObject::tr("cannot change the segment"), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error { QObject::tr("no account with id %1").arg(id) };
    return {};
}

Status AccountRepository::writeComputedSegments(const QList<std::pair<qint64, Segment>> &segments) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE accounts SET segment = ? WHERE id = ? AND segment_override = 0"));
    for (const auto &[id, segment] : segments) {
        q.addBindValue(segmentKey(segment));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(QObject::tr("cannot write segments"), q.lastError());
    }
    return {};
}

} // namespace csm
