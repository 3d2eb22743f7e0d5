#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

namespace csm {

/// Unit of work: begins a transaction and rolls it back on destruction unless commit() succeeded.
/// Every user-level edit and every multi-row write runs inside one. Units nest (as SQLite
/// savepoints): one opened inside another commits into it, and only the outermost reaches the file.
class [[nodiscard]] Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    QString lastError() const { return m_error; }
    Status commit();

private:
    void rollback();

    QSqlDatabase m_db;
    QString m_name;
    QString m_error;
    bool m_active = false;
};

} // namespace csm
