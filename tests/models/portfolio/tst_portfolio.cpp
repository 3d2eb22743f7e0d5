#include "portfolio/bookfile.h"
#include "portfolio/demoteam.h"
#include "portfolio/portfolio.h"
#include "portfolio/portfoliodashboard.h"
#include "portfolio/teambook.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace csm;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
}

/// A book with a few hand-made mid-touch, green accounts: (crm id, name, arr in dollars).
struct Seed
{
    QString crmId;
    QString name;
    qint64 arr;
};

std::unique_ptr<Database> makeBook(const QString &path, const QString &owner, const QList<Seed> &seeds)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.errorMessage()));
    QSqlQuery q((*db)->connection());
    for (const Seed &s : seeds) {
        q.prepare(u"INSERT INTO accounts (crm_id, name, owner, arr_cents, segment, contract_start) "
                  "VALUES (?, ?, ?, ?, 'mid', '2024-01-01')"_s);
        q.addBindValue(s.crmId);
        q.addBindValue(s.name);
        q.addBindValue(owner);
        q.addBindValue(s.arr * 100);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
        const qint64 id = q.lastInsertId().toLongLong();
        q.prepare(u"INSERT INTO health_snapshots (account_id, day, score, band) VALUES (?, '2026-11-30', 80, 'green')"_s);
        q.addBindValue(id);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
    }
    return std::move(*db);
}

const QDate Today(2026, 12, 1);

} // namespace

class TestPortfolio final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString cache() const { return m_dir.filePath(u"cache"_s); }

private slots:
    void storeRecordsArrMovementsWithTheirKind()
    {
        auto db = makeBook(path(u"movements.sqlite"_s), u"Ann"_s, { { u"a"_s, u"Acme"_s, 1000 } });
        const QSqlDatabase c = db->connection();
        exec(c, u"UPDATE accounts SET arr_cents = 150000 WHERE crm_id = 'a'"_s);   // expansion
        exec(c, u"UPDATE accounts SET arr_cents = 120000 WHERE crm_id = 'a'"_s);   // contraction
        exec(c, u"UPDATE accounts SET name = 'Acme Inc' WHERE crm_id = 'a'"_s);   // nothing
        exec(c, u"UPDATE accounts SET archived_at = '2026-11-01T00:00:00Z' WHERE crm_id = 'a'"_s); // churn
        exec(c, u"UPDATE accounts SET arr_cents = 90000 WHERE crm_id = 'a'"_s);    // archived: nothing
        exec(c, u"UPDATE accounts SET archived_at = NULL WHERE crm_id = 'a'"_s);   // reactivation at 900
        exec(c, u"UPDATE accounts SET arr_cents = 0 WHERE crm_id = 'a'"_s);        // churn again
        QSqlQuery q(c);
        QVERIFY(q.exec(u"SELECT kind, from_cents, to_cents, currency FROM arr_movements ORDER BY id"_s));
        QStringList got;
        while (q.next())
            got << u"%1 %2→%3 %4"_s.arg(q.value(0).toString()).arg(q.value(1).toLongLong() / 100).arg(q.value(2).toLongLong() / 100).arg(q.value(3).toString());
        QCOMPARE(got, (QStringList { u"new 0→1000 USD"_s, u"expansion 1000→1500 USD"_s, u"contraction 1500→1200 USD"_s,
                                     u"churn 1200→0 USD"_s, u"reactivation 0→900 USD"_s, u"churn 900→0 USD"_s }));
        // The first movement is dated at the contract start.
        QVERIFY(q.exec(u"SELECT day FROM arr_movements ORDER BY id LIMIT 1"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"2024-01-01"_s);
    }

    void theFirstValueStepSetsTheMilestoneOnce()
    {
        auto db = makeBook(path(u"milestone.sqlite"_s), u"Ann"_s, { { u"a"_s, u"Acme"_s, 1000 } });
        const QSqlDatabase c = db->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(u"SELECT count(*) FROM playbook_steps WHERE milestone = 'first_value'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        exec(c, u"INSERT INTO playbook_runs (playbook_id, account_id, started_on) SELECT id, 1, '2026-10-01' FROM playbooks WHERE key = 'onboarding'"_s);
        exec(c, u"INSERT INTO playbook_run_steps (run_id, position, title, due_on, milestone) VALUES (1, 0, 'Kickoff', '2026-10-04', ''),"
                "(1, 2, 'First value milestone', '2026-10-22', 'first_value')"_s);
        exec(c, u"UPDATE playbook_run_steps SET status = 'done', done_at = '2026-10-03T10:00:00Z' WHERE position = 0"_s);
        QVERIFY(q.exec(u"SELECT first_value_on FROM accounts"_s) && q.next());
        QVERIFY(q.value(0).isNull());
        exec(c, u"UPDATE playbook_run_steps SET status = 'done', done_at = '2026-10-20T10:00:00Z' WHERE position = 2"_s);
        exec(c, u"UPDATE playbook_run_steps SET status = 'open' WHERE position = 2"_s);
        exec(c, u"UPDATE playbook_run_steps SET status = 'done', done_at = '2026-11-20T10:00:00Z' WHERE position = 2"_s);
        QVERIFY(q.exec(u"SELECT first_value_on FROM accounts"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"2026-10-20"_s);
    }

    void exportIsAConsistentSnapshotWhileTheBookIsWritten()
    {
        const QString live = path(u"live.sqlite"_s);
        auto db = makeBook(live, u"Ann Lee"_s, { { u"a"_s, u"Acme"_s, 1000 } });
        // Another connection keeps adding accounts, each with its snapshot, one transaction each.
        std::atomic_bool stop = false;
        std::atomic_int written = 0;
        std::atomic_bool failed = false;
        QThread *writer = QThread::create([&] {
            auto w = Database::open(live, Database::Mode::Existing);
            if (!w) {
                failed = true;
                return;
            }
            QSqlDatabase c = (*w)->connection();
            QSqlQuery account(c), snapshot(c);
            account.prepare(u"INSERT INTO accounts (crm_id, name, owner, arr_cents) VALUES (?, 'Bulk', 'Ann Lee', 100)"_s);
            snapshot.prepare(u"INSERT INTO health_snapshots (account_id, day, score, band) VALUES (?, '2026-11-30', 10, 'red')"_s);
            for (int i = 0; !stop.load(); ++i) {
                c.transaction();
                account.addBindValue(u"bulk-%1"_s.arg(i));
                const bool ok = account.exec();
                snapshot.addBindValue(account.lastInsertId());
                if (!ok || !snapshot.exec() || !c.commit()) {
                    failed = true;
                    return;
                }
                ++written;
            }
        });
        writer->start();
        QTRY_VERIFY_WITH_TIMEOUT(written.load() >= 20 || failed.load(), 20'000);
        QVERIFY(!failed.load());
        const QString target = path(u"Ann.csmbook"_s);
        auto manifest = BookFile::exportSnapshot(db->connection(), target, {});
        stop = true;
        writer->wait();
        delete writer;
        QVERIFY(!failed.load());
        QVERIFY2(manifest, qPrintable(manifest.errorMessage()));
        QCOMPARE(manifest->owner, u"Ann Lee"_s); // the owner most accounts have
        QVERIFY(manifest->isExport());
        QVERIFY(!manifest->bookId.isEmpty());
        QCOMPARE(manifest->schemaVersion, Migrations::latestVersion());
        QVERIFY(!QFile::exists(target + u".part"_s));
        QVERIFY(!QFile::exists(target + u"-wal"_s));

        // The copy holds whole transactions only (every account has its snapshot) and says how many.
        auto book = readTeamBook(target, cache(), Today);
        QVERIFY2(book, qPrintable(book.errorMessage()));
        QCOMPARE(int(book->accounts.size()), manifest->accountCount);
        QVERIFY(manifest->accountCount > 20);
        for (const PortfolioAccount &a : book->accounts)
            QVERIFY2(a.band != HealthBand::None, qPrintable(a.crmId));
        QCOMPARE(book->manifest.bookId, manifest->bookId);
        QCOMPARE(book->csm(), u"Ann Lee"_s);
        QCOMPARE(book->readPath, book->path); // current schema: read in place
    }

    void exportToAnUnwritablePlaceFailsAndLeavesNothing()
    {
        auto db = makeBook(path(u"unwritable.sqlite"_s), u"Ann"_s, { { u"a"_s, u"Acme"_s, 1000 } });
        const QString target = path(u"no-such-folder/x.csmbook"_s);
        auto manifest = BookFile::exportSnapshot(db->connection(), target, u"Ann"_s);
        QVERIFY(!manifest);
        QVERIFY2(manifest.errorMessage().startsWith(u"Cannot write "_s), qPrintable(manifest.errorMessage()));
        QVERIFY(!QFile::exists(target));
        // An earlier export survives a failed one.
        const QString good = path(u"kept.csmbook"_s);
        QVERIFY(BookFile::exportSnapshot(db->connection(), good, u"Ann"_s));
        const QByteArray before = fileHash(good);
        QVERIFY(QDir().mkpath(path(u"dir.csmbook"_s)));
        QVERIFY(!BookFile::exportSnapshot(db->connection(), path(u"dir.csmbook"_s), u"Ann"_s));
        QCOMPARE(fileHash(good), before);
    }

    void badFilesAreNamedAndLeftAlone()
    {
        // Not SQLite at all.
        const QString text = path(u"notes.csmbook"_s);
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        auto r = readTeamBook(text, cache(), Today);
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QDir::toNativeSeparators(text)), qPrintable(r.errorMessage()));

        // SQLite, but not a book.
        const QString other = path(u"other.sqlite"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(other);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(u"CREATE TABLE songs (title TEXT)"_s);
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        r = readTeamBook(other, cache(), Today);
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(u"not a CSM Workbench book"_s), qPrintable(r.errorMessage()));

        // From a newer version: refused and not changed.
        const QString future = path(u"future.sqlite"_s);
        {
            auto db = makeBook(future, u"Ann"_s, { { u"a"_s, u"Acme"_s, 1000 } });
            exec(db->connection(), u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s);
            exec(db->connection(), u"PRAGMA journal_mode = DELETE"_s);
        }
        const QByteArray before = fileHash(future);
        r = readTeamBook(future, cache(), Today);
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(u"newer version"_s) && r.errorMessage().contains(u"future.sqlite"_s),
                 qPrintable(r.errorMessage()));
        QCOMPARE(fileHash(future), before);

        // Damaged: the second half of a real book overwritten.
        const QString damaged = path(u"damaged.csmbook"_s);
        {
            auto db = makeBook(path(u"to-damage.sqlite"_s), u"Ann"_s, { { u"a"_s, u"Acme"_s, 1000 } });
            QVERIFY(BookFile::exportSnapshot(db->connection(), damaged, u"Ann"_s));
        }
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            f.seek(size / 4);
            f.write(QByteArray(int(size - size / 4), '\x7f'));
        }
        r = readTeamBook(damaged, cache(), Today);
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(u"damaged.csmbook"_s), qPrintable(r.errorMessage()));
    }

    void anOlderBookIsReadThroughAMigratedCopy()
    {
        const QString old = path(u"old.sqlite"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            raw.setDatabaseName(old);
            QVERIFY(raw.open());
            QVERIFY(Migrations::migrate(raw, 5));
            exec(raw, u"INSERT INTO accounts (crm_id, name, owner, arr_cents, contract_start) VALUES ('o1', 'Oldco', 'Bea', 500000, '2023-02-01')"_s);
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        const QByteArray before = fileHash(old);
        auto book = readTeamBook(old, cache(), Today);
        QVERIFY2(book, qPrintable(book.errorMessage()));
        QCOMPARE(fileHash(old), before);
        QVERIFY(book->readPath != book->path);
        QCOMPARE(book->manifest.schemaVersion, 5);
        QCOMPARE(book->csm(), u"Bea"_s);
        QCOMPARE(book->accounts.size(), std::size_t(1));
        // The migration gave the account its starting movement.
        QCOMPARE(book->accounts.front().history.size(), std::size_t(1));
        QCOMPARE(book->accounts.front().history.front().toCents, 500000);
    }

    void sharedAccountsShowOnceAndNewerExportsReplace()
    {
        auto ann = makeBook(path(u"ann.sqlite"_s), u"Ann"_s,
                            { { u"s1"_s, u"Shared Co"_s, 1000 }, { u"a1"_s, u"Ann Only"_s, 2000 } });
        auto bob = makeBook(path(u"bob.sqlite"_s), u"Bob"_s,
                            { { u"s1"_s, u"Shared Co"_s, 1000 }, { u"b1"_s, u"Bob Only"_s, 3000 } });
        QVERIFY(BookFile::exportSnapshot(ann->connection(), path(u"ann-1.csmbook"_s), {}));
        QVERIFY(BookFile::exportSnapshot(bob->connection(), path(u"bob.csmbook"_s), {}));
        QTest::qWait(1100); // a later export time
        exec(ann->connection(), u"INSERT INTO accounts (crm_id, name, owner, arr_cents) VALUES ('a2', 'Ann New', 'Ann', 100)"_s);
        QVERIFY(BookFile::exportSnapshot(ann->connection(), path(u"ann-2.csmbook"_s), {}));

        Portfolio p;
        auto read = [&](const QString &name) {
            auto b = readTeamBook(path(name), cache(), Today);
            if (!b)
                qFatal("%s", qPrintable(b.errorMessage()));
            return std::move(*b);
        };
        QCOMPARE(p.add(read(u"ann-1.csmbook"_s)).outcome, Portfolio::AddOutcome::Added);
        QCOMPARE(p.add(read(u"bob.csmbook"_s)).outcome, Portfolio::AddOutcome::Added);
        QCOMPARE(p.entries().size(), std::size_t(3));
        int shared = -1;
        for (std::size_t i = 0; i < p.entries().size(); ++i)
            if (p.account(int(i)).crmId == u"s1")
                shared = int(i);
        QVERIFY(shared >= 0);
        QCOMPARE(p.ownersOf(shared), u"Ann, Bob"_s);

        // The newer export of Ann's book replaces her part; the older one cannot come back.
        QCOMPARE(p.add(read(u"ann-2.csmbook"_s)).outcome, Portfolio::AddOutcome::Replaced);
        QCOMPARE(p.books().size(), std::size_t(2));
        QCOMPARE(p.entries().size(), std::size_t(4));
        const auto kept = p.add(read(u"ann-1.csmbook"_s));
        QCOMPARE(kept.outcome, Portfolio::AddOutcome::KeptNewer);
        QCOMPARE(p.entries().size(), std::size_t(4));

        // The team counts the shared customer once; each CSM counts it.
        PortfolioFilter f = PortfolioFilter::forPeriod(Today, 3, CurrencyRates::defaults());
        const PortfolioDashboard d = computeDashboard(p, f);
        QCOMPARE(d.team.accounts, 4);
        QCOMPARE(d.team.arrCents, (1000 + 2000 + 3000) * 100 + 100); // Ann New has one dollar
        QCOMPARE(d.byCsm.at(0).label, u"Ann"_s);
        QCOMPARE(d.byCsm.at(0).accounts, 3);
        QCOMPARE(d.byCsm.at(1).accounts, 2);

        p.remove(0);
        QCOMPARE(p.entries().size(), std::size_t(2));
        QCOMPARE(p.ownersOf(0), u"Bob"_s);
    }

    void dashboardFiguresAndTheAccountsBehindThem()
    {
        // Built in memory: the figures are arithmetic over known accounts.
        auto account = [](const QString &id, qint64 arr, Segment seg, HealthBand band) {
            PortfolioAccount a;
            a.crmId = id;
            a.name = id;
            a.arrCents = arr * 100;
            a.currency = u"USD"_s;
            a.segment = seg;
            a.band = band;
            a.history.push_back(ArrMovement { QDate(2024, 1, 1), ArrMovementKind::New, 0, arr * 100, u"USD"_s });
            return a;
        };
        TeamBook ann;
        ann.path = u"ann"_s;
        ann.manifest.owner = u"Ann"_s;
        PortfolioAccount a1 = account(u"a1"_s, 100'000, Segment::High, HealthBand::Red);
        a1.renewalDate = Today.addDays(20);  // window 1
        a1.overdueSteps = 2;
        a1.lastTouch = Today.addDays(-45);   // stale
        PortfolioAccount a2 = account(u"a2"_s, 50'000, Segment::High, HealthBand::Green);
        a2.renewalDate = Today.addDays(75);  // window 3
        a2.lastQbr = Today.addDays(-30);     // covered
        a2.lastTouch = Today.addDays(-5);
        PortfolioAccount a3 = account(u"a3"_s, 20'000, Segment::Mid, HealthBand::Amber);
        a3.currency = u"EUR"_s;              // 20k EUR at 1.08
        a3.history.front().currency = u"EUR"_s;
        a3.lastTouch = Today.addDays(-10);
        a3.contractStart = QDate(2026, 10, 1);
        a3.firstValue = QDate(2026, 10, 21);
        PortfolioAccount gone = account(u"gone"_s, 30'000, Segment::Mid, HealthBand::None);
        gone.archived = true;
        gone.history.push_back(ArrMovement { QDate(2026, 10, 15), ArrMovementKind::Churn, 30'000 * 100, 0, u"USD"_s });
        ann.accounts = { a1, a2, a3, gone };
        TeamBook bob;
        bob.path = u"bob"_s;
        bob.manifest.owner = u"Bob"_s;
        PortfolioAccount b1 = account(u"b1"_s, 10'000, Segment::Tech, HealthBand::Green);
        b1.renewalDate = Today.addDays(100); // window 4
        b1.lastTouch = Today.addDays(-40);
        bob.accounts = { b1 };

        Portfolio p;
        p.add(ann);
        p.add(bob);
        PortfolioFilter f = PortfolioFilter::forPeriod(Today, 3, CurrencyRates::defaults());
        QCOMPARE(f.from, QDate(2026, 9, 1));
        QCOMPARE(f.to, QDate(2026, 11, 30));
        PortfolioDashboard d = computeDashboard(p, f);

        const GroupFigures &t = d.team;
        QCOMPARE(t.accounts, 4);
        QCOMPARE(t.arrCents, (100'000 + 50'000 + 21'600 + 10'000) * 100);
        QCOMPARE(t.atRisk(), 1);
        QCOMPARE(t.atRiskCents(), 100'000 * 100);
        QCOMPARE(t.bandCount[int(HealthBand::Green)], 2);
        QCOMPARE(t.renewals[0], 1);
        QCOMPARE(t.renewals[1], 0);
        QCOMPARE(t.renewals[2], 1);
        QCOMPARE(t.renewals[3], 1);
        QCOMPARE(t.renewalBands[0][int(HealthBand::Red)], 1);
        QCOMPARE(t.overdueSteps, 2);
        QCOMPARE(t.highTouch, 2);
        QCOMPARE(t.qbrGaps, 1);
        QCOMPARE(*t.qbrCoverage(), 0.5);
        QCOMPARE(t.staleTouch, 2);
        QCOMPARE(*t.medianDaysSinceTouch, 25.0); // 5, 10, 40, 45
        // Retention: 100 + 50 + 21.6 + 30 + 10 at the start, 30 churned.
        QCOMPARE(t.retention.startingCents, (100'000 + 50'000 + 21'600 + 30'000 + 10'000) * 100);
        QCOMPARE(t.retention.churnCents, 30'000 * 100);
        QCOMPARE(t.ttv.onboarded, 1);
        QCOMPARE(*t.ttv.medianDays(), 20.0);

        QCOMPARE(d.byCsm.at(1).accounts, 1);
        QCOMPARE(d.bySegment.at(int(Segment::High)).accounts, 2);
        QCOMPARE(d.bySegment.at(int(Segment::Mid)).retention.churnedAccounts, 1);

        auto names = [&](const std::vector<int> &entries) {
            QStringList out;
            for (int e : entries)
                out << p.account(e).crmId;
            return out;
        };
        QCOMPARE(names(accountsBehind(p, f, PortfolioGrouping::Team, 0, PortfolioMetric::Red)), QStringList { u"a1"_s });
        QCOMPARE(names(accountsBehind(p, f, PortfolioGrouping::Csm, 0, PortfolioMetric::StaleTouch)), QStringList { u"a1"_s });
        QCOMPARE(names(accountsBehind(p, f, PortfolioGrouping::Team, 0, PortfolioMetric::StaleTouch)),
                 (QStringList { u"a1"_s, u"b1"_s }));
        QCOMPARE(names(accountsBehind(p, f, PortfolioGrouping::Segment, int(Segment::Mid), PortfolioMetric::Churned)),
                 QStringList { u"gone"_s });
        QCOMPARE(names(accountsBehind(p, f, PortfolioGrouping::Team, 0, PortfolioMetric::Accounts)),
                 (QStringList { u"a1"_s, u"a2"_s, u"a3"_s, u"b1"_s })); // largest ARR first

        // Filters: one segment, one CSM.
        f.segment = Segment::High;
        d = computeDashboard(p, f);
        QCOMPARE(d.team.accounts, 2);
        QCOMPARE(d.byCsm.at(1).accounts, 0);
        f.segment.reset();
        f.csm = 1;
        d = computeDashboard(p, f);
        QCOMPARE(d.team.accounts, 1);
        QCOMPARE(d.byCsm.at(0).accounts, 0);
    }

    void aTeamBookSyncedFromTheCrmSplitsByOwner()
    {
        auto db = makeBook(path(u"lead-team.sqlite"_s), u"Ann"_s, { { u"t1"_s, u"One"_s, 100 }, { u"t2"_s, u"Two"_s, 200 } });
        exec(db->connection(), u"INSERT INTO accounts (crm_id, name, owner, arr_cents) VALUES ('t3', 'Three', 'Bob', 30000)"_s);
        auto book = readTeamBook(path(u"lead-team.sqlite"_s), cache(), Today);
        QVERIFY2(book, qPrintable(book.errorMessage()));
        const std::vector<TeamBook> parts = splitByOwner(*book);
        QCOMPARE(parts.size(), std::size_t(2));
        QCOMPARE(parts[0].csm(), u"Ann"_s);
        QCOMPARE(parts[0].accounts.size(), std::size_t(2));
        QCOMPARE(parts[1].csm(), u"Bob"_s);
        QCOMPARE(parts[1].manifest.accountCount, 1);
        QVERIFY(parts[0].manifest.bookId != parts[1].manifest.bookId);
        Portfolio p;
        for (const TeamBook &part : parts)
            QCOMPARE(p.add(part).outcome, Portfolio::AddOutcome::Added);
        const PortfolioDashboard d = computeDashboard(p, PortfolioFilter::forPeriod(Today, 3, CurrencyRates::defaults()));
        QCOMPARE(d.byCsm.at(0).arrCents, 30000);
        QCOMPARE(d.byCsm.at(1).arrCents, 30000);
        QCOMPARE(d.team.accounts, 3);
    }

    void aDemoTeamOpensIntoAPortfolio()
    {
        DemoTeamOptions options;
        options.csms = 2;
        options.accountsPerBook = 40;
        options.today = Today;
        options.healthWeeks = 4;
        auto files = buildDemoTeam(path(u"team"_s), options);
        QVERIFY2(files, qPrintable(files.errorMessage()));
        QCOMPARE(files->size(), 2);
        Portfolio p;
        for (const QString &file : *files) {
            auto book = readTeamBook(file, cache(), Today);
            QVERIFY2(book, qPrintable(book.errorMessage()));
            QCOMPARE(book->manifest.accountCount, 40);
            p.add(std::move(*book));
        }
        QCOMPARE(p.csmNames(), (QStringList { demoTeamNames().at(0), demoTeamNames().at(1) }));
        // One customer is in both books; former customers are there for retention.
        int shared = 0, archived = 0;
        for (std::size_t i = 0; i < p.entries().size(); ++i) {
            shared += p.entries()[i].csms.size() == 2 ? 1 : 0;
            archived += p.account(int(i)).archived ? 1 : 0;
        }
        QCOMPARE(shared, 1);
        QCOMPARE(archived, 4); // 40 / 20 per book
        const PortfolioDashboard d = computeDashboard(p, PortfolioFilter::forPeriod(Today, 12, CurrencyRates::defaults()));
        QCOMPARE(d.team.accounts, 79);
        QVERIFY(d.team.retention.nrr());
        QVERIFY(*d.team.retention.grr() <= 1.0);
        QVERIFY(d.team.retention.churnedAccounts >= 4);
    }
};

QTEST_GUILESS_MAIN(TestPortfolio)
#include "tst_portfolio.moc"
