#include "sync/wirevalues.h"

#include <QTest>

using namespace csm;

/// CRM values read by hand from a page's text: each form gives what QDateTime or QLocale would.
class TestWireValues final : public QObject
{
    Q_OBJECT

private slots:
    void readsTimestampsAsCrmsWriteThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t(QDate(2026, 12, 1), QTime(9, 16, 23, 608), Qt::UTC);
        QTest::newRow("HubSpot, milliseconds") << QStringLiteral("2026-12-01T09:16:23.608Z") << t;
        QTest::newRow("seconds only") << QStringLiteral("2026-12-01T09:16:23Z") << t.addMSecs(-608);
        QTest::newRow("Salesforce, +0000") << QStringLiteral("2026-12-01T09:16:23.608+0000") << t;
        QTest::newRow("an offset east") << QStringLiteral("2026-12-01T10:46:23.608+0130") << t;
        QTest::newRow("an offset west, with colon") << QStringLiteral("2026-12-01T04:16:23.608-05:00") << t;
        QTest::newRow("across midnight") << QStringLiteral("2026-11-30T23:16:23.608-10:00") << t;
        QTest::newRow("a leap day") << QStringLiteral("2028-02-29T00:00:00Z") << QDateTime(QDate(2028, 2, 29), QTime(0, 0), Qt::UTC);
    }

    void readsTimestampsAsCrmsWriteThem()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto fromText = wire::timestamp(QStringView(text));
        QVERIFY(fromText);
        QCOMPARE(*fromText, expected);
        QCOMPARE(fromText->timeSpec(), Qt::UTC);
        const QByteArray bytes = text.toUtf8();
        const auto fromBytes = wire::timestamp(QByteArrayView(bytes));
        QVERIFY(fromBytes);
        QCOMPARE(*fromBytes, expected);
        // As QDateTime reads the same text.
        QCOMPARE(*fromText, QDateTime::fromString(QString(text).replace(QStringLiteral("+0000"), QStringLiteral("Z"))
                                                      .replace(QStringLiteral("+0130"), QStringLiteral("+01:30")),
                                                  Qt::ISODateWithMs));
    }

    void leavesOtherFormsToQDateTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("a date") << QStringLiteral("2026-12-01");
        QTest::newRow("no zone") << QStringLiteral("2026-12-01T09:16:23");
        QTest::newRow("one digit of milliseconds") << QStringLiteral("2026-12-01T09:16:23.6Z");
        QTest::newRow("a space for the T") << QStringLiteral("2026-12-01 09:16:23Z");
        QTest::newRow("a 13th month") << QStringLiteral("2026-13-01T09:16:23Z");
        QTest::newRow("the 31st of November") << QStringLiteral("2026-11-31T09:16:23Z");
        QTest::newRow("hour 24") << QStringLiteral("2026-12-01T24:00:00Z");
        QTest::newRow("a letter for a digit") << QStringLiteral("2026-12-0xT09:16:23Z");
        QTest::newRow("an offset of 24 hours") << QStringLiteral("2026-12-01T09:16:23+2400");
        QTest::newRow("a short offset") << QStringLiteral("2026-12-01T09:16:23+01");
        QTest::newRow("epoch milliseconds") << QStringLiteral("1764580583608");
    }

    void leavesOtherFormsToQDateTime()
    {
        QFETCH(QString, text);
        QVERIFY(!wire::timestamp(QStringView(text)));
        QVERIFY(!wire::timestamp(QByteArrayView(text.toUtf8())));
    }

    void writesDaysAsIsoDates()
    {
        for (const QDate day : { QDate(2026, 12, 1), QDate(1999, 1, 31), QDate(2028, 2, 29), QDate(1000, 1, 1), QDate(9999, 12, 31) })
            QCOMPARE(wire::isoDate(day), day.toString(Qt::ISODate));
        QCOMPARE(wire::isoDate(QDate(12345, 1, 1)), QDate(12345, 1, 1).toString(Qt::ISODate));
        QVERIFY(wire::isoDate(QDate()).isEmpty());
    }

    void readsDecimals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("whole") << QStringLiteral("125000") << QStringLiteral("125000");
        QTest::newRow("a fraction") << QStringLiteral("125000.5") << QStringLiteral("125000.5");
        QTest::newRow("spaces around") << QStringLiteral(" 7001 ") << QStringLiteral("7001");
        QTest::newRow("an exponent") << QStringLiteral("1.5e3") << QStringLiteral("1.5e3");
        QTest::newRow("negative") << QStringLiteral("-20") << QStringLiteral("-20");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("words") << QStringLiteral("12k") << QString();
        QTest::newRow("two points") << QStringLiteral("1.2.3") << QString();
        QTest::newRow("a point alone") << QStringLiteral(".") << QString();
    }

    void readsDecimals()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(wire::decimal(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestWireValues)
#include "tst_wirevalues.moc"
