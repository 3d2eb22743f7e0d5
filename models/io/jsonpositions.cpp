#include "jsonpositions.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace csm {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView json, qsizetype pos)
{
    while (pos < json.size() && isJsonSpace(json[pos]))
        ++pos;
    return pos;
}

// Returns the offset just past the closing quote of the string opening at `pos`.
qsizetype stringEnd(QByteArrayView json, qsizetype pos)
{
    for (++pos; pos < json.size(); ++pos) {
        if (json[pos] == '\\')
            ++pos; // the escaped character cannot end the string
        else if (json[pos] == '"')
            return pos + 1;
    }
    return pos;
}

// Keys may use escapes ("na\u006de"); letting QJsonDocument decode the string token keeps this
// scanner free of its own unescaping rules. Keys are short, so the cost does not matter.
QString decodeString(QByteArrayView token)
{
    if (!token.contains('\\'))
        return QString::fromUtf8(token.sliced(1, token.size() - 2));
    const QByteArray wrapped = '[' + token.toByteArray() + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

struct Level
{
    char kind; // '{' or '['
    bool expectKey; // objects: the next string is a key
};

} // namespace

QList<JsonRecordPosition> scanJsonRecordPositions(QByteArrayView json, bool wrapped, QLatin1StringView rootKey)
{
    QList<JsonRecordPosition> records;
    QList<Level> stack;
    // Depth (stack size) of the records array once it is open; 0 = not found yet.
    qsizetype recordsDepth = wrapped ? 0 : 1;
    bool accountsValueNext = false; // just read the root's "accounts" key
    bool elementNext = false; // at records depth, right after '[' or ','
    QString key;

    for (qsizetype pos = 0; pos < json.size(); ++pos) {
        const char c = json[pos];
        if (isJsonSpace(c))
            continue;
        if (elementNext && stack.size() == recordsDepth && c != ']') {
            records.append(JsonRecordPosition { pos, {} });
            elementNext = false;
        }
        switch (c) {
        case '{':
        case '[':
            if (c == '[' && accountsValueNext && stack.size() == 1) {
                recordsDepth = 2;
                records.clear(); // a repeated "accounts" key: QJsonObject keeps the last one too
            }
            accountsValueNext = false;
            stack.append(Level { c, c == '{' });
            elementNext = stack.size() == recordsDepth;
            break;
        case '}':
        case ']':
            stack.removeLast();
            break;
        case ',':
            accountsValueNext = false;
            if (stack.last().kind == '{')
                stack.last().expectKey = true;
            elementNext = stack.size() == recordsDepth;
            break;
        case ':':
            stack.last().expectKey = false;
            if (recordsDepth > 0 && stack.size() == recordsDepth + 1 && !records.isEmpty())
                records.last().values.insert(key, skipSpace(json, pos + 1));
            break;
        case '"': {
            const qsizetype end = stringEnd(json, pos);
            const bool interesting = stack.size() == 1 || stack.size() == recordsDepth + 1;
            if (stack.last().kind == '{' && stack.last().expectKey && interesting) {
                key = decodeString(json.sliced(pos, end - pos));
                accountsValueNext = wrapped && stack.size() == 1 && key == rootKey;
            }
            pos = end - 1;
            break;
        }
        default:
            break; // numbers, true, false, null: nothing inside them to track
        }
    }
    return records;
}

qsizetype jsonErrorOffset(QByteArrayView json, qsizetype qtOffset)
{
    qsizetype offset = qBound(qsizetype(0), qtOffset, json.size());
    if (offset > 0 && !isJsonSpace(json[offset - 1]))
        --offset;
    while (offset > 0 && offset < json.size() && (static_cast<unsigned char>(json[offset]) & 0xC0) == 0x80)
        --offset;
    return offset;
}

QString jsonNumberTokenAt(QByteArrayView json, qsizetype offset)
{
    qsizetype end = offset;
    while (end < json.size()) {
        const char c = json[end];
        if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'))
            break;
        ++end;
    }
    return QString::fromLatin1(json.sliced(offset, end - offset));
}

} // namespace csm
