#pragma once

#include "accountprofile.h"
#include "democontext.h"
#include "demousage.h"
#include "domain/account.h"
#include "domain/result.h"

#include <QRandomGenerator>

#include <span>

namespace csm {
class ActivityRepository;
}

namespace csm::demo {

/// Writes 0–6 NPS (0–10) and CSAT (1–5) answers spread over the account's year. Scores follow the
/// usage at the time of answering, so declining accounts collect detractors as their usage falls;
/// some answers carry a short comment. Returns how many were written.
Result<int> writeSurveys(const ActivityRepository &activity, const Account &account,
    const AccountProfile &profile, const UsageShape &shape, std::span<const qint64> contactIds,
    QRandomGenerator &rng, const DemoContext &context);

} // namespace csm::demo
