#include "soql.h"

#include <QDateTime>
#include <QRegularExpression>

namespace csm::emulator {

namespace {

struct Token
{
    enum Kind { Word, Literal, String, Op, Comma, Paren };
    Kind kind;
    QString text;
    int column; ///< 1-based, as Salesforce counts
};

std::variant<QList<Token>, SoqlError> tokenize(const QString &s)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        if (c.isLetter() || c == u'_') {
            while (i < n && (s.at(i).isLetterOrNumber() || s.at(i) == u'_' || s.at(i) == u'.'))
                ++i;
            tokens << Token { Token::Word, s.mid(start, i - start), int(start) + 1 };
        } else if (c.isDigit()) {
            while (i < n && (s.at(i).isLetterOrNumber() || s.at(i) == u':' || s.at(i) == u'.' || s.at(i) == u'+' || s.at(i) == u'-'))
                ++i;
            tokens << Token { Token::Literal, s.mid(start, i - start), int(start) + 1 };
        } else if (c == u'\'') {
            QString value;
            ++i;
            while (i < n && s.at(i) != u'\'') {
                if (s.at(i) == u'\\' && i + 1 < n)
                    ++i;
                value += s.at(i++);
            }
            if (i >= n)
                return SoqlError { QStringLiteral("MALFORMED_QUERY"), pointAt(s, int(start) + 1, QStringLiteral("unterminated string literal")) };
            ++i;
            tokens << Token { Token::String, value, int(start) + 1 };
        } else if (c == u',') {
            ++i;
            tokens << Token { Token::Comma, QStringLiteral(","), int(start) + 1 };
        } else if (c == u'(' || c == u')') {
            ++i;
            tokens << Token { Token::Paren, QString(c), int(start) + 1 };
        } else if (c == u'<' || c == u'>' || c == u'=' || c == u'!') {
            ++i;
            if (i < n && (s.at(i) == u'=' || (c == u'<' && s.at(i) == u'>')))
                ++i;
            tokens << Token { Token::Op, s.mid(start, i - start), int(start) + 1 };
        } else {
            return SoqlError { QStringLiteral("MALFORMED_QUERY"),
                               pointAt(s, int(start) + 1, QStringLiteral("line 1:%1 no viable alternative at character '%2'").arg(start).arg(c)) };
        }
    }
    return tokens;
}

std::optional<qint64> dateTimeLiteral(const QString &text)
{
    // YYYY-MM-DDThh:mm:ssZ or with ±hh:mm; fractions of a second are not SOQL.
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

} // namespace

QString pointAt(const QString &soql, int column, const QString &what)
{
    return QStringLiteral("\n%1\n%2^\nERROR at Row:1:Column:%3\n%4").arg(soql, QString(column - 1, u' ')).arg(column).arg(what);
}

std::variant<Soql, SoqlError> parseSoql(const QString &soql)
{
    auto tokenized = tokenize(soql);
    if (auto *error = std::get_if<SoqlError>(&tokenized))
        return *error;
    const QList<Token> tokens = std::get<QList<Token>>(tokenized);
    qsizetype at = 0;
    const auto unexpected = [&](qsizetype i) {
        if (i >= tokens.size())
            return SoqlError { QStringLiteral("MALFORMED_QUERY"), pointAt(soql, int(soql.size()) + 1, QStringLiteral("unexpected end of query")) };
        return SoqlError { QStringLiteral("MALFORMED_QUERY"),
                           pointAt(soql, tokens.at(i).column, QStringLiteral("unexpected token: '%1'").arg(tokens.at(i).text)) };
    };
    const auto isKeyword = [&](qsizetype i, const char *word) {
        return i < tokens.size() && tokens.at(i).kind == Token::Word && tokens.at(i).text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    };
    const auto isWord = [&](qsizetype i) {
        static const QStringList reserved { QStringLiteral("select"), QStringLiteral("from"), QStringLiteral("where"),
                                            QStringLiteral("order"), QStringLiteral("by"), QStringLiteral("limit") };
        return i < tokens.size() && tokens.at(i).kind == Token::Word && !reserved.contains(tokens.at(i).text.toLower());
    };

    Soql q;
    if (!isKeyword(at, "select"))
        return unexpected(at);
    ++at;
    for (;;) {
        if (!isWord(at))
            return unexpected(at);
        q.fields << Named { tokens.at(at).text, tokens.at(at).column };
        ++at;
        if (at < tokens.size() && tokens.at(at).kind == Token::Comma) {
            ++at;
            continue;
        }
        break;
    }
    if (!isKeyword(at, "from"))
        return unexpected(at);
    ++at;
    if (!isWord(at))
        return unexpected(at);
    q.object = Named { tokens.at(at).text, tokens.at(at).column };
    ++at;
    if (isKeyword(at, "where")) {
        ++at;
        if (!isWord(at))
            return unexpected(at);
        q.whereField = Named { tokens.at(at).text, tokens.at(at).column };
        ++at;
        if (at >= tokens.size() || tokens.at(at).kind != Token::Op)
            return unexpected(at);
        q.op = tokens.at(at).text;
        ++at;
        if (at >= tokens.size())
            return unexpected(at);
        const Token &literal = tokens.at(at);
        if (literal.kind == Token::String)
            return SoqlError { QStringLiteral("INVALID_FIELD"),
                               pointAt(soql, literal.column,
                                       QStringLiteral("value of filter criterion for field '%1' must be of type dateTime and should "
                                                      "not be enclosed in quotes")
                                           .arg(q.whereField->name)) };
        const auto ms = literal.kind == Token::Literal ? dateTimeLiteral(literal.text) : std::nullopt;
        if (!ms)
            return unexpected(at);
        q.whereMs = *ms;
        ++at;
    }
    if (isKeyword(at, "order")) {
        ++at;
        if (!isKeyword(at, "by"))
            return unexpected(at);
        ++at;
        for (;;) {
            if (!isWord(at) || isKeyword(at, "asc") || isKeyword(at, "desc"))
                return unexpected(at);
            Named field { tokens.at(at).text, tokens.at(at).column };
            ++at;
            bool descending = false;
            if (isKeyword(at, "asc") || isKeyword(at, "desc")) {
                descending = isKeyword(at, "desc");
                ++at;
            }
            q.order << std::pair { field, descending };
            if (at < tokens.size() && tokens.at(at).kind == Token::Comma) {
                ++at;
                continue;
            }
            break;
        }
    }
    if (isKeyword(at, "limit")) {
        ++at;
        bool ok = false;
        q.limit = at < tokens.size() && tokens.at(at).kind == Token::Literal ? tokens.at(at).text.toInt(&ok) : -1;
        if (!ok || q.limit < 0)
            return unexpected(at);
        ++at;
    }
    if (at < tokens.size())
        return unexpected(at);
    return q;
}

} // namespace csm::emulator
