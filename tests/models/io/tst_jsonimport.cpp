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

// 1-based "1:column" of the first occurrence of `needle` in one-line ASCII `json`.
QString placeOf(const QByteArray &json, const char *needle)
{
    return QStringLiteral("1:") + QString::number(json.indexOf(needle) + 1);
}

} // namespace

class TestJsonImport final : public QObject
{
    Q_OBJECT

private slots:
    void importsACrmExportThroughAMapping()
    {
        const auto mapping = ColumnMapping::fromJsonFile(ioTestData(QStringLiteral("crm_mapping.json")));
        QVERIFY(mapping.ok());
        const ParsedAccounts parsed
            = parseAccountsFile(ioTestData(QStringLiteral("crm_export.json")), *mapping);
        QVERIFY2(!parsed.hasIssues(), qPrintable(issuesToString(parsed.issues)));
        QCOMPARE(parsed.skippedColumns, QStringList { QStringLiteral("Notes") });
        QCOMPARE(parsed.accounts.size(), 3);

        Account acme;
        acme.crmId = QStringLiteral("ACME-1");
        acme.name = QStringLiteral("Acme, Inc.");
        acme.arrCents = 125'000'000;
        acme.renewalDate = QDate(2026, 2, 28);
        acme.segment = Segment::High;
        acme.segmentOverride = true;
        acme.tags = QStringList { QStringLiteral("enterprise"), QStringLiteral("emea") };
        QCOMPARE(parsed.accounts[0], acme);

        Account globex;
        globex.crmId = QStringLiteral("GLOBEX-7");
        globex.name = QStringLiteral("Globex");
        globex.arrCents = 12'500'050;
        globex.currency = QStringLiteral("EUR");
        globex.tags = QStringList { QStringLiteral("a"), QStringLiteral("b") };
        globex.payment = PaymentStatus::Late;
        QCOMPARE(parsed.accounts[1], globex);

        QCOMPARE(parsed.accounts[2].name, QStringLiteral("株式会社テスト"));
        QCOMPARE(parsed.accounts[2].arrCents, 10);
    }

    void acceptsABareArray()
    {
        const QByteArray json("[{\"crm_id\": \"A-1\", \"name\": \"Alpha\", \"arr\": 12.5}]");
        const ParsedAccounts parsed = parseAccountsJson(json, QStringLiteral("bare.json"));
        QVERIFY(!parsed.hasIssues());
        QCOMPARE(parsed.accounts.size(), 1);
        QCOMPARE(parsed.accounts[0].arrCents, 1250);
    }

    void readsArrNumbersExactly_data()
    {
        QTest::addColumn<QByteArray>("arr");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("0.29, which is 28.999... as a double") << QByteArray("0.29") << qint64(29);
        QTest::newRow("1.15") << QByteArray("1.15") << qint64(115);
        QTest::newRow("integer") << QByteArray("1250000") << qint64(125000000);
        QTest::newRow("string with separators") << QByteArray("\"1,250,000.99\"") << qint64(125000099);
        QTest::newRow("beyond double precision")
            << QByteArray("90071992547409.93") << qint64(9007199254740993);
    }

    void readsArrNumbersExactly()
    {
        QFETCH(QByteArray, arr);
        QFETCH(qint64, cents);
        const QByteArray json
            = "{\"accounts\": [{\"crm_id\": \"A-1\", \"name\": \"Alpha\", \"arr\": " + arr + "}]}";
        const ParsedAccounts parsed = parseAccountsJson(json, QStringLiteral("arr.json"));
        QVERIFY2(!parsed.hasIssues(), qPrintable(issuesToString(parsed.issues)));
        QCOMPARE(parsed.accounts[0].arrCents, cents);
    }

    void reportsEveryProblemWithItsPlace_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("places");
        QTest::addColumn<QString>("firstMessage");

        QTest::newRow("bad records") << QStringLiteral("bad_records.json")
                                     << QStringList { QStringLiteral("5:12"), QStringLiteral("9:13"),
                                            QStringLiteral("10:21"), QStringLiteral("12:3"),
                                            QStringLiteral("16:15"), QStringLiteral("18:12"),
                                            QStringLiteral("19:13"), QStringLiteral("21:3") }
                                     << QStringLiteral("ARR '12k' is not a number");
        QTest::newRow("syntax error")
            << QStringLiteral("bad_syntax.json") << QStringList { QStringLiteral("3:20") }
            << QStringLiteral("not valid JSON");
        QTest::newRow("no accounts list")
            << QStringLiteral("bad_not_a_list.json") << QStringList { QStringLiteral("1:1") }
            << QStringLiteral("\"accounts\"");
        QTest::newRow("empty list") << QStringLiteral("empty_list.json")
                                    << QStringList { QStringLiteral("0:0") } << QStringLiteral("no accounts");
        QTest::newRow("empty file") << QStringLiteral("empty.json") << QStringList { QStringLiteral("0:0") }
                                    << QStringLiteral("no accounts");
    }

    void reportsEveryProblemWithItsPlace()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, places);
        QFETCH(QString, firstMessage);

        const ParsedAccounts parsed = parseAccountsJson(readFixture(file), file);
        QCOMPARE(issuePlaces(parsed.issues), places);
        QVERIFY(allIssuesExplained(parsed.issues));
        QVERIFY2(
            parsed.issues.first().message.contains(firstMessage), qPrintable(parsed.issues.first().message));
        qInfo().noquote() << issuesToString(parsed.issues);
    }

    void namesTheRecordAndTheFirstLineOfADuplicate()
    {
        const ParsedAccounts parsed = parseAccountsJson(
            readFixture(QStringLiteral("bad_records.json")), QStringLiteral("bad_records.json"));
        QCOMPARE(parsed.issues.size(), 8);
        const ImportIssue &duplicate = parsed.issues[4];
        QCOMPARE(duplicate.recordId, QStringLiteral("A-1"));
        QVERIFY2(duplicate.message.contains(QLatin1StringView("line 2")), qPrintable(duplicate.message));
        QCOMPARE(parsed.issues[1].recordId, QStringLiteral("A-2"));
        QVERIFY(parsed.issues[3].message.contains(QLatin1StringView("crm_id")));
        QVERIFY(parsed.accounts.isEmpty());
    }

    void placesValuesBehindEscapedKeys()
    {
        const QByteArray json("[{\"crm\\u005fid\": \"A-1\", \"name\": \"B\", \"ar\\u0072\": \"x1\"}]");
        const ParsedAccounts parsed = parseAccountsJson(json, QStringLiteral("escaped.json"));
        QCOMPARE(issuePlaces(parsed.issues), QStringList { placeOf(json, "\"x1\"") });
    }

    void findsRecordsOnlyInTheRootAccountsList()
    {
        const QByteArray json("{\"meta\": {\"accounts\": [{\"x\": 1}]}, \"note\": \"[{\", \"accounts\": "
                              "[{\"crm_id\": \"A\", \"name\": 5}]}");
        const ParsedAccounts parsed = parseAccountsJson(json, QStringLiteral("nested.json"));
        QCOMPARE(issuePlaces(parsed.issues), QStringList { placeOf(json, "5}") });
        QVERIFY(parsed.issues[0].message.contains(QLatin1StringView("name")));
    }

    void rejectsTwoKeysForOneField()
    {
        ColumnMapping mapping;
        mapping.map(QStringLiteral("Company"), QStringLiteral("name"));
        const QByteArray json("[{\"crm_id\": \"A\", \"Company\": \"X\", \"name\": \"Y\"}]");
        const ParsedAccounts parsed = parseAccountsJson(json, QStringLiteral("twice.json"), mapping);
        // Keys are visited in QJsonObject order (sorted), so "name" is the second one seen.
        QCOMPARE(issuePlaces(parsed.issues), QStringList { placeOf(json, "\"Y\"") });
    }

    void locatesTheFirstInvalidUtf8Byte_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("place");
        QTest::newRow("latin-1 umlaut")
            << QByteArray("[{\"crm_id\": \"A-1\", \"name\": \"M\xFCller\"}]") << QStringLiteral("1:30");
        QTest::newRow("after multi-byte text")
            << QByteArray("[\n  {\"crm_id\": \"\xE6\xA0\xAA\", \"name\": \"\xFF\"}\n]")
            << QStringLiteral("2:28");
    }

    void locatesTheFirstInvalidUtf8Byte()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, place);
        const ParsedAccounts parsed = parseAccountsJson(data, QStringLiteral("latin1.json"));
        QCOMPARE(issuePlaces(parsed.issues), QStringList { place });
        QVERIFY(parsed.issues[0].message.contains(QLatin1StringView("UTF-8")));
    }
};

QTEST_GUILESS_MAIN(TestJsonImport)
#include "tst_jsonimport.moc"
