// The health engine over a generated demo book: the bands spread and the score follows usage.
#include "demo/demogenerator.h"
#include "health/healthinputsreader.h"
#include "health/healthservice.h"
#include "health/healthsnapshotrepository.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

class TestHealthDemo final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QDate m_today { 2026, 11, 25 };

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(u"demo.sqlite"_s));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(*db);
        DemoOptions options;
        options.accounts = 200;
        options.today = m_today;
        auto stats = generateDemoBook(m_db->connection(), options);
        QVERIFY2(stats.ok(), qPrintable(stats.errorMessage()));
    }

    void cleanupTestCase() { m_db.reset(); }

    void demoBookShowsAllThreeBands()
    {
        auto stats = HealthService(m_db->connection(), m_today).recompute(m_today);
        QVERIFY2(stats.ok(), qPrintable(stats.errorMessage()));
        QCOMPARE(stats->scored + stats->unscored, 200);
        auto latest = HealthSnapshotRepository(m_db->connection()).latestBefore(m_today, true);
        QVERIFY(latest.ok());
        QMap<HealthBand, int> bands;
        for (const HealthSnapshot &s : *latest)
            ++bands[s.band];
        qInfo("red %d, amber %d, green %d, none %d", bands.value(HealthBand::Red), bands.value(HealthBand::Amber),
              bands.value(HealthBand::Green), bands.value(HealthBand::None));
        QVERIFY(bands.value(HealthBand::Red) > 0);
        QVERIFY(bands.value(HealthBand::Amber) > 0);
        QVERIFY(bands.value(HealthBand::Green) > 0);
    }

    void decliningUsageScoresLowerThanSteadyUsage()
    {
        QVERIFY(HealthService(m_db->connection(), m_today).recompute(m_today).ok());
        auto inputs = HealthInputsReader(m_db->connection()).readAll(m_today);
        QVERIFY(inputs.ok());
        auto latest = HealthSnapshotRepository(m_db->connection()).latestBefore(m_today, true);
        QVERIFY(latest.ok());
        double declining = 0, steady = 0;
        int decliningCount = 0, steadyCount = 0;
        for (const HealthInputs &in : *inputs) {
            const auto trend = in.value(HealthSignal::UtilisationTrend);
            const auto score = latest->value(in.accountId).score;
            if (!trend || !score)
                continue;
            if (*trend <= -5.0) {
                declining += *score;
                ++decliningCount;
            } else if (*trend >= 0.0) {
                steady += *score;
                ++steadyCount;
            }
        }
        QVERIFY(decliningCount > 5);
        QVERIFY(steadyCount > 5);
        qInfo("declining %d avg %.1f, steady %d avg %.1f", decliningCount, declining / decliningCount, steadyCount,
              steady / steadyCount);
        QVERIFY(declining / decliningCount < steady / steadyCount);
    }
};

QTEST_GUILESS_MAIN(TestHealthDemo)
#include "tst_healthdemo.moc"
