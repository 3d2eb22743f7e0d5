// TEMPORARY timing program; deleted after measuring.
#include "demo/demogenerator.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir(QStringLiteral("/tmp/demotiming-XXXXXX"));
    dir.setAutoRemove(!qEnvironmentVariableIsSet("DEMO_KEEP"));
    std::printf("%s\n", qPrintable(dir.path()));
    for (int i = 1; i < argc; ++i) {
        const int n = QString::fromLatin1(argv[i]).toInt();
        const QString path = dir.filePath(QStringLiteral("book-%1.sqlite").arg(n));
        QElapsedTimer t;
        t.start();
        csm::DemoStats stats;
        {
            auto db = csm::Database::open(path);
            if (!db) { std::printf("%s\n", qPrintable(db.errorMessage())); return 1; }
            auto r = csm::generateDemoBook((*db)->connection(), csm::DemoOptions { n, 1, QDate(2025, 6, 18) });
            if (!r) { std::printf("%s\n", qPrintable(r.errorMessage())); return 1; }
            stats = *r;
        }
        const qint64 ms = t.elapsed();
        const qint64 size = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
        std::printf("%d accounts: %lld ms, %.1f MB; contacts %d usage %d surveys %d tickets %d\n", n, ms,
                    size / 1e6, stats.contacts, stats.usageSamples, stats.surveys, stats.tickets);
        std::fflush(stdout);
    }
    return 0;
}
