#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonParseError>
#include <QString>

#include <vector>

namespace csm {

/// A JSON text read in one pass, for the pages of records a CRM sends: every value stays where it
/// is in the text and is decoded only when asked for, so a page of a hundred records costs a few
/// allocations instead of a tree of QJsonValues.
///
/// parse() follows RFC 8259 strictly (UTF-8 checked, nesting up to 1024, nothing after the value).
/// What it refuses, QJsonDocument refuses too, but for a few lenient forms QJsonDocument takes (a
/// byte order mark, "1.", a number beyond a double): read() hands those to QJsonDocument, and any
/// text it refuses comes back with QJsonDocument's own error.
class JsonText
{
public:
    enum class Type : quint8 { Undefined, Null, Bool, Number, String, Array, Object };

    class Value;

    /// Reads `text`; false when it is not strictly JSON (the text is kept either way).
    bool parse(const QByteArray &text);
    /// Reads `text` as parse() does, and what parse() refuses as QJsonDocument does: false, with
    /// `error` set, only when QJsonDocument refuses it too.
    bool read(const QByteArray &text, QJsonParseError *error = nullptr);

    /// The top-level value; Undefined before a successful parse.
    Value root() const;

private:
    struct Node
    {
        quint32 begin = 0;  ///< strings: the first byte inside the quotes; others: the first byte
        quint32 length = 0; ///< strings and numbers: bytes; arrays and objects: elements or members
        quint32 next = 0;   ///< the node after this value and everything in it
        Type type = Type::Undefined;
        bool flag = false;  ///< strings: escapes inside; booleans: true
    };
    class Parser;
    friend class Value;

    QByteArray m_text;
    std::vector<Node> m_nodes;
};

/// One value of a JsonText; valid while the JsonText lives and is not parsed again. A missing
/// member or element is Undefined, as QJsonValue's is.
class JsonText::Value
{
public:
    Value() = default;

    Type type() const { return m_doc ? node().type : Type::Undefined; }
    bool isUndefined() const { return type() == Type::Undefined; }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    bool toBool(bool fallback = false) const { return isBool() ? node().flag : fallback; }
    /// A number's value (as QJsonValue::toDouble gives it); `fallback` for anything else.
    double toDouble(double fallback = 0) const;
    /// A string's text, decoded; a null QString for anything else.
    QString toString() const;
    /// A string's bytes between the quotes as sent (escapes not decoded), or a number's text;
    /// empty for anything else.
    QByteArrayView raw() const;
    /// Whether a string holds escapes, so raw() is not its text.
    bool hasEscapes() const { return isString() && node().flag; }
    /// Whether this is a string whose text is `text` (UTF-8).
    bool equals(QByteArrayView text) const;

    /// Elements of an array, members of an object; 0 for anything else.
    qsizetype size() const { return isArray() || isObject() ? qsizetype(node().length) : 0; }
    /// An object's member named `key` (UTF-8; the last one when named twice, as QJsonObject keeps).
    Value operator[](QByteArrayView key) const;
    Value operator[](QLatin1StringView key) const { return (*this)[QByteArrayView(key.data(), key.size())]; }
    /// An object's member named `key`, or else one whose name differs from it in case only (ASCII
    /// letters; for CRMs whose field names are case-insensitive).
    Value memberIgnoringCase(QByteArrayView key) const;
    template<qsizetype N>
    Value operator[](const char (&key)[N]) const
    {
        return (*this)[QByteArrayView(key, N - 1)];
    }

    /// Walks an array's elements: `for (const JsonText::Value &v : array)`; nothing for others.
    class Iterator
    {
    public:
        Value operator*() const { return Value(m_doc, m_index); }
        Iterator &operator++()
        {
            m_index = m_doc->m_nodes[m_index].next;
            --m_left;
            return *this;
        }
        bool operator==(const Iterator &other) const { return m_left == other.m_left; }
        bool operator!=(const Iterator &other) const { return m_left != other.m_left; }

    private:
        friend class Value;
        Iterator(const JsonText *doc, quint32 index, qsizetype left) : m_doc(doc), m_index(index), m_left(left) { }
        const JsonText *m_doc = nullptr;
        quint32 m_index = 0;
        qsizetype m_left = 0;
    };
    Iterator begin() const { return Iterator(m_doc, m_index + 1, isArray() ? size() : 0); }
    Iterator end() const { return Iterator(m_doc, 0, 0); }

private:
    friend class JsonText;
    Value(const JsonText *doc, quint32 index) : m_doc(doc), m_index(index) { }
    const Node &node() const { return m_doc->m_nodes[m_index]; }
    const char *bytes() const { return m_doc->m_text.constData() + node().begin; }

    const JsonText *m_doc = nullptr;
    quint32 m_index = 0;
};

inline JsonText::Value JsonText::root() const
{
    return m_nodes.empty() ? Value() : Value(this, 0);
}

} // namespace csm
