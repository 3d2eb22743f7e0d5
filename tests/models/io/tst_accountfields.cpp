#include "io/accountfields.h"

#include <QTest>

using namespace csm;

class TestAccountFields final : public QObject
{
    Q_OBJECT

private slots:
    void parsesArrIntoExactCents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("whole") << QStringLiteral("125000") << qint64(12500000);
        QTest::newRow("two decimals") << QStringLiteral("125000.50") << qint64(12500050);
        QTest::newRow("one decimal") << QStringLiteral("99.9") << qint64(9990);
        QTest::newRow("tenth that floats get wrong") << QStringLiteral("0.1") << qint64(10);
        QTest::newRow("thousands separators") << QStringLiteral("1,250,000") << qint64(125000000);
        QTest::newRow("separators and decimals") << QStringLiteral("1,250,000.05") << qint64(125000005);
        QTest::newRow("short first group") << QStringLiteral("12,345") << qint64(1234500);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("largest") << QStringLiteral("92233720368547758.07")
                                 << std::numeric_limits<qint64>::max();
    }

    void parsesArrIntoExactCents()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const Result<qint64> parsed = parseArrCents(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(*parsed, cents);
        QCOMPARE(parseArrCents(formatArrCents(cents)).value(), cents);
    }

    void rejectsMalformedArr_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("suffix") << QStringLiteral("12k") << QStringLiteral("not a number");
        QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("not a number");
        QTest::newRow("negative") << QStringLiteral("-5") << QStringLiteral("negative");
        QTest::newRow("negative decimals") << QStringLiteral("-5.25") << QStringLiteral("negative");
        QTest::newRow("three decimals") << QStringLiteral("1.234") << QStringLiteral("more than 2 decimals");
        QTest::newRow("exponent") << QStringLiteral("1e5") << QStringLiteral("not a number");
        QTest::newRow("plus sign") << QStringLiteral("+5") << QStringLiteral("not a number");
        QTest::newRow("currency symbol") << QStringLiteral("$100") << QStringLiteral("not a number");
        QTest::newRow("bare dot") << QStringLiteral("5.") << QStringLiteral("not a number");
        QTest::newRow("leading dot") << QStringLiteral(".5") << QStringLiteral("not a number");
        QTest::newRow("two dots") << QStringLiteral("1.2.3") << QStringLiteral("not a number");
        QTest::newRow("misplaced separator") << QStringLiteral("1,25") << QStringLiteral("not a number");
        QTest::newRow("long first group") << QStringLiteral("1250,000") << QStringLiteral("not a number");
        QTest::newRow("decimal comma") << QStringLiteral("12,5") << QStringLiteral("not a number");
        QTest::newRow("inner space") << QStringLiteral("1 000") << QStringLiteral("not a number");
        QTest::newRow("overflow") << QStringLiteral("92233720368547758.08") << QStringLiteral("too large");
    }

    void rejectsMalformedArr()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const Result<qint64> parsed = parseArrCents(text);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errorMessage().contains(reason), qPrintable(parsed.errorMessage()));
        QVERIFY2(parsed.errorMessage().contains(u'\'' + text + u'\''), qPrintable(parsed.errorMessage()));
    }

    void formatsArrWithTwoDecimals()
    {
        QCOMPARE(formatArrCents(12500050), QStringLiteral("125000.50"));
        QCOMPARE(formatArrCents(5), QStringLiteral("0.05"));
        QCOMPARE(formatArrCents(0), QStringLiteral("0.00"));
    }

    void acceptsOrRejectsFieldText_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("culprit"); // what a rejection must quote; the text unless given
        const auto row = [](const char *name, const char *key, const char *text, bool accepted,
                             const char *culprit = nullptr) {
            QTest::newRow(name) << QString::fromUtf8(key) << QString::fromUtf8(text) << accepted
                                << QString::fromUtf8(culprit ? culprit : text);
        };
        row("currency code", "currency", "EUR", true);
        row("currency default", "currency", "", true);
        row("currency lowercase", "currency", "eur", false);
        row("currency too long", "currency", "EURO", false);
        row("iso date", "renewal_date", "2026-02-28", true);
        row("no date", "renewal_date", "", true);
        row("impossible date", "renewal_date", "2026-02-30", false);
        row("us date", "contract_start", "02/28/2026", false);
        row("date with time", "contract_start", "2026-02-28T10:00", false);
        row("stage key", "lifecycle_stage", "expansion", true);
        row("stage any case", "lifecycle_stage", "Renewal", true);
        row("unknown stage", "lifecycle_stage", "churned", false);
        row("segment key", "segment", "mid", true);
        row("unknown segment", "segment", "vip", false);
        row("payment key", "payment_status", "overdue", true);
        row("unknown payment", "payment_status", "paid", false);
        row("tags", "tags", "a; b ;;c", true);
        row("tag with comma", "tags", "a,b;c", false, "'a,b'");
    }

    void acceptsOrRejectsFieldText()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(QString, culprit);
        const auto field = accountFieldFromKey(key);
        QVERIFY(field);
        Account account;
        const QString problem = setAccountField(account, *field, text);
        QCOMPARE(problem.isEmpty(), accepted);
        if (!accepted)
            QVERIFY2(problem.contains(culprit), qPrintable(problem));
    }

    void appliesDefaultsAndOverrides()
    {
        Account account;
        QVERIFY(setAccountField(account, AccountField::Tags, QStringLiteral(" a ; b ;; ")).isEmpty());
        QCOMPARE(account.tags, QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
        QVERIFY(setAccountField(account, AccountField::Segment, QString()).isEmpty());
        QVERIFY(!account.segmentOverride);
        QVERIFY(setAccountField(account, AccountField::Segment, QStringLiteral("high")).isEmpty());
        QCOMPARE(account.segment, Segment::High);
        QVERIFY(account.segmentOverride);
        QVERIFY(setAccountField(account, AccountField::Currency, QString()).isEmpty());
        QCOMPARE(account.currency, QStringLiteral("USD"));
    }

    void matchesFieldKeysIgnoringCase()
    {
        QCOMPARE(accountFieldFromKey(u" CRM_ID "), AccountField::CrmId);
        QCOMPARE(accountFieldFromKey(u"payment_status"), AccountField::Payment);
        QVERIFY(!accountFieldFromKey(u"crm id"));
        QCOMPARE(accountFieldKeys().size(), qsizetype(AllAccountFields.size()));
    }
};

QTEST_GUILESS_MAIN(TestAccountFields)
#include "tst_accountfields.moc"
