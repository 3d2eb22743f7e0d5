#include "teambookloader.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSet>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentMap>

namespace csm {

QStringList teamBookFiles(const QStringList &paths)
{
    QStringList files;
    QSet<QString> seen;
    auto add = [&](const QString &file) {
        const QString absolute = QFileInfo(file).absoluteFilePath();
        if (!seen.contains(absolute)) {
            seen.insert(absolute);
            files.append(absolute);
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir dir(path);
            for (const QString &name : dir.entryList({ QStringLiteral("*.csmbook"), QStringLiteral("*.sqlite") },
                                                     QDir::Files, QDir::Name))
                add(dir.filePath(name));
        } else {
            add(path); // a missing file is reported when it is read
        }
    }
    return files;
}

std::vector<Result<TeamBook>> readTeamBooks(const QStringList &files, const QString &cacheDir, const QDate &today,
                                            const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    std::atomic_int done = 0;
    const int total = int(files.size());
    std::function<Result<TeamBook>(const QString &)> read = [&](const QString &file) -> Result<TeamBook> {
        if (cancel && cancel->load())
            return Error { QObject::tr("cancelled") };
        auto book = readTeamBook(file, cacheDir, today, cancel);
        const int n = ++done;
        if (progress)
            progress(n, total);
        return book;
    };
    QList<Result<TeamBook>> results = QtConcurrent::blockingMapped(files, read);
    std::vector<Result<TeamBook>> out;
    out.reserve(std::size_t(results.size()));
    for (Result<TeamBook> &r : results)
        out.push_back(std::move(r)); // a book holds thousands of accounts with their histories: moved, not copied
    return out;
}

QString teamBookCacheDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("team-books"));
}

} // namespace csm
