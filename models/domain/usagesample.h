#pragma once

#include <QDate>

namespace csm {

/// Product usage of one account over one period (a day or a week).
struct UsageSample
{
    enum class Period : quint8 { Day, Week };

    qint64 accountId = 0;
    Period period = Period::Week;
    QDate periodStart;
    int activeUsers = 0;
    int licensedSeats = 0;
    int logins = 0;
    int featuresAdopted = 0;   ///< distinct features used in the period
    int featuresAvailable = 0; ///< features the plan includes

    friend bool operator==(const UsageSample &, const UsageSample &) = default;
};

} // namespace csm
