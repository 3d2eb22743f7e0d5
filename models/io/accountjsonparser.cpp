#include "accountparser.h"
#include "accountrecordbuilder.h"
#include "jsonpositions.h"
#include "utf8text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace csm {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return AccountImport::tr("true/false");
    case QJsonValue::Double:
        return AccountImport::tr("a number");
    case QJsonValue::String:
        return AccountImport::tr("text");
    case QJsonValue::Array:
        return AccountImport::tr("a list");
    case QJsonValue::Object:
        return AccountImport::tr("an object");
    default:
        return AccountImport::tr("null");
    }
}

QString expectedType(AccountField field)
{
    switch (field) {
    case AccountField::Arr:
        return AccountImport::tr("a number or text");
    case AccountField::Tags:
        return AccountImport::tr("a list of text or text");
    default:
        return AccountImport::tr("text");
    }
}

// Reads one record's keys; the builder is already inside the record.
void readRecord(const QJsonObject &object, const JsonRecordPosition &where, QByteArrayView bytes,
    const TextPositionIndex &index, const ColumnMapping &mapping, AccountRecordBuilder &builder)
{
    std::array<QString, AllAccountFields.size()> keyOf; // which key gave each field
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto field = accountFieldFromKey(mapping.fieldFor(it.key()));
        if (!field) {
            builder.skipColumn(it.key());
            continue;
        }
        const qsizetype offset = where.values.value(it.key(), where.begin);
        const TextPosition at = index.at(offset);
        const QJsonValue value = it.value();
        QString &earlier = keyOf[std::size_t(*field)];
        if (!earlier.isNull()) {
            builder.reject(*field, at.line, at.column,
                AccountImport::tr("key '%1' is field %2 again; key '%3' already is")
                    .arg(it.key(), accountFieldKey(*field), earlier));
            continue;
        }
        earlier = it.key();

        if (value.isString() || value.isNull()) {
            builder.setText(*field, value.toString().trimmed(), at.line, at.column);
        } else if (value.isDouble() && *field == AccountField::Arr) {
            // The raw token, not the double, so 0.1-style amounts convert to cents exactly.
            builder.setText(*field, jsonNumberTokenAt(bytes, offset), at.line, at.column);
        } else if (value.isArray() && *field == AccountField::Tags) {
            QStringList tags;
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!array[i].isString()) {
                    builder.issue(at.line, at.column,
                        AccountImport::tr("tags must be a list of text; item %1 is %2").arg(i + 1).arg(typeName(array[i])));
                    tags.clear();
                    break;
                }
                tags.append(array[i].toString());
            }
            builder.setTags(tags, at.line, at.column);
        } else {
            builder.reject(*field, at.line, at.column,
                AccountImport::tr("%1 must be %2, not %3")
                    .arg(accountFieldKey(*field), expectedType(*field), typeName(value)));
        }
    }
}

} // namespace

ParsedAccounts parseAccountsJson(
    const QByteArray &data, const QString &fileName, const ColumnMapping &mapping)
{
    AccountRecordBuilder builder(fileName);
    const QByteArrayView bytes = withoutUtf8Bom(data);
    const TextPositionIndex index(bytes);
    const DecodedText decoded = decodeUtf8(bytes);
    if (!decoded.ok()) {
        const TextPosition at = index.at(decoded.invalidOffset);
        const auto byte = static_cast<unsigned char>(bytes[decoded.invalidOffset]);
        builder.issue(at.line, at.column,
            AccountImport::tr("byte 0x%1 is not valid UTF-8; save the file as UTF-8")
                .arg(QString::number(byte, 16).toUpper()));
        return builder.take();
    }
    if (decoded.text.trimmed().isEmpty()) {
        builder.issue(0, 0, AccountImport::tr("the file contains no accounts"));
        return builder.take();
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition at = index.at(jsonErrorOffset(bytes, parseError.offset));
        builder.issue(at.line, at.column, AccountImport::tr("not valid JSON: %1").arg(parseError.errorString()));
        return builder.take();
    }

    const bool wrapped = doc.isObject();
    const QJsonValue records
        = wrapped ? doc.object().value(QLatin1StringView("accounts")) : QJsonValue(doc.array());
    if (!records.isArray()) {
        const qsizetype root
            = std::find_if(bytes.begin(), bytes.end(), [](char c) { return c == '{'; }) - bytes.begin();
        const TextPosition at = index.at(root);
        builder.issue(
            at.line, at.column, AccountImport::tr("expected a list of accounts or an object with an \"accounts\" list"));
        return builder.take();
    }
    const QJsonArray array = records.toArray();
    if (array.isEmpty()) {
        builder.issue(0, 0, AccountImport::tr("the file contains no accounts"));
        return builder.take();
    }

    const QList<JsonRecordPosition> positions = scanJsonRecordPositions(bytes, wrapped);
    Q_ASSERT(positions.size() == array.size());
    for (qsizetype i = 0; i < array.size() && i < positions.size(); ++i) {
        const TextPosition at = index.at(positions[i].begin);
        if (!array[i].isObject()) {
            builder.issue(
                at.line, at.column, AccountImport::tr("each account must be an object, not %1").arg(typeName(array[i])));
            continue;
        }
        builder.begin(at.line, at.column);
        readRecord(array[i].toObject(), positions[i], bytes, index, mapping, builder);
        builder.finish();
    }
    return builder.take();
}

} // namespace csm
