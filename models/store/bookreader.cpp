#include "bookreader.h"

#include "database.h"
#include "sqlvalues.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace csm {

namespace {

BookRow readRow(const QSqlQuery &q)
{
    BookRow r;
    r.id = q.value(0).toLongLong();
    r.crmId = q.value(1).toString();
    r.name = q.value(2).toString();
    r.domain = q.value(3).toString();
    r.owner = q.value(4).toString();
    r.arrCents = q.value(5).toLongLong();
    r.currency = q.value(6).toString();
    r.renewalDate = sql::parseIsoDate(q.value(7).toString());
    r.stage = lifecycleStageFromKey(q.value(8).toString()).value_or(LifecycleStage::Onboarding);
    r.segment = segmentFromKey(q.value(9).toString()).value_or(Segment::Tech);
    r.segmentOverride = q.value(10).toInt() != 0;
    r.tags = q.value(11).toString();
    r.lastTouch = sql::parseIsoDate(q.value(12).toString());
    if (!q.value(13).isNull()) {
        r.health = q.value(13).toDouble();
        r.healthBand = healthBandFromKey(q.value(14).toString()).value_or(HealthBand::None);
    }
    // An override in force shows instead of the computed value.
    if (!q.value(15).isNull()) {
        r.healthOverride = true;
        if (const auto band = healthBandFromKey(q.value(15).toString()))
            r.healthBand = *band;
    }
    if (!q.value(16).isNull()) {
        r.healthOverride = true;
        r.health = q.value(16).toDouble();
    }
    r.rebuildSearchText();
    return r;
}

} // namespace

QString BookReader::sql()
{
    return QStringLiteral(
        "SELECT a.id, a.crm_id, a.name, a.domain, a.owner, a.arr_cents, a.currency, a.renewal_date, "
        "a.lifecycle_stage, a.segment, a.segment_override, a.tags, "
        "(SELECT max(c.last_touch) FROM contacts c WHERE c.account_id = a.id) AS last_touch, "
        "h.score, h.band, o.band, o.score "
        "FROM accounts a "
        "LEFT JOIN health_snapshots h ON h.account_id = a.id AND h.day = "
        "(SELECT max(s.day) FROM health_snapshots s WHERE s.account_id = a.id) "
        "LEFT JOIN health_overrides o ON o.id = (SELECT max(x.id) FROM health_overrides x WHERE x.account_id = a.id "
        "AND x.cleared_at IS NULL AND x.expires_on >= date('now'))");
}

Result<std::vector<BookRow>> BookReader::readAll(const std::atomic_bool *cancel) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Accounts the CRM archived stay in the file with their notes, out of the book.
    if (!q.exec(sql() + QStringLiteral(" WHERE a.archived_at IS NULL ORDER BY a.id")))
        return sqlError(QObject::tr("cannot read the book"), q.lastError());
    std::vector<BookRow> rows;
    while (q.next()) {
        if (cancel && (rows.size() & 1023) == 0 && cancel->load(std::memory_order_relaxed))
            return Error { QObject::tr("cancelled") };
        rows.push_back(readRow(q));
    }
    if (q.lastError().isValid())
        return sqlError(QObject::tr("cannot read the book"), q.lastError());
    return rows;
}

Result<std::vector<BookRow>> BookReader::readFirst(Order order, int limit) const
{
    QString orderBy;
    switch (order) {
    case Order::ArrDescending: orderBy = QStringLiteral("arr_cents DESC"); break;
    case Order::ArrAscending: orderBy = QStringLiteral("arr_cents"); break;
    case Order::Name: orderBy = QStringLiteral("name COLLATE NOCASE"); break;
    case Order::Renewal: orderBy = QStringLiteral("renewal_date IS NULL, renewal_date"); break;
    case Order::LastTouch:
        orderBy = QStringLiteral("(SELECT max(c.last_touch) FROM contacts c WHERE c.account_id = accounts.id) DESC");
        break;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql() + QStringLiteral(" WHERE a.id IN (SELECT id FROM accounts WHERE archived_at IS NULL ORDER BY ") + orderBy
              + QStringLiteral(" LIMIT ?)"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the book"), q.lastError());
    std::vector<BookRow> rows;
    rows.reserve(std::size_t(limit));
    while (q.next())
        rows.push_back(readRow(q));
    return rows;
}

Result<BookRow> BookReader::readOne(qint64 accountId) const
{
    QSqlQuery q(m_db);
    q.prepare(sql() + QStringLiteral(" WHERE a.id = ?"));
    q.addBindValue(accountId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read account %1").arg(accountId), q.lastError());
    if (!q.next())
        return Error { QObject::tr("no account with id %1").arg(accountId) };
    return readRow(q);
}

} // namespace csm
