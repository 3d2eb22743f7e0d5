#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

namespace csm {

/// Where one element of the records array sits in the raw JSON text.
struct JsonRecordPosition
{
    qsizetype begin = -1; ///< byte offset of the element's first character ('{' for a record)
    QHash<QString, qsizetype> values; ///< key (unescaped) -> byte offset of its value's first character
};

/// Finds the byte offsets of the records of an account file, so per-record problems found in the
/// QJsonDocument can be shown at a line and column. QJsonDocument keeps no positions, hence this.
///
/// Call only on text QJsonDocument has already accepted: the scanner tracks strings, escapes and
/// nesting depth but does no validation of its own. With `wrapped` the records are the elements
/// of the root object's `rootKey` array, otherwise those of the root array. The result holds one
/// entry per array element, in order, so it lines up with the QJsonArray's indexes.
QList<JsonRecordPosition> scanJsonRecordPositions(QByteArrayView json, bool wrapped,
                                                  QLatin1StringView rootKey = QLatin1StringView("accounts"));

/// Where a QJsonParseError really points. Qt reports the offset just past the character its
/// tokenizer choked on ("[1 2]" gives 4, not 3) except for trailing garbage, so step back onto that
/// character unless it is whitespace, and onto the first byte of a multi-byte character.
qsizetype jsonErrorOffset(QByteArrayView json, qsizetype qtOffset);

/// The raw token starting at `offset` when it is a JSON number ("125000.50"), else an empty string.
/// Lets the importer read amounts exactly instead of through the double QJsonValue holds.
QString jsonNumberTokenAt(QByteArrayView json, qsizetype offset);

} // namespace csm
