#pragma once

// What the menu tests read from a menu entry's text.

#include <QChar>
#include <QString>

/// The mnemonic letter of a menu text ("&Book" → 'b', "&Datei" → 'd'), or a null char; "&&" is a
/// literal ampersand, not a mnemonic.
inline QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}
