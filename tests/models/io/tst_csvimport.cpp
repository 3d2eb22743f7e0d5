#include "io/accountparser.h"
#include "iotestdata.h"

#include <QFile>
#include <QTest>

using namespace csm;

namespace {

QByteArray readFixture(const QString &name)
{
    QFile file(ioTestData(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ColumnMapping crmMapping()
{
    auto mapping = ColumnMapping::fromJsonFile(ioTestData(QStringLiteral("crm_mapping.json")));
    return mapping.ok() ? *mapping : ColumnMapping();
}

} // namespace

class TestCsvImport final : public QObject
{
    Q_OBJECT

private slots:
    void importsACrmExportThroughAMapping()
    {
        const ParsedAccounts parsed
            = parseAccountsFile(ioTestData(QStringLiteral("crm_export.csv")), crmMapping());
        QVERIFY2(!parsed.hasIssues(), qPrintable(issuesToString(parsed.issues)));
        QCOMPARE(parsed.skippedColumns, QStringList { QStringLiteral("Notes") });
        QCOMPARE(parsed.accounts.size(), 4);

        Account acme;
        acme.crmId = QStringLiteral("ACME-1");
        acme.name = QStringLiteral("Acme, Inc.");
        acme.domain = QStringLiteral("acme.example");
        acme.owner = QStringLiteral("Dana");
        acme.arrCents = 125'000'000;
        acme.contractStart = QDate(2024, 3, 1);
        acme.renewalDate = QDate(2026, 2, 28);
        acme.stage = LifecycleStage::Expansion;
        acme.segment = Segment::High;
        acme.segmentOverride = true;
        acme.tags = QStringList { QStringLiteral("enterprise"), QStringLiteral("emea") };
        QCOMPARE(parsed.accounts[0], acme);

        Account globex;
        globex.crmId = QStringLiteral("GLOBEX-7");
        globex.name = QStringLiteral("Globex");
        globex.domain = QStringLiteral("globex.example");
        globex.owner = QStringLiteral("Sam");
        globex.arrCents = 12'500'050;
        globex.currency = QStringLiteral("EUR");
        globex.payment = PaymentStatus::Late;
        QCOMPARE(parsed.accounts[1], globex);

        const Account &initech = parsed.accounts[2];
        QCOMPARE(
            initech.name, QStringLiteral("Initech\r\nHoldings")); // a quoted line break is kept as written
        QCOMPARE(initech.arrCents, 9990);
        QCOMPARE(initech.stage, LifecycleStage::Renewal);
        QVERIFY(!initech.segmentOverride);
        QCOMPARE(initech.payment, PaymentStatus::Overdue);

        const Account &mueller = parsed.accounts[3];
        QCOMPARE(mueller.name, QStringLiteral("Müller GmbH"));
        QCOMPARE(mueller.owner, QStringLiteral("Jörg"));
        QCOMPARE(mueller.segment, Segment::Tech);
        QVERIFY(mueller.segmentOverride);
    }

    void needsTheMappingForCrmHeaders()
    {
        const ParsedAccounts parsed = parseAccountsCsv(
            readFixture(QStringLiteral("crm_export.csv")), QStringLiteral("crm_export.csv"));
        QCOMPARE(issuePlaces(parsed.issues), QStringList({ QStringLiteral("1:0"), QStringLiteral("1:0") }));
        QVERIFY(parsed.issues[0].message.contains(QLatin1StringView("crm_id")));
        QVERIFY(parsed.issues[1].message.contains(QLatin1StringView("name")));
        QVERIFY(parsed.accounts.isEmpty());
    }

    void reportsEveryProblemWithItsPlace_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("places");
        QTest::addColumn<QString>("firstMessage"); // a part of the first issue's message

        const auto row = [](const char *name, const char *file, QStringList places, const char *message) {
            QTest::newRow(name) << QString::fromUtf8(file) << places << QString::fromUtf8(message);
        };
        row("unparsable number", "bad_number.csv", { QStringLiteral("3:3") }, "ARR 'abc' is not a number");
        row("unparsable dates", "bad_date.csv", { QStringLiteral("2:4"), QStringLiteral("3:3") },
            "'2026-02-30'");
        row("wrong column count", "bad_column_count.csv", { QStringLiteral("3:2"), QStringLiteral("4:4") },
            "this row has 2 fields but the header has 3");
        row("duplicate crm_id", "bad_duplicate.csv", { QStringLiteral("4:1") }, "first appears on line 2");
        row("line after a multi-line field", "bad_after_multiline.csv", { QStringLiteral("5:3") }, "'oops'");
        row("empty file", "empty.csv", { QStringLiteral("0:0") }, "no accounts");
        row("header only", "header_only.csv", { QStringLiteral("0:0") }, "no accounts");
        row("missing required column", "bad_missing_column.csv", { QStringLiteral("1:0") }, "no name column");
        row("unterminated quote", "bad_unterminated.csv", { QStringLiteral("3:2") }, "never closed");
        row("empty required values", "bad_empty_required.csv",
            { QStringLiteral("2:2"), QStringLiteral("3:1"), QStringLiteral("4:1"), QStringLiteral("4:2") },
            "name is empty");
        row("stray quotes", "bad_stray_quote.csv", { QStringLiteral("2:2"), QStringLiteral("3:2") },
            "quote inside an unquoted field");
    }

    void reportsEveryProblemWithItsPlace()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, places);
        QFETCH(QString, firstMessage);

        const ParsedAccounts parsed = parseAccountsCsv(readFixture(file), file);
        QCOMPARE(issuePlaces(parsed.issues), places);
        QVERIFY(allIssuesExplained(parsed.issues));
        QVERIFY2(
            parsed.issues.first().message.contains(firstMessage), qPrintable(parsed.issues.first().message));
        for (const ImportIssue &issue : parsed.issues)
            QCOMPARE(issue.file, file);
        qInfo().noquote() << issuesToString(parsed.issues);
    }

    void formatsIssuesLikeACompiler()
    {
        const QString file = QStringLiteral("bad_number.csv");
        const ParsedAccounts parsed = parseAccountsCsv(readFixture(file), file);
        QCOMPARE(parsed.issues.size(), 1);
        QCOMPARE(parsed.issues[0].toString(),
            QStringLiteral("bad_number.csv:3:3: ARR 'abc' is not a number (record ACME-2)"));
    }

    void namesTheFileByItsPath()
    {
        const QString path = ioTestData(QStringLiteral("bad_duplicate.csv"));
        const ParsedAccounts parsed = parseAccountsFile(path);
        QCOMPARE(parsed.issues.size(), 1);
        QVERIFY(parsed.issues[0].toString().startsWith(path + QLatin1StringView(":4:1: ")));
        QCOMPARE(parsed.issues[0].recordId, QStringLiteral("A-1"));
    }

    void reportsUnreadableAndUnknownFiles()
    {
        const ParsedAccounts missing = parseAccountsFile(ioTestData(QStringLiteral("no_such_file.csv")));
        QCOMPARE(issuePlaces(missing.issues), QStringList { QStringLiteral("0:0") });
        const ParsedAccounts other = parseAccountsFile(ioTestData(QStringLiteral("accounts.xlsx")));
        QCOMPARE(issuePlaces(other.issues), QStringList { QStringLiteral("0:0") });
        QVERIFY(allIssuesExplained(missing.issues + other.issues));
    }

    void locatesTheFirstInvalidUtf8Byte_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("byte");
        QTest::newRow("latin-1 umlaut")
            << QByteArray("crm_id,name\nA-1,M\xFCller\n") << QStringLiteral("2:6") << QStringLiteral("0xFC");
        QTest::newRow("after multi-byte text and a bom")
            << QByteArray("\xEF\xBB\xBF"
                          "crm_id,name\nA-1,M\xC3\xBCller\nA-2,Caf\xE9\n")
            << QStringLiteral("3:8") << QStringLiteral("0xE9");
        QTest::newRow("cut off at the end")
            << QByteArray("crm_id,name\nA-1,\xE6\x97") << QStringLiteral("2:5") << QStringLiteral("0xE6");
        QTest::newRow("cut off before ascii")
            << QByteArray("crm_id,name\nA-1,\xE6\x97x\n") << QStringLiteral("2:5") << QStringLiteral("0xE6");
        QTest::newRow("overlong") << QByteArray("crm_id,name\nA-1,\xC0\xAF\n") << QStringLiteral("2:5")
                                  << QStringLiteral("0xC0");
        QTest::newRow("encoded surrogate") << QByteArray("crm_id,name\nA-1,ab\xED\xA0\x80\n")
                                           << QStringLiteral("2:7") << QStringLiteral("0xED");
        QTest::newRow("stray continuation in header")
            << QByteArray("crm_id,n\x80me\n") << QStringLiteral("1:9") << QStringLiteral("0x80");
    }

    void locatesTheFirstInvalidUtf8Byte()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, place);
        QFETCH(QString, byte);
        const ParsedAccounts parsed = parseAccountsCsv(data, QStringLiteral("latin1.csv"));
        QCOMPARE(issuePlaces(parsed.issues), QStringList { place });
        QVERIFY2(parsed.issues[0].message.contains(byte), qPrintable(parsed.issues[0].message));
        QVERIFY(parsed.accounts.isEmpty());
    }

    void listsSkippedColumns()
    {
        const QByteArray data("crm_id,Notes,name,Region,notes\nA-1,x,Alpha,EU,y\n");
        const ParsedAccounts parsed = parseAccountsCsv(data, QStringLiteral("extra.csv"));
        QVERIFY(!parsed.hasIssues());
        QCOMPARE(parsed.skippedColumns,
            QStringList({ QStringLiteral("Notes"), QStringLiteral("Region"), QStringLiteral("notes") }));
        QCOMPARE(parsed.accounts.size(), 1);
    }

    void rejectsTwoColumnsForOneField()
    {
        ColumnMapping mapping;
        mapping.map(QStringLiteral("Company"), QStringLiteral("name"));
        const QByteArray data("crm_id,name,Company\nA-1,Alpha,Alpha Inc\n");
        const ParsedAccounts parsed = parseAccountsCsv(data, QStringLiteral("twice.csv"), mapping);
        QCOMPARE(issuePlaces(parsed.issues), QStringList { QStringLiteral("1:3") });
        QVERIFY(parsed.accounts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
