#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class BenchSmokeTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quickRunExitsCleanly();
    void describesTheMachine();
    void measuredStepsHaveNonNegativeMedians();
    void unbuiltStepsCarryNoNumbers();
    void syncStepsReportThroughputAndTheirFloor();

private:
    QTemporaryDir m_dir;
    QProcess m_bench;
    QJsonObject m_report;
};

void BenchSmokeTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bench.setWorkingDirectory(m_dir.path());
    m_bench.setProcessChannelMode(QProcess::ForwardedChannels);
    m_bench.start(QStringLiteral(CSM_BENCH_EXECUTABLE),
                  { QStringLiteral("--quick"), QStringLiteral("--json"), m_dir.filePath(QStringLiteral("smoke.json")) });
    QVERIFY(m_bench.waitForFinished(240'000));

    QFile file(m_dir.filePath(QStringLiteral("smoke.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    m_report = document.object();
}

void BenchSmokeTest::quickRunExitsCleanly()
{
    QCOMPARE(m_bench.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_bench.exitCode(), 0);
}

void BenchSmokeTest::describesTheMachine()
{
    const QJsonObject machine = m_report.value(QStringLiteral("machine")).toObject();
    QVERIFY(machine.value(QStringLiteral("cores")).toInt() > 0);
    QVERIFY(!machine.value(QStringLiteral("cpu_model")).toString().isEmpty());
    QVERIFY(machine.contains(QStringLiteral("build_type")));
}

void BenchSmokeTest::measuredStepsHaveNonNegativeMedians()
{
    const QJsonArray results = m_report.value(QStringLiteral("results")).toArray();
    QVERIFY(!results.isEmpty());
    int measured = 0;
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        QVERIFY(!result.value(QStringLiteral("step")).toString().isEmpty());
        QVERIFY(!result.value(QStringLiteral("scale")).toString().isEmpty());
        if (result.value(QStringLiteral("status")).toString() != QLatin1String("measured"))
            continue;
        ++measured;
        const QString median = result.value(QStringLiteral("unit")).toString() == QLatin1String("MB")
            ? QStringLiteral("median_mb")
            : QStringLiteral("median_ms");
        QVERIFY2(result.value(median).isDouble(), qPrintable(result.value(QStringLiteral("step")).toString()));
        QVERIFY(result.value(median).toDouble() >= 0.0);
        QVERIFY(result.value(QStringLiteral("runs")).toInt() >= 1);
    }
    QVERIFY(measured > 0);
}

void BenchSmokeTest::unbuiltStepsCarryNoNumbers()
{
    const QJsonArray results = m_report.value(QStringLiteral("results")).toArray();
    int notAvailable = 0;
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        if (result.value(QStringLiteral("status")).toString() != QLatin1String("n/a"))
            continue;
        ++notAvailable;
        QVERIFY(!result.contains(QStringLiteral("median_ms")));
        QVERIFY(result.value(QStringLiteral("note")).toString().startsWith(QLatin1String("n/a")));
    }
    // Every step is built now; a row without a number would have to say why, as checked above.
    QCOMPARE(notAvailable, 0);
}

void BenchSmokeTest::syncStepsReportThroughputAndTheirFloor()
{
    QHash<QString, QJsonObject> byStep;
    for (const QJsonValue &value : m_report.value(QStringLiteral("results")).toArray())
        byStep.insert(value.toObject().value(QStringLiteral("step")).toString(), value.toObject());
    for (const char *step : { "CRM full sync (HubSpot emulator -> new book)", "CRM full sync (Salesforce emulator -> new book)",
                              "CRM export files sync (CSV -> new book)" }) {
        const QJsonObject row = byStep.value(QLatin1String(step));
        QVERIFY2(!row.isEmpty(), step);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("measured"));
        QVERIFY(row.value(QStringLiteral("median_ms")).toDouble() > 0);
        QVERIFY2(row.value(QStringLiteral("note")).toString().startsWith(QLatin1String("20000 records, ")), step);
    }
    // The HubSpot pull is held to a ratio of its wire floor, measured beside it.
    const QJsonObject hubspot = byStep.value(QStringLiteral("CRM full sync (HubSpot emulator -> new book)"));
    QVERIFY(hubspot.value(QStringLiteral("floor_ms")).toDouble() > 0);
    QCOMPARE(hubspot.value(QStringLiteral("ratio")).toDouble(),
             hubspot.value(QStringLiteral("median_ms")).toDouble() / hubspot.value(QStringLiteral("floor_ms")).toDouble());
    QCOMPARE(hubspot.value(QStringLiteral("target")).toDouble(), 1.5);
}

QTEST_GUILESS_MAIN(BenchSmokeTest)
#include "tst_benchsmoke.moc"
