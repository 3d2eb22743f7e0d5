#include "io/columnmapping.h"
#include "iotestdata.h"

#include <QTest>

using namespace csm;

class TestColumnMapping final : public QObject
{
    Q_OBJECT

private slots:
    void readsAMappingFile()
    {
        const auto mapping = ColumnMapping::fromJsonFile(ioTestData(QStringLiteral("crm_mapping.json")));
        QVERIFY2(mapping.ok(), qPrintable(mapping.errorMessage()));
        QCOMPARE(mapping->fieldFor(QStringLiteral("Company ID")), QStringLiteral("crm_id"));
        QCOMPARE(mapping->fieldFor(QStringLiteral("ARR (USD)")), QStringLiteral("arr"));
    }

    void looksUpColumnsTrimmedAndIgnoringCase()
    {
        ColumnMapping mapping;
        mapping.map(QStringLiteral("Company ID"), QStringLiteral("crm_id"));
        QCOMPARE(mapping.fieldFor(QStringLiteral("  company id ")), QStringLiteral("crm_id"));
        QCOMPARE(mapping.fieldFor(QStringLiteral("COMPANY ID")), QStringLiteral("crm_id"));
    }

    void keepsUnmappedColumnNames()
    {
        const ColumnMapping mapping;
        QVERIFY(mapping.isEmpty());
        QCOMPARE(mapping.fieldFor(QStringLiteral(" Notes ")), QStringLiteral("Notes"));
        QCOMPARE(mapping.fieldFor(QStringLiteral("arr")), QStringLiteral("arr"));
    }

    void rejectsBadMappingFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // a part of the message that locates the problem
        QTest::newRow("missing file")
            << QStringLiteral("no_such_mapping.json") << QStringLiteral("no_such_mapping.json: cannot read");
        QTest::newRow("syntax error")
            << QStringLiteral("mapping_syntax.json") << QStringLiteral("mapping_syntax.json:3:20:");
        QTest::newRow("unknown field")
            << QStringLiteral("mapping_unknown_field.json") << QStringLiteral("'company_name'");
        QTest::newRow("target not a string")
            << QStringLiteral("mapping_not_string.json") << QStringLiteral("'Company ID'");
    }

    void rejectsBadMappingFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const auto mapping = ColumnMapping::fromJsonFile(ioTestData(file));
        QVERIFY(!mapping.ok());
        QVERIFY2(mapping.errorMessage().contains(expected), qPrintable(mapping.errorMessage()));
        QVERIFY2(mapping.errorMessage().contains(file), qPrintable(mapping.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
