#include "columnmapping.h"

#include "accountfields.h"
#include "jsonpositions.h"
#include "utf8text.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace csm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("csm::ColumnMapping", text);
}

} // namespace

Result<ColumnMapping> ColumnMapping::fromJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("%1: cannot read the column mapping: %2").arg(path, file.errorString()) };
    const QByteArray raw = file.readAll();
    const QByteArrayView data = withoutUtf8Bom(raw);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition pos = textPositionAt(data, jsonErrorOffset(data, parseError.offset));
        return Error { tr("%1:%2:%3: the column mapping is not valid JSON: %4")
                           .arg(path)
                           .arg(pos.line)
                           .arg(pos.column)
                           .arg(parseError.errorString()) };
    }
    if (!doc.isObject())
        return Error {
            tr("%1: the column mapping must be a JSON object like {\"Company ID\": \"crm_id\"}").arg(path)
        };

    ColumnMapping mapping;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return Error {
                tr("%1: column '%2' must map to a field key given as a string").arg(path, it.key())
            };
        const QString field = it.value().toString().trimmed();
        if (!accountFieldFromKey(field))
            return Error { tr("%1: column '%2' maps to '%3', which is not a field; use one of: %4")
                               .arg(
                                   path, it.key(), field, accountFieldKeys().join(QLatin1StringView(", "))) };
        mapping.map(it.key(), field);
    }
    return mapping;
}

void ColumnMapping::map(const QString &column, const QString &field)
{
    m_fields.insert(normalized(column), field);
}

QString ColumnMapping::fieldFor(const QString &column) const
{
    return m_fields.value(normalized(column), column.trimmed());
}

} // namespace csm
