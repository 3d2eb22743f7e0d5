#include "utf8text.h"

#include <QStringDecoder>

#include <algorithm>

namespace csm {

namespace {

bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// QStringDecoder tells whether input was bad but not where. On the (rare) error path we feed a
// stateful decoder one byte at a time: the byte that raises the error ends the bad sequence, and
// the sequence began right after the last byte that completed a character.
qsizetype locateInvalidUtf8(QByteArrayView data)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    qsizetype sequenceStart = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QString out = decoder.decode(data.sliced(i, 1));
        if (decoder.hasError())
            return sequenceStart;
        if (!out.isEmpty())
            sequenceStart = i + 1;
    }
    // No error while streaming: the input ends inside a multi-byte sequence.
    return sequenceStart;
}

} // namespace

QByteArrayView withoutUtf8Bom(QByteArrayView data)
{
    return data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data;
}

TextPosition textPositionAt(QByteArrayView data, qsizetype offset)
{
    TextPosition pos;
    const qsizetype end = qBound(qsizetype(0), offset, data.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (data[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if (!isContinuationByte(data[i])) {
            ++pos.column;
        }
    }
    return pos;
}

TextPositionIndex::TextPositionIndex(QByteArrayView data)
    : m_data(data)
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < data.size(); ++i)
        if (data[i] == '\n')
            m_lineStarts.append(i + 1);
}

TextPosition TextPositionIndex::at(qsizetype offset) const
{
    const qsizetype end = qBound(qsizetype(0), offset, m_data.size());
    // The last line start at or before `end`.
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), end);
    const qsizetype lineIndex = (next - m_lineStarts.cbegin()) - 1;
    TextPosition pos { int(lineIndex) + 1, 1 };
    for (qsizetype i = m_lineStarts[lineIndex]; i < end; ++i)
        if (!isContinuationByte(m_data[i]))
            ++pos.column;
    return pos;
}

DecodedText decodeUtf8(QByteArrayView data)
{
    // Stateless makes a sequence cut off at the end an error instead of pending state; the BOM is
    // stripped by the caller, so a second one is kept as text rather than silently dropped.
    QStringDecoder decoder(QStringConverter::Utf8,
        QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    DecodedText result;
    result.text = decoder.decode(data);
    if (decoder.hasError()) {
        result.text.clear();
        result.invalidOffset = locateInvalidUtf8(data);
    }
    return result;
}

} // namespace csm
