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

    /// A settings value stored as JSON: T's defaults when the key was never set, otherwise
    /// T::fromJson() of the stored text.
    template<typename T>
    Result<T> jsonValue(const QString &key) const
    {
        auto json = value(key);
        if (!json)
            return json.error();
        if (json->isEmpty())
            return T {};
        return T::fromJson(*json);
    }

    /// Stores `settings` as JSON after T::validate() accepted it.
    template<typename T>
    Status setJsonValue(const QString &key, const T &settings) const
    {
        if (auto valid = settings.validate(); !valid)
            return valid;
        return setValue(key, settings.toJson());
    }

private:
    QSqlDatabase m_db;
};

} // namespace csm
