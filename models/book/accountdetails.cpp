#include "accountdetails.h"

#include "store/accountrepository.h"
#include "store/activityrepository.h"
#include "store/contactrepository.h"
#include "health/healthsnapshotrepository.h"

#include <QObject>

#include <algorithm>

namespace csm {

std::optional<UsageSummary> AccountDetails::usageSummary() const
{
    if (usage.isEmpty())
        return std::nullopt;
    const UsageSample &latest = usage.constLast();
    UsageSummary s;
    s.activeUsers = latest.activeUsers;
    s.licensedSeats = latest.licensedSeats;
    s.utilisation = latest.licensedSeats > 0 ? double(latest.activeUsers) / latest.licensedSeats : 0.0;
    s.featuresAdopted = latest.featuresAdopted;
    s.featuresAvailable = latest.featuresAvailable;
    s.latestPeriod = latest.periodStart;
    const QDate monthAgo = latest.periodStart.addDays(-30);
    for (auto it = usage.crbegin(); it != usage.crend(); ++it) {
        if (it->periodStart > monthAgo)
            s.logins30d += it->logins;
        if (it->periodStart <= monthAgo) {
            if (it->licensedSeats > 0)
                s.utilisationTrend30d = (s.utilisation - double(it->activeUsers) / it->licensedSeats) * 100.0;
            break;
        }
    }
    return s;
}

int AccountDetails::openTickets() const
{
    return int(std::count_if(tickets.cbegin(), tickets.cend(), [](const Ticket &t) { return t.isOpen(); }));
}

std::optional<int> AccountDetails::latestNps() const
{
    for (const SurveyResponse &r : surveys) // newest first
        if (r.kind == SurveyResponse::Kind::Nps)
            return r.score;
    return std::nullopt;
}

Result<AccountDetails> loadAccountDetails(const QSqlDatabase &db, qint64 accountId)
{
    AccountDetails details;
    auto account = AccountRepository(db).byId(accountId);
    if (!account)
        return account.error();
    if (!account->has_value())
        return Error { QObject::tr("no account with id %1").arg(accountId) };
    details.account = **account;

    auto contacts = ContactRepository(db).forAccount(accountId);
    if (!contacts)
        return contacts.error();
    details.contacts = *contacts;

    const ActivityRepository activity(db);
    auto usage = activity.usage(accountId);
    if (!usage)
        return usage.error();
    details.usage = *usage;
    auto surveys = activity.surveys(accountId);
    if (!surveys)
        return surveys.error();
    details.surveys = *surveys;
    auto tickets = activity.tickets(accountId);
    if (!tickets)
        return tickets.error();
    details.tickets = *tickets;

    const HealthService health(db);
    auto explained = health.explain(accountId, health.today());
    if (!explained)
        return explained.error();
    details.health = *explained;
    auto trend = health.trend(accountId);
    if (!trend)
        return trend.error();
    details.healthTrend = *trend;
    auto active = health.activeOverride(accountId);
    if (!active)
        return active.error();
    details.healthOverride = *active;
    auto history = HealthSnapshotRepository(db).history(accountId);
    if (!history)
        return history.error();
    details.healthHistory = *history;
    auto overrides = health.overrideHistory(accountId);
    if (!overrides)
        return overrides.error();
    details.healthOverrides = *overrides;
    auto bands = health.bands();
    if (!bands)
        return bands.error();
    details.healthBands = *bands;
    return details;
}

} // namespace csm
