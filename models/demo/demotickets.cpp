#include "demotickets.h"

#include "demorandom.h"
#include "demowords.h"
#include "store/activityrepository.h"

namespace csm::demo {

namespace {

int ticketCount(Dice &dice, const AccountProfile &profile)
{
    int count = 0;
    switch (profile.pattern) {
    case Pattern::Healthy:
        count = dice.between(0, 5);
        break;
    case Pattern::Growing: // new users ask how-to questions
        count = dice.between(1, 7);
        break;
    case Pattern::Declining:
        count = dice.between(4, 15);
        break;
    case Pattern::Recovering:
        count = dice.between(2, 10);
        break;
    }
    if (profile.seats > 250)
        count += dice.between(0, 3);
    return qMin(15, count);
}

/// A week to open a ticket in, favouring the weeks where usage was down: trouble and tickets
/// come together.
int ticketWeek(Dice &dice, const UsageShape &shape, int firstWeek)
{
    int week = firstWeek;
    for (int attempt = 0; attempt < 20; ++attempt) {
        week = dice.between(firstWeek, UsageWeeks - 1);
        if (dice.chance((1.3 - shape.relativeHealth(week)) / 1.3))
            break;
    }
    return week;
}

int resolutionDays(Dice &dice, Ticket::Priority priority)
{
    int days = 0;
    switch (priority) {
    case Ticket::Priority::Urgent:
        days = dice.between(0, 2);
        break;
    case Ticket::Priority::High:
        days = dice.between(0, 5);
        break;
    case Ticket::Priority::Normal:
        days = dice.between(1, 10);
        break;
    case Ticket::Priority::Low:
        days = dice.between(2, 20);
        break;
    }
    return dice.chance(0.08) ? days * 3 + 5 : days; // the odd ticket waits on engineering
}

} // namespace

Result<int> TicketWriter::write(const Account &account, const AccountProfile &profile,
    const UsageShape &shape, QRandomGenerator &rng, const DemoContext &context)
{
    static constexpr Ticket::Priority Priorities[] = { Ticket::Priority::Low, Ticket::Priority::Normal,
        Ticket::Priority::High, Ticket::Priority::Urgent };
    static constexpr int TroublePriorities[] = { 5, 30, 45, 20 };
    static constexpr int RoutinePriorities[] = { 30, 55, 13, 2 };
    static constexpr Ticket::Sentiment Sentiments[]
        = { Ticket::Sentiment::Positive, Ticket::Sentiment::Neutral, Ticket::Sentiment::Negative };
    static constexpr int TroubleSentiments[] = { 5, 30, 65 };
    static constexpr int RoutineSentiments[] = { 25, 60, 15 };

    Dice dice(rng);
    const int count = ticketCount(dice, profile);
    const int firstWeek = profile.firstActiveWeek();
    m_ticket.accountId = account.id;
    for (int i = 0; i < count; ++i) {
        const int week = ticketWeek(dice, shape, firstWeek);
        const bool trouble = dice.chance(0.15 + 0.55 * (1.0 - qMin(1.0, shape.relativeHealth(week))));
        m_ticket.id = 0;
        m_ticket.externalId = QStringLiteral("SUP-%1").arg(100000 + ++m_serial);
        m_ticket.subject = QStringView(
            dice.pick(trouble ? words::troubleTicketSubjects() : words::routineTicketSubjects()))
                               .toString();
        m_ticket.openedOn = qMin(context.today, context.weekStarts[week].addDays(dice.between(0, 4)));
        m_ticket.priority = Priorities[dice.weighted(trouble ? TroublePriorities : RoutinePriorities)];
        m_ticket.sentiment = Sentiments[dice.weighted(trouble ? TroubleSentiments : RoutineSentiments)];
        const bool serious = m_ticket.priority >= Ticket::Priority::High;
        m_ticket.escalated = trouble && serious
            ? dice.chance(profile.pattern == Pattern::Declining ? 0.4 : 0.25)
            : dice.chance(0.01);
        const QDate closed = m_ticket.openedOn.addDays(resolutionDays(dice, m_ticket.priority));
        // Closing dates in the future are tickets still open today; a few old ones linger too.
        m_ticket.closedOn = closed > context.today || dice.chance(0.03) ? QDate() : closed;
        if (auto status = m_activity.insertTicket(m_ticket); !status)
            return status.error();
    }
    return count;
}

} // namespace csm::demo
