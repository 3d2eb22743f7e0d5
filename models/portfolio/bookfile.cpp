#include "bookfile.h"

#include "store/database.h"
#include "store/migrations.h"
#include "sync/syncstore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace csm::BookFile {

namespace {

const QString OwnerKey = QStringLiteral("manifest.owner");
const QString ExportedAtKey = QStringLiteral("manifest.exported_at");
const QString AccountCountKey = QStringLiteral("manifest.account_count");
const QString BookIdKey = QStringLiteral("manifest.book_id");
const QString AppVersionKey = QStringLiteral("manifest.app_version");

QString connectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("csm-book-export-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error cannotWrite(const QString &path, const QString &reason)
{
    return Error { QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason) };
}

/// Writes the manifest into the snapshot and makes it a plain single file (no write-ahead log).
Status finishSnapshot(const QString &path, const BookManifest &manifest)
{
    const QString name = connectionName();
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            status = sqlError(QObject::tr("cannot open the copy"), db.lastError());
        } else {
            QSqlQuery q(db);
            const std::pair<QString, QString> rows[] = {
                { OwnerKey, manifest.owner },
                { ExportedAtKey, manifest.exportedAt.toString(Qt::ISODate) },
                { AccountCountKey, QString::number(manifest.accountCount) },
                { BookIdKey, manifest.bookId },
                { AppVersionKey, manifest.appVersion },
            };
            if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
                status = sqlError(QObject::tr("cannot prepare the copy"), q.lastError());
            q.finish();
            if (status && !db.transaction())
                status = sqlError(QObject::tr("cannot write the manifest"), db.lastError());
            for (const auto &[key, value] : rows) {
                if (!status)
                    break;
                q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
                q.addBindValue(key);
                q.addBindValue(value.isNull() ? QStringLiteral("") : value); // a null string would bind NULL
                if (!q.exec())
                    status = sqlError(QObject::tr("cannot write the manifest"), q.lastError());
            }
            if (status && !db.commit())
                status = sqlError(QObject::tr("cannot write the manifest"), db.lastError());
            if (!status)
                db.rollback();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

} // namespace

Result<QString> mostCommonOwner(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT owner FROM accounts WHERE archived_at IS NULL AND owner <> '' "
                               "GROUP BY owner ORDER BY count(*) DESC, owner LIMIT 1")))
        return sqlError(QObject::tr("cannot read the book's owners"), q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Result<BookManifest> readManifest(const QSqlDatabase &db)
{
    BookManifest m;
    auto version = Migrations::schemaVersion(db);
    if (!version)
        return version.error();
    m.schemaVersion = *version;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'manifest.%'")))
        return sqlError(QObject::tr("cannot read the book's manifest"), q.lastError());
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == OwnerKey)
            m.owner = value;
        else if (key == ExportedAtKey)
            m.exportedAt = QDateTime::fromString(value, Qt::ISODate);
        else if (key == AccountCountKey)
            m.accountCount = value.toInt();
        else if (key == BookIdKey)
            m.bookId = value;
        else if (key == AppVersionKey)
            m.appVersion = value;
    }
    q.finish();
    if (!m.isExport()) {
        // A live book: what it holds now.
        if (auto owner = mostCommonOwner(db); owner)
            m.owner = *owner;
        if (!q.exec(QStringLiteral("SELECT count(*) FROM accounts WHERE archived_at IS NULL")) || !q.next())
            return sqlError(QObject::tr("cannot count the book's accounts"), q.lastError());
        m.accountCount = q.value(0).toInt();
        q.finish();
        if (!q.exec(QStringLiteral("SELECT value FROM book_settings WHERE key = 'book_id'")))
            return sqlError(QObject::tr("cannot read the book id"), q.lastError());
        if (q.next())
            m.bookId = q.value(0).toString();
    }
    return m;
}

Result<BookManifest> exportSnapshot(const QSqlDatabase &db, const QString &target, const QString &owner,
                                    const std::atomic_bool *cancel)
{
    const QFileInfo info(target);
    if (info.exists() && !info.isFile())
        return cannotWrite(target, QObject::tr("it is not a file"));
    if (!QFileInfo(info.absolutePath()).isDir())
        return cannotWrite(target, QObject::tr("the folder %1 does not exist").arg(info.absolutePath()));

    BookManifest manifest;
    {
        auto version = Migrations::schemaVersion(db);
        if (!version)
            return version.error();
        manifest.schemaVersion = *version;
        // The book id is created on first use; an export is such a use.
        auto id = SyncStore(db).bookId();
        if (!id)
            return id.error();
        manifest.bookId = *id;
        if (owner.trimmed().isEmpty()) {
            auto common = mostCommonOwner(db);
            if (!common)
                return common.error();
            manifest.owner = *common;
        } else {
            manifest.owner = owner.trimmed();
        }
        manifest.appVersion = QCoreApplication::applicationVersion();
    }
    if (cancel && cancel->load())
        return Error { QStringLiteral("cancelled") };

    const QString part = info.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(part);
    auto cleanUp = qScopeGuard([&part] { QFile::remove(part); });

    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(part);
    if (!q.exec())
        return cannotWrite(target, q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText());
    q.finish();
    if (cancel && cancel->load())
        return Error { QStringLiteral("cancelled") };

    // The count comes from the copy itself, so the manifest describes exactly what it holds.
    manifest.exportedAt = QDateTime::currentDateTimeUtc();
    {
        auto copy = Database::open(part, Database::Mode::Existing);
        if (!copy)
            return cannotWrite(target, copy.errorMessage());
        QSqlQuery c((*copy)->connection());
        if (!c.exec(QStringLiteral("SELECT count(*) FROM accounts WHERE archived_at IS NULL")) || !c.next())
            return cannotWrite(target, c.lastError().text());
        manifest.accountCount = c.value(0).toInt();
    }
    if (auto status = finishSnapshot(part, manifest); !status)
        return cannotWrite(target, status.errorMessage());

    // rename(2) replaces an earlier export in one step.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0)
        return cannotWrite(target, QString::fromLocal8Bit(std::strerror(errno)));
    cleanUp.dismiss();
    return manifest;
}

} // namespace csm::BookFile
