#include "activityrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QObject>
#include <QSqlError>

namespace csm {

namespace {

QSqlQuery &prepared(std::optional<QSqlQuery> &slot, const QSqlDatabase &db, const QString &sql)
{
    if (!slot) {
        slot.emplace(db);
        slot->prepare(sql);
    }
    return *slot;
}

QString periodKey(UsageSample::Period p)
{
    return p == UsageSample::Period::Day ? QStringLiteral("day") : QStringLiteral("week");
}

} // namespace

Result<QList<UsageSample>> ActivityRepository::usage(qint64 accountId, const QDate &since) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT period, period_start, active_users, licensed_seats, logins, features_adopted, "
                             "features_available FROM usage_metrics WHERE account_id = ? AND period_start >= ? "
                             "ORDER BY period_start, period"));
    q.addBindValue(accountId);
    q.addBindValue(since.isValid() ? since.toString(Qt::ISODate) : QStringLiteral("0000-00-00"));
    if (!q.exec())
        return sqlError(QObject::tr("cannot read usage"), q.lastError());
    QList<UsageSample> samples;
    while (q.next()) {
        UsageSample s;
        s.accountId = accountId;
        s.period = q.value(0).toString() == u"day" ? UsageSample::Period::Day : UsageSample::Period::Week;
        s.periodStart = sql::toDate(q.value(1));
        s.activeUsers = q.value(2).toInt();
        s.licensedSeats = q.value(3).toInt();
        s.logins = q.value(4).toInt();
        s.featuresAdopted = q.value(5).toInt();
        s.featuresAvailable = q.value(6).toInt();
        samples.append(s);
    }
    return samples;
}

Status ActivityRepository::insertUsage(const UsageSample &s) const
{
    QSqlQuery &q = prepared(m_insertUsage, m_db,
                            QStringLiteral("INSERT INTO usage_metrics (account_id, period, period_start, active_users, "
                                           "licensed_seats, logins, features_adopted, features_available) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, period, "
                                           "period_start) DO UPDATE SET active_users = excluded.active_users, "
                                           "licensed_seats = excluded.licensed_seats, logins = excluded.logins, "
                                           "features_adopted = excluded.features_adopted, "
                                           "features_available = excluded.features_available"));
    q.addBindValue(s.accountId);
    q.addBindValue(periodKey(s.period));
    q.addBindValue(sql::date(s.periodStart));
    q.addBindValue(s.activeUsers);
    q.addBindValue(s.licensedSeats);
    q.addBindValue(s.logins);
    q.addBindValue(s.featuresAdopted);
    q.addBindValue(s.featuresAvailable);
    if (!q.exec())
        return sqlError(QObject::tr("cannot record usage"), q.lastError());
    return {};
}

Result<QList<SurveyResponse>> ActivityRepository::surveys(qint64 accountId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, contact_id, kind, responded_on, score, comment FROM survey_responses "
                             "WHERE account_id = ? ORDER BY responded_on DESC, id DESC"));
    q.addBindValue(accountId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read survey responses"), q.lastError());
    QList<SurveyResponse> responses;
    while (q.next()) {
        SurveyResponse r;
        r.id = q.value(0).toLongLong();
        r.accountId = accountId;
        r.contactId = q.value(1).toLongLong();
        r.kind = q.value(2).toString() == u"csat" ? SurveyResponse::Kind::Csat : SurveyResponse::Kind::Nps;
        r.respondedOn = sql::toDate(q.value(3));
        r.score = q.value(4).toInt();
        r.comment = q.value(5).toString();
        responses.append(r);
    }
    return responses;
}

Status ActivityRepository::insertSurvey(SurveyResponse &r) const
{
    QSqlQuery &q = prepared(m_insertSurvey, m_db,
                            QStringLiteral("INSERT INTO survey_responses (account_id, contact_id, kind, responded_on, "
                                           "score, comment) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.accountId);
    q.addBindValue(sql::nullableId(r.contactId));
    q.addBindValue(r.kind == SurveyResponse::Kind::Csat ? QStringLiteral("csat") : QStringLiteral("nps"));
    q.addBindValue(sql::date(r.respondedOn));
    q.addBindValue(r.score);
    q.addBindValue(sql::text(r.comment));
    if (!q.exec())
        return sqlError(QObject::tr("cannot record the survey response"), q.lastError());
    r.id = q.lastInsertId().toLongLong();
    return {};
}

Result<QList<Ticket>> ActivityRepository::tickets(qint64 accountId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, external_id, subject, opened_on, closed_on, priority, sentiment, escalated "
                             "FROM tickets WHERE account_id = ? ORDER BY opened_on DESC, id DESC"));
    q.addBindValue(accountId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read tickets"), q.lastError());
    QList<Ticket> tickets;
    while (q.next()) {
        Ticket t;
        t.id = q.value(0).toLongLong();
        t.accountId = accountId;
        t.externalId = q.value(1).toString();
        t.subject = q.value(2).toString();
        t.openedOn = sql::toDate(q.value(3));
        t.closedOn = sql::toDate(q.value(4));
        t.priority = ticketPriorityFromKey(q.value(5).toString()).value_or(Ticket::Priority::Normal);
        t.sentiment = ticketSentimentFromKey(q.value(6).toString()).value_or(Ticket::Sentiment::Neutral);
        t.escalated = q.value(7).toBool();
        tickets.append(t);
    }
    return tickets;
}

Status ActivityRepository::insertTicket(Ticket &t) const
{
    QSqlQuery &q = prepared(m_insertTicket, m_db,
                            QStringLiteral("INSERT INTO tickets (account_id, external_id, subject, opened_on, closed_on, "
                                           "priority, sentiment, escalated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(t.accountId);
    q.addBindValue(sql::text(t.externalId));
    q.addBindValue(sql::text(t.subject));
    q.addBindValue(sql::date(t.openedOn));
    q.addBindValue(sql::date(t.closedOn));
    q.addBindValue(ticketPriorityKey(t.priority));
    q.addBindValue(ticketSentimentKey(t.sentiment));
    q.addBindValue(t.escalated ? 1 : 0);
    if (!q.exec())
        return sqlError(QObject::tr("cannot record the ticket"), q.lastError());
    t.id = q.lastInsertId().toLongLong();
    return {};
}

} // namespace csm
