#pragma once

// Hand-made accounts for the health service tests: every signal is chosen so the expected scores
// can be worked out on paper (see tst_healthservice.cpp).

#include "store/accountrepository.h"
#include "store/activityrepository.h"
#include "store/contactrepository.h"

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

} // namespace csm::healthtest
