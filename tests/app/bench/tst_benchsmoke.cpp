#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <iterator>

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
    void portfolioOnlyRunPrintsThePortfolioRows();

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

void BenchSmokeTest::portfolioOnlyRunPrintsThePortfolioRows()
{
    // Its own run: the portfolio steps alone, on the small team of --quick.
    QProcess bench;
    bench.setWorkingDirectory(m_dir.path());
    bench.setProcessChannelMode(QProcess::SeparateChannels);
    const QString json = m_dir.filePath(QStringLiteral("portfolio.json"));
    bench.start(QStringLiteral(CSM_BENCH_EXECUTABLE),
                { QStringLiteral("--quick"), QStringLiteral("--portfolio-only"), QStringLiteral("--json"), json });
    QVERIFY(bench.waitForFinished(240'000));
    const QString printed = QString::fromUtf8(bench.readAllStandardOutput());
    const QByteArray errors = bench.readAllStandardError();
    QVERIFY2(bench.exitStatus() == QProcess::NormalExit && bench.exitCode() == 0, errors.constData());

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray results = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("results")).toArray();
    QHash<QString, QJsonObject> byStep;
    for (const QJsonValue &value : results) {
        const QJsonObject row = value.toObject();
        byStep.insert(row.value(QStringLiteral("step")).toString(), row);
        // Only the portfolio's rows, all at the quick team's size.
        QCOMPARE(row.value(QStringLiteral("scale")).toString(), QStringLiteral("4x100"));
    }
    struct Expected
    {
        const char *step;
        const char *unit;
        bool target;
    };
    const Expected expected[] = {
        { "portfolio setup: generate the demo team", "ms", false },
        { "portfolio open: readTeamBooks + Portfolio::add", "ms", true },
        { "  of which readTeamBooks (parallel)", "ms", false },
        { "  of which Portfolio::add, every book", "ms", false },
        { "peak RSS, portfolio open + dashboard (no GUI)", "MB", false },
        { "portfolio dashboard recompute per filter change", "ms", true },
        { "  worst filter change", "ms", true },
        { "portfolio drill: Red accounts of the team", "ms", false },
    };
    QCOMPARE(results.size(), qsizetype(std::size(expected)));
    for (const Expected &e : expected) {
        const QString step = QLatin1String(e.step);
        const QJsonObject row = byStep.value(step);
        QVERIFY2(!row.isEmpty(), e.step);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("measured"));
        const QString unit = QString::fromLatin1(e.unit);
        QCOMPARE(row.value(QStringLiteral("unit")).toString(), unit);
        const QString suffix = QLatin1Char('_') + unit.toLower();
        QVERIFY2(row.value(QStringLiteral("median") + suffix).isDouble(), e.step);
        QVERIFY2(row.value(QStringLiteral("median") + suffix).toDouble() >= 0.0, e.step);
        QVERIFY2(row.value(QStringLiteral("max") + suffix).toDouble() >= row.value(QStringLiteral("min") + suffix).toDouble(), e.step);
        // Targets are shown, never asserted: only that the row carries one.
        QCOMPARE(row.value(QStringLiteral("target")).isDouble(), e.target);

        // The printed table has the row with its median as a number in its unit.
        const QRegularExpression line(QLatin1Char('^') + QRegularExpression::escape(step)
                                          + QStringLiteral("\\s+4x100\\s+([0-9]+\\.[0-9]+) ") + unit + QStringLiteral("\\s"),
                                      QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = line.match(printed);
        QVERIFY2(match.hasMatch(), e.step);
        bool ok = false;
        match.captured(1).toDouble(&ok);
        QVERIFY2(ok, e.step);
    }
    // The open says what it opened.
    static const QRegularExpression opened(QStringLiteral("^4 books, [1-9][0-9]* accounts \\+ [0-9]+ archived; [0-9.]+x of the 2 s target"));
    const QString openNote = byStep.value(QStringLiteral("portfolio open: readTeamBooks + Portfolio::add")).value(QStringLiteral("note")).toString();
    QVERIFY2(opened.match(openNote).hasMatch(), qPrintable(openNote));
    QVERIFY(byStep.value(QStringLiteral("portfolio drill: Red accounts of the team"))
                .value(QStringLiteral("note"))
                .toString()
                .endsWith(QLatin1String(" accounts")));
}

QTEST_GUILESS_MAIN(BenchSmokeTest)
#include "tst_benchsmoke.moc"
