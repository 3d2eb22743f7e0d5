#include "io/csvreader.h"

#include <QTest>

using namespace csm;

// Records are written as lists: first the line the record starts on, then its fields.
using Rows = QList<QStringList>;

class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void splitsRecordsAndFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QStringList>("issues");

        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        QTest::newRow("lf") << s("a,b\n1,2\n")
                            << Rows { { s("1"), s("a"), s("b") }, { s("2"), s("1"), s("2") } }
                            << QStringList();
        QTest::newRow("crlf") << s("a,b\r\n1,2\r\n")
                              << Rows { { s("1"), s("a"), s("b") }, { s("2"), s("1"), s("2") } }
                              << QStringList();
        QTest::newRow("no final newline")
            << s("a\n1") << Rows { { s("1"), s("a") }, { s("2"), s("1") } } << QStringList();
        QTest::newRow("lone cr") << s("a\r1\r") << Rows { { s("1"), s("a") }, { s("2"), s("1") } }
                                 << QStringList();
        QTest::newRow("empty fields")
            << s(",,\n") << Rows { { s("1"), s(""), s(""), s("") } } << QStringList();
        QTest::newRow("trailing comma") << s("a,\n") << Rows { { s("1"), s("a"), s("") } } << QStringList();
        QTest::newRow("spaces kept") << s(" a , b ") << Rows { { s("1"), s(" a "), s(" b ") } }
                                     << QStringList();
        QTest::newRow("quoted comma")
            << s("\"a,b\",c") << Rows { { s("1"), s("a,b"), s("c") } } << QStringList();
        QTest::newRow("doubled quotes")
            << s("\"say \"\"hi\"\"\",x") << Rows { { s("1"), s("say \"hi\""), s("x") } } << QStringList();
        QTest::newRow("empty quoted") << s("\"\",x") << Rows { { s("1"), s(""), s("x") } } << QStringList();
        QTest::newRow("embedded lf keeps later lines right")
            << s("a,\"x\ny\nz\"\nb,c\n")
            << Rows { { s("1"), s("a"), s("x\ny\nz") }, { s("4"), s("b"), s("c") } } << QStringList();
        QTest::newRow("embedded crlf kept as written")
            << s("\"x\r\ny\"\r\nz\r\n") << Rows { { s("1"), s("x\r\ny") }, { s("3"), s("z") } }
            << QStringList();
        QTest::newRow("blank lines skipped")
            << s("a\n\n\r\nb\n") << Rows { { s("1"), s("a") }, { s("4"), s("b") } } << QStringList();
        QTest::newRow("non-latin text")
            << s("Müller GmbH,株式会社テスト") << Rows { { s("1"), s("Müller GmbH"), s("株式会社テスト") } }
            << QStringList();
        QTest::newRow("empty input") << QString() << Rows() << QStringList();
        QTest::newRow("unterminated quote reports where it opened")
            << s("a\n\"b,c\nd\n") << Rows { { s("1"), s("a") } } << QStringList { s("2:1") };
        QTest::newRow("unterminated quote after a multi-line field")
            << s("\"x\ny\",1\nz,\"open\n") << Rows { { s("1"), s("x\ny"), s("1") } }
            << QStringList { s("3:2") };
        QTest::newRow("quote inside an unquoted field")
            << s("a,b\"c\n") << Rows { { s("1"), s("a"), s("b\"c") } } << QStringList { s("1:2") };
        QTest::newRow("text after the closing quote")
            << s("x\n\"a\"b,c") << Rows { { s("1"), s("x") }, { s("2"), s("ab"), s("c") } }
            << QStringList { s("2:1") };
    }

    void splitsRecordsAndFields()
    {
        QFETCH(QString, text);
        QFETCH(Rows, rows);
        QFETCH(QStringList, issues);

        const CsvTable table = readCsv(text);
        Rows actual;
        for (const CsvRecord &record : table.records)
            actual.append(QStringList { QString::number(record.line) } + record.fields);
        QCOMPARE(actual, rows);

        QStringList places;
        for (const ImportIssue &issue : table.issues) {
            QVERIFY(!issue.message.isEmpty());
            places.append(QString::number(issue.line) + u':' + QString::number(issue.column));
        }
        QCOMPARE(places, issues);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
