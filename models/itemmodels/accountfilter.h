#pragma once

#include "domain/bookrow.h"
#include "domain/result.h"

#include <QDate>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace csm {

/// What the book list shows: a plain value, tested on its own; the proxy model only asks it.
class AccountFilter
{
public:
    std::optional<Segment> segment() const { return m_segment; }
    void setSegment(std::optional<Segment> segment) { m_segment = segment; }

    /// Search-as-you-type: every word must appear in the name, domain, CRM id, owner or tags.
    QString text() const { return m_text; }
    void setText(const QString &text);

    /// Exact owner name; empty matches every owner.
    QString owner() const { return m_owner; }
    void setOwner(const QString &owner) { m_owner = owner; }

    std::optional<LifecycleStage> stage() const { return m_stage; }
    void setStage(std::optional<LifecycleStage> stage) { m_stage = stage; }

    /// Accounts renewing within this many days of today, including those already past renewal;
    /// nullopt matches every renewal date.
    std::optional<int> renewalWithinDays() const { return m_renewalWithinDays; }
    void setRenewalWithinDays(std::optional<int> days) { m_renewalWithinDays = days; }

    /// Accounts in this health band (HealthBand::None: not scored); nullopt matches every band.
    std::optional<HealthBand> healthBand() const { return m_healthBand; }
    void setHealthBand(std::optional<HealthBand> band) { m_healthBand = band; }

    bool accepts(const BookRow &row, const QDate &today) const;
    /// The same test without the segment, for the per-segment counts on the tabs.
    bool acceptsAnySegment(const BookRow &row, const QDate &today) const;

    bool isEmpty() const;

    /// True when every row this filter accepts is also accepted by `previous`, so the list can
    /// narrow what it shows instead of testing every row again.
    bool refines(const AccountFilter &previous) const;

    /// Whether `word` occurs in `haystack` (both already lower-cased).
    static bool containsWord(QStringView haystack, QStringView word);

    /// The filter written as a query, e.g. `segment:high renewal:120 owner:"Dana Whitfield" acme`:
    /// `segment:` high|mid|tech, `stage:` a lifecycle stage key, `health:` red|amber|green|none,
    /// `renewal:` days, `owner:` a name (quoted when it has spaces); other words search the text.
    QString toQuery() const;
    /// Parses a query as toQuery() writes it; an unknown key or value is an error naming it.
    static Result<AccountFilter> fromQuery(const QString &query);

    QVariantMap toVariantMap() const;
    static AccountFilter fromVariantMap(const QVariantMap &map);

    friend bool operator==(const AccountFilter &, const AccountFilter &) = default;

private:
    std::optional<Segment> m_segment;
    QString m_text;
    QStringList m_words; // lower-cased words of m_text
    QString m_owner;
    std::optional<LifecycleStage> m_stage;
    std::optional<int> m_renewalWithinDays;
    std::optional<HealthBand> m_healthBand;
};

} // namespace csm
