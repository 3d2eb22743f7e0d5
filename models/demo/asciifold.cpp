#include "asciifold.h"

namespace csm::demo {

namespace {

// Letters whose usual transliteration is not their Unicode decomposition (German umlauts become
// two letters in real addresses) or that have no decomposition at all.
const char *specialFold(char16_t c)
{
    switch (c) {
    case u'ä':
        return "ae";
    case u'ö':
        return "oe";
    case u'ü':
        return "ue";
    case u'ß':
        return "ss";
    case u'æ':
        return "ae";
    case u'ø':
        return "o";
    case u'ı':
        return "i";
    case u'ł':
        return "l";
    case u'đ':
        return "d";
    default:
        return nullptr;
    }
}

} // namespace

void appendAsciiFolded(QString &out, QStringView text, Separators separators)
{
    for (const QChar ch : text) {
        const QChar c = ch.toLower();
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            out.append(c);
        } else if (u == u' ' || u == u'-') {
            if (separators == Separators::Hyphen && !out.isEmpty() && !out.endsWith(u'-'))
                out.append(u'-');
        } else if (const char *special = specialFold(u)) {
            out.append(QLatin1StringView(special));
        } else if (c.decompositionTag() != QChar::NoDecomposition) {
            // "é" decomposes to "e" + combining accent; keep the base letter if it is ASCII.
            const QString decomposed = c.decomposition();
            const char16_t base = decomposed.isEmpty() ? 0 : decomposed.front().unicode();
            if (base >= u'a' && base <= u'z')
                out.append(QChar(base));
        }
    }
}

} // namespace csm::demo
