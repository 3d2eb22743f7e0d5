#include "healthsnapshotrepository.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include <QObject>
#include <QSqlError>

namespace csm {

namespace {

const QString SnapshotColumns = QStringLiteral("account_id, day, score, band, model_key, missing");

QSqlQuery &prepared(std::optional<QSqlQuery> &slot, const QSqlDatabase &db, const QString &sql)
{
    if (!slot) {
        slot.emplace(db);
        slot->prepare(sql);
    }
    return *slot;
}

void bindSnapshot(QSqlQuery &q, const HealthSnapshot &s)
{
    q.addBindValue(s.accountId);
    q.addBindValue(sql::date(s.day));
    q.addBindValue(s.score ? QVariant(*s.score) : QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(healthBandKey(s.band));
    q.addBindValue(sql::text(s.modelKey));
    q.addBindValue(sql::text(s.missing.join(u',')));
}

// Reads the SnapshotColumns starting at column `from`.
HealthSnapshot readSnapshot(const QSqlQuery &q, int from = 0)
{
    HealthSnapshot s;
    s.accountId = q.value(from).toLongLong();
    s.day = sql::parseIsoDate(q.value(from + 1).toString());
    if (!q.value(from + 2).isNull())
        s.score = q.value(from + 2).toDouble();
    s.band = healthBandFromKey(q.value(from + 3).toString()).value_or(HealthBand::None);
    s.modelKey = q.value(from + 4).toString();
    const QString missing = q.value(from + 5).toString();
    if (!missing.isEmpty())
        s.missing = missing.split(u',');
    return s;
}

} // namespace

HealthEvent::Kind HealthEvent::kindOf(HealthBand from, HealthBand to)
{
    if (to == HealthBand::Red)
        return Kind::EnteredRed;
    return from == HealthBand::Red ? Kind::LeftRed : Kind::BandChanged;
}

QString healthEventKindKey(HealthEvent::Kind kind)
{
    switch (kind) {
    case HealthEvent::Kind::EnteredRed:
        return QStringLiteral("entered_red");
    case HealthEvent::Kind::LeftRed:
        return QStringLiteral("left_red");
    case HealthEvent::Kind::BandChanged:
        break;
    }
    return QStringLiteral("band_changed");
}

std::optional<HealthEvent::Kind> healthEventKindFromKey(QStringView key)
{
    for (auto kind : { HealthEvent::Kind::EnteredRed, HealthEvent::Kind::LeftRed, HealthEvent::Kind::BandChanged })
        if (key == healthEventKindKey(kind))
            return kind;
    return std::nullopt;
}

Status HealthSnapshotRepository::upsert(const HealthSnapshot &snapshot) const
{
    QSqlQuery &q = prepared(m_upsert, m_db,
        QStringLiteral("INSERT INTO health_snapshots (") + SnapshotColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, day) DO UPDATE SET "
                             "score = excluded.score, band = excluded.band, model_key = excluded.model_key, "
                             "missing = excluded.missing"));
    bindSnapshot(q, snapshot);
    if (!q.exec())
        return sqlError(QObject::tr("cannot save the health snapshot"), q.lastError());
    return {};
}

Result<bool> HealthSnapshotRepository::insertIfAbsent(const HealthSnapshot &snapshot) const
{
    QSqlQuery &q = prepared(m_insertIfAbsent, m_db,
        QStringLiteral("INSERT INTO health_snapshots (") + SnapshotColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, day) DO NOTHING"));
    bindSnapshot(q, snapshot);
    if (!q.exec())
        return sqlError(QObject::tr("cannot save the health snapshot"), q.lastError());
    return q.numRowsAffected() > 0;
}

Result<QHash<qint64, HealthSnapshot>> HealthSnapshotRepository::latestBefore(const QDate &day, bool inclusive) const
{
    // One primary-key seek per account rather than a scan of the whole history.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.account_id, s.day, s.score, s.band, s.model_key, s.missing FROM accounts a "
                             "JOIN health_snapshots s ON s.account_id = a.id AND s.day = "
                             "(SELECT max(x.day) FROM health_snapshots x WHERE x.account_id = a.id AND x.day ")
              + (inclusive ? QStringLiteral("<=") : QStringLiteral("<")) + QStringLiteral(" ?)"));
    q.addBindValue(sql::date(day));
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the latest health snapshots"), q.lastError());
    QHash<qint64, HealthSnapshot> latest;
    while (q.next()) {
        HealthSnapshot s = readSnapshot(q);
        latest.insert(s.accountId, std::move(s));
    }
    return latest;
}

Result<QList<HealthSnapshot>> HealthSnapshotRepository::history(qint64 accountId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + SnapshotColumns
              + QStringLiteral(" FROM health_snapshots WHERE account_id = ? ORDER BY day"));
    q.addBindValue(accountId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the health history"), q.lastError());
    QList<HealthSnapshot> snapshots;
    while (q.next())
        snapshots.append(readSnapshot(q));
    return snapshots;
}

Status HealthSnapshotRepository::insertEvent(const HealthEvent &event) const
{
    QSqlQuery &q = prepared(m_insertEvent, m_db,
        QStringLiteral("INSERT INTO health_events (account_id, day, kind, from_band, to_band) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(event.accountId);
    q.addBindValue(sql::date(event.day));
    q.addBindValue(healthEventKindKey(event.kind));
    q.addBindValue(healthBandKey(event.from));
    q.addBindValue(healthBandKey(event.to));
    if (!q.exec())
        return sqlError(QObject::tr("cannot save the health event"), q.lastError());
    return {};
}

Status HealthSnapshotRepository::deleteEventsOn(const QDate &day) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM health_events WHERE day = ?"));
    q.addBindValue(sql::date(day));
    if (!q.exec())
        return sqlError(QObject::tr("cannot replace the health events"), q.lastError());
    return {};
}

Result<QList<HealthEvent>> HealthSnapshotRepository::events(qint64 accountId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, account_id, day, kind, from_band, to_band FROM health_events "
                             "WHERE account_id = ? ORDER BY day, id"));
    q.addBindValue(accountId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read the health events"), q.lastError());
    QList<HealthEvent> events;
    while (q.next()) {
        HealthEvent e;
        e.id = q.value(0).toLongLong();
        e.accountId = q.value(1).toLongLong();
        e.day = sql::parseIsoDate(q.value(2).toString());
        e.kind = healthEventKindFromKey(q.value(3).toString()).value_or(HealthEvent::Kind::BandChanged);
        e.from = healthBandFromKey(q.value(4).toString()).value_or(HealthBand::None);
        e.to = healthBandFromKey(q.value(5).toString()).value_or(HealthBand::None);
        events.append(e);
    }
    return events;
}

} // namespace csm
