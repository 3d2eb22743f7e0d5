#pragma once

#include "columnmapping.h"
#include "domain/account.h"
#include "importissue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace csm {

/// The translation context of every problem an account import reports, whichever parser or step
/// finds it: `AccountImport::tr("...")` is what lupdate files the text under and what is looked up.
struct AccountImport
{
    Q_DECLARE_TR_FUNCTIONS(csm::AccountImport)
};

/// What an account file held: the records that parsed cleanly and one issue per problem.
///
/// Callers must import nothing while `issues` is non-empty: `accounts` then holds only the clean
/// records, and importing part of a file leaves the book in a state nobody asked for.
struct ParsedAccounts
{
    QList<Account> accounts;
    QList<ImportIssue> issues;
    /// Columns (or JSON keys) that are not account fields, in file order. They are skipped rather
    /// than refused, so a raw CRM export imports; callers should show them so a misspelt header
    /// ("renewal date") does not quietly drop data.
    QStringList skippedColumns;

    bool hasIssues() const { return !issues.isEmpty(); }
};

/// Parses RFC 4180 CSV whose header row names the fields (after `mapping`). Columns of CSV issues
/// about a field are the field's 1-based index; see ImportIssue.
ParsedAccounts parseAccountsCsv(
    const QByteArray &data, const QString &fileName, const ColumnMapping &mapping = {});

/// Parses a JSON array of account objects, or {"accounts": [...]}. "arr" may be a JSON number or a
/// string; "tags" an array of strings or a ';'-separated string; null means "not given".
ParsedAccounts parseAccountsJson(
    const QByteArray &data, const QString &fileName, const ColumnMapping &mapping = {});

/// Reads `path` and parses it by extension (.csv or .json, any case). A file that cannot be read
/// or has another extension comes back as a single issue; issues name the file as `path`.
ParsedAccounts parseAccountsFile(const QString &path, const ColumnMapping &mapping = {});

} // namespace csm
