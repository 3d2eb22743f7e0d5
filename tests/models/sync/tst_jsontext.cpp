// The one-pass JSON reader the connectors read pages with, against QJsonDocument: the same values
// for every text both take, a refusal wherever QJsonDocument refuses, and QJsonDocument's answer
// for the lenient forms only it takes.
#include "sync/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace csm;

namespace {

/// Whether the reader's value is QJsonDocument's (numbers by value: QJsonValue keeps integers
/// apart from doubles).
bool same(const JsonText::Value &lean, const QJsonValue &qt, QString *why, const QString &path = QStringLiteral("$"))
{
    const auto fail = [&](const QString &what) {
        *why = path + QStringLiteral(": ") + what;
        return false;
    };
    switch (qt.type()) {
    case QJsonValue::Null: return lean.isNull() || fail(QStringLiteral("not null"));
    case QJsonValue::Bool: return (lean.isBool() && lean.toBool() == qt.toBool()) || fail(QStringLiteral("bool differs"));
    case QJsonValue::Double:
        return (lean.isNumber() && lean.toDouble() == qt.toDouble())
            || fail(QStringLiteral("number %1 vs %2").arg(lean.toDouble()).arg(qt.toDouble()));
    case QJsonValue::String:
        return (lean.isString() && lean.toString() == qt.toString())
            || fail(QStringLiteral("string '%1' vs '%2'").arg(lean.toString(), qt.toString()));
    case QJsonValue::Array: {
        const QJsonArray a = qt.toArray();
        if (!lean.isArray() || lean.size() != a.size())
            return fail(QStringLiteral("not the same array"));
        qsizetype i = 0;
        for (const JsonText::Value &element : lean) {
            if (!same(element, a.at(i), why, path + QStringLiteral("[%1]").arg(i)))
                return false;
            ++i;
        }
        return i == a.size() || fail(QStringLiteral("iteration stopped at %1").arg(i));
    }
    case QJsonValue::Object: {
        const QJsonObject o = qt.toObject();
        if (!lean.isObject())
            return fail(QStringLiteral("not an object"));
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!same(lean[QByteArrayView(it.key().toUtf8())], it.value(), why, path + u'.' + it.key()))
                return false;
        return true;
    }
    case QJsonValue::Undefined: return lean.isUndefined() || fail(QStringLiteral("not undefined"));
    }
    return fail(QStringLiteral("unknown type"));
}

QString randomText(QRandomGenerator &random)
{
    static const QString alphabet = QStringLiteral("abcXYZ 09\"\\/\b\f\n\r\t\x01\x1f\u00e9\u20ac\u00fc\u4e2d");
    QString s;
    const int size = random.bounded(0, 12);
    for (int i = 0; i < size; ++i) {
        if (random.bounded(20) == 0)
            s += QString::fromUcs4(U"\U0001F600"); // outside the BMP: a surrogate pair
        else
            s += alphabet.at(random.bounded(int(alphabet.size())));
    }
    return s;
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    switch (random.bounded(depth > 3 ? 5 : 8)) {
    case 0: return QJsonValue(QJsonValue::Null);
    case 1: return random.bounded(2) == 0;
    case 2: return double(random.bounded(-1'000'000, 1'000'000)) / (random.bounded(2) ? 1.0 : 1000.0);
    case 3: return qint64(random.generate64() >> random.bounded(1, 40)) * (random.bounded(2) ? 1 : -1);
    case 4: return randomText(random);
    case 5:
    case 6: {
        QJsonObject o;
        const int size = random.bounded(0, 6);
        for (int i = 0; i < size; ++i)
            o.insert(randomText(random) + QString::number(i), randomValue(random, depth + 1));
        return o;
    }
    default: {
        QJsonArray a;
        const int size = random.bounded(0, 6);
        for (int i = 0; i < size; ++i)
            a.append(randomValue(random, depth + 1));
        return a;
    }
    }
}

} // namespace

class TestJsonText final : public QObject
{
    Q_OBJECT

private slots:
    void readsAPageOfRecords()
    {
        const QByteArray text = "{\"paging\":{\"next\":{\"after\":\"MTAw\",\"link\":\"x\"}},\"results\":[\n"
            "            {\"id\":\"101\",\"archived\":false,\"properties\":{\"name\":\"Acme \\\"Labs\\\"\",\"arr\":\"12000\",\"domain\":null,\"n\":5.25,\n"
            "             \"city\":\"M\\u00fcnchen \\ud83d\\ude00\",\"empty\":\"\"}},\n"
            "            {\"id\":102,\"archived\":true,\"properties\":\"{corrupt\"}]}";
        JsonText json;
        QVERIFY(json.parse(text));
        const JsonText::Value root = json.root();
        QVERIFY(root.isObject());
        QCOMPARE(root.size(), 2);
        QCOMPARE(root["paging"]["next"]["after"].toString(), QStringLiteral("MTAw"));
        QVERIFY(root["paging"]["previous"]["after"].isUndefined());
        QVERIFY(root["paging"]["next"]["after"]["deeper"].isUndefined());
        QVERIFY(root["paging"]["next"]["after"].toString().isNull() == false);
        QVERIFY(root["nothing"].toString().isNull());
        const JsonText::Value results = root["results"];
        QVERIFY(results.isArray());
        QCOMPARE(results.size(), 2);
        QList<JsonText::Value> records;
        for (const JsonText::Value &r : results)
            records << r;
        QCOMPARE(records.size(), 2);
        const JsonText::Value p = records[0]["properties"];
        QCOMPARE(p["name"].toString(), QStringLiteral("Acme \"Labs\""));
        QVERIFY(p["name"].hasEscapes());
        QCOMPARE(p["arr"].toString(), QStringLiteral("12000"));
        QCOMPARE(p["arr"].raw(), QByteArrayView("12000"));
        QVERIFY(p["domain"].isNull());
        QVERIFY(p["domain"].toString().isNull());
        QCOMPARE(p["n"].toDouble(), 5.25);
        QCOMPARE(p["n"].raw(), QByteArrayView("5.25"));
        QVERIFY(p["n"].toString().isNull()); // a number is not a string
        QCOMPARE(p["city"].toString(), QString(QStringLiteral("M\u00fcnchen ") + QString::fromUcs4(U"\U0001F600")));
        QVERIFY(p["empty"].isString());
        QVERIFY(p["empty"].toString().isEmpty());
        QVERIFY(!p["empty"].toString().isNull());
        QCOMPARE(records[0]["archived"].toBool(true), false);
        QCOMPARE(records[1]["archived"].toBool(), true);
        QVERIFY(records[1]["id"].isNumber());
        QCOMPARE(records[1]["id"].toDouble(), 102.0);
        QVERIFY(records[1]["properties"].isString());
        QVERIFY(records[1]["properties"]["name"].isUndefined());
        // Nothing but arrays iterates.
        int seen = 0;
        for (const JsonText::Value &v : records[1]["properties"]) {
            Q_UNUSED(v)
            ++seen;
        }
        for (const JsonText::Value &v : root) {
            Q_UNUSED(v)
            ++seen;
        }
        QCOMPARE(seen, 0);
    }

    void anEscapedKeyIsFoundByItsText()
    {
        JsonText json;
        QVERIFY(json.parse("{\"na\\u006de\":\"x\",\"a\\\"b\":1}"));
        QCOMPARE(json.root()["name"].toString(), QStringLiteral("x"));
        QCOMPARE(json.root()["a\"b"].toDouble(), 1.0);
    }

    void theLastOfTwoMembersWithOneNameWins()
    {
        const QByteArray text = "{\"a\":1,\"b\":2,\"a\":3}";
        JsonText json;
        QVERIFY(json.parse(text));
        QCOMPARE(json.root()["a"].toDouble(), QJsonDocument::fromJson(text).object().value(QLatin1String("a")).toDouble());
        QCOMPARE(json.root()["a"].toDouble(), 3.0);
    }

    void aMemberIsFoundWhateverTheCaseOfItsName()
    {
        JsonText json;
        QVERIFY(json.parse("{\"AnnualRevenue\":5,\"annualrevenue\":6,\"Renewal_Date__c\":\"2027-01-31\",\"N\\u0061me\":\"Acme\",\"Id\":1}"));
        const JsonText::Value root = json.root();
        // The exact name first, then one differing in case only (the last of those).
        QCOMPARE(root.memberIgnoringCase("AnnualRevenue").toDouble(), 5.0);
        QCOMPARE(root.memberIgnoringCase("ANNUALREVENUE").toDouble(), 6.0);
        QCOMPARE(root.memberIgnoringCase("renewal_date__C").toString(), QStringLiteral("2027-01-31"));
        QCOMPARE(root.memberIgnoringCase("name").toString(), QStringLiteral("Acme")); // an escaped name
        QVERIFY(root.memberIgnoringCase("Website").isUndefined());
        QVERIFY(root.memberIgnoringCase("I").isUndefined()); // a prefix is not the name
        QVERIFY(root["Id"].memberIgnoringCase("id").isUndefined()); // not an object
    }

    void refusesWhatIsNotJson_data()
    {
        QTest::addColumn<QByteArray>("text");
        const char *texts[] = {
            "", " ", "<html><body>502 Bad Gateway from the proxy</body>", "{", "}", "[", "{]", "[}", "{\"a\":1,}", "[1,]",
            "{\"a\" 1}", "{\"a\":}", "{a:1}", "{'a':1}", "{\"a\":1}}", "{\"a\":1} x", "{\"a\":tru}", "{\"a\":nul}",
            "{\"a\":True}", "{\"a\":-}", "{\"a\":+1}", "{\"a\":.5}", "{\"a\":1e}", "{\"a\":1e+}", "{\"a\":0x10}",
            "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":\"x}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\u12G4\"}",
            "{\"a\":\"tab\there\"}", "{\"a\":\"\x01\"}", "{\"a\":\"\xff\"}", "{\"a\":\"\xc3\"}", "{\"a\":\"\xc0\xaf\"}",
            "{\"a\":\"\xe0\x80\xaf\"}", "{\"a\":\"\xed\xa0\x80\"}", "{\"a\":\"\xf4\x90\x80\x80\"}", "{\"a\":\"\xf8\x88\x80\x80\x80\"}",
            "{\"a\":1 \"b\":2}", "[1 2]", "{\"a\":[1,2}", "{\"a\":{\"b\":1]}", "{\"a\":1,,\"b\":2}", "{,}", "[,]",
            "\"just a string\"", "42", "null",
        };
        for (const char *text : texts)
            QTest::newRow(text) << QByteArray(text);
        QTest::newRow("nul inside") << QByteArray("{\"a\":\"x\0y\"}", 11);
        QTest::newRow("too deep") << QByteArray(1100, '[') + QByteArray(1100, ']');
    }

    void refusesWhatIsNotJson()
    {
        QFETCH(QByteArray, text);
        JsonText json;
        QVERIFY(!json.parse(text));
        QVERIFY(json.root().isUndefined());
        QJsonParseError qtError;
        const QJsonDocument qt = QJsonDocument::fromJson(text, &qtError);
        if (qtError.error == QJsonParseError::NoError) {
            // QJsonDocument takes it: read() must give the same values.
            QJsonParseError error;
            QVERIFY(json.read(text, &error));
            QString why;
            QVERIFY2(same(json.root(), qt.isObject() ? QJsonValue(qt.object()) : QJsonValue(qt.array()), &why), qPrintable(why));
        } else {
            QJsonParseError error;
            QVERIFY(!json.read(text, &error));
            QCOMPARE(error.error, qtError.error);
            QCOMPARE(error.offset, qtError.offset);
        }
    }

    void takesDeepButNotTooDeepNesting()
    {
        JsonText json;
        QVERIFY(json.parse(QByteArray(1024, '[') + QByteArray(1024, ']')));
        QVERIFY(!json.parse(QByteArray(1025, '[') + QByteArray(1025, ']')));
    }

    void leavesLenientFormsToQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{\"a\":\"b\"}");
        QTest::newRow("1.") << QByteArray("{\"a\":1.}");
        QTest::newRow("huge") << QByteArray("{\"a\":1e999,\"b\":\"c\"}");
        QTest::newRow("array on top") << QByteArray("[{\"a\":1}]");
    }

    void leavesLenientFormsToQJsonDocument()
    {
        QFETCH(QByteArray, text);
        QJsonParseError qtError;
        const QJsonDocument qt = QJsonDocument::fromJson(text, &qtError);
        JsonText json;
        QJsonParseError error;
        QCOMPARE(json.read(text, &error), qtError.error == QJsonParseError::NoError);
        QCOMPARE(error.error, qtError.error);
        if (qtError.error == QJsonParseError::NoError) {
            QString why;
            QVERIFY2(same(json.root(), qt.isObject() ? QJsonValue(qt.object()) : QJsonValue(qt.array()), &why), qPrintable(why));
        }
    }

    void readsWhatQJsonDocumentWrites()
    {
        QRandomGenerator random(20260101);
        for (int round = 0; round < 2000; ++round) {
            const QJsonValue value = randomValue(random, 0);
            const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                           : QJsonDocument(value.isObject() ? value.toObject()
                                                                                            : QJsonObject { { QStringLiteral("v"), value } });
            for (const auto format : { QJsonDocument::Compact, QJsonDocument::Indented }) {
                const QByteArray text = document.toJson(format);
                JsonText json;
                QVERIFY2(json.parse(text), text.constData());
                QString why;
                QVERIFY2(same(json.root(), document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), &why),
                         qPrintable(why + u'\n' + QString::fromUtf8(text)));
            }
        }
    }

    void agreesWithQJsonDocumentOnDamagedTexts()
    {
        // Pages cut short, bytes lost or changed on the way: whatever the reader takes,
        // QJsonDocument takes too, with the same values.
        QRandomGenerator random(7);
        int refusedByBoth = 0;
        for (int round = 0; round < 4000; ++round) {
            QJsonObject page { { QStringLiteral("results"), randomValue(random, 1) }, { QStringLiteral("n"), randomValue(random, 2) } };
            QByteArray text = QJsonDocument(page).toJson(round % 2 ? QJsonDocument::Compact : QJsonDocument::Indented);
            const int damage = random.bounded(1, 4);
            for (int d = 0; d < damage && !text.isEmpty(); ++d) {
                const int at = random.bounded(int(text.size()));
                switch (random.bounded(4)) {
                case 0: text.remove(at, 1); break;
                case 1: text.insert(at, char(random.bounded(256))); break;
                case 2: text[at] = char(random.bounded(256)); break;
                default: text.truncate(at); break;
                }
            }
            JsonText json;
            QJsonParseError qtError;
            const QJsonDocument qt = QJsonDocument::fromJson(text, &qtError);
            const bool qtTakes = qtError.error == QJsonParseError::NoError;
            const QJsonValue qtValue = qt.isArray() ? QJsonValue(qt.array()) : QJsonValue(qt.object());
            if (json.parse(text)) {
                QVERIFY2(qtTakes, text.toPercentEncoding().constData());
                QString why;
                QVERIFY2(same(json.root(), qtValue, &why), qPrintable(why));
            }
            QJsonParseError error;
            QCOMPARE(json.read(text, &error), qtTakes);
            QCOMPARE(error.error, qtError.error);
            if (qtTakes) {
                QString why;
                QVERIFY2(same(json.root(), qtValue, &why), qPrintable(why));
            } else {
                ++refusedByBoth;
            }
        }
        QVERIFY(refusedByBoth > 1000); // the damage did damage
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
