#pragma once

#include <QList>
#include <QString>

namespace csm {

/// One problem found in an input file, positioned the way compilers do it so editors can jump there.
///
/// Positions are 1-based; 0 means "unknown" and is left out of toString(). What `column` counts
/// depends on what went wrong:
///  - a problem with one CSV field (bad number, empty required value, wrong field count) gives the
///    CSV column, i.e. the field's 1-based index, because that is what a spreadsheet user sees;
///  - a problem with the bytes or the JSON text (invalid UTF-8, JSON syntax, a JSON value) gives the
///    character column on that line, counted in Unicode code points.
struct ImportIssue
{
    QString file; ///< the file name or path as the user gave it
    int line = 0; ///< 1-based; 0 = unknown or the whole file
    int column = 0; ///< 1-based; 0 = unknown or the whole line
    QString recordId; ///< crm_id of the record when known
    QString message; ///< translated, says what is wrong with the value

    /// "accounts.csv:12:3: ARR 'abc' is not a number (record ACME-1)"
    QString toString() const;

    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

/// All issues, one per line, in file order, for a CLI or a details box.
QString issuesToString(const QList<ImportIssue> &issues);

} // namespace csm
