#include "accountrecordbuilder.h"

#include <algorithm>

namespace csm {

void AccountRecordBuilder::begin(int line, int column)
{
    m_account = Account();
    m_recordPlace = Place { line, column };
    m_seen.fill(std::nullopt);
    m_recordIssues.clear();
    m_inRecord = true;
}

void AccountRecordBuilder::setText(AccountField field, const QString &text, int line, int column)
{
    m_seen[std::size_t(field)] = Place { line, column };
    if (isRequiredAccountField(field) && text.isEmpty())
        check(AccountImport::tr("%1 is empty; every account needs one").arg(accountFieldKey(field)), line, column);
    else
        check(setAccountField(m_account, field, text), line, column);
}

void AccountRecordBuilder::setTags(const QStringList &tags, int line, int column)
{
    m_seen[std::size_t(AccountField::Tags)] = Place { line, column };
    check(setAccountTags(m_account, tags), line, column);
}

void AccountRecordBuilder::reject(AccountField field, int line, int column, const QString &message)
{
    m_seen[std::size_t(field)] = Place { line, column };
    issue(line, column, message);
}

void AccountRecordBuilder::issue(int line, int column, const QString &message)
{
    ImportIssue issue { m_fileName, line, column, QString(), message };
    if (m_inRecord)
        m_recordIssues.append(std::move(issue));
    else
        m_result.issues.append(std::move(issue));
}

void AccountRecordBuilder::check(const QString &problem, int line, int column)
{
    if (!problem.isEmpty())
        issue(line, column, problem);
}

void AccountRecordBuilder::finish()
{
    for (AccountField field : AllAccountFields) {
        if (isRequiredAccountField(field) && !m_seen[std::size_t(field)])
            issue(m_recordPlace.line, m_recordPlace.column,
                AccountImport::tr("the record has no %1; every account needs one").arg(accountFieldKey(field)));
    }

    // A bad record still claims its id: a later duplicate is a second problem, not a fix.
    if (!m_account.crmId.isEmpty()) {
        const auto first = m_firstLineOfId.constFind(m_account.crmId);
        if (first != m_firstLineOfId.cend()) {
            const Place at = *m_seen[std::size_t(AccountField::CrmId)];
            issue(at.line, at.column,
                AccountImport::tr("crm_id '%1' is a duplicate; it first appears on line %2")
                    .arg(m_account.crmId)
                    .arg(*first));
        } else {
            m_firstLineOfId.insert(m_account.crmId, m_recordPlace.line);
        }
    }

    m_inRecord = false;
    if (m_recordIssues.isEmpty()) {
        m_result.accounts.append(m_account);
        return;
    }
    for (ImportIssue &issue : m_recordIssues) {
        issue.recordId = m_account.crmId;
        m_result.issues.append(std::move(issue));
    }
    m_recordIssues.clear();
}

void AccountRecordBuilder::skipColumn(const QString &column)
{
    if (!m_result.skippedColumns.contains(column))
        m_result.skippedColumns.append(column);
}

ParsedAccounts AccountRecordBuilder::take()
{
    // Per-record checks run field by field (and JSON keys come sorted), so order by position.
    std::stable_sort(
        m_result.issues.begin(), m_result.issues.end(), [](const ImportIssue &a, const ImportIssue &b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
    return std::move(m_result);
}

} // namespace csm
