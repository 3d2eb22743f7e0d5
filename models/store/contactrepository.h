#pragma once

#include "domain/contact.h"
#include "domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace csm {

/// Contacts of accounts. Bulk inserts reuse one prepared statement; hold a Transaction around them.
class ContactRepository final
{
public:
    explicit ContactRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    /// The account's contacts, champions first, then by name.
    Result<QList<Contact>> forAccount(qint64 accountId) const;
    Status insert(Contact &contact) const;
    Status setLastTouch(qint64 contactId, const QDate &date) const;

private:
    QSqlDatabase m_db;
    mutable std::optional<QSqlQuery> m_insert;
};

} // namespace csm
