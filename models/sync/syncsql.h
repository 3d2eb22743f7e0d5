#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace csm {

/// The book's connection as a sync writes through it. A sync stores a few statements per record,
/// hundreds of thousands in a first pull, and Qt SQL spends more on binding each value (a QVariant,
/// a placeholder name) than SQLite spends storing it; so when Qt's SQLite driver runs on the very
/// SQLite this program links, statements go to its sqlite3 handle directly, binding integers and
/// UTF-8 text. Otherwise (a Qt built with its own copy of SQLite) they go through QSqlQuery, with
/// the same results.
class SyncConnection
{
public:
    explicit SyncConnection(QSqlDatabase db);

    const QSqlDatabase &database() const { return m_db; }
    /// The sqlite3 handle statements use directly; nullptr when they go through QSqlQuery.
    sqlite3 *handle() const { return m_handle; }

    /// Whether statements may use the sqlite3 handle (on by default): tests turn it off to run a
    /// sync through QSqlQuery, as it runs where the handle is not this program's SQLite.
    static void setDirectAllowed(bool allowed);

private:
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
};

/// One prepared statement of a SyncConnection, run many times: bind (1-based, like SQLite), exec(),
/// then next() for the rows of a query. Text is bound as text, never as NULL (the book's text
/// columns are NOT NULL); bindNull() says NULL.
class SyncStatement
{
public:
    SyncStatement(const SyncConnection &connection, const char *sql);
    ~SyncStatement();
    SyncStatement(const SyncStatement &) = delete;
    SyncStatement &operator=(const SyncStatement &) = delete;

    /// False when the statement could not be prepared (lastError() says why, and exec() fails).
    bool isValid() const { return m_valid; }
    QString lastError() const { return m_error; }

    SyncStatement &bind(int index, qint64 value);
    SyncStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SyncStatement &bind(int index, QStringView text);
    SyncStatement &bind(int index, const QString &text) { return bind(index, QStringView(text)); }
    /// Text already in UTF-8.
    SyncStatement &bindUtf8(int index, QByteArrayView text);
    SyncStatement &bindNull(int index);
    /// Text, or NULL when it is empty (dates).
    SyncStatement &bindTextOrNull(int index, QStringView text) { return text.isEmpty() ? bindNull(index) : bind(index, text); }

    /// Runs the statement with the values bound; a query then hands its rows to next(). False on
    /// an error (lastError()).
    bool exec();
    /// The next row of a query; false after the last one (or on an error).
    bool next();
    /// Rows the last exec() inserted, updated or deleted.
    int changes() const { return m_changes; }
    /// The rowid the last INSERT made.
    qint64 lastInsertId() const { return m_lastInsertId; }

    qint64 int64(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

    /// Done with the rows: the statement lets go of what it read (as QSqlQuery::finish()).
    void finish();

private:
    void fail();

    const SyncConnection &m_connection;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<std::string> m_text; ///< bound UTF-8, by index - 1, kept until the next bind
    bool m_valid = false;
    bool m_firstRow = false; ///< exec() stepped onto a row next() has not handed out yet
    bool m_hasRow = false;
    int m_changes = 0;
    qint64 m_lastInsertId = 0;
    QString m_error;
    // Through QSqlQuery:
    std::unique_ptr<QSqlQuery> m_query;
    std::vector<QVariant> m_values;
};

} // namespace csm
