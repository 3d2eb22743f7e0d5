#pragma once

#include "domain/result.h"
#include "domain/surveyresponse.h"
#include "domain/ticket.h"
#include "domain/usagesample.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace csm {

/// The signals an account emits over time: product usage, survey answers and support tickets.
/// Bulk inserts reuse prepared statements; hold a Transaction around them.
class ActivityRepository final
{
public:
    explicit ActivityRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    /// Usage samples of one account from `since` (inclusive; null = all), oldest first.
    Result<QList<UsageSample>> usage(qint64 accountId, const QDate &since = {}) const;
    Status insertUsage(const UsageSample &sample) const;

    /// Survey responses, newest first.
    Result<QList<SurveyResponse>> surveys(qint64 accountId) const;
    Status insertSurvey(SurveyResponse &response) const;

    /// Tickets, newest first.
    Result<QList<Ticket>> tickets(qint64 accountId) const;
    Status insertTicket(Ticket &ticket) const;

private:
    QSqlDatabase m_db;
    mutable std::optional<QSqlQuery> m_insertUsage;
    mutable std::optional<QSqlQuery> m_insertSurvey;
    mutable std::optional<QSqlQuery> m_insertTicket;
};

} // namespace csm
