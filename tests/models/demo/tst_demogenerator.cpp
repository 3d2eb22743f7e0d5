#include "demo/companynamer.h"
#include "demo/demogenerator.h"
#include "demo/demorandom.h"
#include "store/accountrepository.h"
#include "store/database.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace csm;

namespace {

const QDate Today(2025, 6, 18);
constexpr int SharedBookAccounts = 2000;
const QStringList Tables { QStringLiteral("accounts"), QStringLiteral("contacts"),
    QStringLiteral("usage_metrics"), QStringLiteral("survey_responses"), QStringLiteral("tickets") };

/// Every row of every table as text, in a stable order: two books are equal iff their dumps are.
QStringList dump(const QSqlDatabase &db)
{
    QStringList rows;
    for (const QString &table : Tables) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        const QString order = table == u"usage_metrics" ? QStringLiteral("account_id, period, period_start")
                                                        : QStringLiteral("id");
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order)))
            qFatal("cannot dump %s", qPrintable(q.lastError().text()));
        while (q.next()) {
            QString row = table;
            for (int c = 0; c < q.record().count(); ++c)
                row += u'|' + q.value(c).toString();
            rows.append(row);
        }
    }
    return rows;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

QList<QVariantList> rows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    QList<QVariantList> result;
    while (q.next()) {
        QVariantList row;
        for (int c = 0; c < q.record().count(); ++c)
            row.append(q.value(c));
        result.append(row);
    }
    return result;
}

/// Mean utilisation of the first and last eight weeks and the lowest four-week mean in between (four
/// weeks, so the two-week holiday dip everyone has does not count as a slump).
struct UsageTrend
{
    double first = 0;
    double last = 0;
    double lowest = 1;
};

QHash<qint64, UsageTrend> usageTrends(const QSqlDatabase &db)
{
    QHash<qint64, QList<double>> weeks;
    for (const auto &row : rows(db,
             QStringLiteral("SELECT account_id, CAST(active_users AS REAL) / licensed_seats "
                            "FROM usage_metrics ORDER BY account_id, period_start")))
        weeks[row[0].toLongLong()].append(row[1].toDouble());
    QHash<qint64, UsageTrend> trends;
    for (auto it = weeks.cbegin(); it != weeks.cend(); ++it) {
        const QList<double> &u = it.value();
        UsageTrend t;
        for (int w = 0; w < 8; ++w) {
            t.first += u[w] / 8;
            t.last += u[u.size() - 1 - w] / 8;
        }
        for (qsizetype w = 8; w + 4 <= u.size() - 8; ++w)
            t.lowest = qMin(t.lowest, (u[w] + u[w + 1] + u[w + 2] + u[w + 3]) / 4);
        trends.insert(it.key(), t);
    }
    return trends;
}

bool isDecliner(const UsageTrend &t)
{
    return t.last < 0.6 * t.first;
}
bool isSteady(const UsageTrend &t)
{
    return t.last >= 0.9 * t.first && t.lowest >= 0.7 * t.first;
}

} // namespace

class TestDemoGenerator final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> openBook(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name));
        if (!db)
            qFatal("%s", qPrintable(db.errorMessage()));
        return std::move(db).value();
    }

    std::unique_ptr<Database> generate(const QString &name, int accounts, quint64 seed = 7)
    {
        auto book = openBook(name);
        const auto stats = generateDemoBook(book->connection(), DemoOptions { accounts, seed, Today, {} });
        if (!stats)
            qFatal("%s", qPrintable(stats.errorMessage()));
        return book;
    }

    QSqlDatabase shared() const { return m_book->connection(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_book; ///< one larger book for the read-only property checks
    DemoStats m_stats;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_book = openBook(QStringLiteral("shared.sqlite"));
        const auto stats = generateDemoBook(shared(), DemoOptions { SharedBookAccounts, 42, Today, {} });
        QVERIFY2(stats.ok(), qPrintable(stats.errorMessage()));
        m_stats = *stats;
    }

    void sameSeedAndDateGiveIdenticalBooks()
    {
        const auto a = generate(QStringLiteral("same-a.sqlite"), 300);
        const auto b = generate(QStringLiteral("same-b.sqlite"), 300);
        const QStringList dumpA = dump(a->connection());
        QVERIFY(dumpA.size() > 300 * 52);
        QCOMPARE(dumpA, dump(b->connection()));
    }

    void differentSeedsGiveDifferentBooks()
    {
        const auto a = generate(QStringLiteral("seed-a.sqlite"), 100, 1);
        const auto b = generate(QStringLiteral("seed-b.sqlite"), 100, 2);
        const QString names
            = QStringLiteral("SELECT group_concat(name, ';') FROM (SELECT name FROM accounts ORDER BY id)");
        QVERIFY(dump(a->connection()) != dump(b->connection()));
        QVERIFY(rows(a->connection(), names) != rows(b->connection(), names));
    }

    void accountsDoNotDependOnBookSize()
    {
        const auto small = generate(QStringLiteral("size-50.sqlite"), 50);
        const auto large = generate(QStringLiteral("size-300.sqlite"), 300);
        // The owner is left out: the CSM team grows with the book.
        const QString accounts
            = QStringLiteral("SELECT crm_id, name, domain, arr_cents, contract_start, renewal_date, "
                             "lifecycle_stage, tags, payment_status FROM accounts WHERE id <= 50 "
                             "ORDER BY id");
        const QString usage = QStringLiteral("SELECT * FROM usage_metrics WHERE account_id <= 50 "
                                             "ORDER BY account_id, period_start");
        const QString contacts = QStringLiteral("SELECT * FROM contacts WHERE account_id <= 50 ORDER BY id");
        for (const QString &sql : { accounts, usage, contacts })
            QCOMPARE(rows(small->connection(), sql), rows(large->connection(), sql));
    }

    void statsMatchTableCounts()
    {
        QCOMPARE(m_stats.accounts, SharedBookAccounts);
        QCOMPARE(scalar(shared(), QStringLiteral("SELECT count(*) FROM accounts")), m_stats.accounts);
        QCOMPARE(scalar(shared(), QStringLiteral("SELECT count(*) FROM contacts")), m_stats.contacts);
        QCOMPARE(
            scalar(shared(), QStringLiteral("SELECT count(*) FROM usage_metrics")), m_stats.usageSamples);
        QCOMPARE(scalar(shared(), QStringLiteral("SELECT count(*) FROM survey_responses")), m_stats.surveys);
        QCOMPARE(scalar(shared(), QStringLiteral("SELECT count(*) FROM tickets")), m_stats.tickets);
        QCOMPARE(m_stats.usageSamples, SharedBookAccounts * 52);
        QVERIFY(m_stats.contacts >= 2 * SharedBookAccounts && m_stats.contacts <= 6 * SharedBookAccounts);
        QVERIFY(m_stats.surveys > SharedBookAccounts && m_stats.surveys <= 6 * SharedBookAccounts);
        QVERIFY(m_stats.tickets > 2 * SharedBookAccounts && m_stats.tickets <= 15 * SharedBookAccounts);
    }

    void crmIdsNamesAndDomainsAreUnique()
    {
        for (const char *column : { "crm_id", "name", "domain" }) {
            const QString sql
                = QStringLiteral("SELECT count(DISTINCT %1) FROM accounts").arg(QLatin1StringView(column));
            QCOMPARE(scalar(shared(), sql), SharedBookAccounts);
        }
        QCOMPARE(
            scalar(shared(),
                QStringLiteral(
                    "SELECT count(*) FROM accounts WHERE crm_id GLOB 'ACC-[0-9][0-9][0-9][0-9][0-9][0-9]'")),
            SharedBookAccounts);
        // Realistic names: some carry a legal form, a regional qualifier or a non-ASCII letter.
        const QStringList names = [&] {
            QStringList n;
            for (const auto &row : rows(shared(), QStringLiteral("SELECT name FROM accounts")))
                n.append(row[0].toString());
            return n;
        }();
        QVERIFY(names.filter(QRegularExpression(QStringLiteral(" (GmbH|Inc\\.|Ltd|LLC)$"))).size() > 100);
        QVERIFY(std::any_of(names.cbegin(), names.cend(), [](const QString &n) {
            return std::any_of(n.cbegin(), n.cend(), [](QChar c) { return c.unicode() > 127; });
        }));
        QVERIFY(
            std::none_of(names.cbegin(), names.cend(), [](const QString &n) { return n.contains(u'#'); }));
    }

    void domainsAndEmailsAreLowerCaseAscii()
    {
        const QRegularExpression domain(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z]{2,3}){1,2}$"));
        for (const auto &row : rows(shared(), QStringLiteral("SELECT domain FROM accounts")))
            QVERIFY2(domain.match(row[0].toString()).hasMatch(), qPrintable(row[0].toString()));
        const QRegularExpression email(QStringLiteral("^[a-z0-9.-]+@(.+)$"));
        for (const auto &row : rows(shared(),
                 QStringLiteral("SELECT c.email, a.domain FROM contacts c "
                                "JOIN accounts a ON a.id = c.account_id"))) {
            const auto match = email.match(row[0].toString());
            QVERIFY2(match.hasMatch(), qPrintable(row[0].toString()));
            QCOMPARE(match.captured(1), row[1].toString());
        }
        QCOMPARE(scalar(shared(),
                     QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM contacts GROUP BY email "
                                    "HAVING count(*) > 1)")),
            0);
    }

    void namesStayUniqueAtOneHundredThousandAccounts()
    {
        demo::CompanyNamer namer;
        QSet<QString> names, domains;
        QString name, domain;
        int numbered = 0;
        for (int i = 0; i < 100'000; ++i) {
            QRandomGenerator rng = demo::streamGenerator(3, quint64(i), demo::Stream::Name);
            namer.next(rng, name, domain);
            names.insert(name);
            domains.insert(domain);
            numbered += name.back().isDigit();
        }
        QCOMPARE(names.size(), 100'000);
        QCOMPARE(domains.size(), 100'000);
        QCOMPARE(numbered, 0); // told apart by places, not numbers
    }

    void arrSpansOrdersOfMagnitudeWithALongTail()
    {
        const auto book = generate(QStringLiteral("arr.sqlite"), 300);
        const auto db = book->connection();
        const double minArr = scalar(db, QStringLiteral("SELECT min(arr_cents) FROM accounts")) / 100.0;
        const double maxArr = scalar(db, QStringLiteral("SELECT max(arr_cents) FROM accounts")) / 100.0;
        QVERIFY2(std::log10(maxArr / minArr) >= 2.5,
            qPrintable(QStringLiteral("%1 … %2").arg(minArr).arg(maxArr)));
        QVERIFY(minArr >= 2'000 && maxArr <= 2'000'000);
        // Most accounts are small, few are large.
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM accounts WHERE arr_cents < 2000000")) > 150);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM accounts WHERE arr_cents >= 50000000")) < 45);
        QCOMPARE(
            scalar(db,
                QStringLiteral("SELECT count(*) FROM accounts WHERE currency <> 'USD' OR segment <> 'tech' "
                               "OR segment_override <> 0")),
            0);
    }

    void ownersFollowArr()
    {
        QCOMPARE(scalar(shared(),
                     QStringLiteral("SELECT count(*) FROM accounts WHERE arr_cents < 1500000 "
                                    "AND owner NOT IN ('Digital CS', 'Pooled CSM team')")),
            0);
        QCOMPARE(scalar(shared(),
                     QStringLiteral("SELECT count(*) FROM accounts WHERE arr_cents >= 1500000 "
                                    "AND owner IN ('Digital CS', 'Pooled CSM team')")),
            0);
        // About one named CSM per 300 accounts.
        QCOMPARE(scalar(shared(),
                     QStringLiteral("SELECT count(DISTINCT owner) FROM accounts WHERE arr_cents >= 1500000")),
            7);
        const auto tiny = generate(QStringLiteral("owners-20.sqlite"), 20);
        QCOMPARE(scalar(tiny->connection(),
                     QStringLiteral("SELECT count(DISTINCT owner) FROM accounts WHERE arr_cents >= 1500000")),
            1);
    }

    void renewalsFallWithinTheWindow()
    {
        const QString from = Today.addDays(-30).toString(Qt::ISODate);
        const QString to = Today.addDays(548).toString(Qt::ISODate);
        QCOMPARE(scalar(shared(),
                     QStringLiteral("SELECT count(*) FROM accounts WHERE renewal_date BETWEEN '%1' AND '%2'")
                         .arg(from, to)),
            SharedBookAccounts);
        const qint64 overdue = scalar(shared(),
            QStringLiteral("SELECT count(*) FROM accounts WHERE renewal_date < '%1'")
                .arg(Today.toString(Qt::ISODate)));
        QVERIFY(overdue > 0 && overdue < SharedBookAccounts / 20);
        QCOMPARE(scalar(shared(),
                     QStringLiteral("SELECT count(*) FROM accounts WHERE contract_start > '%1' OR "
                                    "contract_start < '%2'")
                         .arg(Today.toString(Qt::ISODate),
                             Today.addMonths(-48).addDays(-1).toString(Qt::ISODate))),
            0);
    }

    void lifecycleStagesFollowContractDates()
    {
        const QString young = Today.addDays(-90).toString(Qt::ISODate);
        const QString renewalWindow = Today.addDays(120).toString(Qt::ISODate);
        const auto count = [&](const QString &where) {
            return scalar(shared(), QStringLiteral("SELECT count(*) FROM accounts WHERE ") + where);
        };
        QCOMPARE(
            count(QStringLiteral("contract_start > '%1' AND lifecycle_stage <> 'onboarding'").arg(young)), 0);
        QCOMPARE(count(QStringLiteral(
                     "contract_start <= '%1' AND renewal_date <= '%2' AND lifecycle_stage <> 'renewal'")
                           .arg(young, renewalWindow)),
            0);
        QCOMPARE(
            count(QStringLiteral("renewal_date > '%1' AND lifecycle_stage = 'renewal'").arg(renewalWindow)),
            0);
        for (const char *stage : { "onboarding", "adoption", "expansion", "renewal", "advocacy" })
            QVERIFY2(
                count(QStringLiteral("lifecycle_stage = '%1'").arg(QLatin1StringView(stage))) > 20, stage);
        QVERIFY(count(QStringLiteral("payment_status = 'current'")) > SharedBookAccounts * 8 / 10);
        QVERIFY(count(QStringLiteral("payment_status IN ('late', 'overdue', 'failed')")) > 20);
        QVERIFY(count(QStringLiteral("tags LIKE '%at-risk%'")) > 20);
    }

    void everyAccountHasFiftyTwoWeeklyMondaySamples()
    {
        QCOMPARE(scalar(shared(),
                     QStringLiteral("SELECT count(*) FROM (SELECT account_id FROM usage_metrics "
                                    "WHERE period = 'week' GROUP BY account_id HAVING count(*) = 52)")),
            SharedBookAccounts);
        // The same 52 Mondays for everyone, the last one in today's week.
        const auto starts
            = rows(shared(), QStringLiteral("SELECT DISTINCT period_start FROM usage_metrics ORDER BY 1"));
        QCOMPARE(starts.size(), 52);
        for (const auto &row : starts)
            QCOMPARE(QDate::fromString(row[0].toString(), Qt::ISODate).dayOfWeek(), int(Qt::Monday));
        QCOMPARE(QDate::fromString(starts.last()[0].toString(), Qt::ISODate),
            Today.addDays(1 - Today.dayOfWeek()));
        QCOMPARE(scalar(shared(),
                     QStringLiteral("SELECT count(*) FROM usage_metrics WHERE licensed_seats < 3 "
                                    "OR active_users > licensed_seats OR active_users < 0 "
                                    "OR features_adopted > features_available "
                                    "OR features_available NOT BETWEEN 12 AND 40 OR logins < 0")),
            0);
    }

    void usageShowsDecliningGrowingAndRecoveringAccounts()
    {
        int declining = 0, growing = 0, recovering = 0;
        for (const UsageTrend &t : usageTrends(shared())) {
            declining += isDecliner(t);
            growing += t.last > 1.4 * t.first;
            recovering += t.lowest < 0.6 * t.first && t.last >= 0.8 * t.first;
        }
        QVERIFY2(declining > SharedBookAccounts / 10, qPrintable(QString::number(declining)));
        QVERIFY2(growing > SharedBookAccounts / 20, qPrintable(QString::number(growing)));
        QVERIFY2(recovering > SharedBookAccounts / 20, qPrintable(QString::number(recovering)));
    }

    void contactsHaveRolesAndMostAccountsAChampion()
    {
        QCOMPARE(scalar(shared(),
                     QStringLiteral("SELECT count(*) FROM (SELECT account_id FROM contacts GROUP BY "
                                    "account_id HAVING count(*) BETWEEN 2 AND 6)")),
            SharedBookAccounts);
        QCOMPARE(scalar(shared(),
                     QStringLiteral("SELECT count(*) FROM (SELECT account_id FROM contacts GROUP BY "
                                    "account_id HAVING sum(is_champion) > 1)")),
            0);
        const qint64 withChampion = scalar(shared(),
            QStringLiteral("SELECT count(DISTINCT account_id) FROM contacts "
                           "WHERE is_champion = 1"));
        QVERIFY2(withChampion > SharedBookAccounts * 75 / 100 && withChampion < SharedBookAccounts * 92 / 100,
            qPrintable(QString::number(withChampion)));
        QCOMPARE(scalar(shared(), QStringLiteral("SELECT count(DISTINCT role) FROM contacts")), 5);
        QCOMPARE(scalar(shared(),
                     QStringLiteral("SELECT count(*) FROM contacts WHERE title = '' OR name NOT LIKE '% %' "
                                    "OR last_touch > '%1'")
                         .arg(Today.toString(Qt::ISODate))),
            0);
    }

    void surveyScoresStayInRangeAndFollowUsage()
    {
        QCOMPARE(
            scalar(shared(),
                QStringLiteral("SELECT count(*) FROM survey_responses WHERE (kind = 'nps' AND score "
                               "NOT BETWEEN 0 AND 10) OR (kind = 'csat' AND score NOT BETWEEN 1 AND 5)")),
            0);
        QVERIFY(scalar(shared(), QStringLiteral("SELECT count(*) FROM survey_responses WHERE comment <> ''"))
            > 100);
        QCOMPARE(scalar(shared(),
                     QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM survey_responses "
                                    "GROUP BY account_id)")),
            6);

        // Accounts whose usage fell answer NPS worse and open more tickets than steady ones.
        const auto trends = usageTrends(shared());
        const auto mean = [&](const QString &sql, auto keep) {
            double sum = 0;
            int n = 0;
            for (const auto &row : rows(shared(), sql)) {
                if (keep(trends.value(row[0].toLongLong()))) {
                    sum += row[1].toDouble();
                    ++n;
                }
            }
            return n ? sum / n : 0.0;
        };
        const QString nps
            = QStringLiteral("SELECT account_id, score FROM survey_responses WHERE kind = 'nps' "
                             "AND responded_on >= '%1'")
                  .arg(Today.addDays(-56).toString(Qt::ISODate));
        const double decliningNps = mean(nps, isDecliner);
        const double steadyNps = mean(nps, isSteady);
        QVERIFY2(steadyNps - decliningNps > 1.5,
            qPrintable(QStringLiteral("%1 vs %2").arg(steadyNps).arg(decliningNps)));
    }

    void ticketsAreMostlyClosedAndPileUpWhereUsageFalls()
    {
        const qint64 open
            = scalar(shared(), QStringLiteral("SELECT count(*) FROM tickets WHERE closed_on IS NULL"));
        QVERIFY(open > 0 && open < m_stats.tickets / 5);
        QCOMPARE(scalar(shared(),
                     QStringLiteral("SELECT count(*) FROM tickets WHERE closed_on < opened_on "
                                    "OR opened_on > '%1' OR closed_on > '%1'")
                         .arg(Today.toString(Qt::ISODate))),
            0);
        QVERIFY(scalar(shared(), QStringLiteral("SELECT count(*) FROM tickets WHERE escalated = 1")) > 0);
        QCOMPARE(scalar(shared(), QStringLiteral("SELECT count(DISTINCT priority) FROM tickets")), 4);
        QCOMPARE(scalar(shared(),
                     QStringLiteral("SELECT max(n) <= 15 FROM (SELECT count(*) AS n FROM tickets "
                                    "GROUP BY account_id)")),
            1);

        const auto trends = usageTrends(shared());
        QHash<qint64, int> perAccount;
        for (const auto &row :
            rows(shared(), QStringLiteral("SELECT account_id, count(*) FROM tickets GROUP BY 1")))
            perAccount.insert(row[0].toLongLong(), row[1].toInt());
        double declining = 0, steady = 0;
        int nDeclining = 0, nSteady = 0;
        for (auto it = trends.cbegin(); it != trends.cend(); ++it) {
            if (isDecliner(*it)) {
                declining += perAccount.value(it.key());
                ++nDeclining;
            } else if (isSteady(*it)) {
                steady += perAccount.value(it.key());
                ++nSteady;
            }
        }
        QVERIFY(nDeclining > 0 && nSteady > 0);
        QVERIFY2(declining / nDeclining > 1.5 * steady / nSteady,
            qPrintable(QStringLiteral("%1 vs %2").arg(declining / nDeclining).arg(steady / nSteady)));
    }

    void refusesANonEmptyStoreAndLeavesItUnchanged()
    {
        const auto book = openBook(QStringLiteral("non-empty.sqlite"));
        Account existing;
        existing.crmId = QStringLiteral("ACC-EXISTING");
        existing.name = QStringLiteral("Existing Customer");
        existing.domain = QStringLiteral("existing.example");
        existing.owner = QStringLiteral("Sam Owner");
        existing.tags = QStringList { QStringLiteral("strategic") };
        QVERIFY(AccountRepository(book->connection()).insert(existing).ok());
        const QStringList before = dump(book->connection());

        const auto result = generateDemoBook(book->connection(), DemoOptions { 10, 1, Today, {} });
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(QStringLiteral("empty")), qPrintable(result.errorMessage()));
        QCOMPARE(dump(book->connection()), before);
    }

    void cancelRollsBackEverything()
    {
        const auto book = openBook(QStringLiteral("cancel.sqlite"));
        std::atomic_bool cancel = false;
        int lastDone = 0;
        const auto result = generateDemoBook(
            book->connection(), DemoOptions { 500, 1, Today, {} },
            [&](int done, int) {
                lastDone = done;
                if (done >= 100)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorMessage(), QStringLiteral("cancelled"));
        QCOMPARE(lastDone, 100);
        QVERIFY(dump(book->connection()).isEmpty());

        // The rolled-back store takes a demo book afterwards.
        QVERIFY(generateDemoBook(book->connection(), DemoOptions { 5, 1, Today, {} }).ok());
    }

    void reportsProgressAboutEveryPercent()
    {
        const auto book = openBook(QStringLiteral("progress.sqlite"));
        QList<std::pair<int, int>> calls;
        const auto result
            = generateDemoBook(book->connection(), DemoOptions { 250, 1, Today, {} }, [&](int done, int total) {
                  calls.append({ done, total });
              });
        QVERIFY(result.ok());
        QVERIFY2(calls.size() >= 100 && calls.size() <= 126, qPrintable(QString::number(calls.size())));
        QCOMPARE(calls.last(), std::make_pair(250, 250));
        for (qsizetype i = 1; i < calls.size(); ++i)
            QVERIFY(calls[i].first > calls[i - 1].first && calls[i].second == 250);
    }

    void rejectsAnAccountCountOutOfRange_data()
    {
        QTest::addColumn<int>("accounts");
        QTest::newRow("zero") << 0;
        QTest::newRow("negative") << -5;
        QTest::newRow("over the limit") << MaxDemoAccounts + 1;
    }

    void rejectsAnAccountCountOutOfRange()
    {
        QFETCH(int, accounts);
        const auto book = openBook(QStringLiteral("range.sqlite"));
        QVERIFY(!generateDemoBook(book->connection(), DemoOptions { accounts, 1, Today, {} }).ok());
        QCOMPARE(scalar(book->connection(), QStringLiteral("SELECT count(*) FROM accounts")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
