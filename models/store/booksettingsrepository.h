#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace csm {

/// Settings that belong to a book rather than to the user (they travel with the file):
/// segmentation rules, later health bands and models.
class BookSettingsRepository final
{
public:
    explicit BookSettingsRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    /// The stored value, or `fallback` when the key was never set.
    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value) const;

private:
    QSqlDatabase m_db;
};

} // namespace csm
