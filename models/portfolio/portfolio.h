#pragma once

#include "teambook.h"

#include <QDateTime>
#include <QStringList>

#include <vector>

namespace csm {

/// The team's books, merged for the lead: each CSM's book once (a newer export of the same CSM
/// replaces the older), and each account once, named with every CSM whose book holds it. Read-only:
/// nothing here writes to a book.
class Portfolio
{
public:
    struct Entry
    {
        int book = 0;  ///< the book whose copy of the account is shown (the newest export)
        int index = 0; ///< into that book's accounts
        std::vector<int> csms; ///< books holding the account, in book order
    };

    enum class AddOutcome { Added, Replaced, KeptNewer };
    struct AddResult
    {
        AddOutcome outcome = AddOutcome::Added;
        int book = -1; ///< where the CSM's book now is
        QDateTime keptExportedAt; ///< KeptNewer: the export already open
    };

    /// Adds one CSM's book. The same CSM (same book id, or the same owner) already open is replaced
    /// when `book` is as new or newer, and kept otherwise.
    AddResult add(TeamBook book);
    /// Removes a book (and the accounts only it held).
    void remove(int book);
    void clear();

    const std::vector<TeamBook> &books() const { return m_books; }
    /// The CSM of each book, in book order.
    QString csm(int book) const { return m_books.at(std::size_t(book)).csm(); }
    QStringList csmNames() const;

    const std::vector<Entry> &entries() const { return m_entries; }
    const PortfolioAccount &account(const Entry &e) const
    {
        return m_books[std::size_t(e.book)].accounts[std::size_t(e.index)];
    }
    const PortfolioAccount &account(int entry) const { return account(m_entries.at(std::size_t(entry))); }
    /// "Alice, Bob" for an account two books hold.
    QString ownersOf(int entry) const;

private:
    void rebuild();

    std::vector<TeamBook> m_books;
    std::vector<Entry> m_entries;
};

} // namespace csm
