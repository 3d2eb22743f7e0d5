#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace csm {

/// One open connection to a book file.
///
/// A Database belongs to the thread that opened it (a Qt SQL rule); worker threads open their own
/// with open(path, Mode::Existing). Opening applies the connection pragmas (WAL, foreign keys,
/// busy timeout) and, in ReadWrite mode, brings the schema up to date in one transaction. A book
/// written by a newer version of the app is refused and left untouched.
class Database final
{
public:
    enum class Mode {
        ReadWrite, ///< create the file if missing and migrate it to the current schema
        Existing,  ///< the file must exist and already be at the current schema (worker threads)
        ReadOnly,  ///< like Existing, and SQLite refuses every write (a team member's book file)
    };

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);

    /// The default book location under the platform's application data folder.
    static QString defaultPath();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }

    /// Runs one statement that returns nothing; a failure names the statement's purpose.
    Status exec(const QString &sql) const;

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

/// Formats a failed Qt SQL call for people: what we were doing and what the driver said.
Error sqlError(const QString &what, const class QSqlError &error);

} // namespace csm
