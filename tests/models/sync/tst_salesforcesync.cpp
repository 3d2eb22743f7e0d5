// Syncing with Salesforce through the local emulator over real HTTP: a full pull through SOQL and
// query locators, incremental pulls through queryAll with changes and deletions, and the faults —
// 401, REQUEST_LIMIT_EXCEEDED, 500, a timeout, a body that is not JSON, malformed records, a record
// on two pages, a sync stopped half-way, a query locator gone meanwhile — each leaving the book
// consistent, with the cursor advanced only together with the data; and write-back through
// composite sObject collections.
#include "salesforceemulator.h"

#include "notes/notesservice.h"
#include "store/bookreader.h"
#include "sqlprobe.h"
#include "store/database.h"
#include "store/transaction.h"
#include "sync/connectorregistry.h"
#include "sync/localedits.h"
#include "sync/salesforceconnector.h"
#include "sync/syncengine.h"
#include "sync/syncstore.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;
using csm::emulator::SalesforceEmulator;
using Fault = SalesforceEmulator::Fault;

namespace {


const QString Account = QStringLiteral("Account");
const QString Contact = QStringLiteral("Contact");
const QString Opportunity = QStringLiteral("Opportunity");
const QString User = QStringLiteral("User");

} // namespace

class TestSalesforceSync final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SalesforceEmulator> m_crm;
    CrmConnection m_connection;
    int m_books = 0;

    QSqlDatabase db() const { return m_db->connection(); }

    /// One sync as the app runs it, with a fresh connector configured like a user would.
    SyncRun sync(const QString &token = {}, const std::atomic_bool *cancel = nullptr, const SyncEngine::Progress &progress = {},
                 const QVariantMap &extra = {})
    {
        SalesforceConnector connector;
        QVariantMap settings = m_connection.settings;
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            settings.insert(it.key(), it.value());
        if (auto error = connector.configure(settings, token.isEmpty() ? m_crm->token() : token)) {
            qWarning("%s", qPrintable(error->message));
            return {};
        }
        CrmConnection connection = m_connection;
        connection.settings = settings;
        SyncEngine engine(db(), connection, connector);
        return engine.run(cancel, progress);
    }

    /// The queries run since `from` that read `object`.
    QList<SalesforceEmulator::Query> queriesOf(const QString &object, qsizetype from = 0) const
    {
        QList<SalesforceEmulator::Query> out;
        for (const SalesforceEmulator::Query &q : m_crm->queries().mid(from))
            if (q.soql.contains(QStringLiteral(" FROM ") + object + u' '))
                out << q;
        return out;
    }

    int locatorPages(qsizetype from = 0) const
    {
        const QStringList log = m_crm->requestLog().mid(from);
        return int(std::count_if(log.cbegin(), log.cend(), [](const QString &r) { return r.startsWith(QStringLiteral("GET /services/data/v59.0/query/01g")); }));
    }

private slots:
    void init()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("sync-%1.sqlite").arg(++m_books)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(*db);
        m_crm = std::make_unique<SalesforceEmulator>();
        QVERIFY(m_crm->start() > 0);
        m_crm->seed(60, 2, 1, 4, 7);
        m_crm->setBatchLimit(25); // Salesforce may send smaller pages than asked for
        CrmConnection c;
        c.name = QStringLiteral("Salesforce test");
        c.connector = QStringLiteral("salesforce");
        c.settings = { { QStringLiteral("base_url"), m_crm->baseUrl() },
                       { QStringLiteral("batch_size"), QStringLiteral("200") },
                       { QStringLiteral("timeout_ms"), QStringLiteral("400") },
                       { QStringLiteral("retry_base_ms"), QStringLiteral("5") },
                       { QStringLiteral("max_retries"), QStringLiteral("3") } };
        auto saved = SyncStore(this->db()).saveConnection(c);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        m_connection = *saved;
    }

    void cleanup()
    {
        m_crm.reset();
        m_db.reset();
    }

    void registryKnowsSalesforce()
    {
        QVERIFY(ConnectorRegistry::instance().keys().contains(QStringLiteral("salesforce")));
        auto connector = ConnectorRegistry::instance().find(QStringLiteral("salesforce"))->create();
        QCOMPARE(connector->key(), QStringLiteral("salesforce"));
        QCOMPARE(connector->displayName(), QStringLiteral("Salesforce"));
        QVERIFY(connector->canPush());
        QHash<QString, ConnectorSetting> settings;
        for (const ConnectorSetting &s : connector->settings())
            settings.insert(s.key, s);
        QVERIFY(settings.value(QStringLiteral("base_url")).required);
        QCOMPARE(settings.value(QStringLiteral("api_version")).defaultValue, QStringLiteral("v59.0"));
        QCOMPARE(settings.value(QStringLiteral("arr_field")).defaultValue, QStringLiteral("AnnualRevenue"));
        QCOMPARE(settings.value(QStringLiteral("renewal_field")).defaultValue, QStringLiteral("Renewal_Date__c"));
        QCOMPARE(settings.value(QStringLiteral("contract_start_field")).defaultValue, QStringLiteral("Contract_Start_Date__c"));
        QCOMPARE(settings.value(QStringLiteral("stage_field")).defaultValue, QStringLiteral("CS_Lifecycle_Stage__c"));
        QVERIFY(settings.contains(QStringLiteral("currency_field")));
        QVERIFY(settings.value(QStringLiteral("currency_field")).defaultValue.isEmpty());
        QCOMPARE(settings.value(QStringLiteral("batch_size")).defaultValue, QStringLiteral("2000"));

        const QString base = m_crm->baseUrl();
        QVERIFY(connector->configure({}, QStringLiteral("t")).has_value()); // no instance address
        QVERIFY(connector->configure({ { QStringLiteral("base_url"), QStringLiteral("ftp://x") } }, QStringLiteral("t")).has_value());
        QVERIFY(connector->configure({ { QStringLiteral("base_url"), base } }, QString()).has_value()); // no token
        const auto badField = connector->configure({ { QStringLiteral("base_url"), base }, { QStringLiteral("renewal_field"), QStringLiteral("Renewal Date") } },
                                                   QStringLiteral("t"));
        QVERIFY(badField && badField->message.contains(QStringLiteral("Renewal Date")));
        QVERIFY(connector->configure({ { QStringLiteral("base_url"), base }, { QStringLiteral("api_version"), QStringLiteral("latest") } },
                                     QStringLiteral("t")).has_value());

        // Testing the connection reads an account with the fields the settings name.
        QVERIFY(!connector->configure(m_connection.settings, m_crm->token()));
        QVERIFY(!connector->testConnection());
        QVERIFY(!connector->configure(m_connection.settings, QStringLiteral("00Dwrong")));
        const auto refused = connector->testConnection();
        QVERIFY(refused && refused->kind == CrmFailure::Auth);
        QVariantMap misnamed = m_connection.settings;
        misnamed.insert(QStringLiteral("renewal_field"), QStringLiteral("Renewal__c"));
        QVERIFY(!connector->configure(misnamed, m_crm->token()));
        const auto noSuchField = connector->testConnection();
        QVERIFY(noSuchField);
        QVERIFY2(noSuchField->message.contains(QStringLiteral("No such column 'Renewal__c' on entity 'Account'")), qPrintable(noSuchField->message));
    }

    void fullSyncFillsTheBook()
    {
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.created, 60 + 120 + 60);
        QCOMPARE(run.skipped, 0);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 60);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts")), 120);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM deals")), 60);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM crm_owners")), 4);

        // Fields as Salesforce has them, owners by name, contacts on their account.
        const QList<SalesforceEmulator::Record> accounts = m_crm->records(Account);
        const SalesforceEmulator::Record first = accounts.first();
        QVERIFY(first.id.startsWith(QStringLiteral("001")) && first.id.size() == 18);
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT name, domain, arr_cents, renewal_date, contract_start, lifecycle_stage, owner, currency "
                                      "FROM accounts WHERE crm_id = '%1'").arg(first.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), first.fields.value(QStringLiteral("Name")).toString());
        QCOMPARE(first.fields.value(QStringLiteral("Website")).toString(), QStringLiteral("https://www.company1.example.com"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("company1.example.com"));
        QCOMPARE(q.value(2).toLongLong(), qint64(first.fields.value(QStringLiteral("AnnualRevenue")).toDouble() * 100));
        QCOMPARE(q.value(3).toString(), first.fields.value(QStringLiteral("Renewal_Date__c")).toString());
        QCOMPARE(q.value(4).toString(), first.fields.value(QStringLiteral("Contract_Start_Date__c")).toString());
        QCOMPARE(q.value(5).toString(), first.fields.value(QStringLiteral("CS_Lifecycle_Stage__c")).toString().toLower());
        QCOMPARE(q.value(6).toString(), m_crm->record(User, first.fields.value(QStringLiteral("OwnerId")).toString()).fields.value(QStringLiteral("Name")).toString());
        QCOMPARE(q.value(7).toString(), QStringLiteral("USD"));
        QCOMPARE(accounts.at(2).fields.value(QStringLiteral("Website")).toString(), QStringLiteral("http://company3.example.com/home"));
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT domain FROM accounts WHERE crm_id = '%1'").arg(accounts.at(2).id)), QStringLiteral("company3.example.com"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE a.crm_id = '%1'").arg(first.id)), 2);
        const SalesforceEmulator::Record deal = m_crm->records(Opportunity).first();
        QVERIFY(q.exec(QStringLiteral("SELECT d.name, d.amount_cents, d.stage, d.close_date, d.is_closed, d.is_won, a.crm_id "
                                      "FROM deals d JOIN accounts a ON a.id = d.account_id WHERE d.crm_id = '%1'").arg(deal.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), deal.fields.value(QStringLiteral("Name")).toString());
        QCOMPARE(q.value(1).toLongLong(), qint64(deal.fields.value(QStringLiteral("Amount")).toDouble() * 100));
        QCOMPARE(q.value(2).toString(), QStringLiteral("Closed Won"));
        QCOMPARE(q.value(3).toString(), deal.fields.value(QStringLiteral("CloseDate")).toString());
        QVERIFY(q.value(4).toBool() && q.value(5).toBool());
        QCOMPARE(q.value(6).toString(), deal.fields.value(QStringLiteral("AccountId")).toString());

        // The first pass reads everything with `query`, oldest change first, paged by query locators.
        const QList<SalesforceEmulator::Query> full = queriesOf(Account);
        QCOMPARE(full.size(), 1);
        QVERIFY(!full.first().all);
        QVERIFY2(!full.first().soql.contains(QStringLiteral("WHERE")) && full.first().soql.endsWith(QStringLiteral(" ORDER BY SystemModstamp, Id")),
                 qPrintable(full.first().soql));
        QCOMPARE(full.first().totalSize, 60);
        QCOMPARE(locatorPages(), 2 + 4 + 2); // pages of 25 after the first: accounts, contacts, opportunities

        // The log, and a cursor per object.
        auto runs = SyncStore(db()).runs(m_connection.id);
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().created, run.created);
        QCOMPARE(runs->first().status, QStringLiteral("ok"));
        for (CrmObject o : { CrmObject::Companies, CrmObject::Contacts, CrmObject::Deals })
            QVERIFY(SyncStore(db()).cursor(m_connection.id, o)->contains(QStringLiteral("incremental")));
        QCOMPARE(*SyncStore(db()).cursor(m_connection.id, CrmObject::Owners), QString()); // read whole each time

        // Nothing changed: the next sync changes nothing, and asks queryAll for what changed since
        // the first pass began (less the margin) — nothing.
        const qsizetype before = m_crm->queries().size();
        const SyncRun again = sync();
        QCOMPARE(again.status, QStringLiteral("ok"));
        QCOMPARE(again.created + again.updated + again.deleted, 0);
        static const QRegularExpression incremental(
            QStringLiteral(" WHERE SystemModstamp >= \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ ORDER BY SystemModstamp, Id$"));
        for (const QString &object : { Account, Contact, Opportunity }) {
            const QList<SalesforceEmulator::Query> later = queriesOf(object, before);
            QCOMPARE(later.size(), 1);
            QVERIFY(later.first().all);
            QVERIFY2(incremental.match(later.first().soql).hasMatch(), qPrintable(later.first().soql));
            QCOMPARE(later.first().totalSize, 0);
        }
    }

    void incrementalSyncTakesChangesAndDeletions()
    {
        QCOMPARE(sync().status, QStringLiteral("ok"));
        const QList<SalesforceEmulator::Record> accounts = m_crm->records(Account);
        const QString changed = accounts.at(3).id;
        const QString gone = accounts.at(5).id;
        // A note on the account that will be deleted: the app's own data must survive.
        const qint64 goneId = valueOf(db(), QStringLiteral("SELECT id FROM accounts WHERE crm_id = '%1'").arg(gone)).toLongLong();
        Meeting note;
        note.accountId = goneId;
        note.heldOn = QDate(2026, 11, 1);
        note.title = QStringLiteral("Kept");
        QVERIFY(NotesService(db()).save(note, QStringLiteral("me")).ok());
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts WHERE account_id = %1").arg(goneId)), 2);

        QVERIFY(m_crm->update(Account, changed, { { QStringLiteral("AnnualRevenue"), 123456.78 }, { QStringLiteral("Name"), QStringLiteral("Renamed Ltd") } }));
        QVERIFY(m_crm->remove(Account, gone)); // its contacts and opportunity go with it
        const QString added = m_crm->add(Account, { { QStringLiteral("Name"), QStringLiteral("Newcomer GmbH") }, { QStringLiteral("Website"), QStringLiteral("newcomer.example") } });
        m_crm->add(Contact, { { QStringLiteral("FirstName"), QStringLiteral("Nia") }, { QStringLiteral("LastName"), QStringLiteral("Ng") },
                              { QStringLiteral("Email"), QStringLiteral("nia@new.example") }, { QStringLiteral("AccountId"), added } });
        const QString contactGone = m_crm->records(Contact).at(0).id;
        QVERIFY(m_crm->remove(Contact, contactGone));

        const qsizetype before = m_crm->queries().size();
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.created, 2);
        QCOMPARE(run.updated, 1);
        QCOMPARE(run.deleted, 1 + 2 + 1 + 1); // the account, its contacts and opportunity, another contact
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT name || ' ' || arr_cents FROM accounts WHERE crm_id = '%1'").arg(changed)),
                 QStringLiteral("Renamed Ltd 12345678"));
        // Deleted in Salesforce: out of the book, kept in the file with its note.
        QVERIFY(!valueOf(db(), QStringLiteral("SELECT archived_at FROM accounts WHERE id = %1").arg(goneId)).isEmpty());
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM meetings WHERE account_id = %1").arg(goneId)), 1);
        auto rows = BookReader(db()).readAll();
        QVERIFY(rows.ok());
        QCOMPARE(int(rows->size()), 60); // 60 − 1 deleted + 1 new
        QVERIFY(std::none_of(rows->cbegin(), rows->cend(), [&](const BookRow &r) { return r.crmId == gone; }));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts WHERE crm_id = '%1'").arg(contactGone)), 0);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts WHERE account_id = %1").arg(goneId)), 0);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM deals WHERE account_id = %1 AND archived_at IS NOT NULL").arg(goneId)), 1);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE a.crm_id = '%1'").arg(added)), 1);
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT domain FROM accounts WHERE crm_id = '%1'").arg(added)), QStringLiteral("newcomer.example"));

        // Only the changed records were read, deletions included, through queryAll.
        const QList<SalesforceEmulator::Query> accountQueries = queriesOf(Account, before);
        QCOMPARE(accountQueries.size(), 1);
        QVERIFY(accountQueries.first().all);
        QVERIFY(accountQueries.first().soql.contains(QStringLiteral("WHERE SystemModstamp >= ")));
        QCOMPARE(accountQueries.first().totalSize, 3);
        QCOMPARE(queriesOf(Contact, before).first().totalSize, 1 + 2 + 1);
        QCOMPARE(queriesOf(Opportunity, before).first().totalSize, 1);
    }

    void aRefusedTokenStopsWithNothingHalfApplied()
    {
        const SyncRun run = sync(QStringLiteral("00Dwrong!expired"));
        QCOMPARE(run.status, QStringLiteral("failed"));
        QVERIFY2(run.message.contains(QStringLiteral("Re-authenticate")), qPrintable(run.message));
        QVERIFY(run.message.contains(QStringLiteral("401")));
        QVERIFY(run.message.contains(QStringLiteral("INVALID_SESSION_ID")));
        QVERIFY(!run.message.contains(m_crm->token())); // the token never shows
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 0);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM sync_cursors WHERE cursor <> ''")), 0);
        QCOMPARE(SyncStore(db()).run(run.id)->status, QStringLiteral("failed"));

        // A 401 at the first account query: the users read before it stay, no account is stored,
        // and the next sync goes on from there.
        m_crm->injectFault(Fault::Status, 1, 401, Account);
        const SyncRun expired = sync();
        QCOMPARE(expired.status, QStringLiteral("failed"));
        QVERIFY(expired.message.contains(QStringLiteral("Re-authenticate")));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM crm_owners")), 4);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 0);
        QCOMPARE(sync().status, QStringLiteral("ok"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 60);
    }

    void requestLimitsAreWaitedOutAndRetried()
    {
        // Salesforce's limit is a 403 with REQUEST_LIMIT_EXCEEDED, not a refused token.
        m_crm->injectFault(Fault::RateLimit, 2, 403, Account);
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.retries, 2);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 60);
        QCOMPARE(SyncStore(db()).run(run.id)->retries, 2);

        // A Retry-After, where one comes, is honoured.
        m_crm->update(Contact, m_crm->records(Contact).at(0).id, { { QStringLiteral("Title"), QStringLiteral("CTO") } });
        m_crm->injectFault(Fault::RateLimit, 1, 403, Contact, 1);
        QElapsedTimer timer;
        timer.start();
        const SyncRun waited = sync();
        QCOMPARE(waited.status, QStringLiteral("ok"));
        QCOMPARE(waited.retries, 1);
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed()))); // coarse timers may fire 5% early
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts WHERE title = 'CTO'")), 1);

        // A limit that does not lift: the sync gives up after the retries, and says why.
        m_crm->injectFault(Fault::RateLimit, 1 + 3, 403, Opportunity); // the request and its three retries
        m_crm->update(Opportunity, m_crm->records(Opportunity).at(0).id, { { QStringLiteral("Amount"), 1.0 } });
        const SyncRun limited = sync();
        QCOMPARE(limited.status, QStringLiteral("failed"));
        QVERIFY2(limited.message.contains(QStringLiteral("rate limit")) && limited.message.contains(QStringLiteral("REQUEST_LIMIT_EXCEEDED")),
                 qPrintable(limited.message));
        QVERIFY(limited.message.contains(QStringLiteral("3 retries")));
        QVERIFY(!limited.message.contains(QStringLiteral("Re-authenticate")));

        // Another 403 is a refusal, not a limit: no retries.
        m_crm->injectFault(Fault::Status, 1, 403, Opportunity);
        const int before = m_crm->requests();
        const SyncRun forbidden = sync();
        QCOMPARE(forbidden.status, QStringLiteral("failed"));
        QVERIFY2(forbidden.message.contains(QStringLiteral("Re-authenticate")) && forbidden.message.contains(QStringLiteral("API_DISABLED_FOR_ORG")),
                 qPrintable(forbidden.message));
        const QStringList log = m_crm->requestLog().mid(before);
        QCOMPARE(std::count_if(log.cbegin(), log.cend(), [](const QString &r) { return r.contains(QStringLiteral(" FROM Opportunity ")); }), 1);
    }

    void serverErrorsAndTimeoutsAreRetriedWithinBounds()
    {
        m_crm->injectFault(Fault::Status, 2, 500, Account);
        m_crm->injectFault(Fault::Hang, 1, 0, Opportunity);
        QElapsedTimer timer;
        timer.start();
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.retries, 3);
        QVERIFY(timer.elapsed() >= 400); // the unanswered request waited for its timeout
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 60);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM deals")), 60);

        m_crm->update(Account, m_crm->records(Account).at(0).id, { { QStringLiteral("Name"), QStringLiteral("Never Stored") } });
        m_crm->injectFault(Fault::Status, 10, 503, Account);
        const SyncRun failed = sync();
        QCOMPARE(failed.status, QStringLiteral("failed"));
        QVERIFY2(failed.message.contains(QStringLiteral("HTTP 503")) && failed.message.contains(QStringLiteral("gave up after 3 retries")),
                 qPrintable(failed.message));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts WHERE name = 'Never Stored'")), 0);
    }

    void aBodyThatIsNotJsonChangesNothing()
    {
        QCOMPARE(sync().status, QStringLiteral("ok"));
        const QString cursor = *SyncStore(db()).cursor(m_connection.id, CrmObject::Companies);
        m_crm->update(Account, m_crm->records(Account).at(1).id, { { QStringLiteral("Name"), QStringLiteral("Later") } });
        m_crm->injectFault(Fault::Garbage, 1, 200, Account);
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("failed"));
        QVERIFY2(run.message.contains(QStringLiteral("not a JSON object")), qPrintable(run.message));
        QCOMPARE(*SyncStore(db()).cursor(m_connection.id, CrmObject::Companies), cursor);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts WHERE name = 'Later'")), 0);
        QCOMPARE(sync().status, QStringLiteral("ok"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts WHERE name = 'Later'")), 1);
    }

    void unreadableRecordsAreReportedAndSkipped()
    {
        const QList<SalesforceEmulator::Record> accounts = m_crm->records(Account);
        const QString noId = accounts.at(7).id;
        const QString badStamp = accounts.at(8).id;
        m_crm->setMalformed(Account, noId, SalesforceEmulator::Malformation::NoId);
        m_crm->setMalformed(Account, badStamp, SalesforceEmulator::Malformation::BadTimestamp);
        const QString nameless = m_crm->add(Account, { { QStringLiteral("Website"), QStringLiteral("nameless.example") } });
        const QString badArr = m_crm->add(Account, { { QStringLiteral("Name"), QStringLiteral("Bad ARR") }, { QStringLiteral("AnnualRevenue"), QStringLiteral("12k") } });
        const QString orphan = m_crm->add(Contact, { { QStringLiteral("LastName"), QStringLiteral("Orphan") } });
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 60 - 2);
        // The broken accounts' contacts and opportunities have no account to hang off: reported too.
        QCOMPARE(run.skipped, 4 + 2 * (2 + 1) + 1);
        QCOMPARE(run.issues.size(), run.skipped);
        auto logged = SyncStore(db()).run(run.id);
        QHash<QString, QString> reasons;
        for (const CrmRecordIssue &i : logged->issues)
            reasons.insert(crmObjectKey(i.object) + u'/' + i.recordId, i.reason);
        QCOMPARE(reasons.value(QStringLiteral("companies/")), QStringLiteral("a record without an Id"));
        QCOMPARE(reasons.value(QStringLiteral("companies/") + badStamp), QStringLiteral("its SystemModstamp 'last Tuesday' is not a timestamp"));
        QCOMPARE(reasons.value(QStringLiteral("companies/") + nameless), QStringLiteral("no name (a required field)"));
        QCOMPARE(reasons.value(QStringLiteral("companies/") + badArr), QStringLiteral("ARR '12k' is not a number"));
        QCOMPARE(reasons.value(QStringLiteral("contacts/") + orphan), QStringLiteral("not associated with a company"));
        QVERIFY(std::any_of(logged->issues.cbegin(), logged->issues.cend(), [&](const CrmRecordIssue &i) {
            return i.object == CrmObject::Deals && i.reason.contains(badStamp);
        }));
        // The rest went on: the account after the broken ones is there with its contacts.
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE a.crm_id = '%1'").arg(accounts.at(9).id)), 2);
    }

    void aRecordOnTwoPagesIsStoredOnce()
    {
        m_crm->setOverlappingPages(true);
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 60);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts")), 120);
        QCOMPARE(run.created, 240);
        QCOMPARE(run.updated, 0); // the repeat is the same version: nothing to do
    }

    void aStoppedSyncResumesWithoutLossOrDuplicates()
    {
        std::atomic_bool cancel = false;
        int pages = 0;
        const SyncRun stopped = sync({}, &cancel, [&](CrmObject object, int) {
            if (object == CrmObject::Companies && ++pages == 2)
                cancel = true;
        });
        QCOMPARE(stopped.status, QStringLiteral("cancelled"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 50); // two pages of 25
        QCOMPARE(SyncStore(db()).run(stopped.id)->status, QStringLiteral("cancelled"));

        const int before = m_crm->requests();
        const qsizetype queriesBefore = m_crm->queries().size();
        const SyncRun resumed = sync();
        QCOMPARE(resumed.status, QStringLiteral("ok"));
        QCOMPARE(resumed.created, 10 + 120 + 60);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 60);
        // It went on from the third page through the stored query locator, not from the start.
        QVERIFY(queriesOf(Account, queriesBefore).isEmpty());
        const QStringList log = m_crm->requestLog().mid(before);
        const auto firstAfterUsers = std::find_if(log.cbegin(), log.cend(), [](const QString &r) { return !r.contains(QStringLiteral(" FROM User ")); });
        QVERIFY(firstAfterUsers != log.cend());
        QVERIFY2(firstAfterUsers->startsWith(QStringLiteral("GET /services/data/v59.0/query/01g")) && firstAfterUsers->endsWith(QStringLiteral("-50")),
                 qPrintable(*firstAfterUsers));
    }

    void anExpiredQueryLocatorRestartsThePass()
    {
        std::atomic_bool cancel = false;
        int pages = 0;
        QCOMPARE(sync({}, &cancel, [&](CrmObject object, int) {
                     if (object == CrmObject::Companies && ++pages == 2)
                         cancel = true;
                 }).status,
                 QStringLiteral("cancelled"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 50);
        // Locators are released after a while: the stored one is refused, and the pass starts over.
        m_crm->expireQueryLocators();
        const qsizetype queriesBefore = m_crm->queries().size();
        const SyncRun resumed = sync();
        QCOMPARE(resumed.status, QStringLiteral("ok"));
        QCOMPARE(resumed.created, 10 + 120 + 60); // the 50 read again are the same versions
        QCOMPARE(resumed.updated, 0);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 60);
        const QList<SalesforceEmulator::Query> again = queriesOf(Account, queriesBefore);
        QCOMPARE(again.size(), 1);
        QVERIFY(!again.first().all && !again.first().soql.contains(QStringLiteral("WHERE"))); // still the first, full pass
        QVERIFY(SyncStore(db()).cursor(m_connection.id, CrmObject::Companies)->contains(QStringLiteral("incremental")));
    }

    void theBatchSizeIsAskedFor()
    {
        m_crm = std::make_unique<SalesforceEmulator>();
        QVERIFY(m_crm->start() > 0);
        m_crm->seed(450, 0, 0, 1, 3); // no batch limit: pages as the client asks
        m_connection.settings.insert(QStringLiteral("base_url"), m_crm->baseUrl());
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 450);
        QCOMPARE(locatorPages(), 2); // 200, 200 and 50
    }

    void editsDuringAPassArriveWithTheNextPass()
    {
        // A query's pages show the records as they were when it ran; what changes meanwhile,
        // before or after the page being read, is read by the next pass.
        const QList<SalesforceEmulator::Record> accounts = m_crm->records(Account);
        bool edited = false;
        const SyncRun first = sync({}, nullptr, [&](CrmObject object, int) {
            if (object == CrmObject::Companies && !edited) {
                edited = true;
                m_crm->update(Account, accounts.first().id, { { QStringLiteral("Name"), QStringLiteral("Edited Mid-Pass") } });
                m_crm->update(Account, accounts.last().id, { { QStringLiteral("Name"), QStringLiteral("Edited Ahead") } });
            }
        });
        QCOMPARE(first.status, QStringLiteral("ok"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts WHERE name LIKE 'Edited%'")), 0);
        const SyncRun next = sync();
        QCOMPARE(next.status, QStringLiteral("ok"));
        QCOMPARE(next.updated, 2);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts WHERE name IN ('Edited Mid-Pass', 'Edited Ahead')")), 2);
    }

    void fieldSettingsNameTheOrgsFields()
    {
        // A field the org does not have: the sync stops at the accounts and says which.
        const SyncRun misnamed = sync({}, nullptr, {}, { { QStringLiteral("renewal_field"), QStringLiteral("Renewal__c") } });
        QCOMPARE(misnamed.status, QStringLiteral("failed"));
        QVERIFY2(misnamed.message.contains(QStringLiteral("INVALID_FIELD")) && misnamed.message.contains(QStringLiteral("'Renewal__c'")),
                 qPrintable(misnamed.message));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 0);

        // Other fields, named in another case, and a multi-currency org's CurrencyIsoCode.
        m_crm->addCustomField(QStringLiteral("CurrencyIsoCode"), Account);
        m_crm->addCustomField(QStringLiteral("CurrencyIsoCode"), Opportunity);
        m_crm->addCustomField(QStringLiteral("Customer_Since__c"), Account);
        const QList<SalesforceEmulator::Record> accounts = m_crm->records(Account);
        const SalesforceEmulator::Record deal = m_crm->records(Opportunity).at(0);
        m_crm->update(Account, accounts.at(0).id, { { QStringLiteral("CurrencyIsoCode"), QStringLiteral("EUR") },
                                                    { QStringLiteral("Customer_Since__c"), QStringLiteral("2021-02-03") } });
        m_crm->update(Opportunity, deal.id, { { QStringLiteral("CurrencyIsoCode"), QStringLiteral("GBP") } });
        const SyncRun run = sync({}, nullptr, {}, { { QStringLiteral("currency_field"), QStringLiteral("CurrencyIsoCode") },
                                                    { QStringLiteral("contract_start_field"), QStringLiteral("customer_since__c") },
                                                    { QStringLiteral("arr_field"), QStringLiteral("annualrevenue") } });
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT currency || ' ' || contract_start FROM accounts WHERE crm_id = '%1'").arg(accounts.at(0).id)),
                 QStringLiteral("EUR 2021-02-03"));
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT currency FROM accounts WHERE crm_id = '%1'").arg(accounts.at(1).id)), QStringLiteral("USD"));
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT arr_cents FROM accounts WHERE crm_id = '%1'").arg(accounts.at(1).id)).toLongLong(),
                 qint64(accounts.at(1).fields.value(QStringLiteral("AnnualRevenue")).toDouble() * 100));
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT currency FROM deals WHERE crm_id = '%1'").arg(deal.id)), QStringLiteral("GBP"));
    }

    void writesBackThroughCompositeCollections()
    {
        SalesforceConnector connector;
        QVERIFY(!connector.configure(m_connection.settings, m_crm->token()));
        const QList<SalesforceEmulator::Record> accounts = m_crm->records(Account);
        QList<CrmFieldUpdate> health;
        for (int i = 0; i < 3; ++i)
            health << CrmFieldUpdate { accounts.at(i).id, { { QStringLiteral("health_score"), QStringLiteral("72") },
                                                            { QStringLiteral("health_band"), QStringLiteral("amber") },
                                                            { QStringLiteral("segment"), QStringLiteral("high") } } };
        // The custom fields are not there yet: nothing is written, and the message says what to create.
        const auto missing = connector.push(CrmObject::Companies, health);
        QVERIFY(missing);
        QCOMPARE(missing->kind, CrmFailure::BadResponse);
        QVERIFY2(missing->message.contains(QStringLiteral("did not take 3 of the 3")) && missing->message.contains(QStringLiteral("INVALID_FIELD"))
                     && missing->message.contains(QStringLiteral("CSM_Health_Score__c (Number")) && missing->message.contains(QStringLiteral("CSM_Segment__c (Text"))
                     && missing->message.contains(QStringLiteral("cannot create fields")),
                 qPrintable(missing->message));
        QVERIFY(!m_crm->record(Account, accounts.at(0).id).fields.contains(QStringLiteral("CSM_Health_Band__c")));

        for (const char *field : { "CSM_Health_Score__c", "CSM_Health_Band__c", "CSM_Segment__c" })
            m_crm->addCustomField(QLatin1String(field));
        const int before = m_crm->requests();
        QVERIFY(!connector.push(CrmObject::Companies, health));
        for (int i = 0; i < 3; ++i) {
            const SalesforceEmulator::Record r = m_crm->record(Account, accounts.at(i).id);
            QVERIFY(r.fields.value(QStringLiteral("CSM_Health_Score__c")).metaType().id() != QMetaType::QString); // a number
            QCOMPARE(r.fields.value(QStringLiteral("CSM_Health_Score__c")).toInt(), 72);
            QCOMPARE(r.fields.value(QStringLiteral("CSM_Health_Band__c")).toString(), QStringLiteral("amber"));
            QCOMPARE(r.fields.value(QStringLiteral("CSM_Segment__c")).toString(), QStringLiteral("high"));
        }
        QCOMPARE(m_crm->requestLog().mid(before), QStringList { QStringLiteral("PATCH /services/data/v59.0/composite/sobjects") });

        // Account fields edited in the app, in Salesforce's names and types.
        const QString owner = m_crm->records(User).at(1).id;
        QVERIFY(!connector.push(CrmObject::Companies, { CrmFieldUpdate { accounts.at(3).id,
                                                                         { { QStringLiteral("name"), QStringLiteral("Renamed Inc") },
                                                                           { QStringLiteral("domain"), QStringLiteral("renamed.example") },
                                                                           { QStringLiteral("owner_id"), owner },
                                                                           { QStringLiteral("arr"), QStringLiteral("250000.50") },
                                                                           { QStringLiteral("renewal_date"), QStringLiteral("2027-03-31") },
                                                                           { QStringLiteral("lifecycle_stage"), QStringLiteral("expansion") } } } }));
        const SalesforceEmulator::Record renamed = m_crm->record(Account, accounts.at(3).id);
        QCOMPARE(renamed.fields.value(QStringLiteral("Name")).toString(), QStringLiteral("Renamed Inc"));
        QCOMPARE(renamed.fields.value(QStringLiteral("Website")).toString(), QStringLiteral("renamed.example"));
        QCOMPARE(renamed.fields.value(QStringLiteral("OwnerId")).toString(), owner);
        QCOMPARE(renamed.fields.value(QStringLiteral("AnnualRevenue")).toDouble(), 250000.5);
        QCOMPARE(renamed.fields.value(QStringLiteral("Renewal_Date__c")).toString(), QStringLiteral("2027-03-31"));
        QCOMPARE(renamed.fields.value(QStringLiteral("CS_Lifecycle_Stage__c")).toString(), QStringLiteral("Expansion"));

        // More than 200 go in chunks; a failure per record is reported, the others are written.
        QList<CrmFieldUpdate> many;
        for (const SalesforceEmulator::Record &r : accounts)
            many << CrmFieldUpdate { r.id, { { QStringLiteral("segment"), QStringLiteral("mid") } } };
        for (int i = 0; i < 150; ++i)
            many << CrmFieldUpdate { QStringLiteral("001xx00000%1").arg(i, 5, 10, QLatin1Char('0')), { { QStringLiteral("segment"), QStringLiteral("mid") } } };
        const int beforeMany = m_crm->requests();
        const auto partly = connector.push(CrmObject::Companies, many);
        QVERIFY(partly);
        QVERIFY2(partly->message.contains(QStringLiteral("did not take 150 of the 210")) && partly->message.contains(QStringLiteral("NOT_FOUND"))
                     && partly->message.contains(QStringLiteral("001xx0000000000")),
                 qPrintable(partly->message));
        // Refused one by one, the others written: the refused ones are named for the log.
        QCOMPARE(partly->kind, CrmFailure::Rejected);
        QCOMPARE(partly->rejected.size(), 150);
        QCOMPARE(partly->rejected.first().recordId, QStringLiteral("001xx0000000000"));
        QVERIFY(partly->rejected.first().reason.contains(QStringLiteral("NOT_FOUND")));
        QCOMPARE(m_crm->requests() - beforeMany, 2);
        for (const SalesforceEmulator::Record &r : accounts)
            QCOMPARE(m_crm->record(Account, r.id).fields.value(QStringLiteral("CSM_Segment__c")).toString(), QStringLiteral("mid"));

        QCOMPARE(connector.push(CrmObject::Contacts, {}).value_or(CrmError {}).kind, CrmFailure::Unsupported);
    }

    void anEditedAccountFieldIsWrittenBackByTheNextSync()
    {
        QCOMPARE(sync().status, QStringLiteral("ok"));
        const SalesforceEmulator::Record account = m_crm->records(Account).at(4);
        const SalesforceEmulator::Record newOwner = m_crm->records(User).at(2);
        const qint64 id = countOf(db(), QStringLiteral("SELECT id FROM accounts WHERE crm_id = '%1'").arg(account.id));
        {
            Transaction t(db());
            QVERIFY(LocalEditStore(db()).edit(id, { { QStringLiteral("arr_cents"), 123'456'00 },
                                                    { QStringLiteral("renewal_date"), QStringLiteral("2027-03-31") },
                                                    { QStringLiteral("owner"), newOwner.fields.value(QStringLiteral("Name")) } }));
            QVERIFY(t.commit());
        }
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.pushed, 1); // one account, its fields in one update
        const SalesforceEmulator::Record written = m_crm->record(Account, account.id);
        QCOMPARE(written.fields.value(QStringLiteral("AnnualRevenue")).toDouble(), 123456.0);
        QCOMPARE(written.fields.value(QStringLiteral("Renewal_Date__c")).toString(), QStringLiteral("2027-03-31"));
        QCOMPARE(written.fields.value(QStringLiteral("OwnerId")).toString(), newOwner.id);
        QVERIFY(LocalEditStore(db()).list()->isEmpty());
        // Salesforce's echo of the write changes nothing here.
        QCOMPARE(sync().status, QStringLiteral("ok"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT arr_cents FROM accounts WHERE id = %1").arg(id)), 123'456'00);
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT owner FROM accounts WHERE id = %1").arg(id)), newOwner.fields.value(QStringLiteral("Name")).toString());
    }

    void healthIsWrittenBackWhenTheConnectionAsks()
    {
        for (const char *field : { "CSM_Health_Score__c", "CSM_Health_Band__c", "CSM_Segment__c" })
            m_crm->addCustomField(QLatin1String(field));
        QCOMPARE(sync().status, QStringLiteral("ok"));
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO health_snapshots (account_id, day, score, band) "
                                      "SELECT id, '2026-11-30', 40 + (id % 50), CASE WHEN id % 50 < 10 THEN 'red' ELSE 'green' END FROM accounts")));
        const QVariantMap writeBack { { QStringLiteral("write_back_health"), QStringLiteral("true") } };
        const SyncRun run = sync({}, nullptr, {}, writeBack);
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.pushed, 60);
        const SalesforceEmulator::Record account = m_crm->records(Account).at(9);
        const qint64 id = countOf(db(), QStringLiteral("SELECT id FROM accounts WHERE crm_id = '%1'").arg(account.id));
        const SalesforceEmulator::Record written = m_crm->record(Account, account.id);
        QCOMPARE(written.fields.value(QStringLiteral("CSM_Health_Score__c")).toInt(), int(40 + id % 50));
        QCOMPARE(written.fields.value(QStringLiteral("CSM_Segment__c")).toString(),
                 valueOf(db(), QStringLiteral("SELECT segment FROM accounts WHERE id = %1").arg(id)));
        QCOMPARE(sync({}, nullptr, {}, writeBack).pushed, 0); // unchanged: nothing written
    }
};

QTEST_GUILESS_MAIN(TestSalesforceSync)
#include "tst_salesforcesync.moc"
