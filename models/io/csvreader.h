#pragma once

#include "importissue.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace csm {

/// One CSV record and the line it starts on (a quoted field may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;

    friend bool operator==(const CsvRecord &, const CsvRecord &) = default;
};

/// The records of a CSV text, plus the syntax problems found on the way.
struct CsvTable
{
    QList<CsvRecord> records;
    QList<ImportIssue> issues; ///< `file` left empty; `column` is the 1-based field index
};

/// Splits RFC 4180 text into records.
///
/// Fields are separated by ',' and records by CRLF, LF or a lone CR. A field in double quotes may
/// hold commas, line breaks (kept as written) and doubled quotes. Fields are returned verbatim,
/// without trimming. Empty lines between records are skipped so a trailing newline does not make
/// an empty record. Deviations are reported rather than guessed at: a quote inside an unquoted
/// field or text after a closing quote is an issue (the text is kept literally so later fields stay
/// aligned), and a quote that is never closed ends the input with an issue at the line it opened.
CsvTable readCsv(QStringView text);

} // namespace csm
