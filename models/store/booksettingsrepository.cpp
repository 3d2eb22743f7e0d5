#include "booksettingsrepository.h"

#include "database.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace csm {

Result<QString> BookSettingsRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM book_settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(QObject::tr("cannot read setting %1").arg(key), q.lastError());
    return q.next() ? q.value(0).toString() : fallback;
}

Status BookSettingsRepository::setValue(const QString &key, const QString &value) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO book_settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(QObject::tr("cannot save setting %1").arg(key), q.lastError());
    return {};
}

} // namespace csm
