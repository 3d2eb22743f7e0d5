#pragma once

#include "accountprofile.h"
#include "democontext.h"
#include "demousage.h"
#include "domain/account.h"
#include "domain/result.h"
#include "domain/ticket.h"

#include <QRandomGenerator>

namespace csm {
class ActivityRepository;
}

namespace csm::demo {

/// Writes 0–15 support tickets per account over the year: more, and more serious, where usage
/// struggles; most closed within days, recent ones often still open. One writer serves a whole run
/// so ticket ids ("SUP-100042") stay unique.
class TicketWriter final
{
public:
    explicit TicketWriter(const ActivityRepository &activity)
        : m_activity(activity)
    { }

    /// Writes the tickets of `account` (already stored). Returns how many.
    Result<int> write(const Account &account, const AccountProfile &profile, const UsageShape &shape,
        QRandomGenerator &rng, const DemoContext &context);

private:
    const ActivityRepository &m_activity;
    qint64 m_serial = 0;
    Ticket m_ticket;
};

} // namespace csm::demo
