#include "accountexport.h"

#include "accountfields.h"

namespace csm {

namespace {

QByteArray csvField(const QString &value)
{
    const bool needsQuotes
        = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r');
    if (!needsQuotes)
        return value.toUtf8();
    QString quoted = value;
    quoted.replace(u'"', QLatin1StringView("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

// QJsonDocument would write "arr" through a double; writing the text ourselves keeps it exact, so
// strings get the escaping JSON requires and nothing else (UTF-8 stays readable).
QByteArray jsonString(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size() + 2);
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"':
            escaped += QLatin1StringView("\\\"");
            break;
        case u'\\':
            escaped += QLatin1StringView("\\\\");
            break;
        case u'\n':
            escaped += QLatin1StringView("\\n");
            break;
        case u'\r':
            escaped += QLatin1StringView("\\r");
            break;
        case u'\t':
            escaped += QLatin1StringView("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                escaped
                    += QLatin1StringView("\\u") + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                escaped += c; // surrogate pairs stay together because we convert once, below
        }
    }
    return '"' + escaped.toUtf8() + '"';
}

QByteArray jsonValue(const Account &account, AccountField field)
{
    const QString text = accountFieldText(account, field);
    switch (field) {
    case AccountField::Arr:
        return text.toLatin1();
    case AccountField::Tags: {
        QByteArrayList items;
        for (const QString &tag : account.tags)
            items.append(jsonString(tag));
        return '[' + items.join(", ") + ']';
    }
    case AccountField::ContractStart:
    case AccountField::RenewalDate:
    case AccountField::Segment:
        return text.isEmpty() ? QByteArray("null") : jsonString(text);
    default:
        return jsonString(text);
    }
}

} // namespace

QByteArray accountsToCsv(const QList<Account> &accounts)
{
    QByteArrayList header;
    for (AccountField field : AllAccountFields)
        header.append(accountFieldKey(field).toLatin1());
    QByteArray out = header.join(',') + "\r\n";
    for (const Account &account : accounts) {
        QByteArrayList row;
        for (AccountField field : AllAccountFields)
            row.append(csvField(accountFieldText(account, field)));
        out += row.join(',') + "\r\n";
    }
    return out;
}

QByteArray accountsToJson(const QList<Account> &accounts)
{
    QByteArrayList records;
    for (const Account &account : accounts) {
        QByteArrayList members;
        for (AccountField field : AllAccountFields)
            members.append(
                "            " + jsonString(accountFieldKey(field)) + ": " + jsonValue(account, field));
        records.append("        {\n" + members.join(",\n") + "\n        }");
    }
    const QByteArray list = records.isEmpty() ? QByteArray("[]") : "[\n" + records.join(",\n") + "\n    ]";
    return "{\n    \"accounts\": " + list + "\n}\n";
}

} // namespace csm
