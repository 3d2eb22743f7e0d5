// Syncing from CRM export files: CSV and JSON with a column mapping, pages, a second sync that
// reads only changed files, deletions, rows that cannot be read reported as file:line, and a
// broken file that changes nothing.
#include "sqlprobe.h"
#include "store/database.h"
#include "store/migrations.h"
#include "sync/connectorregistry.h"
#include "sync/fileconnector.h"
#include "sync/syncengine.h"
#include "sync/syncstore.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;

namespace {


void write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

/// A raw CRM export: its own column names, mapped by the connection's settings.
QByteArray accountsCsv(int rows, const QString &extra = {})
{
    QByteArray csv = "Account ID,Company,Website,Account Owner,Annual Revenue,Renewal,Stage\n";
    for (int i = 1; i <= rows; ++i)
        csv += QStringLiteral("A-%1,Company %1,company%1.example,%2,%3,2027-0%4-15,adoption\n")
                   .arg(i)
                   .arg(i % 2 ? QStringLiteral("Dana Whit") : QStringLiteral("Sam Ortiz"))
                   .arg(i * 1000)
                   .arg(1 + i % 9)
                   .toUtf8();
    return csv + extra.toUtf8();
}

} // namespace

class TestFileSync final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    CrmConnection m_connection;
    int m_books = 0;

    QSqlDatabase db() const { return m_db->connection(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    SyncRun sync(const std::atomic_bool *cancel = nullptr, const SyncEngine::Progress &progress = {})
    {
        FileConnector connector;
        if (auto error = connector.configure(m_connection.settings, {})) {
            SyncRun failed;
            failed.status = QStringLiteral("not configured");
            failed.message = error->message;
            return failed;
        }
        SyncEngine engine(db(), m_connection, connector);
        return engine.run(cancel, progress);
    }

private slots:
    void init()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("file-%1.sqlite").arg(++m_books)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(*db);
        write(file(QStringLiteral("accounts.csv")), accountsCsv(30));
        write(file(QStringLiteral("contacts.json")), R"({"contacts": [
  {"Id": "C-1", "Account": "A-1", "first_name": "Ada", "last_name": "Lovelace", "email": "ada@company1.example", "title": "CTO"},
  {"Id": "C-2", "Account": "A-2", "name": "Grace Hopper", "email": "grace@company2.example"},
  {"Id": "C-3", "Account": "A-2", "email": "ops@company2.example"}
]}
)");
        write(file(QStringLiteral("deals.csv")), "crm_id,account_crm_id,name,amount,currency,stage,close_date,closed,won\n"
                                                 "D-1,A-1,Renewal 2027,12500.50,usd,closedwon,2026-10-01,true,true\n"
                                                 "D-2,A-3,Upsell,8000,USD,negotiation,2027-01-15,false,false\n");
        CrmConnection c;
        c.name = QStringLiteral("Export");
        c.connector = QStringLiteral("file");
        c.settings = { { QStringLiteral("accounts_file"), file(QStringLiteral("accounts.csv")) },
                       { QStringLiteral("contacts_file"), file(QStringLiteral("contacts.json")) },
                       { QStringLiteral("deals_file"), file(QStringLiteral("deals.csv")) },
                       { QStringLiteral("columns"), QStringLiteral("Account ID=crm_id; Company=name; Website=domain; Account Owner=owner; "
                                                                   "Annual Revenue=arr; Renewal=renewal_date; Stage=lifecycle_stage; "
                                                                   "Id=crm_id; Account=account_crm_id") } };
        auto saved = SyncStore(this->db()).saveConnection(c);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        m_connection = *saved;
    }

    void cleanup() { m_db.reset(); }

    void registryKnowsTheFileConnector()
    {
        auto factory = ConnectorRegistry::instance().find(QStringLiteral("file"));
        QVERIFY(factory);
        auto connector = factory->create();
        QVERIFY(connector->configure({}, {}).has_value()); // no accounts file
        QVERIFY(connector->configure({ { QStringLiteral("accounts_file"), QStringLiteral("accounts.xlsx") } }, {}).has_value());
        const auto bad = connector->configure({ { QStringLiteral("accounts_file"), QStringLiteral("a.csv") },
                                                { QStringLiteral("columns"), QStringLiteral("Account ID") } }, {});
        QVERIFY(bad.has_value());
        QVERIFY2(bad->message.contains(QStringLiteral("Column=field")), qPrintable(bad->message));
    }

    void fullSyncMapsTheExportsColumns()
    {
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.created, 30 + 3 + 2);
        QCOMPARE(run.skipped, 0);
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT name, domain, owner, arr_cents, renewal_date, lifecycle_stage FROM accounts WHERE crm_id = 'A-7'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Company 7"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("company7.example"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("Dana Whit"));
        QCOMPARE(q.value(3).toLongLong(), 7'000'00);
        QCOMPARE(q.value(4).toString(), QStringLiteral("2027-08-15"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("adoption"));
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT name FROM contacts WHERE crm_id = 'C-1'")), QStringLiteral("Ada Lovelace"));
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT name FROM contacts WHERE crm_id = 'C-3'")), QStringLiteral("ops@company2.example"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE a.crm_id = 'A-2'")), 2);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT amount_cents FROM deals WHERE crm_id = 'D-1'")), 12'500'50);
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT currency FROM deals WHERE crm_id = 'D-1'")), QStringLiteral("USD"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT is_won FROM deals WHERE crm_id = 'D-1'")), 1);
    }

    void anUnchangedFileIsNotReadAgainAndAChangedOneIs()
    {
        QCOMPARE(sync().status, QStringLiteral("ok"));
        const SyncRun same = sync();
        QCOMPARE(same.status, QStringLiteral("ok"));
        QCOMPARE(same.created + same.updated + same.deleted, 0);

        // A new export: one account renamed, one deleted, one new; a contact deleted.
        QByteArray csv = accountsCsv(31).replace("Company 5,", "Company Five,");
        csv += "A-9,Company 9,company9.example,Dana Whit,9000,2027-01-15,adoption\n"; // a repeat, stored once
        write(file(QStringLiteral("accounts.csv")), csv.replace("Annual Revenue,Renewal,Stage\n", "Annual Revenue,Renewal,Stage,deleted\n")
                                                      .replace("adoption\n", "adoption,\n")
                                                      .replace("A-4,Company 4,company4.example,Sam Ortiz,4000,2027-05-15,adoption,",
                                                               "A-4,Company 4,company4.example,Sam Ortiz,4000,2027-05-15,adoption,yes"));
        write(file(QStringLiteral("contacts.json")), R"([{"Id": "C-1", "deleted": true}, {"Id": "C-2", "Account": "A-2", "name": "Grace Hopper"}])");
        const SyncRun changed = sync();
        QCOMPARE(changed.status, QStringLiteral("ok"));
        QCOMPARE(changed.created, 1);
        QCOMPARE(changed.deleted, 1 + 1);
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT name FROM accounts WHERE crm_id = 'A-5'")), QStringLiteral("Company Five"));
        QVERIFY(valueOf(db(), QStringLiteral("SELECT archived_at FROM accounts WHERE crm_id = 'A-4'")) != QString());
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts WHERE archived_at IS NULL")), 30);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts WHERE crm_id = 'C-1'")), 0);
        // The deals file did not change: not read again.
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM deals")), 2);
    }

    void rowsThatCannotBeReadAreReportedByFileAndLine()
    {
        write(file(QStringLiteral("accounts.csv")), accountsCsv(5, QStringLiteral("A-6,,nameless.example,Sam,1,,\n"
                                                                                  "A-7,Twelve K,x.example,Sam,12k,,\n"
                                                                                  "A-8,Short row\n"
                                                                                  "A-9,Bad date,y.example,Sam,5,2027-13-40,\n")));
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 5);
        QHash<QString, QString> reasons;
        for (const CrmRecordIssue &i : run.issues)
            reasons.insert(i.recordId.isEmpty() ? i.reason.section(u':', -2, -2) : i.recordId, i.reason);
        const QString path = file(QStringLiteral("accounts.csv"));
        QCOMPARE(reasons.value(QStringLiteral("A-6")), path + QStringLiteral(":7: no name (a required field)"));
        QVERIFY2(reasons.value(QStringLiteral("A-7")).startsWith(path + QStringLiteral(":8: ")), qPrintable(reasons.value(QStringLiteral("A-7"))));
        QVERIFY(reasons.value(QStringLiteral("A-7")).contains(QStringLiteral("12k")));
        QVERIFY(std::any_of(run.issues.cbegin(), run.issues.cend(), [&](const CrmRecordIssue &i) {
            return i.reason.startsWith(path + QStringLiteral(":9: 2 fields where the header has 7"));
        }));
        QVERIFY2(reasons.value(QStringLiteral("A-9")).startsWith(path + QStringLiteral(":10: ")), qPrintable(reasons.value(QStringLiteral("A-9"))));
        // Contacts and deals still came in; the log has every issue.
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts")), 3);
        QCOMPARE(SyncStore(db()).run(run.id)->issues.size(), run.issues.size());
    }

    void aBrokenFileChangesNothingAndSaysWhere()
    {
        QCOMPARE(sync().status, QStringLiteral("ok"));
        write(file(QStringLiteral("contacts.json")), "{\"contacts\": [\n  {\"Id\": \"C-9\", \"Account\": \"A-1\", \"name\": \"X\"},\n  {\"Id\": }\n]}");
        write(file(QStringLiteral("accounts.csv")), accountsCsv(30).replace("Company 3,", "Company Three,"));
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("failed"));
        const QString path = file(QStringLiteral("contacts.json"));
        QVERIFY2(run.message.contains(path + QStringLiteral(":3:")), qPrintable(run.message));
        // Accounts were applied (their own page and cursor); contacts as they were.
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT name FROM accounts WHERE crm_id = 'A-3'")), QStringLiteral("Company Three"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts WHERE crm_id = 'C-9'")), 0);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts")), 3);
    }

    void largeFilesComeInPagesAndAStoppedSyncResumes()
    {
        const int rows = 2 * FileConnector::PageSize + 500;
        write(file(QStringLiteral("accounts.csv")), accountsCsv(rows));
        std::atomic_bool cancel = false;
        int pages = 0;
        const SyncRun stopped = sync(&cancel, [&](CrmObject object, int) {
            if (object == CrmObject::Companies && ++pages == 2)
                cancel = true;
        });
        QCOMPARE(stopped.status, QStringLiteral("cancelled"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 2 * FileConnector::PageSize);
        const SyncRun resumed = sync();
        QCOMPARE(resumed.status, QStringLiteral("ok"));
        QCOMPARE(resumed.created, rows - 2 * FileConnector::PageSize + 3 + 2);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), rows);
    }

    void numericIdsInJsonAreKeptAsWritten()
    {
        write(file(QStringLiteral("accounts.json")), R"([{"Account ID": 7001, "Company": "Numeric Co", "Annual Revenue": 125000.5}])");
        write(file(QStringLiteral("contacts.json")), R"([{"Id": 42, "Account": 7001, "name": "Ada Lovelace"}])");
        m_connection.settings.insert(QStringLiteral("accounts_file"), file(QStringLiteral("accounts.json")));
        m_connection.settings.remove(QStringLiteral("deals_file"));
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT crm_id FROM accounts")), QStringLiteral("7001"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT arr_cents FROM accounts WHERE crm_id = '7001'")), 125000'50);
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT c.crm_id || ' of ' || a.crm_id FROM contacts c JOIN accounts a ON a.id = c.account_id")),
                 QStringLiteral("42 of 7001"));
    }

    void aBookFromBeforeGetsItsNumericFileIdsAsWritten()
    {
        // A book of schema 6, whose file connection stored numeric ids as "7001.000000".
        const QString path = m_dir.filePath(QStringLiteral("schema6-%1.sqlite").arg(m_books));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema6"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(Migrations::migrate(raw, 6).ok());
            QSqlQuery q(raw);
            for (const char *sql :
                 { "INSERT INTO crm_connections (id, name, connector, created_at) VALUES (1, 'Export', 'file', '2026-11-01T00:00:00.000Z')",
                   "INSERT INTO crm_connections (id, name, connector, created_at) VALUES (2, 'HubSpot', 'hubspot', '2026-11-01T00:00:00.000Z')",
                   "INSERT INTO accounts (id, crm_id, name, crm_connection_id) VALUES (1, '7001.000000', 'Numeric Co', 1)",
                   "INSERT INTO accounts (id, crm_id, name, crm_connection_id) VALUES (2, '8.000000', 'Taken', 1)",
                   "INSERT INTO accounts (id, crm_id, name, crm_connection_id) VALUES (3, '8', 'Already 8', 1)",
                   "INSERT INTO accounts (id, crm_id, name, crm_connection_id) VALUES (4, '5.000000', 'From HubSpot', 2)",
                   "INSERT INTO accounts (id, crm_id, name, crm_connection_id) VALUES (5, 'A-1.000000', 'Not a number', 1)",
                   "INSERT INTO contacts (account_id, crm_id, name) VALUES (1, '42.000000', 'Ada')",
                   "INSERT INTO contacts (account_id, crm_id, name) VALUES (4, '43.000000', 'Grace')",
                   "INSERT INTO deals (account_id, crm_id, name) VALUES (1, '9.000000', 'Renewal')" })
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema6"));
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        const QSqlDatabase book = (*opened)->connection();
        QCOMPARE(valueOf(book, QStringLiteral("SELECT group_concat(crm_id, ' ') FROM (SELECT crm_id FROM accounts ORDER BY id)")),
                 QStringLiteral("7001 8.000000 8 5.000000 A-1.000000"));
        QCOMPARE(valueOf(book, QStringLiteral("SELECT group_concat(crm_id, ' ') FROM (SELECT crm_id FROM contacts ORDER BY id)")),
                 QStringLiteral("42 43.000000"));
        QCOMPARE(valueOf(book, QStringLiteral("SELECT crm_id FROM deals")), QStringLiteral("9"));
    }

    void theColumnMappingIsParsed()
    {
        auto parsed = FileConnector::parseMapping(QStringLiteral(" Account ID = crm_id ;Annual Revenue=ARR;; "));
        using Mapping = QHash<QString, QString>;
        QVERIFY(std::holds_alternative<Mapping>(parsed));
        const auto mapping = std::get<Mapping>(parsed);
        QCOMPARE(mapping.size(), 2);
        QCOMPARE(mapping.value(QStringLiteral("account id")), QStringLiteral("crm_id"));
        QCOMPARE(mapping.value(QStringLiteral("annual revenue")), QStringLiteral("arr"));
        QVERIFY(std::holds_alternative<QString>(FileConnector::parseMapping(QStringLiteral("=crm_id"))));
    }
};

QTEST_GUILESS_MAIN(TestFileSync)
#include "tst_filesync.moc"
