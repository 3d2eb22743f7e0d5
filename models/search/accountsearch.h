#pragma once

#include "search/fuzzymatch.h"

#include <QString>

#include <optional>
#include <vector>

namespace csm {

struct BookRow;

/// The accounts of a book prepared for quick-open: the name, domain and owner of every row folded
/// once, so that a keystroke only scans memory. A match on the name ranks above the same match on
/// the domain, and that above the owner.
class AccountSearch
{
public:
    enum class Field : quint8 { Name, Domain, Owner };

    /// One matching account: `entry` indexes the rows the search was built from.
    struct Hit
    {
        int entry = 0;
        int score = 0;
        Field field = Field::Name;
    };

    AccountSearch() = default;
    explicit AccountSearch(const std::vector<BookRow> &rows);

    int size() const { return int(m_entries.size()); }
    qint64 accountId(int entry) const { return m_entries[std::size_t(entry)].id; }
    const FuzzyText &text(int entry, Field field) const;

    /// Every account `pattern` matches, in entry order. With `within`, only those hits are tried
    /// again: the hits of a query that `pattern` extends (FuzzyPattern::isRefinedBy).
    std::vector<Hit> find(const FuzzyPattern &pattern, const std::vector<Hit> *within = nullptr) const;
    /// The best `limit` hits, best first; equal scores go to the shorter, then the alphabetically
    /// first name. Returns `hits` without the rest.
    std::vector<Hit> best(std::vector<Hit> hits, int limit) const;

private:
    struct Entry
    {
        qint64 id = 0;
        FuzzyText name;
        FuzzyText domain;
        int owner = -1; ///< into m_owners: a handful of people own a whole book, scored once per query
    };

    bool scoreEntry(const FuzzyPattern &pattern, int entry,
        const std::vector<std::optional<int>> &ownerScores, Hit &hit) const;
    std::vector<std::optional<int>> scoreOwners(const FuzzyPattern &pattern) const;

    std::vector<Entry> m_entries;
    std::vector<FuzzyText> m_owners;
    FuzzyText m_noOwner;
};

} // namespace csm
