#include "booklocation.h"

#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

namespace csm {

namespace {

/// The context the messages below are translated under, as lupdate sees it too.
class BookLocation
{
    Q_DECLARE_TR_FUNCTIONS(csm::BookLocation)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

BookLocationCheck refused(const QString &path, const QString &message)
{
    return { BookLocationCheck::Kind::Refused, path, message };
}

/// The folder that holds `path`, or the nearest one above it that exists.
QString nearestExistingFolder(const QString &path)
{
    QString folder = QFileInfo(path).absolutePath();
    while (!QFileInfo::exists(folder)) {
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    return folder;
}

} // namespace

QString bookLocationSettingsKey()
{
    return QStringLiteral("store/bookPath");
}

QString startupBookPath()
{
    const QString chosen = QSettings().value(bookLocationSettingsKey()).toString();
    return chosen.isEmpty() ? Database::defaultPath() : chosen;
}

void setStartupBookPath(const QString &path)
{
    QSettings settings;
    const QString clean = path.trimmed().isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path.trimmed()).absoluteFilePath());
    if (clean.isEmpty() || clean == QDir::cleanPath(Database::defaultPath()))
        settings.remove(bookLocationSettingsKey());
    else
        settings.setValue(bookLocationSettingsKey(), clean);
}

BookLocationCheck checkBookLocation(const QString &path)
{
    const QString given = QDir::fromNativeSeparators(path.trimmed());
    if (given.isEmpty())
        return refused({}, BookLocation::tr("Choose a file for the book."));
    const QFileInfo info(given);
    if (info.isRelative())
        return refused(given, BookLocation::tr("Give the full path of the book file, such as %1.").arg(native(Database::defaultPath())));
    const QString clean = QDir::cleanPath(info.absoluteFilePath());

    if (info.exists()) {
        if (info.isDir())
            return refused(clean, BookLocation::tr("%1 is a folder; choose a file in it.").arg(native(clean)));
        QFile file(clean);
        if (!file.open(QIODevice::ReadWrite))
            return refused(clean, BookLocation::tr("%1 cannot be opened for writing: %2").arg(native(clean), file.errorString()));
        // An empty file is an empty SQLite database; anything else must say it is one.
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArrayView("SQLite format 3\0", 16))
            return refused(clean, BookLocation::tr("%1 is not a CSM Workbench book.").arg(native(clean)));
        return { BookLocationCheck::Kind::ExistingBook, clean,
                 BookLocation::tr("The book at %1 opens the next time CSM Workbench starts.").arg(native(clean)) };
    }

    const QString folder = nearestExistingFolder(clean);
    if (!QFileInfo(folder).isDir())
        return refused(clean, BookLocation::tr("%1 is not a folder.").arg(native(folder)));
    // Permissions alone do not tell (access lists, read-only disks, an administrator): try it.
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".csm-write-test-XXXXXX")));
    if (!probe.open())
        return refused(clean, BookLocation::tr("The folder %1 does not accept new files: %2").arg(native(folder), probe.errorString()));
    probe.close();
    QString message = BookLocation::tr("There is no book at %1 yet: a new, empty book will be created there.").arg(native(clean));
    if (folder != QFileInfo(clean).absolutePath())
        message += u' ' + BookLocation::tr("The folder %1 will be made.").arg(native(QFileInfo(clean).absolutePath()));
    return { BookLocationCheck::Kind::NewBook, clean, message };
}

Status copyBookTo(const QSqlDatabase &db, const QString &target, const std::atomic_bool *cancel)
{
    const QFileInfo info(target);
    const QString path = QDir::cleanPath(info.absoluteFilePath());
    if (info.exists())
        return Error { BookLocation::tr("%1 exists already; the book was not copied there.").arg(native(path)) };
    if (!QDir().mkpath(info.absolutePath()))
        return Error { BookLocation::tr("Cannot make the folder %1.").arg(native(info.absolutePath())) };
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    auto cleanUp = qScopeGuard([&part] { QFile::remove(part); });
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    if (cancelled())
        return Error { BookLocation::tr("Copying the book was cancelled.") };

    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(part);
    if (!q.exec()) {
        const QString why = q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
        return Error { BookLocation::tr("Cannot copy the book to %1: %2").arg(native(path), why) };
    }
    q.finish();
    if (cancelled())
        return Error { BookLocation::tr("Copying the book was cancelled.") };
    // rename(2) does not replace: a file that appeared meanwhile is kept.
    if (!QFile::rename(part, path))
        return Error { BookLocation::tr("Cannot copy the book to %1: the file could not be put in place.").arg(native(path)) };
    cleanUp.dismiss();
    return {};
}

} // namespace csm
