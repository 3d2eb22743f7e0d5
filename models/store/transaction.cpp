#include "transaction.h"

#include "database.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace csm {

namespace {

std::atomic<quint64> nextSavepoint { 1 };

} // namespace

// A savepoint outside a transaction begins one, and inside one it nests: a unit of work can call
// another without either knowing, and the outermost commit is the one that reaches the file.
Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_name(QStringLiteral("csm_%1").arg(nextSavepoint.fetch_add(1)))
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("SAVEPOINT ") + m_name);
    if (!m_active)
        m_error = q.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

void Transaction::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_name);
    q.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_name);
    m_active = false;
}

Status Transaction::commit()
{
    if (!m_active)
        return Error { QObject::tr("no transaction to commit: %1").arg(m_error) };
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_name)) {
        const auto error = sqlError(QObject::tr("cannot save the changes"), q.lastError());
        rollback();
        return error;
    }
    m_active = false;
    return {};
}

} // namespace csm
