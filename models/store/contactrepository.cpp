#include "contactrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QObject>
#include <QSqlError>

namespace csm {

Result<QList<Contact>> ContactRepository::forAccount(qint64 accountId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, account_id, crm_id, name, email, title, role, is_champion, last_touch "
                             "FROM contacts WHERE account_id = ? ORDER BY is_champion DESC, name"));
    q.addBindValue(accountId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read contacts"), q.lastError());
    QList<Contact> contacts;
    while (q.next()) {
        Contact c;
        c.id = q.value(0).toLongLong();
        c.accountId = q.value(1).toLongLong();
        c.crmId = q.value(2).toString();
        c.name = q.value(3).toString();
        c.email = q.value(4).toString();
        c.title = q.value(5).toString();
        c.role = q.value(6).toString();
        c.champion = q.value(7).toBool();
        c.lastTouch = sql::toDate(q.value(8));
        contacts.append(c);
    }
    return contacts;
}

Status ContactRepository::insert(Contact &c) const
{
    if (!m_insert) {
        m_insert.emplace(m_db);
        m_insert->prepare(QStringLiteral("INSERT INTO contacts (account_id, crm_id, name, email, title, role, "
                                         "is_champion, last_touch) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery &q = *m_insert;
    q.addBindValue(c.accountId);
    q.addBindValue(c.crmId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(c.crmId));
    q.addBindValue(sql::text(c.name));
    q.addBindValue(sql::text(c.email));
    q.addBindValue(sql::text(c.title));
    q.addBindValue(sql::text(c.role));
    q.addBindValue(c.champion ? 1 : 0);
    q.addBindValue(sql::date(c.lastTouch));
    if (!q.exec())
        return sqlError(QObject::tr("cannot add contact %1").arg(c.name), q.lastError());
    c.id = q.lastInsertId().toLongLong();
    return {};
}

Status ContactRepository::setLastTouch(qint64 contactId, const QDate &date) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE contacts SET last_touch = ? WHERE id = ?"));
    q.addBindValue(sql::date(date));
    q.addBindValue(contactId);
    if (!q.exec())
        return sqlError(QObject::tr("cannot record the touch"), q.lastError());
    return {};
}

} // namespace csm
