#pragma once

#include "democontext.h"
#include "domain/account.h"

#include <QRandomGenerator>

namespace csm::demo {

/// The story an account's data tells over the year; every later part (usage, surveys, tickets,
/// contacts) follows it so that the signals agree with each other.
enum class Pattern : quint8 {
    Healthy, ///< stable, well-used
    Growing, ///< utilisation climbing; new logos start here
    Declining, ///< utilisation falling over the last months
    Recovering, ///< a dip, then back
};

/// What the later parts need to know about an account beyond its CRM fields.
struct AccountProfile
{
    Pattern pattern = Pattern::Healthy;
    int seats = 3; ///< licensed seats, from ARR
    int featuresAvailable = 12; ///< features of the plan, larger plans have more
    bool named = false; ///< owned by a named CSM rather than a pool
    int contractAgeDays = 0;
    bool newLogo = false; ///< signed weeks ago, still onboarding; piloted before that

    /// First week of the usage year the account talked to us: new logos only since signing.
    int firstActiveWeek() const { return newLogo ? qMax(0, UsageWeeks - 1 - contractAgeDays / 7) : 0; }
};

/// Owner of small accounts handled one-to-many.
inline constexpr qint64 DigitalPoolBelowCents = 600'000;
/// Accounts below this ARR go to a pool rather than a named CSM.
inline constexpr qint64 NamedCsmFromCents = 1'500'000;

/// Draws the CRM fields of one account (ARR, dates, stage, owner, payment, tags) and its profile.
/// Leaves crmId, name, domain and the segment alone: the caller names it, the app segments it.
AccountProfile drawAccount(QRandomGenerator &rng, const DemoContext &context, Account &account);

} // namespace csm::demo
