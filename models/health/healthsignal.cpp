#include "healthsignal.h"

#include "domain/keytable.h"

#include <QObject>

namespace csm {

namespace {

constexpr detail::KeyTable<HealthSignal, HealthSignalCount> Keys { {
    { HealthSignal::Utilisation, "utilisation" },
    { HealthSignal::UtilisationTrend, "utilisation_trend" },
    { HealthSignal::FeatureAdoption, "feature_adoption" },
    { HealthSignal::Nps, "nps" },
    { HealthSignal::NpsTrend, "nps_trend" },
    { HealthSignal::OpenTickets, "open_tickets" },
    { HealthSignal::Escalations90d, "escalations_90d" },
    { HealthSignal::NegativeTicketShare, "negative_ticket_share" },
    { HealthSignal::Payment, "payment" },
    { HealthSignal::DaysSinceTouch, "days_since_touch" },
    { HealthSignal::Champion, "champion" },
    { HealthSignal::DaysSinceContractStart, "days_since_contract_start" },
} };

} // namespace

QString healthSignalKey(HealthSignal signal)
{
    return Keys.key(signal);
}

std::optional<HealthSignal> healthSignalFromKey(QStringView key)
{
    for (HealthSignal s : AllHealthSignals)
        if (key == healthSignalKey(s))
            return s;
    return std::nullopt;
}

QString healthSignalDisplayName(HealthSignal signal)
{
    switch (signal) {
    case HealthSignal::Utilisation:
        return QObject::tr("Seat utilisation");
    case HealthSignal::UtilisationTrend:
        return QObject::tr("Utilisation trend (30 days)");
    case HealthSignal::FeatureAdoption:
        return QObject::tr("Feature adoption");
    case HealthSignal::Nps:
        return QObject::tr("NPS");
    case HealthSignal::NpsTrend:
        return QObject::tr("NPS trend");
    case HealthSignal::OpenTickets:
        return QObject::tr("Open tickets");
    case HealthSignal::Escalations90d:
        return QObject::tr("Escalations (90 days)");
    case HealthSignal::NegativeTicketShare:
        return QObject::tr("Negative ticket sentiment");
    case HealthSignal::Payment:
        return QObject::tr("Payment status");
    case HealthSignal::DaysSinceTouch:
        return QObject::tr("Days since last touch");
    case HealthSignal::Champion:
        return QObject::tr("Champion");
    case HealthSignal::DaysSinceContractStart:
        return QObject::tr("Days since contract start");
    }
    return {};
}

} // namespace csm
