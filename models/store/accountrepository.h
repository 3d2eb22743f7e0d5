#pragma once

#include "domain/account.h"
#include "domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace csm {

/// Reads and writes accounts. Writes of several rows expect the caller to hold a Transaction;
/// single-row edits open their own.
class AccountRepository final
{
public:
    explicit AccountRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    /// The book's accounts: archived ones (deleted in the CRM, former customers) are left out.
    Result<QList<Account>> all() const;
    Result<std::optional<Account>> byId(qint64 id) const;
    Result<std::optional<Account>> byCrmId(const QString &crmId) const;
    /// How many accounts all() returns.
    Result<qint64> count() const;

    /// Inserts a new account and stores its id in `account.id`.
    Status insert(Account &account) const;

    /// Inserts or updates by CRM id. The segment is only written when `account.segmentOverride`
    /// is set, so a plain CRM update never clobbers the app's segment decision.
    Result<qint64> upsertByCrmId(const Account &account) const;

    /// Sets a manual segment (override) or, with nullopt, returns the account to automatic rules.
    Status setSegmentOverride(qint64 id, std::optional<Segment> segment) const;

    /// Writes automatically computed segments (skipping overridden accounts).
    Status writeComputedSegments(const QList<std::pair<qint64, Segment>> &segments) const;

private:
    QSqlDatabase m_db;
    mutable std::optional<QSqlQuery> m_insert; // prepared once, reused by bulk inserts
};

} // namespace csm
