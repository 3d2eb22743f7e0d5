#include "store/sqlscript.h"

#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

class TestSqlScript final : public QObject
{
    Q_OBJECT

private slots:
    void splitsStatements_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");

        QTest::newRow("two statements") << u"CREATE TABLE a (x);\nCREATE TABLE b (y);\n"_s
                                        << QStringList { u"CREATE TABLE a (x)"_s, u"CREATE TABLE b (y)"_s };
        QTest::newRow("comments are dropped") << u"-- a; comment\nSELECT 1; /* b; */ SELECT 2;"_s
                                              << QStringList { u"SELECT 1"_s, u"SELECT 2"_s };
        QTest::newRow("semicolons in quotes stay") << u"INSERT INTO t VALUES ('a;b', \"c;d\");"_s
                                                   << QStringList { u"INSERT INTO t VALUES ('a;b', \"c;d\")"_s };
        QTest::newRow("trigger bodies stay whole")
            << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET y = 1;\n  DELETE FROM c;\nEND;\nSELECT 3;"_s
            << QStringList { u"CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET y = 1;\n  DELETE FROM c;\nEND"_s,
                             u"SELECT 3"_s };
        QTest::newRow("no trailing semicolon") << u"SELECT 1"_s << QStringList { u"SELECT 1"_s };
        QTest::newRow("only whitespace") << u"  \n\t"_s << QStringList {};
    }

    void splitsStatements()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(splitSqlScript(script), statements);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
