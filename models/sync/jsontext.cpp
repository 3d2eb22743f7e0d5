#include "jsontext.h"

#include <QJsonDocument>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace csm {

namespace {

constexpr int NestingLimit = 1024; // QJsonDocument's

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

inline bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/// The bytes a string cannot simply run over: its end, an escape, a control character, and the
/// first byte of a multi-byte sequence (checked apart).
struct StringStops
{
    bool stop[256] = {};
    constexpr StringStops()
    {
        for (int c = 0; c < 0x20; ++c)
            stop[c] = true;
        stop[int('"')] = stop[int('\\')] = true;
        for (int c = 0x80; c < 0x100; ++c)
            stop[c] = true;
    }
};
constexpr StringStops Stops;

/// Runs over the bytes of a string eight at a time while none of them is a stop; the byte-wise
/// loop finds which one it is.
inline const char *skipPlain(const char *at, const char *end)
{
    constexpr quint64 Ones = 0x0101010101010101ULL;
    constexpr quint64 Highs = 0x8080808080808080ULL;
    while (end - at >= 8) {
        quint64 x;
        std::memcpy(&x, at, 8);
        const quint64 quote = x ^ (Ones * '"');
        const quint64 backslash = x ^ (Ones * '\\');
        // A zero byte, a byte below 0x20, a byte from 0x80: each sets its high bit here.
        const quint64 stops = ((quote - Ones) & ~quote) | ((backslash - Ones) & ~backslash) | ((x - Ones * 0x20) & ~x) | x;
        if (stops & Highs)
            break;
        at += 8;
    }
    return at;
}

} // namespace

class JsonText::Parser
{
public:
    Parser(const QByteArray &text, std::vector<Node> &nodes)
        : m_begin(text.constData())
        , m_at(text.constData())
        , m_end(text.constData() + text.size())
        , m_nodes(nodes)
    {
    }

    bool document()
    {
        skipSpace();
        if (m_at == m_end || (*m_at != '{' && *m_at != '['))
            return false; // QJsonDocument takes an object or an array only
        if (!value(0))
            return false;
        skipSpace();
        return m_at == m_end;
    }

private:
    void skipSpace()
    {
        while (m_at != m_end && isSpace(*m_at))
            ++m_at;
    }

    quint32 offset(const char *p) const { return quint32(p - m_begin); }

    quint32 add(Type type, const char *at)
    {
        Node n;
        n.type = type;
        n.begin = offset(at);
        m_nodes.push_back(n);
        return quint32(m_nodes.size() - 1);
    }

    bool literal(const char *word, std::size_t size)
    {
        if (std::size_t(m_end - m_at) < size || std::memcmp(m_at, word, size) != 0)
            return false;
        m_at += size;
        return true;
    }

    bool value(int depth)
    {
        if (m_at == m_end)
            return false;
        const char *start = m_at;
        switch (*m_at) {
        case '{': return container(Type::Object, '}', depth + 1);
        case '[': return container(Type::Array, ']', depth + 1);
        case '"': return string();
        case 't':
            if (!literal("true", 4))
                return false;
            m_nodes[add(Type::Bool, start)].flag = true;
            m_nodes.back().next = quint32(m_nodes.size());
            return true;
        case 'f':
            if (!literal("false", 5))
                return false;
            add(Type::Bool, start);
            m_nodes.back().next = quint32(m_nodes.size());
            return true;
        case 'n':
            if (!literal("null", 4))
                return false;
            add(Type::Null, start);
            m_nodes.back().next = quint32(m_nodes.size());
            return true;
        default: return number();
        }
    }

    bool number()
    {
        const char *start = m_at;
        if (m_at != m_end && *m_at == '-')
            ++m_at;
        if (m_at == m_end || !isDigit(*m_at))
            return false;
        if (*m_at == '0') {
            ++m_at;
        } else {
            while (m_at != m_end && isDigit(*m_at))
                ++m_at;
        }
        if (m_at != m_end && *m_at == '.') {
            ++m_at;
            if (m_at == m_end || !isDigit(*m_at))
                return false;
            while (m_at != m_end && isDigit(*m_at))
                ++m_at;
        }
        if (m_at != m_end && (*m_at == 'e' || *m_at == 'E')) {
            ++m_at;
            if (m_at != m_end && (*m_at == '+' || *m_at == '-'))
                ++m_at;
            if (m_at == m_end || !isDigit(*m_at))
                return false;
            while (m_at != m_end && isDigit(*m_at))
                ++m_at;
        }
        // A number beyond a double: left to QJsonDocument, which decides what it is.
        double d = 0;
        const auto [end, error] = std::from_chars(start, m_at, d);
        if (error != std::errc() || end != m_at || !std::isfinite(d))
            return false;
        const quint32 index = add(Type::Number, start);
        m_nodes[index].length = quint32(m_at - start);
        m_nodes[index].next = index + 1;
        return true;
    }

    bool string()
    {
        ++m_at; // the opening quote
        const char *start = m_at;
        bool escaped = false;
        while (m_at != m_end) {
            m_at = skipPlain(m_at, m_end);
            while (m_at != m_end && !Stops.stop[static_cast<unsigned char>(*m_at)])
                ++m_at;
            if (m_at == m_end)
                break;
            const auto c = static_cast<unsigned char>(*m_at);
            if (c == '"') {
                const quint32 index = add(Type::String, start);
                m_nodes[index].length = quint32(m_at - start);
                m_nodes[index].flag = escaped;
                m_nodes[index].next = index + 1;
                ++m_at;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                escaped = true;
                if (++m_at == m_end)
                    return false;
                switch (*m_at) {
                case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't': ++m_at; break;
                case 'u':
                    if (m_end - m_at < 5)
                        return false;
                    for (int i = 1; i <= 4; ++i)
                        if (hexDigit(m_at[i]) < 0)
                            return false;
                    m_at += 5;
                    break;
                default: return false;
                }
                continue;
            }
            if (!utf8Sequence())
                return false;
        }
        return false; // no closing quote
    }

    /// One multi-byte UTF-8 sequence at m_at: well-formed (no overlong forms, no surrogates, at
    /// most U+10FFFF).
    bool utf8Sequence()
    {
        const auto *p = reinterpret_cast<const unsigned char *>(m_at);
        const auto left = m_end - m_at;
        const unsigned char c = p[0];
        int size = 0;
        unsigned char low = 0x80, high = 0xBF; // the second byte's range
        if (c >= 0xC2 && c <= 0xDF) {
            size = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            size = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            size = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (left < size || p[1] < low || p[1] > high)
            return false;
        for (int i = 2; i < size; ++i)
            if (!isContinuation(p[i]))
                return false;
        m_at += size;
        return true;
    }

    /// An array or an object (`close` is its closing bracket): its node counts the elements or
    /// members, each member being a name node and its value's nodes.
    bool container(Type type, char close, int depth)
    {
        if (depth > NestingLimit)
            return false;
        const quint32 index = add(type, m_at);
        ++m_at;
        skipSpace();
        quint32 count = 0;
        if (m_at != m_end && *m_at == close) {
            ++m_at;
        } else {
            for (;;) {
                if (type == Type::Object && !memberName())
                    return false;
                if (!value(depth))
                    return false;
                ++count;
                skipSpace();
                if (m_at == m_end)
                    return false;
                if (*m_at == ',') {
                    ++m_at;
                    skipSpace();
                    continue;
                }
                if (*m_at != close)
                    return false;
                ++m_at;
                break;
            }
        }
        m_nodes[index].length = count;
        m_nodes[index].next = quint32(m_nodes.size());
        return true;
    }

    /// A member's name and the colon after it.
    bool memberName()
    {
        if (m_at == m_end || *m_at != '"' || !string())
            return false;
        skipSpace();
        if (m_at == m_end || *m_at != ':')
            return false;
        ++m_at;
        skipSpace();
        return true;
    }

    const char *m_begin;
    const char *m_at;
    const char *m_end;
    std::vector<Node> &m_nodes;
};

bool JsonText::parse(const QByteArray &text)
{
    m_text = text;
    m_nodes.clear();
    if (quint64(text.size()) >= quint64(std::numeric_limits<quint32>::max()))
        return false;
    // A compact page spends about 14 bytes a value.
    m_nodes.reserve(std::size_t(text.size() / 14 + 8));
    Parser parser(m_text, m_nodes);
    if (!parser.document()) {
        m_nodes.clear();
        return false;
    }
    return true;
}

bool JsonText::read(const QByteArray &text, QJsonParseError *error)
{
    if (error)
        *error = QJsonParseError { 0, QJsonParseError::NoError };
    if (parse(text))
        return true;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (error)
        *error = parseError;
    if (parseError.error != QJsonParseError::NoError)
        return false;
    // One of the forms QJsonDocument takes and parse() does not: read as QJsonDocument writes it.
    return parse(document.toJson(QJsonDocument::Compact));
}

double JsonText::Value::toDouble(double fallback) const
{
    if (!isNumber())
        return fallback;
    double d = fallback;
    const char *p = bytes();
    std::from_chars(p, p + node().length, d);
    return d;
}

QByteArrayView JsonText::Value::raw() const
{
    if (!isString() && !isNumber())
        return {};
    return QByteArrayView(bytes(), qsizetype(node().length));
}

QString JsonText::Value::toString() const
{
    if (!isString())
        return {};
    const char *p = bytes();
    const char *end = p + node().length;
    if (!node().flag)
        return QString::fromUtf8(p, end - p);
    QString out;
    out.reserve(end - p);
    const char *run = p;
    while (p != end) {
        if (*p != '\\') {
            ++p;
            continue;
        }
        if (p != run)
            out += QString::fromUtf8(run, p - run);
        ++p;
        switch (*p++) {
        case '"': out += u'"'; break;
        case '\\': out += u'\\'; break;
        case '/': out += u'/'; break;
        case 'b': out += u'\b'; break;
        case 'f': out += u'\f'; break;
        case 'n': out += u'\n'; break;
        case 'r': out += u'\r'; break;
        case 't': out += u'\t'; break;
        case 'u': {
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i)
                unit = char16_t(unit * 16 + hexDigit(*p++));
            out += QChar(unit); // a surrogate pair arrives as its two escapes, in order
            break;
        }
        default: break; // parse() let no other escape through
        }
        run = p;
    }
    if (run != end)
        out += QString::fromUtf8(run, end - run);
    return out;
}

bool JsonText::Value::equals(QByteArrayView text) const
{
    if (!isString())
        return false;
    if (node().flag)
        return toString() == QString::fromUtf8(text);
    return QByteArrayView(bytes(), qsizetype(node().length)) == text;
}

JsonText::Value JsonText::Value::operator[](QByteArrayView key) const
{
    if (!isObject())
        return {};
    const Node *nodes = m_doc->m_nodes.data();
    const char *text = m_doc->m_text.constData();
    quint32 at = m_index + 1;
    quint32 found = 0;
    for (quint32 member = 0, members = nodes[m_index].length; member < members; ++member) {
        const Node &name = nodes[at];
        if (name.flag ? Value(m_doc, at).equals(key)
                      : name.length == quint32(key.size()) && std::memcmp(text + name.begin, key.data(), std::size_t(key.size())) == 0)
            found = at + 1; // go on: the last of a name wins
        at = nodes[at + 1].next;
    }
    return found ? Value(m_doc, found) : Value();
}

JsonText::Value JsonText::Value::memberIgnoringCase(QByteArrayView key) const
{
    if (const Value exact = (*this)[key]; !exact.isUndefined() || !isObject())
        return exact;
    const Node *nodes = m_doc->m_nodes.data();
    quint32 found = 0;
    quint32 at = m_index + 1;
    for (quint32 member = 0, members = nodes[m_index].length; member < members; ++member) {
        const Value name(m_doc, at);
        if (name.hasEscapes() ? name.toString().compare(QString::fromUtf8(key), Qt::CaseInsensitive) == 0
                              : qstrnicmp(name.bytes(), nodes[at].length, key.data(), key.size()) == 0)
            found = at + 1;
        at = nodes[at + 1].next;
    }
    return found ? Value(m_doc, found) : Value();
}

} // namespace csm
