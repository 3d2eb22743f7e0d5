#include "syncsql.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QStringEncoder>

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace csm {

namespace {

std::atomic_bool directAllowed { true };

/// The sqlite3 handle under Qt's driver, when that driver runs on the SQLite this program links:
/// the same library answers the same source id. Two copies of one release would agree too, and
/// work together (same structures; ours is initialised below).
sqlite3 *directHandle(const QSqlDatabase &db)
{
    if (!directAllowed.load() || !db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next())
        return nullptr;
    if (q.value(0).toString() != QLatin1String(sqlite3_sourceid()))
        return nullptr;
    if (sqlite3_initialize() != SQLITE_OK)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

SyncConnection::SyncConnection(QSqlDatabase db)
    : m_db(std::move(db))
    , m_handle(directHandle(m_db))
{
}

void SyncConnection::setDirectAllowed(bool allowed)
{
    directAllowed.store(allowed);
}

SyncStatement::SyncStatement(const SyncConnection &connection, const char *sql)
    : m_connection(connection)
{
    if (sqlite3 *db = connection.handle()) {
        m_valid = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) == SQLITE_OK;
        if (!m_valid)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
        else
            m_text.resize(std::size_t(sqlite3_bind_parameter_count(m_statement)));
        return;
    }
    m_query = std::make_unique<QSqlQuery>(connection.database());
    m_valid = m_query->prepare(QString::fromUtf8(sql));
    if (!m_valid)
        m_error = m_query->lastError().text();
}

SyncStatement::~SyncStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

void SyncStatement::fail()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_connection.handle()));
    sqlite3_reset(m_statement);
    m_firstRow = m_hasRow = false;
}

SyncStatement &SyncStatement::bind(int index, qint64 value)
{
    if (m_statement) {
        sqlite3_bind_int64(m_statement, index, value);
    } else {
        if (m_values.size() < std::size_t(index))
            m_values.resize(std::size_t(index));
        m_values[std::size_t(index - 1)] = value;
    }
    return *this;
}

SyncStatement &SyncStatement::bind(int index, QStringView text)
{
    if (m_statement) {
        if (index < 1 || std::size_t(index) > m_text.size())
            return *this; // out of range: SQLite would refuse it too
        std::string &utf8 = m_text[std::size_t(index - 1)];
        // ASCII as it is, the rest through Qt's encoder.
        utf8.resize(std::size_t(text.size()));
        qsizetype ascii = 0;
        for (; ascii < text.size() && text[ascii].unicode() < 0x80; ++ascii)
            utf8[std::size_t(ascii)] = char(text[ascii].unicode());
        if (ascii < text.size()) {
            QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
            const QStringView rest = text.sliced(ascii);
            utf8.resize(std::size_t(ascii + encoder.requiredSpace(rest.size())));
            char *end = encoder.appendToBuffer(utf8.data() + ascii, rest);
            utf8.resize(std::size_t(end - utf8.data()));
        }
        // Kept in m_text until this index is bound again: no copy.
        sqlite3_bind_text(m_statement, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
    } else {
        if (m_values.size() < std::size_t(index))
            m_values.resize(std::size_t(index));
        // Qt binds a null QString as NULL.
        m_values[std::size_t(index - 1)] = text.isNull() ? QString(QLatin1String("")) : text.toString();
    }
    return *this;
}

SyncStatement &SyncStatement::bindUtf8(int index, QByteArrayView text)
{
    if (m_statement) {
        if (index < 1 || std::size_t(index) > m_text.size())
            return *this;
        std::string &utf8 = m_text[std::size_t(index - 1)];
        utf8.assign(text.data(), std::size_t(text.size()));
        sqlite3_bind_text(m_statement, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
        return *this;
    }
    return bind(index, QString::fromUtf8(text));
}

SyncStatement &SyncStatement::bindNull(int index)
{
    if (m_statement) {
        sqlite3_bind_null(m_statement, index);
    } else {
        if (m_values.size() < std::size_t(index))
            m_values.resize(std::size_t(index));
        m_values[std::size_t(index - 1)] = QVariant(QMetaType::fromType<QString>());
    }
    return *this;
}

bool SyncStatement::exec()
{
    m_firstRow = m_hasRow = false;
    m_changes = 0;
    if (!m_valid)
        return false; // lastError() says why it could not be prepared
    m_error.clear();
    if (m_statement) {
        sqlite3_reset(m_statement); // a query left half read
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW) {
            m_firstRow = m_hasRow = true;
            return true;
        }
        if (rc != SQLITE_DONE) {
            fail();
            return false;
        }
        sqlite3 *db = m_connection.handle();
        m_changes = sqlite3_changes(db);
        m_lastInsertId = sqlite3_last_insert_rowid(db);
        sqlite3_reset(m_statement);
        return true;
    }
    for (std::size_t i = 0; i < m_values.size(); ++i)
        m_query->bindValue(int(i), m_values[i]);
    if (!m_query->exec()) {
        m_error = m_query->lastError().text();
        return false;
    }
    m_changes = std::max(0, m_query->numRowsAffected());
    m_lastInsertId = m_query->lastInsertId().toLongLong();
    return true;
}

bool SyncStatement::next()
{
    if (!m_statement)
        return m_query && m_query->next();
    if (m_firstRow) {
        m_firstRow = false;
        return true;
    }
    if (!m_hasRow)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_hasRow = false;
    if (rc != SQLITE_DONE) {
        fail();
        return false;
    }
    sqlite3_reset(m_statement);
    return false;
}

void SyncStatement::finish()
{
    m_firstRow = m_hasRow = false;
    if (m_statement)
        sqlite3_reset(m_statement);
    else if (m_query)
        m_query->finish();
}

qint64 SyncStatement::int64(int column) const
{
    if (m_statement)
        return sqlite3_column_int64(m_statement, column);
    return m_query->value(column).toLongLong();
}

QString SyncStatement::text(int column) const
{
    if (m_statement) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
    }
    return m_query->value(column).toString();
}

bool SyncStatement::isNull(int column) const
{
    if (m_statement)
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    return m_query->value(column).isNull();
}

} // namespace csm
