#pragma once

// Hand-made accounts for the health service tests: every signal is chosen so the expected scores
// can be worked out on paper (see tst_healthservice.cpp).

#include "store/accountrepository.h"
#include "store/activityrepository.h"
#include "health/healthsnapshotrepository.h"
#include "store/contactrepository.h"

#include <QSqlQuery>

#include <QTest>

namespace csm::healthtest {

using namespace Qt::StringLiterals;

inline const QDate Today(2026, 11, 25);

struct Builder
{
    QSqlDatabase db;

    qint64 account(const QString &crmId, LifecycleStage stage, PaymentStatus payment, qint64 arrCents,
                   const QDate &contractStart = {})
    {
        Account a;
        a.crmId = crmId;
        a.name = crmId;
        a.stage = stage;
        a.payment = payment;
        a.arrCents = arrCents;
        a.contractStart = contractStart;
        a.tags = QStringList { u"test"_s };
        const Status stored = AccountRepository(db).insert(a);
        if (!stored)
            qWarning("%s", qPrintable(stored.errorMessage()));
        return a.id;
    }

    void usage(qint64 accountId, int daysAgo, int active, int seats, int adopted, int available)
    {
        UsageSample s;
        s.accountId = accountId;
        s.periodStart = Today.addDays(-daysAgo);
        s.activeUsers = active;
        s.licensedSeats = seats;
        s.featuresAdopted = adopted;
        s.featuresAvailable = available;
        QVERIFY(ActivityRepository(db).insertUsage(s).ok());
    }

    void nps(qint64 accountId, int daysAgo, int score)
    {
        SurveyResponse r;
        r.accountId = accountId;
        r.respondedOn = Today.addDays(-daysAgo);
        r.score = score;
        QVERIFY(ActivityRepository(db).insertSurvey(r).ok());
    }

    void ticket(qint64 accountId, int openedDaysAgo, std::optional<int> closedDaysAgo, bool negative, bool escalated)
    {
        Ticket t;
        t.accountId = accountId;
        t.openedOn = Today.addDays(-openedDaysAgo);
        if (closedDaysAgo)
            t.closedOn = Today.addDays(-*closedDaysAgo);
        t.sentiment = negative ? Ticket::Sentiment::Negative : Ticket::Sentiment::Neutral;
        t.escalated = escalated;
        QVERIFY(ActivityRepository(db).insertTicket(t).ok());
    }

    qint64 contact(qint64 accountId, bool champion, int touchedDaysAgo)
    {
        Contact c;
        c.accountId = accountId;
        c.name = u"Contact"_s;
        c.champion = champion;
        c.lastTouch = Today.addDays(-touchedDaysAgo);
        const Status stored = ContactRepository(db).insert(c);
        if (!stored)
            qWarning("%s", qPrintable(stored.errorMessage()));
        return c.id;
    }
};

/// The three hand-made accounts of the health service tests (see tst_healthservice.cpp).
struct HandMadeBook
{
    qint64 healthy = 0;
    qint64 atRisk = 0;
    qint64 onboarding = 0;
    qint64 atRiskContact = 0;
};

inline HandMadeBook seedHandMadeBook(const QSqlDatabase &db)
{
    Builder b { db };
    HandMadeBook book;
    book.healthy = b.account(u"HEALTHY"_s, LifecycleStage::Adoption, PaymentStatus::Current, 100'000'00);
    b.usage(book.healthy, 4, 90, 100, 8, 10);
    b.usage(book.healthy, 32, 90, 100, 8, 10);
    b.nps(book.healthy, 10, 9);
    b.nps(book.healthy, 100, 9);
    b.contact(book.healthy, true, 5);

    book.atRisk = b.account(u"ATRISK"_s, LifecycleStage::Renewal, PaymentStatus::Failed, 50'000'00);
    b.usage(book.atRisk, 4, 30, 100, 1, 10);
    b.usage(book.atRisk, 32, 60, 100, 1, 10);
    b.nps(book.atRisk, 10, 3);
    b.nps(book.atRisk, 200, 8);
    for (int i = 0; i < 4; ++i)
        b.ticket(book.atRisk, 20, std::nullopt, true, i < 2);
    b.ticket(book.atRisk, 30, 25, true, false);
    book.atRiskContact = b.contact(book.atRisk, false, 90);

    book.onboarding = b.account(u"ONBOARDING"_s, LifecycleStage::Onboarding, PaymentStatus::Current, 20'000'00,
                                Today.addDays(-30));
    b.usage(book.onboarding, 4, 30, 100, 4, 10);
    b.contact(book.onboarding, true, 3);
    return book;
}

/// The first column of the first row of `sql`, or -1.
inline int countOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

/// The account's stored snapshot of `day`, or an empty one.
inline HealthSnapshot snapshotOn(const QSqlDatabase &db, qint64 accountId, const QDate &day)
{
    auto history = HealthSnapshotRepository(db).history(accountId);
    if (history)
        for (const HealthSnapshot &s : *history)
            if (s.day == day)
                return s;
    return {};
}

} // namespace csm::healthtest
