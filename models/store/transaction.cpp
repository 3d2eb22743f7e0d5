#include "transaction.h"

#include "database.h"

#include <QObject>
#include <QSqlError>

namespace csm {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_error = m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error { QObject::tr("no transaction to commit: %1").arg(m_error) };
    if (!m_db.commit()) {
        const auto error = sqlError(QObject::tr("cannot save the changes"), m_db.lastError());
        m_db.rollback();
        m_active = false;
        return error;
    }
    m_active = false;
    return {};
}

} // namespace csm
