// The default health models. Weights follow how CS teams commonly weigh health: product usage is the
// strongest leading indicator, then the customer's voice and the relationship, then support load and
// billing. Thresholds are starting points a team tunes in the model editor.
#include "healthmodel.h"

#include <QObject>

namespace csm {

namespace {

using Dir = ScoringRule::Direction;

HealthMeasure measure(const char *key, HealthSignal signal, double weight, ScoringRule rule)
{
    return HealthMeasure { QString::fromLatin1(key), QString(), signal, weight, rule };
}

ScoringRule higher(double poor, double concerning, double healthy)
{
    return ScoringRule::thresholds(Dir::HigherIsBetter, poor, concerning, healthy);
}

ScoringRule lower(double poor, double concerning, double healthy)
{
    return ScoringRule::thresholds(Dir::LowerIsBetter, poor, concerning, healthy);
}

// Payment and champion signals are already on the 0–100 scale.
ScoringRule identity()
{
    return ScoringRule::linear(0.0, 100.0);
}

} // namespace

HealthModel HealthModel::defaultStandard()
{
    HealthModel m;
    m.key = QStringLiteral("standard");
    m.name = QObject::tr("Standard");
    m.groups = {
        { QStringLiteral("usage"), QObject::tr("Product usage"),
          { measure("utilisation", HealthSignal::Utilisation, 15, higher(40, 60, 80)),
            measure("utilisation_trend", HealthSignal::UtilisationTrend, 10, higher(-15, -5, 0)),
            measure("feature_adoption", HealthSignal::FeatureAdoption, 10, higher(20, 40, 60)) } },
        { QStringLiteral("voice"), QObject::tr("Customer voice"),
          { measure("nps", HealthSignal::Nps, 12, higher(6, 7, 9)),
            measure("nps_trend", HealthSignal::NpsTrend, 8, higher(-3, -1, 0)) } },
        { QStringLiteral("support"), QObject::tr("Support"),
          { measure("open_tickets", HealthSignal::OpenTickets, 5, lower(8, 4, 1)),
            measure("escalations", HealthSignal::Escalations90d, 5, lower(3, 1, 0)),
            measure("negative_sentiment", HealthSignal::NegativeTicketShare, 5, lower(50, 25, 10)) } },
        { QStringLiteral("commercial"), QObject::tr("Commercial"),
          { measure("payment", HealthSignal::Payment, 10, identity()) } },
        { QStringLiteral("engagement"), QObject::tr("Engagement"),
          { measure("recency", HealthSignal::DaysSinceTouch, 10, lower(60, 30, 14)),
            measure("champion", HealthSignal::Champion, 10, identity()) } },
    };
    return m;
}

HealthModel HealthModel::defaultOnboarding()
{
    HealthModel m;
    m.key = QStringLiteral("onboarding");
    m.name = QObject::tr("Onboarding");
    m.groups = {
        { QStringLiteral("time_to_value"), QObject::tr("Time to value"),
          { measure("ramp", HealthSignal::DaysSinceContractStart, 20, lower(120, 90, 45)),
            measure("utilisation", HealthSignal::Utilisation, 20, higher(20, 40, 60)),
            measure("feature_adoption", HealthSignal::FeatureAdoption, 20, higher(10, 25, 40)) } },
        { QStringLiteral("setup"), QObject::tr("Setup and relationship"),
          { measure("champion", HealthSignal::Champion, 20, identity()),
            measure("recency", HealthSignal::DaysSinceTouch, 20, lower(30, 14, 7)) } },
    };
    return m;
}

} // namespace csm
