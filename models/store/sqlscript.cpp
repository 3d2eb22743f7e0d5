#include "sqlscript.h"

#include <QRegularExpression>

namespace csm {

namespace {

bool endsWithWord(const QString &text, QLatin1StringView word)
{
    static const QRegularExpression trailingWord(QStringLiteral("([A-Za-z_]+)\\s*$"));
    const auto match = trailingWord.match(text);
    return match.hasMatch() && match.captured(1).compare(word, Qt::CaseInsensitive) == 0;
}

} // namespace

QStringList splitSqlScript(QStringView script)
{
    QStringList statements;
    QString current;
    int blockDepth = 0; // inside BEGIN … END of a trigger
    const qsizetype n = script.size();

    auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script[i];
        if (c == u'-' && i + 1 < n && script[i + 1] == u'-') {
            while (i < n && script[i] != u'\n')
                ++i;
            current.append(u'\n');
            continue;
        }
        if (c == u'/' && i + 1 < n && script[i + 1] == u'*') {
            i += 2;
            while (i + 1 < n && !(script[i] == u'*' && script[i + 1] == u'/'))
                ++i;
            ++i;
            current.append(u' ');
            continue;
        }
        if (c == u'\'' || c == u'"') {
            current.append(c);
            for (++i; i < n; ++i) {
                current.append(script[i]);
                if (script[i] == c)
                    break;
            }
            continue;
        }
        if (c == u';') {
            if (blockDepth > 0 && endsWithWord(current, QLatin1StringView("END")))
                --blockDepth;
            if (blockDepth == 0) {
                flush();
                continue;
            }
        }
        const bool wordJustEnded = c.isSpace() && !current.isEmpty() && !current.back().isSpace();
        current.append(c);
        if (wordJustEnded && endsWithWord(current, QLatin1StringView("BEGIN"))
            && current.contains(QLatin1StringView("TRIGGER"), Qt::CaseInsensitive))
            ++blockDepth;
    }
    flush();
    return statements;
}

} // namespace csm
