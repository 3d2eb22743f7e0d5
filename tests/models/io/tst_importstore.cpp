#include "io/accountexport.h"
#include "io/accountparser.h"
#include "io/accountwriter.h"
#include "iotestdata.h"
#include "store/accountrepository.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace csm;

class TestImportStore final : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase db() const { return m_db->connection(); }

    QList<Account> stored() const
    {
        const auto accounts = AccountRepository(db()).all();
        return accounts.ok() ? *accounts : QList<Account>();
    }

    Account storedByCrmId(const QString &crmId) const
    {
        const auto account = AccountRepository(db()).byCrmId(crmId);
        return account.ok() && account->has_value() ? **account : Account();
    }

    QString writeTempFile(const QString &name, const QByteArray &data) const
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    // A book with a hand-set segment and a computed one, as a user would have.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = Database::open(m_dir->filePath(QStringLiteral("book.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        m_db = std::move(*opened);

        Account alpha;
        alpha.crmId = QStringLiteral("A-1");
        alpha.name = QStringLiteral("Alpha");
        alpha.arrCents = 100'000;
        alpha.segment = Segment::High;
        alpha.segmentOverride = true;
        Account beta;
        beta.crmId = QStringLiteral("A-2");
        beta.name = QStringLiteral("Beta");
        beta.tags = QStringList { QStringLiteral("pilot") };
        ParsedAccounts seed;
        seed.accounts = { alpha, beta };
        const auto seeded = importParsedAccounts(db(), seed);
        QVERIFY2(seeded.ok(), qPrintable(seeded.errorMessage()));
        const AccountRepository repository(db());
        QVERIFY(
            repository.writeComputedSegments({ { storedByCrmId(QStringLiteral("A-2")).id, Segment::Mid } })
                .ok());
        QCOMPARE(stored().size(), 2);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void leavesTheBookUntouchedForABadFile_data()
    {
        QTest::addColumn<QString>("file");
        // Each of these also holds clean records (some for existing crm_ids) that must not be written.
        QTest::newRow("bad number") << QStringLiteral("bad_number.csv");
        QTest::newRow("duplicate crm_id") << QStringLiteral("bad_duplicate.csv");
        QTest::newRow("wrong column count") << QStringLiteral("bad_column_count.csv");
        QTest::newRow("unterminated quote") << QStringLiteral("bad_unterminated.csv");
        QTest::newRow("bad json records") << QStringLiteral("bad_records.json");
        QTest::newRow("json syntax") << QStringLiteral("bad_syntax.json");
        QTest::newRow("header only") << QStringLiteral("header_only.csv");
    }

    void leavesTheBookUntouchedForABadFile()
    {
        QFETCH(QString, file);
        const QList<Account> before = stored();

        const ParsedAccounts parsed = parseAccountsFile(ioTestData(file));
        QVERIFY(parsed.hasIssues());
        const Result<ImportSummary> imported = importParsedAccounts(db(), parsed);
        QVERIFY(!imported.ok());
        QVERIFY(!imported.errorMessage().isEmpty());

        QCOMPARE(stored(), before);
    }

    void leavesTheBookUntouchedForInvalidUtf8()
    {
        const QList<Account> before = stored();
        const QString path
            = writeTempFile(QStringLiteral("latin1.csv"), QByteArray("crm_id,name\nA-9,M\xFCller\n"));
        const ParsedAccounts parsed = parseAccountsFile(path);
        QCOMPARE(issuePlaces(parsed.issues), QStringList { QStringLiteral("2:6") });
        QVERIFY(!importParsedAccounts(db(), parsed).ok());
        QCOMPARE(stored(), before);
    }

    void rollsBackWhenTheStoreRefusesARecord()
    {
        const QList<Account> before = stored();
        Account fresh;
        fresh.crmId = QStringLiteral("NEW-1");
        fresh.name = QStringLiteral("Fresh");
        Account refused = fresh;
        refused.crmId = QStringLiteral("NEW-2");
        refused.arrCents = -1; // only reachable by building Accounts by hand; the schema says no
        ParsedAccounts parsed;
        parsed.accounts = { fresh, refused };
        QVERIFY(!importParsedAccounts(db(), parsed).ok());
        QCOMPARE(stored(), before);
    }

    void upsertsAGoodFileByCrmId()
    {
        const Account betaBefore = storedByCrmId(QStringLiteral("A-2"));
        const qint64 alphaId = storedByCrmId(QStringLiteral("A-1")).id;

        const ParsedAccounts parsed = parseAccountsFile(ioTestData(QStringLiteral("accounts_update.csv")));
        QVERIFY2(!parsed.hasIssues(), qPrintable(issuesToString(parsed.issues)));
        const Result<ImportSummary> imported = importParsedAccounts(db(), parsed);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QCOMPARE(imported->inserted, 1);
        QCOMPARE(imported->updated, 1);

        const Account alpha = storedByCrmId(QStringLiteral("A-1"));
        QCOMPARE(alpha.id, alphaId);
        QCOMPARE(alpha.name, QStringLiteral("Alpha Renamed"));
        QCOMPARE(alpha.arrCents, 200'000);
        QCOMPARE(alpha.stage, LifecycleStage::Adoption);
        QCOMPARE(alpha.tags, QStringList({ QStringLiteral("renewed"), QStringLiteral("emea") }));
        QCOMPARE(alpha.segment, Segment::High); // the file has no segment column: the override stays
        QVERIFY(alpha.segmentOverride);

        QCOMPARE(storedByCrmId(QStringLiteral("A-2")), betaBefore);
        const Account gamma = storedByCrmId(QStringLiteral("A-3"));
        QCOMPARE(gamma.name, QStringLiteral("Gamma"));
        QCOMPARE(gamma.arrCents, 30'000);
        QVERIFY(!gamma.segmentOverride);
        QCOMPARE(stored().size(), 3);
    }

    void takesTheSegmentFromAFileThatHasOne()
    {
        const QString path
            = writeTempFile(QStringLiteral("segments.csv"), "crm_id,name,segment\nA-2,Beta,high\n");
        const Result<ImportSummary> imported = importParsedAccounts(db(), parseAccountsFile(path));
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        const Account beta = storedByCrmId(QStringLiteral("A-2"));
        QCOMPARE(beta.segment, Segment::High);
        QVERIFY(beta.segmentOverride);
    }

    void reimportsItsOwnExportUnchanged_data()
    {
        QTest::addColumn<bool>("csv");
        QTest::newRow("csv") << true;
        QTest::newRow("json") << false;
    }

    void reimportsItsOwnExportUnchanged()
    {
        QFETCH(bool, csv);
        const QList<Account> before = stored();
        const ParsedAccounts parsed = csv
            ? parseAccountsCsv(accountsToCsv(before), QStringLiteral("book.csv"))
            : parseAccountsJson(accountsToJson(before), QStringLiteral("book.json"));
        const Result<ImportSummary> imported = importParsedAccounts(db(), parsed);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QCOMPARE(imported->inserted, 0);
        QCOMPARE(imported->updated, 2);
        QCOMPARE(stored(), before); // including A-2's computed segment, which the export leaves out
    }
};

QTEST_GUILESS_MAIN(TestImportStore)
#include "tst_importstore.moc"
