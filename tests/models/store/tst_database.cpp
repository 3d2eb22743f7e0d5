#include "store/database.h"
#include "store/migrations.h"
#include "store/sqlscript.h"
#include "store/sqlvalues.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace csm;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The schema as SQLite describes it, for comparing two books.
QStringList schemaOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(u"SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
    QStringList schema;
    while (q.next())
        schema << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
    return schema;
}

// Writes a raw SQLite file with the given statements, outside the app's open path.
void writeRawSqlite(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : statements)
            QVERIFY2(q.exec(statement), qPrintable(statement));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void timestampsAreWrittenAsQtWritesThem()
    {
        // The hand-written text equals Qt's, in UTC, for moments given in any zone.
        const QList<QDateTime> moments {
            QDateTime(QDate(2026, 12, 1), QTime(9, 16, 23, 608), Qt::UTC),
            QDateTime(QDate(1999, 1, 2), QTime(0, 0, 0, 7), Qt::UTC),
            QDateTime(QDate(2026, 3, 29), QTime(23, 59, 59, 999), QTimeZone(3600 * 5 + 1800)),
            QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::LocalTime),
            QDateTime::fromMSecsSinceEpoch(1'780'000'000'123, Qt::UTC),
            QDateTime(QDate(12000, 1, 1), QTime(1, 2, 3, 4), Qt::UTC), // beyond four digits: Qt's own
        };
        for (const QDateTime &at : moments) {
            const QString written = sql::timestamp(at).toString();
            QCOMPARE(written, at.toUTC().toString(Qt::ISODateWithMs));
            if (at.toUTC().date().year() <= 9999) // Qt reads back four-digit years only
                QCOMPARE(sql::toTimestamp(written), at.toUTC());
        }
        QVERIFY(sql::timestamp(QDateTime()).isNull());
    }

    void createsAndMigratesAnEmptyFile()
    {
        auto db = Database::open(path("new/book.sqlite"));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        auto version = Migrations::schemaVersion((*db)->connection());
        QVERIFY(version.ok());
        QCOMPARE(*version, Migrations::latestVersion());
        QVERIFY(Migrations::latestVersion() >= 1);
    }

    void appliesWalAndForeignKeys()
    {
        auto db = Database::open(path("pragmas.sqlite"));
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void migratesFromEveryOlderVersion()
    {
        auto fresh = Database::open(path("fresh.sqlite"));
        QVERIFY(fresh.ok());
        const QStringList expected = schemaOf((*fresh)->connection());
        QVERIFY(expected.size() > 5);

        for (int from = 0; from < Migrations::latestVersion(); ++from) {
            const QString file = m_dir.filePath(u"from-%1.sqlite"_s.arg(from));
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
                raw.setDatabaseName(file);
                QVERIFY(raw.open());
                QVERIFY2(Migrations::migrate(raw, from).ok(), "building the old version");
                raw.close();
            }
            QSqlDatabase::removeDatabase(u"old"_s);
            auto db = Database::open(file);
            QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
            QCOMPARE(*Migrations::schemaVersion((*db)->connection()), Migrations::latestVersion());
            QCOMPARE(schemaOf((*db)->connection()), expected);
        }
    }

    void refusesANewerSchemaAndLeavesItUntouched()
    {
        const QString file = path("future.sqlite");
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(u"UPDATE meta SET value = '999' WHERE key = 'schema_version'"_s).ok());
            QVERIFY((*db)->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
        }
        const QByteArray before = fileHash(file);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QVERIFY2(db.errorMessage().contains(u"newer version"_s), qPrintable(db.errorMessage()));
        QVERIFY(db.errorMessage().contains(file));
        QCOMPARE(fileHash(file), before);
    }

    void refusesAnSqliteFileThatIsNotABook()
    {
        const QString file = path("other.sqlite");
        writeRawSqlite(file, { u"CREATE TABLE invoices (id INTEGER PRIMARY KEY)"_s });
        const QByteArray before = fileHash(file);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QVERIFY2(db.errorMessage().contains(u"not a CSM Workbench book"_s), qPrintable(db.errorMessage()));
        QCOMPARE(fileHash(file), before);
    }

    void refusesAFileThatIsNotSqlite()
    {
        const QString file = path("garbage.sqlite");
        QFile garbage(file);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QVERIFY2(db.errorMessage().contains(file), qPrintable(db.errorMessage()));
    }

    void workerModeNeedsAnExistingCurrentBook()
    {
        QVERIFY(!Database::open(path("missing.sqlite"), Database::Mode::Existing).ok());
        auto rw = Database::open(path("shared.sqlite"));
        QVERIFY(rw.ok());
        auto worker = Database::open(path("shared.sqlite"), Database::Mode::Existing);
        QVERIFY2(worker.ok(), qPrintable(worker.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
