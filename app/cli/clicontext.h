#pragma once

#include "store/database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace csm::cli {

/// Exit codes scripts rely on.
enum ExitCode { Ok = 0, BadInput = 1, Usage = 2 };

/// What every command gets: its own arguments, the book path, and the output streams.
class CliContext
{
public:
    CliContext(QStringList arguments, QString dbPath);

    const QStringList &arguments() const { return m_arguments; }
    QString dbPath() const { return m_dbPath; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Opens (creating and migrating) the book; prints the reason and returns null on failure.
    std::unique_ptr<Database> openBook();
    /// Opens a book that must exist already (commands that only read or export); a missing file is
    /// an error naming it, not a new empty book.
    std::unique_ptr<Database> openExistingBook();

    int usageError(const QString &message);
    int failure(const QString &message);

    /// Sets the description and the help option (-h, --help) and parses the arguments. Returns
    /// false with `exitCode` set when the command is done: help was shown, or a usage error.
    bool parseOptions(QCommandLineParser &parser, const QString &description, int &exitCode);

    /// The store id of the account with `crmId`, or an error naming it.
    static Result<qint64> accountId(const QSqlDatabase &db, const QString &crmId);

private:
    QStringList m_arguments;
    QString m_dbPath;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace csm::cli
