#include "database.h"

#include "migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace csm {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("csm-book-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Error sqlError(const QString &what, const QSqlError &error)
{
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    return Error { QStringLiteral("%1: %2").arg(what, detail.trimmed()) };
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("book.sqlite"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::exec(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return sqlError(sql, query.lastError());
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    const QFileInfo info(path);
    if (mode != Mode::ReadWrite && !info.exists())
        return Error { QObject::tr("%1: no such book file").arg(path) };
    if (info.exists() && !info.isFile())
        return Error { QObject::tr("%1: not a file").arg(path) };
    if (mode == Mode::ReadWrite && !info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Error { QObject::tr("%1: cannot create folder %2").arg(path, info.absolutePath()) };
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(mode == Mode::ReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return sqlError(QObject::tr("%1: cannot open").arg(path), db.lastError());
    }

    // A file that is not SQLite at all fails on its first read, not on open().
    QSqlQuery probe(database->connection());
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return sqlError(QObject::tr("%1: not a book file").arg(path), probe.lastError());
    probe.finish();

    // Check what the file is before anything writes to it: switching to WAL rewrites the header.
    auto version = Migrations::schemaVersion(database->connection());
    if (!version)
        return Error { QStringLiteral("%1: %2").arg(path, version.errorMessage()) };
    if (*version > Migrations::latestVersion())
        return Error { QStringLiteral("%1: %2").arg(path, Migrations::newerVersionMessage(*version)) };

    for (const char *pragma : { "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL" }) {
        if (auto status = database->exec(QString::fromLatin1(pragma)); !status)
            return status.error();
    }

    if (mode == Mode::ReadWrite) {
        QSqlQuery wal(database->connection());
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return sqlError(QObject::tr("%1: cannot switch to write-ahead logging").arg(path), wal.lastError());
        wal.finish();
        if (auto status = Migrations::migrate(database->connection()); !status)
            return Error { QStringLiteral("%1: %2").arg(path, status.errorMessage()) };
    } else {
        if (*version != Migrations::latestVersion())
            return Error { QObject::tr("%1: book schema is version %2, this app needs %3")
                               .arg(path)
                               .arg(*version)
                               .arg(Migrations::latestVersion()) };
    }
    return database;
}

} // namespace csm
