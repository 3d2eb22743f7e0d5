#include "healthinputsreader.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include "domain/paymentstatus.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace csm {

namespace {

constexpr int NpsWindowDays = 365;
constexpr int SupportWindowDays = 90;
constexpr int ChampionActiveDays = 60;
constexpr int TrendLagDays = 30; // the comparison sample is the latest at least this old …
constexpr int TrendWindowDays = 60; // … but not older than this

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

double paymentScore(QStringView key)
{
    switch (paymentStatusFromKey(key).value_or(PaymentStatus::Current)) {
    case PaymentStatus::Current:
        return 100.0;
    case PaymentStatus::Late:
        return 60.0;
    case PaymentStatus::Overdue:
        return 25.0;
    case PaymentStatus::Failed:
        return 0.0;
    }
    return 100.0;
}

// Runs `sql` with the binds, appending the account restriction when reading one account.
Result<QSqlQuery> run(const QSqlDatabase &db, QString sql, const QVariantList &binds,
                      std::optional<qint64> accountId, const QString &accountColumn, const QString &tail,
                      const QString &what)
{
    if (accountId)
        sql += QStringLiteral(" AND ") + accountColumn + QStringLiteral(" = ?");
    sql += tail;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(what, q.lastError());
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (accountId)
        q.addBindValue(*accountId);
    if (!q.exec())
        return sqlError(what, q.lastError());
    return q;
}

} // namespace

const HealthInputs *HealthInputsReader::find(const std::vector<HealthInputs> &inputs, qint64 accountId)
{
    const auto it = std::lower_bound(inputs.begin(), inputs.end(), accountId,
                                     [](const HealthInputs &in, qint64 id) { return in.accountId < id; });
    return it != inputs.end() && it->accountId == accountId ? &*it : nullptr;
}

Result<std::vector<HealthInputs>> HealthInputsReader::readAll(const QDate &day) const
{
    return read(day, std::nullopt);
}

Result<std::optional<HealthInputs>> HealthInputsReader::readOne(qint64 accountId, const QDate &day) const
{
    auto all = read(day, accountId);
    if (!all)
        return all.error();
    if (all->empty())
        return std::optional<HealthInputs>();
    return std::optional<HealthInputs>(all->front());
}

Result<std::vector<HealthInputs>> HealthInputsReader::read(const QDate &day, std::optional<qint64> accountId) const
{
    const QString d = iso(day);
    std::vector<HealthInputs> inputs;
    auto slot = [&inputs](qint64 id) -> HealthInputs * {
        const auto it = std::lower_bound(inputs.begin(), inputs.end(), id,
                                         [](const HealthInputs &in, qint64 key) { return in.accountId < key; });
        return it != inputs.end() && it->accountId == id ? &*it : nullptr;
    };

    // Accounts with their latest weekly sample and the one ~30 days earlier. The correlated max()
    // subqueries are answered from the (account_id, period, period_start) primary key.
    auto accounts = run(m_db,
        QStringLiteral(
            "SELECT a.id, a.lifecycle_stage, a.segment, a.arr_cents, a.payment_status, a.contract_start, "
            "u.active_users, u.licensed_seats, u.features_adopted, u.features_available, "
            "p.active_users, p.licensed_seats "
            "FROM accounts a "
            "LEFT JOIN usage_metrics u ON u.account_id = a.id AND u.period = 'week' AND u.period_start = "
            "(SELECT max(x.period_start) FROM usage_metrics x WHERE x.account_id = a.id AND x.period = 'week' "
            "AND x.period_start <= ?) "
            "LEFT JOIN usage_metrics p ON p.account_id = a.id AND p.period = 'week' AND p.period_start = "
            "(SELECT max(y.period_start) FROM usage_metrics y WHERE y.account_id = a.id AND y.period = 'week' "
            "AND y.period_start <= ? AND y.period_start > ?) WHERE 1 = 1"),
        { d, iso(day.addDays(-TrendLagDays)), iso(day.addDays(-TrendWindowDays)) }, accountId, QStringLiteral("a.id"),
        QStringLiteral(" ORDER BY a.id"), QObject::tr("cannot read accounts and usage for health"));
    if (!accounts)
        return accounts.error();
    for (QSqlQuery &q = *accounts; q.next();) {
        HealthInputs in;
        in.accountId = q.value(0).toLongLong();
        in.stage = lifecycleStageFromKey(q.value(1).toString()).value_or(LifecycleStage::Adoption);
        in.segment = segmentFromKey(q.value(2).toString()).value_or(Segment::Tech);
        in.arrCents = q.value(3).toLongLong();
        in.set(HealthSignal::Payment, paymentScore(q.value(4).toString()));
        const QDate start = sql::parseIsoDate(q.value(5).toString());
        if (start.isValid() && start <= day)
            in.set(HealthSignal::DaysSinceContractStart, double(start.daysTo(day)));
        const int seats = q.value(7).toInt();
        std::optional<double> utilisation;
        if (!q.value(6).isNull() && seats > 0)
            utilisation = 100.0 * q.value(6).toDouble() / seats;
        in.set(HealthSignal::Utilisation, utilisation);
        const int available = q.value(9).toInt();
        if (!q.value(8).isNull() && available > 0)
            in.set(HealthSignal::FeatureAdoption, 100.0 * q.value(8).toDouble() / available);
        const int previousSeats = q.value(11).toInt();
        if (utilisation && !q.value(10).isNull() && previousSeats > 0)
            in.set(HealthSignal::UtilisationTrend, *utilisation - 100.0 * q.value(10).toDouble() / previousSeats);
        // Ticket and champion signals default to "none": an account without tickets has zero open.
        in.set(HealthSignal::OpenTickets, 0.0);
        in.set(HealthSignal::Escalations90d, 0.0);
        in.set(HealthSignal::Champion, 0.0);
        inputs.push_back(in);
    }
    accounts->finish();

    // NPS answers of the last year, newest first per account: the latest and the one before it.
    auto nps = run(m_db,
        QStringLiteral("SELECT account_id, score FROM survey_responses WHERE kind = 'nps' AND responded_on <= ? "
                       "AND responded_on > ?"),
        { d, iso(day.addDays(-NpsWindowDays)) }, accountId, QStringLiteral("account_id"),
        QStringLiteral(" ORDER BY account_id, responded_on DESC, id DESC"), QObject::tr("cannot read NPS for health"));
    if (!nps)
        return nps.error();
    qint64 currentId = -1;
    int seen = 0;
    for (QSqlQuery &q = *nps; q.next();) {
        const qint64 id = q.value(0).toLongLong();
        seen = id == currentId ? seen + 1 : 0;
        currentId = id;
        HealthInputs *in = seen < 2 ? slot(id) : nullptr;
        if (!in)
            continue;
        const double score = q.value(1).toDouble();
        if (seen == 0)
            in->set(HealthSignal::Nps, score);
        else
            in->set(HealthSignal::NpsTrend, *in->value(HealthSignal::Nps) - score);
    }
    nps->finish();

    // Support load: open on the day, escalations and negative sentiment in the last 90 days.
    const QString since90 = iso(day.addDays(-SupportWindowDays));
    auto tickets = run(m_db,
        QStringLiteral("SELECT account_id, "
                       "sum(CASE WHEN closed_on IS NULL OR closed_on > ? THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN opened_on > ? AND escalated = 1 THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN opened_on > ? THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN opened_on > ? AND sentiment = 'negative' THEN 1 ELSE 0 END) "
                       "FROM tickets WHERE opened_on <= ?"),
        { d, since90, since90, since90, d }, accountId, QStringLiteral("account_id"),
        QStringLiteral(" GROUP BY account_id"), QObject::tr("cannot read tickets for health"));
    if (!tickets)
        return tickets.error();
    for (QSqlQuery &q = *tickets; q.next();) {
        HealthInputs *in = slot(q.value(0).toLongLong());
        if (!in)
            continue;
        in->set(HealthSignal::OpenTickets, q.value(1).toDouble());
        in->set(HealthSignal::Escalations90d, q.value(2).toDouble());
        const int recent = q.value(3).toInt();
        if (recent > 0)
            in->set(HealthSignal::NegativeTicketShare, 100.0 * q.value(4).toDouble() / recent);
    }
    tickets->finish();

    // Engagement: the latest touch on or before the day, and the champion's presence and activity.
    auto contacts = run(m_db,
        QStringLiteral("SELECT account_id, max(CASE WHEN last_touch <= ? THEN last_touch END), max(is_champion), "
                       "max(CASE WHEN is_champion = 1 AND last_touch <= ? AND last_touch > ? THEN 1 ELSE 0 END) "
                       "FROM contacts WHERE 1 = 1"),
        { d, d, iso(day.addDays(-ChampionActiveDays)) }, accountId, QStringLiteral("account_id"),
        QStringLiteral(" GROUP BY account_id"), QObject::tr("cannot read contacts for health"));
    if (!contacts)
        return contacts.error();
    for (QSqlQuery &q = *contacts; q.next();) {
        HealthInputs *in = slot(q.value(0).toLongLong());
        if (!in)
            continue;
        const QDate touch = sql::parseIsoDate(q.value(1).toString());
        if (touch.isValid())
            in->set(HealthSignal::DaysSinceTouch, double(touch.daysTo(day)));
        const bool champion = q.value(2).toInt() != 0;
        const bool active = q.value(3).toInt() != 0;
        in->set(HealthSignal::Champion, active ? 100.0 : champion ? 50.0 : 0.0);
    }
    return inputs;
}

} // namespace csm
