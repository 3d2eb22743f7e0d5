#pragma once

#include "lifecyclestage.h"
#include "segment.h"

#include <QDate>
#include <QString>

#include <optional>

namespace csm {

/// One line of the book of business: what the list shows and filters on, without the detail.
/// Kept compact because a book can hold 100,000 of them.
struct BookRow
{
    qint64 id = 0;
    QString crmId;
    QString name;
    QString domain;
    QString owner;
    QString currency;
    QString tags;
    qint64 arrCents = 0;
    QDate renewalDate;
    QDate lastTouch;
    std::optional<double> health; ///< 0–100 once scored
    LifecycleStage stage = LifecycleStage::Onboarding;
    Segment segment = Segment::Tech;
    bool segmentOverride = false;

    /// Lower-cased name, domain, CRM id, owner and tags, for search-as-you-type.
    QString searchText;

    void rebuildSearchText();
    double arr() const { return double(arrCents) / 100.0; }
};

} // namespace csm
