#include "store/database.h"
#include "store/migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void createsAndMigratesAnEmptyFile()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("book.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        auto version = Migrations::schemaVersion((*db)->connection());
        QVERIFY(version.ok());
        QCOMPARE(*version, Migrations::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
