#include "io/accountexport.h"
#include "io/accountparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace csm;

namespace {

// Accounts with every field a file carries, and names that stress quoting and encoding.
QList<Account> sampleAccounts()
{
    QList<Account> accounts;
    const auto add = [&accounts](const QString &crmId, const QString &name) -> Account & {
        Account account;
        account.crmId = crmId;
        account.name = name;
        accounts.append(account);
        return accounts.last();
    };
    Account &acme = add(QStringLiteral("ACME-1"), QStringLiteral("Acme, Inc."));
    acme.domain = QStringLiteral("acme.example");
    acme.owner = QStringLiteral("Dana \"DJ\" Jones");
    acme.arrCents = 12'500'050;
    acme.contractStart = QDate(2024, 3, 1);
    acme.renewalDate = QDate(2026, 2, 28);
    acme.stage = LifecycleStage::Expansion;
    acme.segment = Segment::High;
    acme.segmentOverride = true;
    acme.tags = QStringList { QStringLiteral("enterprise"), QStringLiteral("emea") };

    Account &quotes = add(QStringLiteral("Q-2"), QStringLiteral("Say \"hi\", then \"bye\""));
    quotes.currency = QStringLiteral("EUR");
    quotes.payment = PaymentStatus::Failed;

    Account &lines = add(QStringLiteral("L-3"), QStringLiteral("Line one\nLine two\r\nLine three"));
    lines.arrCents = 5;
    lines.stage = LifecycleStage::Advocacy;
    lines.payment = PaymentStatus::Overdue;

    Account &mueller = add(QStringLiteral("MUELLER-4"), QStringLiteral("Müller GmbH"));
    mueller.owner = QStringLiteral("Jörg Weiß");
    mueller.arrCents = 9'007'199'254'740'993; // beyond what a double holds exactly
    mueller.segment = Segment::Mid;
    mueller.segmentOverride = true;
    mueller.tags = QStringList { QStringLiteral("dach"), QStringLiteral("Großkunde") };

    Account &japan = add(QStringLiteral("JP-5"), QStringLiteral("株式会社テスト"));
    japan.currency = QStringLiteral("JPY");
    japan.tags = QStringList { QStringLiteral("日本") };
    japan.stage = LifecycleStage::Renewal;
    japan.payment = PaymentStatus::Late;

    add(QStringLiteral("EMOJI-6"), QStringLiteral("Rocket 🚀 Ltd, \\ back\\slash\ttab"));
    return accounts;
}

} // namespace

class TestAccountExport final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEqualAccounts_data()
    {
        QTest::addColumn<bool>("csv");
        QTest::newRow("csv") << true;
        QTest::newRow("json") << false;
    }

    void roundTripsEqualAccounts()
    {
        QFETCH(bool, csv);
        const QList<Account> accounts = sampleAccounts();
        const ParsedAccounts parsed = csv
            ? parseAccountsCsv(accountsToCsv(accounts), QStringLiteral("out.csv"))
            : parseAccountsJson(accountsToJson(accounts), QStringLiteral("out.json"));
        QVERIFY2(!parsed.hasIssues(), qPrintable(issuesToString(parsed.issues)));
        QVERIFY(parsed.skippedColumns.isEmpty());
        QCOMPARE(parsed.accounts, accounts);
    }

    void writesAHeaderOfFieldKeysAndQuotesOnlyWhenNeeded()
    {
        const QByteArray csv = accountsToCsv(sampleAccounts().first(2));
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines[0],
            QByteArray("crm_id,name,domain,owner,arr,currency,contract_start,renewal_date,"
                       "lifecycle_stage,segment,tags,payment_status\r"));
        QCOMPARE(lines[1],
            QByteArray("ACME-1,\"Acme, Inc.\",acme.example,\"Dana \"\"DJ\"\" Jones\",125000.50,USD,"
                       "2024-03-01,2026-02-28,expansion,high,enterprise;emea,current\r"));
        QCOMPARE(lines[2],
            QByteArray("Q-2,\"Say \"\"hi\"\", then \"\"bye\"\"\",,,0.00,EUR,,,onboarding,,,failed\r"));
    }

    void writesIndentedJsonWithExactAmounts()
    {
        const QByteArray json = accountsToJson(sampleAccounts());
        QVERIFY(json.startsWith("{\n    \"accounts\": [\n        {\n            \"crm_id\": \"ACME-1\",\n"));
        QVERIFY(json.contains("\"arr\": 125000.50,"));
        QVERIFY(json.contains("\"arr\": 90071992547409.93,"));
        QVERIFY(json.contains("\"name\": \"Müller GmbH\""));

        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject acme
            = doc.object().value(QLatin1StringView("accounts")).toArray().first().toObject();
        QCOMPARE(acme.value(QLatin1StringView("tags")).toArray().size(), 2);
        QVERIFY(doc.object()
                    .value(QLatin1StringView("accounts"))
                    .toArray()[1]
                    .toObject()
                    .value(QLatin1StringView("renewal_date"))
                    .isNull());
    }

    void leavesComputedSegmentsOut()
    {
        Account computed;
        computed.crmId = QStringLiteral("C-1");
        computed.name = QStringLiteral("Computed");
        computed.segment = Segment::High; // decided by rules, not by hand
        computed.id = 42;

        for (const bool csv : { true, false }) {
            const ParsedAccounts parsed = csv
                ? parseAccountsCsv(accountsToCsv({ computed }), QStringLiteral("c.csv"))
                : parseAccountsJson(accountsToJson({ computed }), QStringLiteral("c.json"));
            QVERIFY(!parsed.hasIssues());
            QCOMPARE(parsed.accounts.size(), 1);
            QCOMPARE(parsed.accounts[0].id, 0);
            QVERIFY(!parsed.accounts[0].segmentOverride);
            QCOMPARE(
                parsed.accounts[0].segment, Segment::Tech); // the importer leaves the book's segment alone
        }
    }

    void exportsNothingAsAnEmptyList()
    {
        QCOMPARE(accountsToJson({}), QByteArray("{\n    \"accounts\": []\n}\n"));
        QVERIFY(accountsToCsv({}).startsWith("crm_id,name,"));
    }
};

QTEST_GUILESS_MAIN(TestAccountExport)
#include "tst_accountexport.moc"
