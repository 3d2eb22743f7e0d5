#pragma once

#include "domain/account.h"
#include "domain/contact.h"
#include "domain/result.h"
#include "domain/surveyresponse.h"
#include "domain/ticket.h"
#include "domain/usagesample.h"
#include "health/healthservice.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace csm {

/// Usage figures the detail pane and later the health score read from the weekly history.
struct UsageSummary
{
    int activeUsers = 0;        ///< latest period
    int licensedSeats = 0;      ///< latest period
    double utilisation = 0.0;   ///< active ÷ seats, latest period (0–1+)
    std::optional<double> utilisationTrend30d; ///< change of utilisation over ~30 days, in points
    int logins30d = 0;
    int featuresAdopted = 0;
    int featuresAvailable = 0;
    QDate latestPeriod;
};

/// Everything the account pane shows about one account, read with indexed point queries.
struct AccountDetails
{
    Account account;
    QList<Contact> contacts;
    QList<UsageSample> usage; ///< oldest first
    QList<SurveyResponse> surveys;
    QList<Ticket> tickets;
    HealthResult health;                      ///< today's scoring, measure by measure
    HealthTrend healthTrend;                  ///< from the stored snapshots
    std::optional<HealthOverride> healthOverride; ///< in force today
    QList<HealthSnapshot> healthHistory;          ///< stored snapshots, oldest first
    QList<HealthOverride> healthOverrides;        ///< every override, newest first
    HealthBands healthBands;                      ///< the book's band thresholds

    std::optional<UsageSummary> usageSummary() const;
    int openTickets() const;
    /// The latest NPS score, if any.
    std::optional<int> latestNps() const;
};

Result<AccountDetails> loadAccountDetails(const QSqlDatabase &db, qint64 accountId);

} // namespace csm
