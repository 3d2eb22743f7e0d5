#pragma once

#include "healthsnapshot.h"

#include "domain/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace csm {

/// Health snapshots and band-change events. Bulk writes reuse prepared statements; hold a
/// Transaction around them.
class HealthSnapshotRepository final
{
public:
    explicit HealthSnapshotRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    /// Writes the snapshot, replacing the account's snapshot of that day if there is one.
    Status upsert(const HealthSnapshot &snapshot) const;
    /// Writes the snapshot unless the account already has one that day; returns whether it wrote.
    Result<bool> insertIfAbsent(const HealthSnapshot &snapshot) const;

    /// Each account's latest snapshot strictly before `day` (or on or before it with `inclusive`).
    Result<QHash<qint64, HealthSnapshot>> latestBefore(const QDate &day, bool inclusive = false) const;
    /// One account's snapshots, oldest first.
    Result<QList<HealthSnapshot>> history(qint64 accountId) const;

    Status insertEvent(const HealthEvent &event) const;
    /// Removes the events of `day`, so recomputing the day rewrites them instead of adding more.
    Status deleteEventsOn(const QDate &day) const;
    /// One account's events, oldest first.
    Result<QList<HealthEvent>> events(qint64 accountId) const;

private:
    QSqlDatabase m_db;
    mutable std::optional<QSqlQuery> m_upsert;
    mutable std::optional<QSqlQuery> m_insertIfAbsent;
    mutable std::optional<QSqlQuery> m_insertEvent;
};

} // namespace csm
