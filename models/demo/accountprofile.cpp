#include "accountprofile.h"

#include "demorandom.h"

#include <cmath>

namespace csm::demo {

namespace {

constexpr double MinArr = 2'000;
constexpr double MaxArr = 2'000'000;
constexpr int OnboardingDays = 90;
constexpr int RenewalWindowDays = 120;

/// ARR with a long tail: log-uniform within bands whose weights make most accounts small and a few
/// large, like a real book (~55% under $15k, ~9% over $250k, ~2.5% over $1M).
qint64 drawArrCents(Dice &dice)
{
    struct Band
    {
        double from;
        double to;
        int weight;
    };
    static constexpr Band Bands[] = { { MinArr, 6'000, 300 }, { 6'000, 15'000, 250 }, { 15'000, 50'000, 220 },
        { 50'000, 250'000, 140 }, { 250'000, 1'000'000, 65 }, { 1'000'000, MaxArr, 25 } };
    static constexpr int Weights[] = { Bands[0].weight, Bands[1].weight, Bands[2].weight, Bands[3].weight,
        Bands[4].weight, Bands[5].weight };
    const Band &band = Bands[dice.weighted(Weights)];
    const double arr = band.from * std::pow(band.to / band.from, dice.real(0, 1));
    // Quotes end in round numbers, coarser for bigger deals.
    const double step = arr < 10'000 ? 10 : arr < 100'000 ? 100 : 1'000;
    const double rounded = qBound(MinArr, std::round(arr / step) * step, MaxArr);
    return qint64(rounded) * 100;
}

Pattern drawPattern(Dice &dice)
{
    // Healthy, growing, declining, recovering. New logos (6%) all grow, so growth is rarer here:
    // overall the book is ~55% healthy, ~10% growing, ~20% declining, ~15% recovering.
    static constexpr int Weights[] = { 58, 5, 21, 16 };
    return Pattern(dice.weighted(Weights));
}

LifecycleStage stageFor(Dice &dice, Pattern pattern, int contractAgeDays, int daysToRenewal)
{
    if (contractAgeDays < OnboardingDays)
        return LifecycleStage::Onboarding;
    if (daysToRenewal <= RenewalWindowDays)
        return LifecycleStage::Renewal;
    switch (pattern) {
    case Pattern::Healthy: {
        static constexpr LifecycleStage Stages[]
            = { LifecycleStage::Adoption, LifecycleStage::Expansion, LifecycleStage::Advocacy };
        static constexpr int Weights[] = { 35, 30, 35 };
        return Stages[dice.weighted(Weights)];
    }
    case Pattern::Growing:
        return dice.chance(0.7) ? LifecycleStage::Expansion : LifecycleStage::Adoption;
    case Pattern::Declining:
        return LifecycleStage::Adoption;
    case Pattern::Recovering:
        return dice.chance(0.2) ? LifecycleStage::Expansion : LifecycleStage::Adoption;
    }
    return LifecycleStage::Adoption;
}

PaymentStatus drawPayment(Dice &dice, Pattern pattern)
{
    const double troubled = pattern == Pattern::Declining ? 0.28
        : pattern == Pattern::Recovering                  ? 0.12
                                                          : 0.05;
    if (!dice.chance(troubled))
        return PaymentStatus::Current;
    static constexpr PaymentStatus Statuses[]
        = { PaymentStatus::Late, PaymentStatus::Overdue, PaymentStatus::Failed };
    static constexpr int Weights[] = { 55, 25, 20 };
    return Statuses[dice.weighted(Weights)];
}

void drawTags(Dice &dice, const Account &account, Pattern pattern, int daysToRenewal, QStringList &tags)
{
    // Every account carries its plan tier. Besides being useful to filter on, it keeps the tag list
    // non-empty: AccountRepository binds an empty list as NULL, which the NOT NULL column rejects.
    tags.clear();
    const double arr = account.arr();
    tags.append(arr < 10'000 ? QStringLiteral("starter")
            : arr < 100'000  ? QStringLiteral("team")
                             : QStringLiteral("enterprise"));
    if (dice.chance(arr >= 250'000 ? 0.6 : arr >= 100'000 ? 0.2 : 0.0))
        tags.append(QStringLiteral("strategic"));
    if (account.stage == LifecycleStage::Advocacy ? dice.chance(0.5)
                                                  : pattern == Pattern::Healthy && dice.chance(0.04))
        tags.append(QStringLiteral("reference"));
    const bool billingTrouble
        = account.payment == PaymentStatus::Overdue || account.payment == PaymentStatus::Failed;
    if (dice.chance(pattern == Pattern::Declining ? 0.45
                : pattern == Pattern::Recovering  ? 0.15
                                                  : 0.0)
        || (billingTrouble && dice.chance(0.5)))
        tags.append(QStringLiteral("at-risk"));
    if (dice.chance(0.07))
        tags.append(QStringLiteral("beta"));
    if (dice.chance(0.04))
        tags.append(QStringLiteral("partner"));
    if (daysToRenewal > 365 && dice.chance(0.5))
        tags.append(QStringLiteral("multi-year"));
}

} // namespace

AccountProfile drawAccount(QRandomGenerator &rng, const DemoContext &context, Account &account)
{
    Dice dice(rng);
    AccountProfile profile;

    // A few new logos, signed in the last weeks: they onboard, grow, and renew on the anniversary.
    const bool newLogo = profile.newLogo = dice.chance(0.06);
    profile.contractAgeDays = newLogo ? dice.between(14, OnboardingDays - 1) : dice.between(91, 1461);
    account.contractStart = context.today.addDays(-profile.contractAgeDays);
    if (newLogo)
        account.renewalDate = account.contractStart.addYears(1);
    else if (dice.chance(0.015))
        account.renewalDate = context.today.addDays(-dice.between(1, 10)); // renewal slipped, still open
    else
        account.renewalDate = context.today.addDays(dice.between(1, 540));
    const int daysToRenewal = int(context.today.daysTo(account.renewalDate));

    profile.pattern = newLogo ? Pattern::Growing : drawPattern(dice);
    account.arrCents = drawArrCents(dice);
    account.currency = QStringLiteral("USD");
    profile.seats = qMax(3, int(std::lround(account.arr() / dice.real(600, 1200))));
    // The plan tiers of the tags below: starter, team, enterprise.
    profile.featuresAvailable = account.arrCents < 1'000'000 ? dice.between(12, 18)
        : account.arrCents < 10'000'000                      ? dice.between(18, 28)
                                                             : dice.between(28, 40);

    profile.named = account.arrCents >= NamedCsmFromCents;
    if (profile.named)
        account.owner = dice.pick(std::span<const QString>(context.csms));
    else if (account.arrCents < DigitalPoolBelowCents)
        account.owner = QStringLiteral("Digital CS");
    else
        account.owner = QStringLiteral("Pooled CSM team");

    account.stage = stageFor(dice, profile.pattern, profile.contractAgeDays, daysToRenewal);
    account.payment = drawPayment(dice, profile.pattern);
    account.segment = Segment::Tech;
    account.segmentOverride = false;
    drawTags(dice, account, profile.pattern, daysToRenewal, account.tags);
    return profile;
}

} // namespace csm::demo
