#pragma once

#include "domain/result.h"

#include <QHash>
#include <QString>

namespace csm {

/// Renames the columns of a CSV file (or the keys of a JSON record) to account field keys, so a
/// CRM export like "Company ID,Account Name,ARR (USD)" imports without editing the file.
///
/// Lookups trim the column name and ignore case. A column without a mapping keeps its own name,
/// which is why a file that already uses the field keys needs no mapping at all.
class ColumnMapping final
{
public:
    ColumnMapping() = default;

    /// Reads a JSON object of column name -> field key: {"Company ID": "crm_id", ...}.
    /// Every target must be a known field key (see accountfields.h). Errors name the file and, for
    /// syntax errors, the line and column.
    static Result<ColumnMapping> fromJsonFile(const QString &path);

    /// Maps `column` to `field`, replacing an earlier mapping of the same column.
    void map(const QString &column, const QString &field);

    /// The field key for `column`: the mapped key, or the trimmed column name itself.
    QString fieldFor(const QString &column) const;

    bool isEmpty() const { return m_fields.isEmpty(); }

private:
    static QString normalized(const QString &column) { return column.trimmed().toCaseFolded(); }

    QHash<QString, QString> m_fields; // normalized column -> field key
};

} // namespace csm
