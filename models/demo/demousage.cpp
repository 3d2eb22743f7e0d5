#include "demousage.h"

#include "demorandom.h"
#include "domain/usagesample.h"
#include "store/activityrepository.h"

#include <cmath>

namespace csm::demo {

namespace {

/// Straight line from `from` at week `start` to `to` at week `end`, flat outside.
double ramp(int week, int start, int end, double from, double to)
{
    if (week <= start)
        return from;
    if (week >= end)
        return to;
    return from + (to - from) * double(week - start) / double(end - start);
}

bool isHolidayWeek(const QDate &monday)
{
    return (monday.month() == 12 && monday.day() >= 21) || (monday.month() == 1 && monday.day() <= 3);
}

} // namespace

UsageShape drawUsageShape(QRandomGenerator &rng, const AccountProfile &profile, const DemoContext &context)
{
    Dice dice(rng);
    UsageShape shape;
    auto &u = shape.utilisation;
    const int last = UsageWeeks - 1;

    switch (profile.pattern) {
    case Pattern::Healthy: {
        shape.baseline = dice.real(0.60, 0.95);
        const double drift = dice.real(-0.05, 0.05);
        for (int w = 0; w < UsageWeeks; ++w)
            u[w] = shape.baseline + drift * (double(w) / last - 0.5);
        break;
    }
    case Pattern::Growing: {
        // New logos piloted with a handful of users before signing and ramp up after; older accounts
        // grow through a rollout to more teams somewhere in the year.
        const bool newLogo = profile.newLogo;
        const int contractWeek = last - profile.contractAgeDays / 7;
        const double from = newLogo ? dice.real(0.04, 0.15) : dice.real(0.25, 0.50);
        shape.baseline = dice.real(0.75, 0.97);
        const int start = newLogo ? contractWeek : dice.between(0, 24);
        const int end = qMin(last, start + (newLogo ? dice.between(6, 12) : dice.between(15, 30)));
        const double reached = newLogo ? ramp(end, start, start + 12, from, shape.baseline) : shape.baseline;
        for (int w = 0; w < UsageWeeks; ++w)
            u[w] = ramp(w, start, end, from, reached);
        break;
    }
    case Pattern::Declining: {
        shape.baseline = dice.real(0.60, 0.90);
        const int length = dice.between(8, 20);
        const double floor = shape.baseline * dice.real(0.20, 0.55);
        for (int w = 0; w < UsageWeeks; ++w)
            u[w] = ramp(w, last - length, last, shape.baseline, floor);
        break;
    }
    case Pattern::Recovering: {
        shape.baseline = dice.real(0.55, 0.90);
        const int dip = dice.between(8, 26);
        const int bottom = dip + dice.between(3, 7);
        const int climb = bottom + dice.between(2, 6);
        const int back = qMin(last, climb + dice.between(6, 12));
        const double trough = shape.baseline * dice.real(0.30, 0.55);
        const double recovered = shape.baseline * dice.real(0.85, 1.02);
        for (int w = 0; w < UsageWeeks; ++w)
            u[w] = w < bottom ? ramp(w, dip, bottom, shape.baseline, trough)
                              : ramp(w, climb, back, trough, recovered);
        break;
    }
    }

    // Everyone takes the same holidays; how much usage drops depends on the customer.
    const double holiday = dice.real(0.55, 0.80);
    for (int w = 0; w < UsageWeeks; ++w) {
        const double seasonal = isHolidayWeek(context.weekStarts[w]) ? holiday : 1.0;
        u[w] = qBound(0.0, (u[w] + dice.noise(0.05)) * seasonal, 1.0);
    }
    return shape;
}

Result<int> writeUsage(const ActivityRepository &activity, qint64 accountId, const AccountProfile &profile,
    const UsageShape &shape, QRandomGenerator &rng, const DemoContext &context)
{
    Dice dice(rng);
    const double loginsPerUser = dice.real(3, 15);
    const double adoption
        = profile.pattern == Pattern::Growing ? dice.real(0.55, 0.85) : dice.real(0.45, 0.80);
    // Growing accounts bought extra seats when the rollout took off; before that they had fewer.
    const bool upsold
        = profile.pattern == Pattern::Growing && profile.contractAgeDays > 365 && dice.chance(0.6);
    const int seatsBefore
        = upsold ? qMax(3, int(std::lround(profile.seats / dice.real(1.1, 1.3)))) : profile.seats;
    const int upsellWeek = upsold ? dice.between(20, UsageWeeks - 8) : 0;

    UsageSample sample; // reused: one allocation-free value per row
    sample.accountId = accountId;
    sample.period = UsageSample::Period::Week;
    sample.featuresAvailable = profile.featuresAvailable;
    for (int w = 0; w < UsageWeeks; ++w) {
        const double u = shape.utilisation[w];
        sample.periodStart = context.weekStarts[w];
        sample.licensedSeats = w < upsellWeek ? seatsBefore : profile.seats;
        sample.activeUsers = qBound(0, int(std::lround(u * sample.licensedSeats)), sample.licensedSeats);
        sample.logins = int(std::lround(sample.activeUsers * loginsPerUser * (1.0 + dice.noise(0.2))));
        // Breadth of use follows depth of use: teams drifting away stop using the extra features first.
        const double breadth = adoption * (0.35 + 0.65 * qMin(1.2, u / shape.baseline));
        const int adopted = int(std::lround(breadth * profile.featuresAvailable + dice.noise(1.0)));
        sample.featuresAdopted = qBound(sample.activeUsers > 0 ? 1 : 0, adopted, profile.featuresAvailable);
        if (auto status = activity.insertUsage(sample); !status)
            return status.error();
    }
    return UsageWeeks;
}

} // namespace csm::demo
