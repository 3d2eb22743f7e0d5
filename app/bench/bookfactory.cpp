#include "bookfactory.h"

#include "demo/demogenerator.h"
#include "segmentation/segmentationservice.h"
#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace csm::bench {

namespace {

Status generate(const QString &path, int accounts)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    DemoOptions options;
    options.accounts = accounts;
    options.seed = 1;
    options.today = benchToday();
    auto stats = generateDemoBook((*db)->connection(), options);
    if (!stats)
        return stats.error();
    auto changed = SegmentationService((*db)->connection()).recompute();
    if (!changed)
        return changed.error();
    return {};
}

} // namespace

Result<QString> ensureBook(const QString &dir, const Scale &scale)
{
    const QString path = QDir(dir).filePath(QStringLiteral("book-%1.sqlite").arg(scale.accounts));
    if (QFile::exists(path))
        return path;

    const QString partial = path + QStringLiteral(".part");
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(partial + suffix);
    std::printf("generating %s book (%d accounts) in %s ...\n", qPrintable(scale.name), scale.accounts,
                qPrintable(dir));
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    if (Status status = generate(partial, scale.accounts); !status)
        return status.error();
    // The connection is closed, so the WAL is checkpointed into the file and removed.
    if (!QFile::rename(partial, path))
        return Error { QStringLiteral("cannot rename %1 to %2").arg(partial, path) };
    std::printf("  generated in %.1f s\n", double(timer.elapsed()) / 1000.0);
    std::fflush(stdout);
    return path;
}

} // namespace csm::bench
