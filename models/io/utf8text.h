#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace csm {

/// A 1-based place in a text file.
struct TextPosition
{
    int line = 1;
    int column = 1; ///< in Unicode code points, so "Müller" is 6 columns wide, not 7 bytes
};

/// The input without a leading UTF-8 byte order mark. Importers strip it once up front so every byte
/// offset, and so every reported column, refers to the text the user sees in an editor.
QByteArrayView withoutUtf8Bom(QByteArrayView data);

/// Line and column of byte `offset` in UTF-8 `data` (lines split at LF; a lone CR counts as a
/// character). An offset past the end is clamped to the end.
TextPosition textPositionAt(QByteArrayView data, qsizetype offset);

/// textPositionAt() for many offsets into the same text: indexes the line starts once, so placing
/// every value of a large JSON file stays linear instead of rescanning from the top each time.
class TextPositionIndex final
{
public:
    explicit TextPositionIndex(QByteArrayView data);
    TextPosition at(qsizetype offset) const;

private:
    QByteArrayView m_data;
    QList<qsizetype> m_lineStarts; // byte offset of the first byte of each line
};

/// The result of decoding: the text, or the byte offset of the first byte that is not valid UTF-8.
struct DecodedText
{
    QString text;
    qsizetype invalidOffset = -1; ///< -1 when the whole input is valid
    bool ok() const { return invalidOffset < 0; }
};

/// Decodes strict UTF-8 with QStringDecoder. On failure locates the start of the first malformed
/// sequence (a stray byte, a truncated or overlong sequence, an encoded surrogate).
DecodedText decodeUtf8(QByteArrayView data);

} // namespace csm
