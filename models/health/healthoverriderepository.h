#pragma once

#include "healthoverride.h"

#include "domain/result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace csm {

/// Health overrides. Rows are only ever inserted or marked cleared, never deleted.
class HealthOverrideRepository final
{
public:
    explicit HealthOverrideRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    /// Stores a new override and sets its id. Does not validate; HealthService does.
    Status insert(HealthOverride &override) const;
    /// Marks the account's uncleared overrides cleared; returns how many it cleared.
    Result<int> clear(qint64 accountId, const QDateTime &at, const QString &by) const;
    /// The latest override not cleared and not expired on `day`, if any.
    Result<std::optional<HealthOverride>> active(qint64 accountId, const QDate &day) const;
    /// Every override of the account, newest first.
    Result<QList<HealthOverride>> history(qint64 accountId) const;

private:
    QSqlDatabase m_db;
};

} // namespace csm
