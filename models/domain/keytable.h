#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace csm::detail {

/// Maps an enum to its stable key and back. Keys compare case-insensitively and ignore
/// '-', '_' and ' ' so "High-touch", "high_touch" and "high touch" all parse.
template<typename Enum, std::size_t N>
struct KeyTable
{
    std::pair<Enum, const char *> entries[N];

    QString key(Enum value) const
    {
        for (const auto &[e, k] : entries)
            if (e == value)
                return QString::fromLatin1(k);
        return {};
    }

    std::optional<Enum> fromKey(QStringView text, QStringView ignoredSuffix = {}) const
    {
        // Fast path for the stored keys: no allocation, which matters when 100,000 rows load.
        for (const auto &[e, k] : entries)
            if (text == QLatin1StringView(k))
                return e;
        QString folded;
        folded.reserve(text.size());
        for (QChar c : text.trimmed())
            if (c != u'-' && c != u'_' && c != u' ')
                folded.append(c.toLower());
        if (!ignoredSuffix.isEmpty() && folded.endsWith(ignoredSuffix))
            folded.chop(ignoredSuffix.size());
        // Keys are folded the same way, so "check-in" finds "check_in".
        for (const auto &[e, k] : entries) {
            QString key;
            for (const char *c = k; *c; ++c)
                if (*c != '-' && *c != '_' && *c != ' ')
                    key.append(QLatin1Char(*c));
            if (folded == key)
                return e;
        }
        return std::nullopt;
    }
};

} // namespace csm::detail
