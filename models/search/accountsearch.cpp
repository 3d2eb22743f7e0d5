#include "accountsearch.h"

#include "domain/bookrow.h"

#include <QHash>

#include <algorithm>

namespace csm {

namespace {

// What a match outside the name gives up: a name that matches as well always ranks first.
constexpr int DomainPenalty = 6;
constexpr int OwnerPenalty = 10;

} // namespace

AccountSearch::AccountSearch(const std::vector<BookRow> &rows)
{
    m_entries.reserve(rows.size());
    QHash<QString, int> owners;
    for (const BookRow &row : rows) {
        int owner = -1;
        if (!row.owner.isEmpty()) {
            const auto known = owners.constFind(row.owner);
            if (known != owners.cend()) {
                owner = *known;
            } else {
                owner = int(m_owners.size());
                owners.insert(row.owner, owner);
                m_owners.emplace_back(row.owner);
            }
        }
        m_entries.push_back(Entry { row.id, FuzzyText(row.name), FuzzyText(row.domain), owner });
    }
}

const FuzzyText &AccountSearch::text(int entry, Field field) const
{
    const Entry &e = m_entries[std::size_t(entry)];
    switch (field) {
    case Field::Domain:
        return e.domain;
    case Field::Owner:
        return e.owner >= 0 ? m_owners[std::size_t(e.owner)] : m_noOwner;
    case Field::Name:
        break;
    }
    return e.name;
}

std::vector<std::optional<int>> AccountSearch::scoreOwners(const FuzzyPattern &pattern) const
{
    std::vector<std::optional<int>> scores;
    scores.reserve(m_owners.size());
    for (const FuzzyText &owner : m_owners)
        scores.push_back(pattern.score(owner));
    return scores;
}

bool AccountSearch::scoreEntry(const FuzzyPattern &pattern, int entry,
    const std::vector<std::optional<int>> &ownerScores, Hit &hit) const
{
    const Entry &e = m_entries[std::size_t(entry)];
    bool found = false;
    hit.entry = entry;
    if (const auto score = pattern.score(e.name)) {
        hit.score = *score;
        hit.field = Field::Name;
        found = true;
    }
    if (const auto score = pattern.score(e.domain); score && (!found || *score - DomainPenalty > hit.score)) {
        hit.score = *score - DomainPenalty;
        hit.field = Field::Domain;
        found = true;
    }
    if (const auto score = e.owner >= 0 ? ownerScores[std::size_t(e.owner)] : std::nullopt;
        score && (!found || *score - OwnerPenalty > hit.score)) {
        hit.score = *score - OwnerPenalty;
        hit.field = Field::Owner;
        found = true;
    }
    return found;
}

std::vector<AccountSearch::Hit> AccountSearch::find(
    const FuzzyPattern &pattern, const std::vector<Hit> *within) const
{
    const std::vector<std::optional<int>> owners = scoreOwners(pattern);
    std::vector<Hit> hits;
    Hit hit;
    if (within) {
        hits.reserve(within->size());
        for (const Hit &previous : *within)
            if (previous.entry < size() && scoreEntry(pattern, previous.entry, owners, hit))
                hits.push_back(hit);
        return hits;
    }
    for (int entry = 0; entry < size(); ++entry)
        if (scoreEntry(pattern, entry, owners, hit))
            hits.push_back(hit);
    return hits;
}

std::vector<AccountSearch::Hit> AccountSearch::best(std::vector<Hit> hits, int limit) const
{
    const auto better = [this](const Hit &a, const Hit &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const FuzzyText &nameA = m_entries[std::size_t(a.entry)].name;
        const FuzzyText &nameB = m_entries[std::size_t(b.entry)].name;
        if (nameA.size() != nameB.size())
            return nameA.size() < nameB.size();
        if (const int order = nameA.folded().compare(nameB.folded()); order != 0)
            return order < 0;
        return a.entry < b.entry;
    };
    const std::size_t keep = std::min(hits.size(), std::size_t(std::max(limit, 0)));
    std::partial_sort(hits.begin(), hits.begin() + qsizetype(keep), hits.end(), better);
    hits.resize(keep);
    return hits;
}

} // namespace csm
