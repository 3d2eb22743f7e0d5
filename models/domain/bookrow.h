#pragma once

#include "lifecyclestage.h"
#include "segment.h"
#include "health/healthband.h"

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
    std::optional<double> health; ///< 0–100 once scored (an override's score when it sets one)
    HealthBand healthBand = HealthBand::None;
    bool healthOverride = false;  ///< a person's override is in force
    LifecycleStage stage = LifecycleStage::Onboarding;
    Segment segment = Segment::Tech;
    bool segmentOverride = false;

    /// Lower-cased name, then domain, CRM id, owner and tags, for search-as-you-type; the name
    /// part doubles as the sort key, so sorting by name compares plain code units.
    QString searchText;
    qsizetype sortNameLength = 0;

    /// Recomputes searchText and the sort key after a field changed.
    void rebuildSearchText();
    QStringView sortName() const { return QStringView(searchText).left(sortNameLength); }
    /// The first eight code units of sortName() packed big-end first, so most name comparisons
    /// are two integer comparisons; compareSortName() falls back to the text on a tie.
    quint64 sortNamePrefix[2] = { 0, 0 };
    int compareSortName(const BookRow &other) const
    {
        for (int i = 0; i < 2; ++i)
            if (sortNamePrefix[i] != other.sortNamePrefix[i])
                return sortNamePrefix[i] < other.sortNamePrefix[i] ? -1 : 1;
        return sortName().compare(other.sortName());
    }
    double arr() const { return double(arrCents) / 100.0; }
};

} // namespace csm
