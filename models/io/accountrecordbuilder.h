#pragma once

#include "accountfields.h"
#include "accountparser.h"

#include <QHash>

#include <array>
#include <optional>

namespace csm {

/// Shared by the CSV and JSON parsers: turns field values into Accounts and keeps the file-wide
/// checks (required fields, duplicate crm_ids) and issue bookkeeping in one place.
///
/// Per record: begin(), any number of set…()/issue() calls, then finish(). A record with any issue
/// is not added to the accounts, but all its problems are still reported.
class AccountRecordBuilder final
{
public:
    explicit AccountRecordBuilder(QString fileName)
        : m_fileName(std::move(fileName))
    { }

    /// Starts a record; (line, column) is where issues about a missing field point.
    void begin(int line, int column);
    /// Applies trimmed `text` to `field`; a bad value becomes an issue at (line, column).
    void setText(AccountField field, const QString &text, int line, int column);
    /// Applies a JSON tags array.
    void setTags(const QStringList &tags, int line, int column);
    /// Reports a value of `field` that cannot be used at all (a JSON value of the wrong type); the
    /// field still counts as given, so it is not reported missing as well.
    void reject(AccountField field, int line, int column, const QString &message);
    /// Reports a problem with the current record (or, outside a record, with the file).
    void issue(int line, int column, const QString &message);
    /// Checks required fields and duplicates, then keeps the record if it is clean.
    void finish();

    /// Notes a column that is not a field (once per name).
    void skipColumn(const QString &column);

    /// The result, issues sorted into file order (file-wide ones first).
    ParsedAccounts take();

private:
    struct Place
    {
        int line = 0;
        int column = 0;
    };
    void check(const QString &problem, int line, int column);

    QString m_fileName;
    ParsedAccounts m_result;
    Account m_account;
    Place m_recordPlace;
    std::array<std::optional<Place>, AllAccountFields.size()> m_seen; // fields in the current record
    QList<ImportIssue> m_recordIssues; // held back until crm_id is known
    QHash<QString, int> m_firstLineOfId; // crm_id -> line of its first record
    bool m_inRecord = false;
};

} // namespace csm
