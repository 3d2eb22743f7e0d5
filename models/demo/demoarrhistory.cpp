#include "demoarrhistory.h"

#include "companynamer.h"
#include "demorandom.h"
#include "store/database.h"
#include "store/sqlvalues.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace csm {

namespace {

using namespace demo;

struct Row
{
    qint64 id = 0;
    qint64 arrCents = 0;
    QString currency;
    QDate start;
};

/// A round ARR, as contracts are: to the hundred.
qint64 roundArr(double cents)
{
    return qMax<qint64>(10'000, qint64(cents / 10'000.0 + 0.5) * 10'000);
}

} // namespace

Result<DemoArrHistoryStats> addDemoArrHistory(const QSqlDatabase &db, quint64 seed, const QDate &today)
{
    std::vector<Row> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, arr_cents, currency, contract_start FROM accounts WHERE archived_at IS NULL ORDER BY id")))
        return sqlError(QObject::tr("cannot read the demo accounts"), q.lastError());
    while (q.next())
        rows.push_back(Row { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                             sql::parseIsoDate(q.value(3).toString()) });
    q.finish();

    QSqlQuery archive(db);
    archive.prepare(QStringLiteral("UPDATE accounts SET archived_at = ? WHERE id = ?"));
    QSqlQuery firstValue(db);
    firstValue.prepare(QStringLiteral("UPDATE accounts SET first_value_on = ? WHERE id = ? AND first_value_on IS NULL"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO arr_movements (account_id, day, kind, from_cents, to_cents, currency) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"));

    struct Planned
    {
        qint64 id;
        QDate day;
        const char *kind;
        qint64 from;
        qint64 to;
        QString currency;
    };
    std::vector<Planned> plan;
    DemoArrHistoryStats stats;
    const QDate yearAgo = today.addDays(-365);
    for (const Row &r : rows) {
        if (r.arrCents <= 0)
            continue;
        QRandomGenerator rng = streamGenerator(seed, quint64(r.id), Stream::Arr);
        Dice dice(rng);
        const QDate start = r.start.isValid() ? qMin(r.start, today) : today.addDays(-dice.between(400, 900));
        const int roll = dice.between(0, 99);
        // Days since the later of the contract start and a year ago: when this year's change happened.
        const QDate from = qMax(start.addDays(1), yearAgo);
        const int span = int(from.daysTo(today));
        auto dayThisYear = [&] { return from.addDays(span > 1 ? dice.between(0, span - 1) : 0); };

        if (roll < 7 && start < today.addDays(-500)) {
            // Churned the year before, back this year.
            const QDate churn = today.addDays(-dice.between(380, 480));
            const QDate back = today.addDays(-dice.between(20, 300));
            const qint64 before = roundArr(double(r.arrCents) * dice.real(0.8, 1.2));
            plan.push_back({ r.id, start, "new", 0, before, r.currency });
            plan.push_back({ r.id, churn, "churn", before, 0, r.currency });
            plan.push_back({ r.id, back, "reactivation", 0, r.arrCents, r.currency });
            ++stats.reactivated;
            continue;
        }
        if (roll < 30 && span > 30) {
            const qint64 before = roundArr(double(r.arrCents) * dice.real(0.55, 0.9));
            if (before < r.arrCents) {
                plan.push_back({ r.id, start, "new", 0, before, r.currency });
                plan.push_back({ r.id, dayThisYear(), "expansion", before, r.arrCents, r.currency });
                continue;
            }
        } else if (roll < 42 && span > 30) {
            const qint64 before = roundArr(double(r.arrCents) * dice.real(1.1, 1.5));
            plan.push_back({ r.id, start, "new", 0, before, r.currency });
            plan.push_back({ r.id, dayThisYear(), "contraction", before, r.arrCents, r.currency });
            continue;
        }
        plan.push_back({ r.id, start, "new", 0, r.arrCents, r.currency });

        if (start > yearAgo && start < today.addDays(-60) && dice.chance(0.85)) {
            firstValue.addBindValue(sql::date(start.addDays(dice.between(10, 60))));
            firstValue.addBindValue(r.id);
            if (!firstValue.exec())
                return sqlError(QObject::tr("cannot write the demo history"), firstValue.lastError());
        }
    }

    // Former customers: about one in twenty accounts churned during the year, archived that day.
    // They are added rather than taken from the book, so the book keeps the accounts it was asked for.
    if (!rows.empty()) {
        QRandomGenerator rng = streamGenerator(seed, 0, Stream::Arr);
        Dice dice(rng);
        CompanyNamer namer;
        QSqlQuery former(db);
        former.prepare(QStringLiteral(
            "INSERT INTO accounts (crm_id, name, domain, owner, arr_cents, currency, contract_start, renewal_date, "
            "lifecycle_stage, segment, archived_at) "
            "SELECT ?, ?, ?, owner, arr_cents, currency, ?, ?, 'renewal', segment, ? FROM accounts WHERE id = ?"));
        const int count = int(rows.size()) / 20;
        for (int i = 0; i < count; ++i) {
            const Row &like = rows[std::size_t(dice.between(0, int(rows.size()) - 1))];
            QString name, domain;
            namer.next(rng, name, domain);
            const QDate churn = today.addDays(-dice.between(5, 360));
            const QDate start = churn.addDays(-365 * dice.between(1, 3));
            former.addBindValue(QStringLiteral("demo-former-%1").arg(i + 1));
            former.addBindValue(name);
            former.addBindValue(domain);
            former.addBindValue(sql::date(start));
            former.addBindValue(sql::date(churn));
            former.addBindValue(QString(churn.toString(Qt::ISODate) + QStringLiteral("T12:00:00Z")));
            former.addBindValue(like.id);
            if (!former.exec())
                return sqlError(QObject::tr("cannot write the demo history"), former.lastError());
            const qint64 id = former.lastInsertId().toLongLong();
            plan.push_back({ id, start, "new", 0, like.arrCents, like.currency });
            plan.push_back({ id, churn, "churn", like.arrCents, 0, like.currency });
            ++stats.churned;
        }
    }

    // What the store recorded while the book was written is replaced by the story above.
    if (!q.exec(QStringLiteral("DELETE FROM arr_movements")))
        return sqlError(QObject::tr("cannot write the demo history"), q.lastError());
    for (const Planned &p : plan) {
        insert.addBindValue(p.id);
        insert.addBindValue(sql::date(p.day));
        insert.addBindValue(QString::fromLatin1(p.kind));
        insert.addBindValue(p.from);
        insert.addBindValue(p.to);
        insert.addBindValue(p.currency);
        if (!insert.exec())
            return sqlError(QObject::tr("cannot write the demo history"), insert.lastError());
        ++stats.movements;
    }
    return stats;
}

} // namespace csm
