#include "store/database.h"
#include "portfolio/bookfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QFileInfo>
#include <QRegularExpression>
#include <QDeadlineTimer>
#include <QDir>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

} // namespace

/// csmctl as scripts use it: real processes, real book files, exit codes and output formats.
class TestCsmctl final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_book;
    int m_counter = 0;

    Run csmctl(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral(CSMCTL_PATH), QStringList { u"--db"_s, m_book } + args);
        Run run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString file(const QString &name) const { return m_dir.filePath(name); }

    /// A number read from a book as another program sees it while csmctl writes it; -1 if unread.
    static qint64 countIn(const QString &book, const QString &sql)
    {
        qint64 n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
            db.setDatabaseName(book);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    n = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(u"probe"_s);
        return n;
    }

    /// Starts the CRM emulator with `args`; its base URL, or empty.
    static QString startEmulator(QProcess &emulator, const QStringList &args)
    {
        emulator.start(QStringLiteral(CSM_EMULATOR_PATH), QStringList { u"--port"_s, u"0"_s } + args);
        if (!emulator.waitForStarted(10000) || !emulator.waitForReadyRead(30000))
            return {};
        const QString banner = QString::fromUtf8(emulator.readLine());
        return QRegularExpression(u"(http://127\\.0\\.0\\.1:\\d+)"_s).match(banner).captured(1);
    }

private slots:
    void init() { m_book = m_dir.filePath(u"book-%1.sqlite"_s.arg(++m_counter)); }

    void initCreatesTheBook()
    {
        const Run run = csmctl({ u"init"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"schema version"_s));
        QVERIFY(QFile::exists(m_book));
    }

    void withoutDbOpensTheBookTheAppOpens()
    {
        // A private home: the settings the app writes, and the default place, are under it.
        const QString home = file(u"home-%1"_s.arg(m_counter));
        QVERIFY(QDir().mkpath(home + u"/config/CSM Workbench"_s));
        const QString chosen = file(u"chosen-book.sqlite"_s);
        {
            QSettings settings(home + u"/config/CSM Workbench/csm-workbench.conf"_s, QSettings::IniFormat);
            settings.setValue(u"store/bookPath"_s, chosen); // as Settings, General keeps it
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        const auto run = [&](const QStringList &args) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(CSMCTL_PATH), args);
            Run out;
            if (process.waitForFinished(60000)) {
                out.exitCode = process.exitCode();
                out.out = QString::fromUtf8(process.readAllStandardOutput());
            }
            return out;
        };
        QCOMPARE(run({ u"init"_s }).exitCode, 0);
        QVERIFY(QFile::exists(chosen));
        QVERIFY(!QFile::exists(home + u"/data/CSM Workbench/csm-workbench/book.sqlite"_s));
        QVERIFY2(run({ u"--help"_s }).out.contains(chosen), "the help names the book it opens");

        // Forgotten in Settings: the default place again.
        {
            QSettings settings(home + u"/config/CSM Workbench/csm-workbench.conf"_s, QSettings::IniFormat);
            settings.remove(u"store/bookPath"_s);
        }
        QCOMPARE(run({ u"init"_s }).exitCode, 0);
        QVERIFY(QFile::exists(home + u"/data/CSM Workbench/csm-workbench/book.sqlite"_s));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
        QTest::newRow("unknown option") << QStringList { u"list"_s, u"--colour"_s };
        QTest::newRow("bad format") << QStringList { u"list"_s, u"--format"_s, u"xml"_s };
        QTest::newRow("bad segment") << QStringList { u"list"_s, u"--segment"_s, u"gold"_s };
        QTest::newRow("demo count") << QStringList { u"demo"_s, u"--accounts"_s, u"many"_s };
        QTest::newRow("import without file") << QStringList { u"import"_s };
        QTest::newRow("export without format") << QStringList { u"export"_s };
        QTest::newRow("shares above 100%")
            << QStringList { u"segment"_s, u"--high-share"_s, u"0.8"_s, u"--mid-share"_s, u"0.5"_s };
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        const Run run = csmctl(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void exportsDecks()
    {
        QCOMPARE(csmctl({ u"demo"_s, u"--accounts"_s, u"40"_s, u"--seed"_s, u"3"_s }).exitCode, 0);
        Run run = csmctl({ u"list"_s, u"--segment"_s, u"high"_s, u"--format"_s, u"json"_s });
        const QJsonArray high = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!high.isEmpty());
        const QString crmId = high.first().toObject()[u"crm_id"_s].toString();
        const QString name = high.first().toObject()[u"name"_s].toString();

        // One account, chosen sections, frozen on a day.
        const QString pdf = file(u"one.pdf"_s);
        run = csmctl({ u"export-deck"_s, u"--account"_s, crmId, u"--out"_s, pdf, u"--as-of"_s, u"2026-11-20"_s,
                       u"--sections"_s, u"summary,health,next-90-days"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"(3 pages)"_s), qPrintable(run.out + run.err));
        QProcess info;
        info.start(u"pdfinfo"_s, { pdf });
        QVERIFY(info.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QRegularExpression(u"Pages:\\s+3\\n"_s)));
        QProcess text;
        text.start(u"pdftotext"_s, { pdf, u"-"_s });
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(words.contains(name));
        QVERIFY(words.contains(u"20 Nov 2026"_s));

        // Every high-touch account into a folder, as JSON.
        const QString folder = file(u"decks"_s);
        run = csmctl({ u"export-deck"_s, u"--filter"_s, u"segment:high"_s, u"--out"_s, folder, u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(summary[u"written"_s].toInt(), int(high.size()));
        QCOMPARE(summary[u"failed"_s].toInt(), 0);
        QCOMPARE(QDir(folder).entryList({ u"*.pdf"_s }, QDir::Files).size(), high.size());
        for (const QJsonValue &deck : summary[u"decks"_s].toArray())
            QVERIFY(QFileInfo::exists(deck.toObject()[u"path"_s].toString()));

        // Mistakes: usage errors exit 2, failures exit 1 and name the problem.
        QCOMPARE(csmctl({ u"export-deck"_s, u"--out"_s, pdf }).exitCode, 2);
        QCOMPARE(csmctl({ u"export-deck"_s, u"--account"_s, crmId, u"--filter"_s, u"segment:high"_s, u"--out"_s, pdf }).exitCode, 2);
        run = csmctl({ u"export-deck"_s, u"--account"_s, crmId, u"--out"_s, pdf, u"--sections"_s, u"summary,charts"_s });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"'charts'"_s));
        run = csmctl({ u"export-deck"_s, u"--filter"_s, u"colour:blue"_s, u"--out"_s, folder });
        QCOMPARE(run.exitCode, 2);
        run = csmctl({ u"export-deck"_s, u"--account"_s, u"NOPE-1"_s, u"--out"_s, pdf });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"NOPE-1"_s));
        run = csmctl({ u"export-deck"_s, u"--account"_s, crmId, u"--out"_s, pdf, u"--as-of"_s, u"2999-01-01"_s });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"future"_s));
        {
            QProcess other;
            other.start(QStringLiteral(CSMCTL_PATH), { u"--db"_s, file(u"no-such-book.sqlite"_s), u"export-deck"_s, u"--account"_s,
                                                       crmId, u"--out"_s, pdf });
            QVERIFY(other.waitForFinished(60000));
            QCOMPARE(other.exitCode(), 1);
            QVERIFY(QString::fromUtf8(other.readAllStandardError()).contains(u"no book at"_s));
            QVERIFY(!QFileInfo::exists(file(u"no-such-book.sqlite"_s)));
        }
        const QString unwritable = file(u"missing/dir/deck.pdf"_s);
        run = csmctl({ u"export-deck"_s, u"--account"_s, crmId, u"--out"_s, unwritable });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Cannot write"_s), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(unwritable));
    }

    void syncsWithACrmHeadless()
    {
        QProcess emulator;
        const QString url = startEmulator(emulator, { u"--companies"_s, u"20"_s, u"--contacts-per-company"_s, u"2"_s, u"--token"_s, u"pat-test"_s });
        QVERIFY(!url.isEmpty());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CRM_TOKEN"_s, u"pat-test"_s);
        env.insert(u"BAD_TOKEN"_s, u"pat-wrong"_s);
        const auto sync = [&](const QStringList &args) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(CSMCTL_PATH), QStringList { u"--db"_s, m_book, u"sync"_s } + args);
            Run run;
            if (process.waitForFinished(60000)) {
                run.exitCode = process.exitCode();
                run.out = QString::fromUtf8(process.readAllStandardOutput());
                run.err = QString::fromUtf8(process.readAllStandardError());
            }
            return run;
        };
        Run run = sync({ u"--connector"_s, u"hubspot"_s, u"--base-url"_s, url, u"--token-env"_s, u"CRM_TOKEN"_s, u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o[u"status"_s].toString(), u"ok"_s);
        QCOMPARE(o[u"created"_s].toInt(), 20 + 40 + 20);
        const QString name = o[u"connection"_s].toString();
        QVERIFY(name.startsWith(u"hubspot@127.0.0.1:"_s));
        QCOMPARE(QJsonDocument::fromJson(csmctl({ u"list"_s, u"--format"_s, u"json"_s }).out.toUtf8()).array().size(), 20);

        // The saved connection, incremental: nothing new.
        run = sync({ u"--connection"_s, name, u"--token-env"_s, u"CRM_TOKEN"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u": ok, 0 created, 0 updated, 0 deleted"_s), qPrintable(run.out));

        // A refused token: exit 1, says what to do, never prints the token.
        run = sync({ u"--connection"_s, name, u"--token-env"_s, u"BAD_TOKEN"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"Re-authenticate"_s));
        QVERIFY(!run.err.contains(u"pat-wrong"_s) && !run.out.contains(u"pat-wrong"_s));

        // Usage: no token variable, an unset one, an unknown connector, an unknown connection.
        QCOMPARE(sync({ u"--connection"_s, name }).exitCode, 2);
        QCOMPARE(sync({ u"--connection"_s, name, u"--token-env"_s, u"NOT_SET_ANYWHERE"_s }).exitCode, 2);
        QCOMPARE(sync({ u"--connector"_s, u"nope"_s, u"--token-env"_s, u"CRM_TOKEN"_s }).exitCode, 2);
        QCOMPARE(sync({ u"--connection"_s, u"nobody"_s, u"--token-env"_s, u"CRM_TOKEN"_s }).exitCode, 1);
        emulator.kill();
        emulator.waitForFinished();
    }

    void aKilledSyncLosesNothingAndResumes()
    {
        // A CRM far enough away (20 ms an answer) that the sync is still reading when it is killed.
        QProcess emulator;
        const QString url = startEmulator(emulator, { u"--companies"_s, u"1000"_s, u"--contacts-per-company"_s, u"6"_s,
                                                      u"--deals-per-company"_s, u"0"_s, u"--token"_s, u"pat-test"_s,
                                                      u"--latency-ms"_s, u"20"_s });
        QVERIFY(!url.isEmpty());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CRM_TOKEN"_s, u"pat-test"_s);
        const QStringList args { u"--db"_s, m_book, u"sync"_s, u"--connector"_s, u"hubspot"_s, u"--base-url"_s, url,
                                 u"--token-env"_s, u"CRM_TOKEN"_s, u"--format"_s, u"json"_s };
        const qint64 contacts = 1000 * 6;

        QProcess sync;
        sync.setProcessEnvironment(env);
        sync.start(QStringLiteral(CSMCTL_PATH), args);
        QVERIFY(sync.waitForStarted(10000));
        // Killed (SIGKILL) as soon as contacts show in the book, while more are being read.
        qint64 seen = 0;
        QDeadlineTimer deadline(120000);
        while (seen <= 0 && sync.state() == QProcess::Running && !deadline.hasExpired()) {
            seen = QFileInfo::exists(m_book) ? countIn(m_book, u"SELECT count(*) FROM contacts"_s) : 0;
            if (seen <= 0)
                QThread::msleep(5);
        }
        QVERIFY2(sync.state() == QProcess::Running, "the sync ended before it could be killed");
        sync.kill();
        QVERIFY(sync.waitForFinished(10000));
        QCOMPARE(sync.exitStatus(), QProcess::CrashExit);

        // The book is whole: every page in it came with its cursor, and none is in it in part.
        QCOMPARE(countIn(m_book, u"SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"_s), 1);
        const qint64 stored = countIn(m_book, u"SELECT count(*) FROM contacts"_s);
        QVERIFY2(stored > 0 && stored < contacts, qPrintable(QString::number(stored)));
        QCOMPARE(stored % 100, 0); // HubSpot's pages of 100: whole pages only
        QCOMPARE(countIn(m_book, u"SELECT count(*) FROM accounts"_s), 1000);
        QCOMPARE(countIn(m_book, u"SELECT count(*) FROM sync_cursors WHERE object_type = 'contacts' AND cursor LIKE '%after%'"_s), 1);
        QCOMPARE(countIn(m_book, u"SELECT count(*) FROM sync_runs WHERE finished_at IS NULL"_s), 1); // the killed run

        // Run again: it goes on from the cursor, creating only what was not stored, once.
        QProcess again;
        again.setProcessEnvironment(env);
        again.start(QStringLiteral(CSMCTL_PATH), args);
        QVERIFY(again.waitForFinished(120000));
        QCOMPARE(again.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(again.readAllStandardOutput()).object();
        QCOMPARE(o[u"status"_s].toString(), u"ok"_s);
        QCOMPARE(qint64(o[u"created"_s].toInt()), contacts - stored);
        QCOMPARE(o[u"updated"_s].toInt(), 0);
        QCOMPARE(countIn(m_book, u"SELECT count(DISTINCT crm_id) FROM contacts"_s), contacts);
        QCOMPARE(countIn(m_book, u"SELECT count(*) FROM contacts"_s), contacts);
        emulator.kill();
        emulator.waitForFinished();
    }

    void demoListAndSegments()
    {
        Run run = csmctl({ u"demo"_s, u"--accounts"_s, u"50"_s, u"--seed"_s, u"4"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"50 accounts"_s), qPrintable(run.out));

        run = csmctl({ u"list"_s, u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(all.size(), 50);
        for (qsizetype i = 1; i < all.size(); ++i) // largest ARR first
            QVERIFY(all[i - 1].toObject()[u"arr"_s].toDouble() >= all[i].toObject()[u"arr"_s].toDouble());

        run = csmctl({ u"list"_s, u"--segment"_s, u"high"_s, u"--format"_s, u"csv"_s });
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(u"crm_id,name,segment"_s));
        QCOMPARE(lines.size() - 1, 10); // top 20% of 50

        run = csmctl({ u"list"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(u"CRM ID"_s));

        // A second demo into a filled book is refused.
        run = csmctl({ u"demo"_s, u"--accounts"_s, u"5"_s });
        QCOMPARE(run.exitCode, 1);

        // Thresholds and an override; the override survives recomputation.
        const QString smallest = all.last().toObject()[u"crm_id"_s].toString();
        run = csmctl({ u"segment"_s, u"--override"_s, smallest + u"=high"_s });
        QCOMPARE(run.exitCode, 0);
        run = csmctl({ u"segment"_s, u"--by"_s, u"threshold"_s, u"--high-min"_s, u"1e12"_s, u"--mid-min"_s, u"1e12"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"high: 1 accounts"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"set by hand: 1"_s));
        run = csmctl({ u"segment"_s, u"--override"_s, u"NOPE=high"_s });
        QCOMPARE(run.exitCode, 1);
    }

    void scoresExplainsAndOverridesHealth()
    {
        QCOMPARE(csmctl({ u"demo"_s, u"--accounts"_s, u"40"_s, u"--today"_s, u"2026-11-25"_s }).exitCode, 0);
        Run run = csmctl({ u"list"_s, u"--format"_s, u"json"_s });
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 40);
        QSet<QString> bands;
        for (const QJsonValue &row : rows) {
            const double score = row.toObject()[u"health"_s].toDouble(-1);
            QVERIFY(score >= 0 && score <= 100);
            bands.insert(row.toObject()[u"health_band"_s].toString());
        }
        QVERIFY2(bands.size() >= 2, qPrintable(QStringList(bands.values()).join(u',')));

        const QString id = rows.first().toObject()[u"crm_id"_s].toString();
        run = csmctl({ u"health"_s, u"explain"_s, id, u"--day"_s, u"2026-11-25"_s, u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject explained = QJsonDocument::fromJson(run.out.toUtf8()).object();
        double total = 0;
        for (const QJsonValue &m : explained[u"measures"_s].toArray())
            total += m.toObject()[u"contribution"_s].toDouble();
        QVERIFY(qAbs(total - explained[u"score"_s].toDouble()) < 0.01);
        // `health show … --date` is the same breakdown (explain and --day are kept for scripts).
        run = csmctl({ u"health"_s, u"show"_s, id, u"--date"_s, u"2026-11-25"_s, u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object(), explained);
        QCOMPARE(csmctl({ u"health"_s, u"show"_s, id, u"--date"_s, u"2026-13-01"_s }).exitCode, 2);

        QCOMPARE(csmctl({ u"health"_s, u"override"_s, id, u"--band"_s, u"red"_s, u"--expires"_s, u"2099-01-01"_s,
                          u"--reason"_s, QString() })
                     .exitCode,
                 1);
        QCOMPARE(csmctl({ u"health"_s, u"override"_s, id, u"--band"_s, u"red"_s, u"--expires"_s, u"2099-01-01"_s,
                          u"--reason"_s, u"Champion left"_s })
                     .exitCode,
                 0);
        // A recompute never overwrites the override.
        QCOMPARE(csmctl({ u"health"_s, u"recompute"_s }).exitCode, 0);
        run = csmctl({ u"list"_s, u"--format"_s, u"csv"_s });
        QVERIFY2(run.out.contains(u"red,yes"_s), qPrintable(run.out.left(400)));
        QCOMPARE(csmctl({ u"health"_s, u"clear-override"_s, id }).exitCode, 0);
        QVERIFY(!csmctl({ u"list"_s, u"--format"_s, u"csv"_s }).out.contains(u",yes\n"_s));
        QCOMPARE(csmctl({ u"health"_s, u"explain"_s, u"NOPE"_s }).exitCode, 1);
        QCOMPARE(csmctl({ u"health"_s, u"sing"_s }).exitCode, 2);
    }

    void importIsAllOrNothing()
    {
        writeFile(file(u"good.csv"_s), "crm_id,name,arr,renewal_date\nA-1,Alpha,1000,2027-01-01\nA-2,\"Beta, Inc\",250000.50,\n");
        Run run = csmctl({ u"import"_s, file(u"good.csv"_s) });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"2 new"_s), qPrintable(run.out));

        writeFile(file(u"bad.csv"_s), "crm_id,name,arr,renewal_date\nA-1,Alpha changed,1000,2027-01-01\nA-3,Gamma,12k,2027-13-01\n");
        run = csmctl({ u"import"_s, file(u"bad.csv"_s) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"bad.csv:3:3:"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"bad.csv:3:4:"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"nothing was imported"_s));

        run = csmctl({ u"list"_s, u"--format"_s, u"json"_s });
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &row : rows)
            QVERIFY(row.toObject()[u"name"_s].toString() != u"Alpha changed"_s);

        writeFile(file(u"empty.csv"_s), "");
        QCOMPARE(csmctl({ u"import"_s, file(u"empty.csv"_s) }).exitCode, 1);
        QCOMPARE(csmctl({ u"import"_s, file(u"missing.csv"_s) }).exitCode, 1);
    }

    void importsWithAMappingFile()
    {
        writeFile(file(u"crm.csv"_s), "Company ID,Company name,Annual revenue\nX-1,Xylo,5000\n");
        writeFile(file(u"map.json"_s), R"({"Company ID": "crm_id", "Company name": "name", "Annual revenue": "arr"})");
        const Run run = csmctl({ u"import"_s, u"--mapping"_s, file(u"map.json"_s), file(u"crm.csv"_s) });
        QCOMPARE(run.exitCode, 0);
        const Run list = csmctl({ u"list"_s, u"--format"_s, u"csv"_s });
        QVERIFY2(list.out.contains(u"X-1,Xylo,high,no,5000"_s), qPrintable(list.out));
    }

    void exportRoundTripsThroughImport()
    {
        QCOMPARE(csmctl({ u"demo"_s, u"--accounts"_s, u"30"_s }).exitCode, 0);
        const Run exported = csmctl({ u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, file(u"book.json"_s) });
        QCOMPARE(exported.exitCode, 0);
        const Run csv = csmctl({ u"export"_s, u"--format"_s, u"csv"_s });
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.count(u'\n') >= 31, true);

        const QString before = csmctl({ u"list"_s, u"--format"_s, u"csv"_s }).out;
        m_book = m_dir.filePath(u"copy.sqlite"_s);
        QCOMPARE(csmctl({ u"import"_s, file(u"book.json"_s) }).exitCode, 0);
        QCOMPARE(csmctl({ u"list"_s, u"--format"_s, u"csv"_s }).out.section(u'\n', 1).split(u'\n').size(),
                 before.section(u'\n', 1).split(u'\n').size());
    }

    void refusesABookFromTheFuture()
    {
        QCOMPARE(csmctl({ u"init"_s }).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(m_book);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"future"_s);
        const Run run = csmctl({ u"list"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"newer version"_s), qPrintable(run.err));
    }

    void evaluatesPlaybooksAndWorksTheirSteps()
    {
        const QString day = u"2026-11-25"_s;
        QCOMPARE(csmctl({ u"demo"_s, u"--accounts"_s, u"60"_s, u"--today"_s, day }).exitCode, 0);
        // The demo book ran the rules as of its day; running them again that day starts nothing.
        Run run = csmctl({ u"playbooks"_s, u"evaluate"_s, u"--date"_s, day, u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);
        // A new renewal inside the window starts the pre-renewal playbook, once.
        run = csmctl({ u"list"_s, u"--segment"_s, u"high"_s, u"--format"_s, u"json"_s });
        const QString renewing = QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject()[u"crm_id"_s].toString();
        {
            auto db = csm::Database::open(m_book);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(u"DELETE FROM playbook_runs WHERE account_id = (SELECT id FROM accounts WHERE crm_id = '%1')"_s.arg(renewing)));
            QVERIFY(q.exec(u"UPDATE accounts SET renewal_date = '2027-02-01' WHERE crm_id = '%1'"_s.arg(renewing)));
        }
        run = csmctl({ u"playbooks"_s, u"evaluate"_s, u"--date"_s, day, u"--format"_s, u"json"_s });
        const QJsonArray started = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY2(!started.isEmpty(), qPrintable(run.out.left(300)));
        QVERIFY(std::any_of(started.begin(), started.end(), [&](const QJsonValue &v) {
            return v.toObject()[u"crm_id"_s].toString() == renewing && v.toObject()[u"playbook"_s].toString() == u"Pre-renewal";
        }));
        run = csmctl({ u"playbooks"_s, u"evaluate"_s, u"--date"_s, day, u"--format"_s, u"json"_s });
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);

        run = csmctl({ u"playbooks"_s, u"runs"_s, renewing, u"--date"_s, day, u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject firstRun = QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject();
        const QJsonArray steps = firstRun[u"steps"_s].toArray();
        const QString step = QString::number(steps.first().toObject()[u"id"_s].toInteger());
        QCOMPARE(csmctl({ u"playbooks"_s, u"check"_s, step }).exitCode, 0);
        run = csmctl({ u"playbooks"_s, u"check"_s, step });
        QCOMPARE(run.exitCode, 1); // already done
        QVERIFY2(run.err.contains(u"already done"_s), qPrintable(run.err));
        QCOMPARE(csmctl({ u"playbooks"_s, u"skip"_s, QString::number(steps.at(1).toObject()[u"id"_s].toInteger()) }).exitCode, 1);
        run = csmctl({ u"playbooks"_s, u"complete"_s, QString::number(firstRun[u"id"_s].toInteger()) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"open steps"_s) || run.err.contains(u"open step;"_s), qPrintable(run.err));

        // Today lists the due and overdue work, overdue first.
        run = csmctl({ u"today"_s, u"--date"_s, u"2026-12-31"_s, u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray due = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!due.isEmpty());
        for (qsizetype i = 1; i < due.size(); ++i)
            QVERIFY(due.at(i - 1).toObject()[u"due_on"_s].toString() <= due.at(i).toObject()[u"due_on"_s].toString());

        QCOMPARE(csmctl({ u"playbooks"_s, u"fly"_s }).exitCode, 2);
        QCOMPARE(csmctl({ u"playbooks"_s, u"check"_s, u"abc"_s }).exitCode, 2);
        QCOMPARE(csmctl({ u"today"_s, u"--date"_s, u"yesterday"_s }).exitCode, 2);
    }

    void recordsAndSearchesNotes()
    {
        QCOMPARE(csmctl({ u"demo"_s, u"--accounts"_s, u"10"_s, u"--today"_s, u"2026-11-25"_s }).exitCode, 0);
        const QString crmId = QJsonDocument::fromJson(csmctl({ u"list"_s, u"--format"_s, u"json"_s }).out.toUtf8())
                                  .array()
                                  .first()
                                  .toObject()[u"crm_id"_s]
                                  .toString();
        Run run = csmctl({ u"notes"_s, u"add"_s, crmId, u"--kind"_s, u"qbr"_s, u"--date"_s, u"2026-11-20"_s, u"--title"_s,
                           u"Q4 review"_s, u"--body"_s, u"Budget <script> & 株式会社テストの契約更新"_s, u"--action"_s,
                           u"Send the deck@2026-11-30"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = csmctl({ u"notes"_s, u"search"_s, u"契約更新"_s, u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject()[u"crm_id"_s].toString(), crmId);
        QVERIFY(hits.first().toObject()[u"snippet"_s].toString().contains(u"<script> &"_s));
        QVERIFY(hits.first().toObject()[u"snippet"_s].toString().contains(u"[契約更新]"_s));

        // The next QBR takes the open item over; it is owed once.
        QCOMPARE(csmctl({ u"notes"_s, u"add"_s, crmId, u"--kind"_s, u"qbr"_s, u"--date"_s, u"2026-11-24"_s }).exitCode, 0);
        run = csmctl({ u"today"_s, u"--date"_s, u"2026-12-01"_s, u"--format"_s, u"json"_s });
        int owed = 0;
        for (const QJsonValue &item : QJsonDocument::fromJson(run.out.toUtf8()).array())
            owed += item.toObject()[u"title"_s].toString() == u"Send the deck" ? 1 : 0;
        QCOMPARE(owed, 1);

        QCOMPARE(csmctl({ u"notes"_s, u"search"_s }).exitCode, 2);
        QCOMPARE(csmctl({ u"notes"_s, u"add"_s, crmId, u"--action"_s, u"Call@someday"_s }).exitCode, 2);
        QCOMPARE(csmctl({ u"notes"_s, u"add"_s, u"NOPE"_s }).exitCode, 1);
    }

    void carriesReviewCommentsFromTheLeadToTheCsm()
    {
        // Dana's book, and the lead's own store: a separate file (the last --db wins).
        writeFile(file(u"dana.csv"_s), "crm_id,name,owner\nA-1,Alpha,Dana\nA-2,Beta,Dana\n");
        QCOMPARE(csmctl({ u"import"_s, file(u"dana.csv"_s) }).exitCode, 0);
        const QString lead = file(u"lead-%1.sqlite"_s.arg(m_counter));
        const auto asLead = [&](const QStringList &args) { return csmctl(QStringList { u"--db"_s, lead } + args); };
        QCOMPARE(asLead({ u"init"_s }).exitCode, 0);

        Run run = asLead({ u"comment"_s, u"--account"_s, u"A-1"_s, u"--author"_s, u"Lee"_s, u"--text"_s,
                           u"Renewal risk: call the sponsor"_s, u"--csm"_s, u"Dana"_s, u"--book-id"_s, u"dana-book"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"added review comment"_s), qPrintable(run.out));
        QCOMPARE(asLead({ u"comment"_s, u"--account"_s, u"A-2"_s, u"--author"_s, u"Lee"_s, u"--text"_s, u"Nice work"_s,
                          u"--csm"_s, u"Dana"_s, u"--book-id"_s, u"dana-book"_s })
                     .exitCode,
                 0);
        QCOMPARE(asLead({ u"comment"_s, u"--account"_s, u"X-9"_s, u"--author"_s, u"Lee"_s, u"--text"_s, u"Whose?"_s,
                          u"--csm"_s, u"Dana"_s, u"--book-id"_s, u"dana-book"_s })
                     .exitCode,
                 0);
        // Usage: missing options, or an account of another book without --csm.
        QCOMPARE(asLead({ u"comment"_s, u"--account"_s, u"A-1"_s, u"--author"_s, u"Lee"_s }).exitCode, 2);
        QCOMPARE(asLead({ u"comment"_s, u"--account"_s, u"A-1"_s, u"--author"_s, u"Lee"_s, u"--text"_s, u" "_s }).exitCode, 2);
        run = asLead({ u"comment"_s, u"--account"_s, u"A-1"_s, u"--author"_s, u"Lee"_s, u"--text"_s, u"Hi"_s });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--csm"_s), qPrintable(run.err));

        const QString comments = file(u"for-dana.json"_s);
        run = asLead({ u"export-comments"_s, u"--csm"_s, u"Dana"_s, u"--book-id"_s, u"dana-book"_s, u"--output"_s, comments });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"exported 3 review comments"_s), qPrintable(run.out));
        QCOMPARE(asLead({ u"export-comments"_s, u"--csm"_s, u"Dana"_s }).exitCode, 2);
        QCOMPARE(asLead({ u"export-comments"_s, u"--output"_s, comments }).exitCode, 2);
        run = asLead({ u"export-comments"_s, u"--csm"_s, u"Dana"_s, u"--output"_s, file(u"missing/dir/c.json"_s) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Cannot write"_s), qPrintable(run.err));

        // Dana imports: the comment on an account not in her book is skipped and named; again adds nothing.
        run = csmctl({ u"import-comments"_s, comments });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"from Lee: 2 new, 0 already there, 1 skipped"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"X-9"_s), qPrintable(run.out));
        run = csmctl({ u"import-comments"_s, comments });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u": 0 new, 2 already there, 1 skipped"_s), qPrintable(run.out));
        {
            auto db = csm::Database::open(m_book);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(u"SELECT count(*), min(author), min(imported_at IS NOT NULL) FROM review_comments"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            QCOMPARE(q.value(1).toString(), u"Lee"_s);
            QCOMPARE(q.value(2).toInt(), 1);
        }

        QCOMPARE(csmctl({ u"import-comments"_s }).exitCode, 2);
        writeFile(file(u"broken.json"_s), "{\n  \"format\": \"csm-review-comments\",\n  \"version\": 1,,\n}\n");
        run = csmctl({ u"import-comments"_s, file(u"broken.json"_s) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"broken.json:3:"_s), qPrintable(run.err));
        QCOMPARE(csmctl({ u"import-comments"_s, file(u"no-such.json"_s) }).exitCode, 1);
    }
    void exportsThePortfolioReview()
    {
        // Two CSMs' books as the app exports them (Acme Corp in both), beside a file that is no book.
        const QString team = file(u"team-%1"_s.arg(m_counter));
        QVERIFY(QDir().mkpath(team));
        if (QCoreApplication::applicationVersion().isEmpty())
            QCoreApplication::setApplicationVersion(u"0.1.0"_s); // the manifest names the app version that wrote it
        const auto exportBook = [&](const QString &owner, const QStringList &sql) {
            auto db = csm::Database::open(file(u"live-%1.sqlite"_s.arg(owner)));
            QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
            QSqlQuery q((*db)->connection());
            for (const QString &statement : sql)
                QVERIFY2(q.exec(statement), qPrintable(statement));
            auto exported = csm::BookFile::exportSnapshot((*db)->connection(), team + u'/' + owner.toLower() + u".csmbook"_s, owner);
            QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
        };
        const QString insert = u"INSERT INTO accounts (crm_id, name, owner, arr_cents, currency, segment, renewal_date) VALUES "_s;
        exportBook(u"Dana"_s, { insert + u"('D-1', 'Acme Corp', 'Dana', 10000000, 'USD', 'high', '2026-05-01')"_s,
                                insert + u"('D-2', '<script>', 'Dana', 5000000, 'EUR', 'mid', NULL)"_s,
                                u"INSERT INTO health_snapshots (account_id, day, score, band) "
                                "SELECT id, '2026-04-01', 40, 'red' FROM accounts WHERE crm_id = 'D-1'"_s });
        QVERIFY(!QTest::currentTestFailed());
        exportBook(u"Eli"_s, { insert + u"('E-1', 'Big Bank', 'Eli', 25000000, 'USD', 'high', '2026-06-30')"_s,
                               insert + u"('D-1', 'Acme Corp', 'Eli', 10000000, 'USD', 'high', '2026-05-01')"_s });
        QVERIFY(!QTest::currentTestFailed());
        writeFile(team + u"/broken.csmbook"_s, "this is not a book, it only has the suffix of one\n");
        writeFile(team + u"/notes.txt"_s, "not a book either, and not read\n");

        // The folder: the broken file is named, the review is written from the two others.
        const QString pdf = file(u"review-%1.pdf"_s.arg(m_counter));
        Run run = csmctl({ u"export-portfolio"_s, team, u"--output"_s, pdf, u"--today"_s, u"2026-04-15"_s, u"--rates"_s,
                           u"EUR=1.10"_s, u"--title"_s, u"Team review"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, u"Wrote %1: 2 CSMs, 3 accounts, 4 pages\n"_s.arg(QDir::toNativeSeparators(pdf)));
        QVERIFY2(run.err.contains(u"broken.csmbook"_s), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"notes.txt"_s), qPrintable(run.err));
        QProcess info;
        info.start(u"pdfinfo"_s, { pdf });
        QVERIFY(info.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QRegularExpression(u"Pages:\\s+4\\n"_s)));
        QProcess text;
        text.start(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(words.contains(u"Team review"_s));
        QVERIFY(words.contains(u"Dana"_s) && words.contains(u"Eli"_s));
        QVERIFY2(words.contains(u"$405,000"_s), qPrintable(words)); // 100,000 + 50,000 EUR at 1.10 + 250,000; Acme once
        QVERIFY(words.contains(u"Acme Corp"_s));                   // Dana's red renewal in 16 days
        QVERIFY(words.contains(u"1 Jan 2026"_s));                  // the last quarter before April

        // Files by name, a period of one's own, another currency.
        run = csmctl({ u"export-portfolio"_s, team + u"/dana.csmbook"_s, u"-o"_s, pdf, u"--today"_s, u"2026-04-15"_s,
                       u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-03-31"_s, u"--currency"_s, u"eur"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u": 1 CSM, 2 accounts, 3 pages"_s), qPrintable(run.out));

        // No book read, or no PDF written: 1, and no file. Usage errors: 2.
        const QString none = file(u"none-%1.pdf"_s.arg(m_counter));
        run = csmctl({ u"export-portfolio"_s, team + u"/broken.csmbook"_s, file(u"missing.csmbook"_s), u"--output"_s, none });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"broken.csmbook"_s) && run.err.contains(u"missing.csmbook"_s), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(none));
        run = csmctl({ u"export-portfolio"_s, team, u"--output"_s, file(u"no/such/dir/review.pdf"_s) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Cannot write"_s), qPrintable(run.err));
        const QList<QStringList> usage {
            { u"export-portfolio"_s, u"--output"_s, none },
            { u"export-portfolio"_s, team },
            { u"export-portfolio"_s, team, u"--output"_s, none, u"--from"_s, u"2026-01-01"_s },
            { u"export-portfolio"_s, team, u"--output"_s, none, u"--months"_s, u"0"_s },
            { u"export-portfolio"_s, team, u"--output"_s, none, u"--months"_s, u"2"_s, u"--from"_s, u"2026-01-01"_s,
              u"--to"_s, u"2026-03-31"_s },
            { u"export-portfolio"_s, team, u"--output"_s, none, u"--rates"_s, u"EUR=cheap"_s },
            { u"export-portfolio"_s, team, u"--output"_s, none, u"--today"_s, u"15/04/2026"_s },
        };
        for (const QStringList &args : usage) {
            run = csmctl(args);
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ') + u'\n' + run.err));
        }
        QVERIFY(!QFileInfo::exists(none));
        run = csmctl({ u"export-portfolio"_s, u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"Exit codes"_s));
    }
};

QTEST_GUILESS_MAIN(TestCsmctl)
#include "tst_csmctl.moc"
