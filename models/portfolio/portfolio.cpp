#include "portfolio.h"

#include <QHash>

namespace csm {

namespace {

bool sameCsm(const TeamBook &a, const TeamBook &b)
{
    if (!a.manifest.bookId.isEmpty() && a.manifest.bookId == b.manifest.bookId)
        return true;
    return !a.manifest.owner.isEmpty() && a.manifest.owner.compare(b.manifest.owner, Qt::CaseInsensitive) == 0;
}

} // namespace

Portfolio::AddResult Portfolio::add(TeamBook book)
{
    for (std::size_t i = 0; i < m_books.size(); ++i) {
        if (!sameCsm(m_books[i], book))
            continue;
        if (book.manifest.exportedAt < m_books[i].manifest.exportedAt)
            return AddResult { AddOutcome::KeptNewer, int(i), m_books[i].manifest.exportedAt };
        m_books[i] = std::move(book);
        rebuild();
        return AddResult { AddOutcome::Replaced, int(i), {} };
    }
    m_books.push_back(std::move(book));
    rebuild();
    return AddResult { AddOutcome::Added, int(m_books.size()) - 1, {} };
}

void Portfolio::remove(int book)
{
    if (book < 0 || book >= int(m_books.size()))
        return;
    m_books.erase(m_books.begin() + book);
    rebuild();
}

void Portfolio::clear()
{
    m_books.clear();
    m_entries.clear();
}

QStringList Portfolio::csmNames() const
{
    QStringList names;
    for (const TeamBook &b : m_books)
        names.append(b.csm());
    return names;
}

QString Portfolio::ownersOf(int entry) const
{
    QStringList names;
    for (int b : m_entries.at(std::size_t(entry)).csms)
        names.append(csm(b));
    return names.join(QStringLiteral(", "));
}

void Portfolio::rebuild()
{
    m_entries.clear();
    std::size_t total = 0;
    for (const TeamBook &b : m_books)
        total += b.accounts.size();
    m_entries.reserve(total);
    QHash<QString, std::size_t> byCrmId;
    byCrmId.reserve(qsizetype(total));
    for (std::size_t b = 0; b < m_books.size(); ++b) {
        const std::vector<PortfolioAccount> &accounts = m_books[b].accounts;
        for (std::size_t i = 0; i < accounts.size(); ++i) {
            const QString &key = accounts[i].crmId;
            if (!key.isEmpty()) {
                const auto it = byCrmId.constFind(key);
                if (it != byCrmId.cend()) {
                    // The same customer in two CSMs' books: shown once, from the newer export.
                    Entry &e = m_entries[*it];
                    e.csms.push_back(int(b));
                    const TeamBook &shown = m_books[std::size_t(e.book)];
                    const bool shownArchived = shown.accounts[std::size_t(e.index)].archived;
                    if ((shownArchived && !accounts[i].archived)
                        || (shownArchived == accounts[i].archived && m_books[b].manifest.exportedAt > shown.manifest.exportedAt)) {
                        e.book = int(b);
                        e.index = int(i);
                    }
                    continue;
                }
                byCrmId.insert(key, m_entries.size());
            }
            m_entries.push_back(Entry { int(b), int(i), { int(b) } });
        }
    }
}

} // namespace csm
