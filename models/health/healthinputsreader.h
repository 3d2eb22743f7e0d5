#pragma once

#include "healthinputs.h"

#include "domain/result.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace csm {

/// Reads the raw health signals from the book as of a day.
///
/// The whole-book read runs four set-based queries (accounts with their latest and ~30-days-earlier
/// weekly usage found through the usage primary key, NPS answers of the last year, one ticket
/// aggregate, one contact aggregate), never one query per account: books hold 100,000 accounts and
/// millions of usage rows. The single-account read runs the same queries restricted to the account,
/// which the indexes turn into point lookups.
///
/// Usage, survey and ticket signals are historical (as of the day). Payment standing and the
/// champion flag have no history in the book, so past days use their current values.
class HealthInputsReader final
{
public:
    explicit HealthInputsReader(QSqlDatabase db) : m_db(std::move(db)) { }

    /// Inputs of every account, ordered by account id.
    Result<std::vector<HealthInputs>> readAll(const QDate &day) const;
    /// Inputs of one account; nullopt when the account does not exist.
    Result<std::optional<HealthInputs>> readOne(qint64 accountId, const QDate &day) const;

    /// The input of `accountId` in a vector ordered by id (as readAll returns), or nullptr.
    static const HealthInputs *find(const std::vector<HealthInputs> &inputs, qint64 accountId);

private:
    Result<std::vector<HealthInputs>> read(const QDate &day, std::optional<qint64> accountId) const;

    QSqlDatabase m_db;
};

} // namespace csm
