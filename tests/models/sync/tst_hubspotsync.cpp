// Syncing with HubSpot through the local emulator over real HTTP: a full pull, incremental pulls
// with changes and deletions, and every fault the issue names — 401, 429, 500, a timeout, a body
// that is not JSON, a malformed record, a record on two pages, a sync stopped half-way — each
// leaving the book consistent, with the cursor advanced only together with the data.
#include "hubspotemulator.h"

#include "notes/notesservice.h"
#include "store/bookreader.h"
#include "sqlprobe.h"
#include "store/database.h"
#include "sync/connectorregistry.h"
#include "store/transaction.h"
#include "sync/hubspotconnector.h"
#include "sync/localedits.h"
#include "sync/syncengine.h"
#include "sync/syncsql.h"
#include "sync/syncstore.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;
using csm::emulator::HubSpotEmulator;
using Fault = HubSpotEmulator::Fault;

class TestHubSpotSync final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HubSpotEmulator> m_crm;
    CrmConnection m_connection;
    int m_books = 0;

    QSqlDatabase db() const { return m_db->connection(); }

    /// One sync as the app runs it, with a fresh connector configured like a user would.
    SyncRun sync(const QString &token = {}, const std::atomic_bool *cancel = nullptr, const SyncEngine::Progress &progress = {},
                 const QVariantMap &extra = {})
    {
        HubSpotConnector connector;
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


    /// One sync into `book` through its connection, as sync() runs one.
    SyncRun syncBook(const QSqlDatabase &book, const CrmConnection &connection)
    {
        HubSpotConnector connector;
        if (auto error = connector.configure(connection.settings, m_crm->token())) {
            qWarning("%s", qPrintable(error->message));
            return {};
        }
        return SyncEngine(book, connection, connector).run();
    }

    /// What a book holds of the CRM, row by row, for comparing two books.
    static QStringList dump(const QSqlDatabase &book)
    {
        QStringList rows;
        for (const char *sql :
             { "SELECT crm_id, name, domain, owner, owner_crm_id, arr_cents, currency, renewal_date, contract_start, "
               "lifecycle_stage, crm_modified_at, archived_at IS NOT NULL FROM accounts ORDER BY crm_id",
               "SELECT c.crm_id, a.crm_id, c.name, c.email, c.title, c.crm_modified_at FROM contacts c "
               "JOIN accounts a ON a.id = c.account_id ORDER BY c.crm_id",
               "SELECT d.crm_id, a.crm_id, d.name, d.amount_cents, d.currency, d.stage, d.close_date, d.is_closed, d.is_won, "
               "d.crm_modified_at, d.archived_at IS NOT NULL FROM deals d JOIN accounts a ON a.id = d.account_id ORDER BY d.crm_id",
               "SELECT crm_id, name, email, archived FROM crm_owners ORDER BY crm_id",
               "SELECT a.crm_id, e.field, e.base_value, e.local_value, e.crm_value FROM sync_local_edits e "
               "JOIN accounts a ON a.id = e.account_id ORDER BY a.crm_id, e.field",
               "SELECT object_type, crm_id FROM sync_pending ORDER BY object_type, crm_id",
               "SELECT object_type, record_id, reason FROM sync_issues ORDER BY id",
               "SELECT created, updated, deleted, skipped, conflicts, status FROM sync_runs ORDER BY id" }) {
            QSqlQuery q(book);
            if (!q.exec(QString::fromLatin1(sql)))
                return { q.lastError().text() };
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
                rows << values.join(u'|');
            }
        }
        return rows;
    }

private slots:
    void init()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("sync-%1.sqlite").arg(++m_books)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(*db);
        m_crm = std::make_unique<HubSpotEmulator>();
        QVERIFY(m_crm->start() > 0);
        m_crm->seed(60, 2, 1, 4, 7);
        CrmConnection c;
        c.name = QStringLiteral("HubSpot test");
        c.connector = QStringLiteral("hubspot");
        c.settings = { { QStringLiteral("base_url"), m_crm->baseUrl() },
                       { QStringLiteral("page_size"), QStringLiteral("25") },
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

    void registryKnowsHubSpot()
    {
        QVERIFY(ConnectorRegistry::instance().keys().contains(QStringLiteral("hubspot")));
        auto connector = ConnectorRegistry::instance().find(QStringLiteral("hubspot"))->create();
        QCOMPARE(connector->displayName(), QStringLiteral("HubSpot"));
        QVERIFY(connector->configure({ { QStringLiteral("base_url"), QStringLiteral("ftp://x") } }, QStringLiteral("t")).has_value());
        QVERIFY(connector->configure({}, QString()).has_value()); // no token
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

        // Fields as HubSpot has them, owners by name, contacts on their company's account.
        const HubSpotEmulator::Record first = m_crm->records(QStringLiteral("companies")).first();
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT name, domain, arr_cents, renewal_date, lifecycle_stage, owner FROM accounts WHERE crm_id = '%1'").arg(first.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), first.properties.value(QStringLiteral("name")));
        QCOMPARE(q.value(1).toString(), first.properties.value(QStringLiteral("domain")));
        QCOMPARE(q.value(2).toLongLong(), first.properties.value(QStringLiteral("arr")).toLongLong() * 100);
        QCOMPARE(q.value(3).toString(),
                 QDateTime::fromMSecsSinceEpoch(first.properties.value(QStringLiteral("renewal_date")).toLongLong(), Qt::UTC).date().toString(Qt::ISODate));
        QCOMPARE(q.value(4).toString(), first.properties.value(QStringLiteral("cs_lifecycle_stage")));
        QVERIFY2(q.value(5).toString().contains(QStringLiteral("Owner")), qPrintable(q.value(5).toString()));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE a.crm_id = '%1'").arg(first.id)), 2);
        // Every account got a segment by the book's rules.
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts WHERE segment = 'high'")), 12);

        // The log, and a cursor per object.
        auto runs = SyncStore(db()).runs(m_connection.id);
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().created, run.created);
        QCOMPARE(runs->first().status, QStringLiteral("ok"));
        QVERIFY(runs->first().finishedAt.isValid());
        for (CrmObject o : { CrmObject::Companies, CrmObject::Contacts, CrmObject::Deals })
            QVERIFY(SyncStore(db()).cursor(m_connection.id, o)->contains(QStringLiteral("incremental")));

        // Nothing changed: the next sync changes nothing, and asks by modification date.
        const int before = m_crm->requests();
        const SyncRun again = sync();
        QCOMPARE(again.status, QStringLiteral("ok"));
        QCOMPARE(again.created + again.updated + again.deleted, 0);
        const QStringList log = m_crm->requestLog().mid(before);
        QVERIFY(log.contains(QStringLiteral("POST /crm/v3/objects/companies/search")));
        for (const QString &request : log)
            QVERIFY2(!request.startsWith(QStringLiteral("GET /crm/v3/objects/companies?")) || request.contains(QStringLiteral("archived=true")),
                     qPrintable(request));
    }

    void incrementalSyncTakesChangesAndDeletions()
    {
        QCOMPARE(sync().status, QStringLiteral("ok"));
        const QList<HubSpotEmulator::Record> companies = m_crm->records(QStringLiteral("companies"));
        const QString changed = companies.at(3).id;
        const QString gone = companies.at(5).id;
        // A note on the account that will be archived: the app's own data must survive.
        const qint64 goneId = valueOf(db(), QStringLiteral("SELECT id FROM accounts WHERE crm_id = '%1'").arg(gone)).toLongLong();
        Meeting note;
        note.accountId = goneId;
        note.heldOn = QDate(2026, 11, 1);
        note.title = QStringLiteral("Kept");
        QVERIFY(NotesService(db()).save(note, QStringLiteral("me")).ok());

        QVERIFY(m_crm->update(QStringLiteral("companies"), changed, { { QStringLiteral("arr"), QStringLiteral("123456.78") },
                                                                      { QStringLiteral("name"), QStringLiteral("Renamed Ltd") } }));
        QVERIFY(m_crm->archive(QStringLiteral("companies"), gone));
        const QString added = m_crm->add(QStringLiteral("companies"), { { QStringLiteral("name"), QStringLiteral("Newcomer GmbH") } });
        m_crm->add(QStringLiteral("contacts"), { { QStringLiteral("firstname"), QStringLiteral("Nia") }, { QStringLiteral("email"), QStringLiteral("nia@new.example") } }, { added });
        const QString contactGone = m_crm->records(QStringLiteral("contacts")).at(0).id;
        QVERIFY(m_crm->archive(QStringLiteral("contacts"), contactGone));

        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.created, 2);
        QCOMPARE(run.updated, 1);
        QCOMPARE(run.deleted, 2);
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT name || ' ' || arr_cents FROM accounts WHERE crm_id = '%1'").arg(changed)),
                 QStringLiteral("Renamed Ltd 12345678"));
        // Archived in the CRM: out of the book, kept in the file with its note.
        QVERIFY(!valueOf(db(), QStringLiteral("SELECT archived_at FROM accounts WHERE id = %1").arg(goneId)).isEmpty());
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM meetings WHERE account_id = %1").arg(goneId)), 1);
        auto rows = BookReader(db()).readAll();
        QVERIFY(rows.ok());
        QCOMPARE(int(rows->size()), 60); // 60 − 1 archived + 1 new
        QVERIFY(std::none_of(rows->cbegin(), rows->cend(), [&](const BookRow &r) { return r.crmId == gone; }));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts WHERE crm_id = '%1'").arg(contactGone)), 0);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE a.crm_id = '%1'").arg(added)), 1);
    }

    void aRefusedTokenStopsWithNothingHalfApplied()
    {
        const SyncRun run = sync(QStringLiteral("pat-wrong"));
        QCOMPARE(run.status, QStringLiteral("failed"));
        QVERIFY2(run.message.contains(QStringLiteral("Re-authenticate")), qPrintable(run.message));
        QVERIFY(run.message.contains(QStringLiteral("401")));
        QVERIFY(!run.message.contains(m_crm->token())); // the token never shows
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 0);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM sync_cursors WHERE cursor <> ''")), 0);
        auto logged = SyncStore(db()).run(run.id);
        QCOMPARE(logged->status, QStringLiteral("failed"));

        // A 401 half-way through the companies: the pages before it stay, with their cursor, and the
        // next sync goes on from there without a duplicate.
        m_crm->injectFault(Fault::Status, 1, 401, QStringLiteral("/crm/v3/objects/companies"));
        QCOMPARE(sync().status, QStringLiteral("failed"));
        // The fault hit the first companies request: the owners were stored, no company.
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 0);
        QCOMPARE(sync().status, QStringLiteral("ok"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 60);
    }

    void rateLimitsAreWaitedOutAndRetried()
    {
        m_crm->injectFault(Fault::RateLimit, 2, 429, QStringLiteral("/crm/v3/objects/companies"), 0);
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.retries, 2);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 60);
        QCOMPARE(SyncStore(db()).run(run.id)->retries, 2);

        // A limit that does not lift: the sync gives up after the retries, and says why.
        m_crm->injectFault(Fault::RateLimit, 10, 429, QStringLiteral("/crm/v3/objects/contacts"), 0);
        m_crm->update(QStringLiteral("contacts"), m_crm->records(QStringLiteral("contacts")).at(0).id, { { QStringLiteral("jobtitle"), QStringLiteral("CTO") } });
        const SyncRun limited = sync();
        QCOMPARE(limited.status, QStringLiteral("failed"));
        QVERIFY2(limited.message.contains(QStringLiteral("rate limit")), qPrintable(limited.message));
        QVERIFY(limited.message.contains(QStringLiteral("3 retries")));
    }

    void serverErrorsAndTimeoutsAreRetriedWithinBounds()
    {
        m_crm->injectFault(Fault::Status, 2, 500, QStringLiteral("/crm/v3/objects/companies"));
        m_crm->injectFault(Fault::Hang, 1, 0, QStringLiteral("/crm/v3/objects/deals"));
        QElapsedTimer timer;
        timer.start();
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.retries, 3);
        QVERIFY(timer.elapsed() >= 400); // the unanswered request waited for its timeout
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM deals")), 60);

        m_crm->update(QStringLiteral("companies"), m_crm->records(QStringLiteral("companies")).at(0).id, { { QStringLiteral("name"), QStringLiteral("Never Stored") } });
        m_crm->injectFault(Fault::Status, 10, 503, QStringLiteral("/crm/v3/objects/companies"));
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
        m_crm->update(QStringLiteral("companies"), m_crm->records(QStringLiteral("companies")).at(1).id, { { QStringLiteral("name"), QStringLiteral("Later") } });
        m_crm->injectFault(Fault::Garbage, 1, 200, QStringLiteral("/crm/v3/objects/companies"));
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
        const QString broken = m_crm->records(QStringLiteral("companies")).at(7).id;
        m_crm->setMalformed(QStringLiteral("companies"), broken);
        const QString nameless = m_crm->add(QStringLiteral("companies"), { { QStringLiteral("domain"), QStringLiteral("nameless.example") } });
        const QString badArr = m_crm->add(QStringLiteral("companies"), { { QStringLiteral("name"), QStringLiteral("Bad ARR") }, { QStringLiteral("arr"), QStringLiteral("12k") } });
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 60 - 1 + 0);
        // The broken company's contacts and deal have no account to hang off: reported too.
        QCOMPARE(run.skipped, 3 + 2 + 1);
        QCOMPARE(run.issues.size(), run.skipped); // listed for csmctl and the log view
        auto logged = SyncStore(db()).run(run.id);
        QHash<QString, QString> reasons;
        for (const CrmRecordIssue &i : logged->issues)
            reasons.insert(crmObjectKey(i.object) + u'/' + i.recordId, i.reason);
        QCOMPARE(reasons.value(QStringLiteral("companies/") + broken), QStringLiteral("its properties are not a JSON object"));
        QCOMPARE(reasons.value(QStringLiteral("companies/") + nameless), QStringLiteral("no name (a required field)"));
        QCOMPARE(reasons.value(QStringLiteral("companies/") + badArr), QStringLiteral("ARR '12k' is not a number"));
        QVERIFY(std::any_of(logged->issues.cbegin(), logged->issues.cend(), [&](const CrmRecordIssue &i) {
            return i.object == CrmObject::Contacts && i.reason.contains(broken);
        }));
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
        const SyncRun resumed = sync();
        QCOMPARE(resumed.status, QStringLiteral("ok"));
        QCOMPARE(resumed.created, 10 + 120 + 60);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 60);
        // It went on from the third page, not from the start.
        const QStringList log = m_crm->requestLog().mid(before);
        const auto firstCompanies = std::find_if(log.cbegin(), log.cend(), [](const QString &r) {
            return r.startsWith(QStringLiteral("GET /crm/v3/objects/companies?"));
        });
        QVERIFY(firstCompanies != log.cend());
        QVERIFY2(firstCompanies->contains(QStringLiteral("after=")), qPrintable(*firstCompanies));
    }

    void aPageTheBookRefusesLeavesTheBookAsTheLastCommitLeftIt()
    {
        // The book refuses the third page of contacts, as a full disk would.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON contacts WHEN (SELECT count(*) FROM contacts) >= 50 "
                                      "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
        const SyncRun failed = sync();
        QCOMPARE(failed.status, QStringLiteral("failed"));
        QVERIFY2(failed.message.contains(QStringLiteral("Could not store a page of contacts")) && failed.message.contains(QStringLiteral("disk is full")),
                 qPrintable(failed.message));
        QVERIFY(db().transaction()); // nothing was left open
        QVERIFY(db().rollback());
        // Companies were done and committed; of the contacts, only whole pages committed with their
        // cursor (the batch the refused page was in went back whole), and the log counts just those.
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 60);
        const int stored = countOf(db(), QStringLiteral("SELECT count(*) FROM contacts"));
        QVERIFY2(stored < 50 && stored % 25 == 0, qPrintable(QString::number(stored)));
        QCOMPARE(failed.created, 60 + stored);
        QCOMPARE(SyncStore(db()).run(failed.id)->created, 60 + stored);
        QCOMPARE(SyncStore(db()).cursor(m_connection.id, CrmObject::Contacts)->isEmpty(), stored == 0);

        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
        const SyncRun resumed = sync();
        QCOMPARE(resumed.status, QStringLiteral("ok"));
        QCOMPARE(resumed.created, 120 - stored + 60); // the rest of the contacts, and the deals
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts")), 120);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(DISTINCT crm_id) FROM contacts")), 120);
    }

    void editsDuringAPassAreNotSteppedOver()
    {
        QCOMPARE(sync().status, QStringLiteral("ok"));
        const QList<HubSpotEmulator::Record> companies = m_crm->records(QStringLiteral("companies"));
        for (const HubSpotEmulator::Record &r : companies)
            m_crm->update(QStringLiteral("companies"), r.id, { { QStringLiteral("domain"), r.id + QStringLiteral(".v2.example") } });
        // While the pass reads its first page, a record it has already read changes again and moves
        // to the end of the ordering: paging by position would now skip one record.
        bool edited = false;
        const SyncRun run = sync({}, nullptr, [&](CrmObject object, int) {
            if (object == CrmObject::Companies && !edited) {
                edited = true;
                m_crm->update(QStringLiteral("companies"), companies.first().id, { { QStringLiteral("name"), QStringLiteral("Edited Mid-Pass") } });
            }
        });
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts WHERE domain LIKE '%.v2.example'")), 60);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts WHERE name = 'Edited Mid-Pass'")), 1);
    }

    void moreChangesThanTheSearchCapAreAllRead()
    {
        m_crm = std::make_unique<HubSpotEmulator>();
        QVERIFY(m_crm->start() > 0);
        m_crm->seed(10'050, 0, 0, 1, 3);
        m_connection.settings.insert(QStringLiteral("base_url"), m_crm->baseUrl());
        const QVariantMap fast { { QStringLiteral("page_size"), QStringLiteral("100") } };
        QCOMPARE(sync({}, nullptr, {}, fast).status, QStringLiteral("ok"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts")), 10'050);
        for (const HubSpotEmulator::Record &r : m_crm->records(QStringLiteral("companies")))
            m_crm->update(QStringLiteral("companies"), r.id, { { QStringLiteral("domain"), r.id + QStringLiteral(".changed.example") } });
        const int before = m_crm->requests();
        const SyncRun run = sync({}, nullptr, {}, fast);
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.updated, 10'050);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM accounts WHERE domain LIKE '%.changed.example'")), 10'050);
        // More than 10,000 changes: read by modification time, never paging past the cap.
        const QStringList log = m_crm->requestLog().mid(before);
        QVERIFY(std::count(log.cbegin(), log.cend(), QStringLiteral("POST /crm/v3/objects/companies/search")) >= 101);
    }

    void writesHealthBackToCompanyProperties()
    {
        HubSpotConnector connector;
        QVERIFY(!connector.configure(m_connection.settings, m_crm->token()));
        const QList<HubSpotEmulator::Record> companies = m_crm->records(QStringLiteral("companies"));
        QList<CrmFieldUpdate> updates;
        for (int i = 0; i < 3; ++i)
            updates << CrmFieldUpdate { companies.at(i).id, { { QStringLiteral("health_score"), QStringLiteral("72.5") },
                                                               { QStringLiteral("health_band"), QStringLiteral("amber") },
                                                               { QStringLiteral("segment"), QStringLiteral("high") } } };
        QVERIFY(!connector.push(CrmObject::Companies, updates));
        for (int i = 0; i < 3; ++i) {
            const HubSpotEmulator::Record r = m_crm->record(QStringLiteral("companies"), companies.at(i).id);
            QCOMPARE(r.properties.value(QStringLiteral("csm_health_score")), QStringLiteral("72.5"));
            QCOMPARE(r.properties.value(QStringLiteral("csm_health_band")), QStringLiteral("amber"));
            QCOMPARE(r.properties.value(QStringLiteral("csm_segment")), QStringLiteral("high"));
        }
        // The properties were created once, then reused.
        const QStringList log = m_crm->requestLog();
        QCOMPARE(std::count(log.cbegin(), log.cend(), QStringLiteral("POST /crm/v3/properties/companies")), 3);
    }

    void anEditedCrmFieldIsWrittenBackByTheNextSync()
    {
        QCOMPARE(sync().status, QStringLiteral("ok"));
        const HubSpotEmulator::Record company = m_crm->records(QStringLiteral("companies")).at(4);
        const qint64 account = countOf(db(), QStringLiteral("SELECT id FROM accounts WHERE crm_id = '%1'").arg(company.id));
        {
            Transaction t(db());
            QVERIFY(LocalEditStore(db()).edit(account, { { QStringLiteral("arr_cents"), 123'456'00 },
                                                         { QStringLiteral("renewal_date"), QStringLiteral("2027-03-31") } }));
            QVERIFY(t.commit());
        }
        QCOMPARE(countOf(db(), QStringLiteral("SELECT arr_cents FROM accounts WHERE id = %1").arg(account)), 123'456'00);
        QCOMPARE(LocalEditStore(db()).list()->size(), 2);

        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.pushed, 1); // one account, both fields in one update
        const HubSpotEmulator::Record written = m_crm->record(QStringLiteral("companies"), company.id);
        QCOMPARE(written.properties.value(QStringLiteral("arr")), QStringLiteral("123456.00"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(written.properties.value(QStringLiteral("renewal_date")).toLongLong(), Qt::UTC).date(),
                 QDate(2027, 3, 31));
        QVERIFY(LocalEditStore(db()).list()->isEmpty());
        // The CRM's echo of the write changes nothing here.
        QCOMPARE(sync().status, QStringLiteral("ok"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT arr_cents FROM accounts WHERE id = %1").arg(account)), 123'456'00);
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT renewal_date FROM accounts WHERE id = %1").arg(account)), QStringLiteral("2027-03-31"));
    }

    void aRecordTheCrmRefusesWaitsAndTheOthersAreWritten()
    {
        QCOMPARE(sync().status, QStringLiteral("ok"));
        const QList<HubSpotEmulator::Record> companies = m_crm->records(QStringLiteral("companies"));
        const qint64 kept = countOf(db(), QStringLiteral("SELECT id FROM accounts WHERE crm_id = '%1'").arg(companies.at(2).id));
        const qint64 gone = countOf(db(), QStringLiteral("SELECT id FROM accounts WHERE crm_id = '%1'").arg(companies.at(3).id));
        // A record the CRM no longer has, as far as the book knows it.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE accounts SET crm_id = '99999999' WHERE id = %1").arg(gone)));
        {
            Transaction t(db());
            QVERIFY(LocalEditStore(db()).edit(kept, { { QStringLiteral("domain"), QStringLiteral("kept.example") } }));
            QVERIFY(LocalEditStore(db()).edit(gone, { { QStringLiteral("domain"), QStringLiteral("gone.example") } }));
            QVERIFY(t.commit());
        }
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.pushed, 1);
        QCOMPARE(m_crm->record(QStringLiteral("companies"), companies.at(2).id).properties.value(QStringLiteral("domain")),
                 QStringLiteral("kept.example"));
        // The refused one is logged with its id and waits; the written one is done.
        QVERIFY(std::any_of(run.issues.cbegin(), run.issues.cend(), [](const CrmRecordIssue &i) {
            return i.recordId == u"99999999" && i.reason.startsWith(QStringLiteral("HubSpot did not take it"));
        }));
        const auto edits = LocalEditStore(db()).list();
        QCOMPARE(edits->size(), 1);
        QCOMPARE(edits->first().accountId, gone);
    }

    void anEditTheCrmChangedTooIsAConflictUntilSomeoneChooses()
    {
        QCOMPARE(sync().status, QStringLiteral("ok"));
        const QList<HubSpotEmulator::Record> companies = m_crm->records(QStringLiteral("companies"));
        const qint64 first = countOf(db(), QStringLiteral("SELECT id FROM accounts WHERE crm_id = '%1'").arg(companies.at(1).id));
        const qint64 second = countOf(db(), QStringLiteral("SELECT id FROM accounts WHERE crm_id = '%1'").arg(companies.at(2).id));
        // Three different stages: the CRM's before, the one set here, the CRM's after.
        const QString oldStage = companies.at(2).properties.value(QStringLiteral("cs_lifecycle_stage"));
        QStringList stages { QStringLiteral("onboarding"), QStringLiteral("adoption"), QStringLiteral("renewal") };
        stages.removeAll(oldStage);
        const QString localStage = stages.at(0);
        const QString crmStage = stages.at(1);
        {
            Transaction t(db());
            QVERIFY(LocalEditStore(db()).edit(first, { { QStringLiteral("name"), QStringLiteral("Named here") } }));
            QVERIFY(LocalEditStore(db()).edit(second, { { QStringLiteral("lifecycle_stage"), localStage } }));
            QVERIFY(t.commit());
        }
        m_crm->update(QStringLiteral("companies"), companies.at(1).id, { { QStringLiteral("name"), QStringLiteral("Named in the CRM") } });
        m_crm->update(QStringLiteral("companies"), companies.at(2).id, { { QStringLiteral("cs_lifecycle_stage"), crmStage } });

        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.conflicts, 2);
        QCOMPARE(run.pushed, 0); // nothing in conflict is written
        QCOMPARE(m_crm->record(QStringLiteral("companies"), companies.at(1).id).properties.value(QStringLiteral("name")), QStringLiteral("Named in the CRM"));
        // The local values stay until someone chooses; both values are listed.
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT name FROM accounts WHERE id = %1").arg(first)), QStringLiteral("Named here"));
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT lifecycle_stage FROM accounts WHERE id = %1").arg(second)), localStage);
        auto edits = LocalEditStore(db()).list();
        QVERIFY(edits.ok());
        QCOMPARE(edits->size(), 2);
        QCOMPARE(*LocalEditStore(db()).conflictCount(), 2);
        const auto byAccount = [&](qint64 account) {
            return *std::find_if(edits->cbegin(), edits->cend(), [&](const LocalEdit &e) { return e.accountId == account; });
        };
        QCOMPARE(byAccount(first).localValue, QStringLiteral("Named here"));
        QCOMPARE(byAccount(first).crmValue.value_or(QString()), QStringLiteral("Named in the CRM"));
        QCOMPARE(byAccount(second).crmValue.value_or(QString()), crmStage);
        // Read again unsettled (another field changed in the CRM): not a new conflict.
        m_crm->update(QStringLiteral("companies"), companies.at(1).id, { { QStringLiteral("domain"), QStringLiteral("other.example") } });
        const SyncRun reread = sync();
        QCOMPARE(reread.status, QStringLiteral("ok"));
        QCOMPARE(reread.conflicts, 0);
        QCOMPARE(*LocalEditStore(db()).conflictCount(), 2);
        edits = LocalEditStore(db()).list();

        // Take the CRM's name; keep the local stage, which the next sync writes to the CRM.
        QVERIFY(LocalEditStore(db()).takeCrm(byAccount(first).id));
        QVERIFY(LocalEditStore(db()).keepLocal(byAccount(second).id));
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT name FROM accounts WHERE id = %1").arg(first)), QStringLiteral("Named in the CRM"));
        const SyncRun after = sync();
        QCOMPARE(after.status, QStringLiteral("ok"));
        QCOMPARE(after.conflicts, 0);
        QCOMPARE(after.pushed, 1);
        QCOMPARE(m_crm->record(QStringLiteral("companies"), companies.at(2).id).properties.value(QStringLiteral("cs_lifecycle_stage")),
                 localStage);
        QVERIFY(LocalEditStore(db()).list()->isEmpty());
    }

    void healthIsWrittenBackOnlyWhereItChanged()
    {
        QCOMPARE(sync().status, QStringLiteral("ok"));
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO health_snapshots (account_id, day, score, band) "
                                      "SELECT id, '2026-11-30', 40 + (id % 50), CASE WHEN id % 50 < 10 THEN 'red' ELSE 'green' END FROM accounts")));
        QCOMPARE(sync({}, nullptr, {}, { { QStringLiteral("write_back_health"), QStringLiteral("true") } }).pushed, 60);
        const HubSpotEmulator::Record company = m_crm->records(QStringLiteral("companies")).at(9);
        const qint64 account = countOf(db(), QStringLiteral("SELECT id FROM accounts WHERE crm_id = '%1'").arg(company.id));
        const auto written = m_crm->record(QStringLiteral("companies"), company.id).properties;
        QCOMPARE(written.value(QStringLiteral("csm_health_score")), QString::number(40 + account % 50));
        QCOMPARE(written.value(QStringLiteral("csm_segment")), valueOf(db(), QStringLiteral("SELECT segment FROM accounts WHERE id = %1").arg(account)));

        // Unchanged: nothing written. One score moves: that one is written.
        QCOMPARE(sync({}, nullptr, {}, { { QStringLiteral("write_back_health"), QStringLiteral("true") } }).pushed, 0);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO health_snapshots (account_id, day, score, band) VALUES (%1, '2026-12-01', 12, 'red')").arg(account)));
        QCOMPARE(sync({}, nullptr, {}, { { QStringLiteral("write_back_health"), QStringLiteral("true") } }).pushed, 1);
        QCOMPARE(m_crm->record(QStringLiteral("companies"), company.id).properties.value(QStringLiteral("csm_health_band")), QStringLiteral("red"));
        // Without the setting, nothing is written.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO health_snapshots (account_id, day, score, band) VALUES (%1, '2026-12-02', 90, 'green')").arg(account)));
        QCOMPARE(sync().pushed, 0);
    }

    void aChangeStampedWithTheStoredTimeIsNotSkipped()
    {
        // CRMs that stamp to the second can give two versions one time: values decide.
        QCOMPARE(sync().status, QStringLiteral("ok"));
        const QString id = m_crm->records(QStringLiteral("companies")).at(8).id;
        m_crm->update(QStringLiteral("companies"), id, { { QStringLiteral("name"), QStringLiteral("Second edit, same second") } });
        const qint64 stamp = m_crm->record(QStringLiteral("companies"), id).modifiedMs;
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE accounts SET crm_modified_at = '%1' WHERE crm_id = '%2'")
                           .arg(QDateTime::fromMSecsSinceEpoch(stamp, Qt::UTC).toString(Qt::ISODateWithMs), id)));
        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT name FROM accounts WHERE crm_id = '%1'").arg(id)), QStringLiteral("Second edit, same second"));
        // Seen again with the same time and values: not counted as a change.
        QCOMPARE(sync().updated, 0);
    }

    void contactsWaitForTheirCompanyAcrossSyncs()
    {
        // A company that cannot be read yet: its contacts and deal arrive first and must not be lost
        // when the cursor moves past them.
        const QString company = m_crm->records(QStringLiteral("companies")).at(11).id;
        m_crm->setMalformed(QStringLiteral("companies"), company);
        const SyncRun first = sync();
        QCOMPARE(first.status, QStringLiteral("ok"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM sync_pending")), 3);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts")), 118);

        m_crm->setMalformed(QStringLiteral("companies"), company, false);
        m_crm->update(QStringLiteral("companies"), company, { { QStringLiteral("domain"), QStringLiteral("fixed.example") } });
        // One of the waiting contacts changes too: the newer version wins over the one that waited.
        QString contact;
        for (const HubSpotEmulator::Record &r : m_crm->records(QStringLiteral("contacts")))
            if (r.companyIds.contains(company))
                contact = r.id;
        QVERIFY(!contact.isEmpty());
        m_crm->update(QStringLiteral("contacts"), contact, { { QStringLiteral("email"), QStringLiteral("newer@fixed.example") } });
        const SyncRun second = sync();
        QCOMPARE(second.status, QStringLiteral("ok"));
        QCOMPARE(second.created, 1 + 2 + 1);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts")), 120);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM deals")), 60);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM sync_pending")), 0);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE a.crm_id = '%1'").arg(company)), 2);
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT email FROM contacts WHERE crm_id = '%1'").arg(contact)), QStringLiteral("newer@fixed.example"));
    }

    void propertiesOfEveryJsonTypeAreReadAsHubSpotMeansThem()
    {
        // Pages are read without a QJsonDocument: every kind of value a property can hold is read
        // as HubSpot means it — numbers written out in full (not "7001.000000"), null, missing, a
        // boolean or a list empty.
        const QList<HubSpotEmulator::Record> companies = m_crm->records(QStringLiteral("companies"));
        const QList<HubSpotEmulator::Record> contacts = m_crm->records(QStringLiteral("contacts"));
        const qint64 renewal = QDateTime(QDate(2027, 3, 4), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        HubSpotEmulator::Patch numbers;
        numbers.properties = { { QStringLiteral("arr"), 125000.5 },
                               { QStringLiteral("renewal_date"), double(renewal) },
                               { QStringLiteral("hubspot_owner_id"), 7001 } };
        m_crm->setPatch(QStringLiteral("companies"), companies.at(0).id, numbers);
        HubSpotEmulator::Patch empty;
        empty.properties = { { QStringLiteral("domain"), QJsonValue(QJsonValue::Null) },
                             { QStringLiteral("currency"), QJsonValue(QJsonValue::Null) },
                             { QStringLiteral("cs_lifecycle_stage"), true } };
        empty.dropProperties = { QStringLiteral("arr"), QStringLiteral("renewal_date"), QStringLiteral("hs_lastmodifieddate") };
        m_crm->setPatch(QStringLiteral("companies"), companies.at(1).id, empty);
        HubSpotEmulator::Patch text;
        const QString name = QStringLiteral("Caf\u00e9 \"Nord\"\\Sud ") + QString::fromUcs4(U"\U0001F600");
        text.properties = { { QStringLiteral("name"), QString(name + QStringLiteral(" \t")) },
                            { QStringLiteral("domain"), QJsonArray { QStringLiteral("a.example") } },
                            { QStringLiteral("contract_start_date"), QStringLiteral("2026-02-03T10:00:00Z") } };
        m_crm->setPatch(QStringLiteral("companies"), companies.at(2).id, text);
        HubSpotEmulator::Patch numericId;
        numericId.fields = { { QStringLiteral("id"), companies.at(3).id.toLongLong() } };
        m_crm->setPatch(QStringLiteral("companies"), companies.at(3).id, numericId);

        HubSpotEmulator::Patch emailOnly;
        emailOnly.properties = { { QStringLiteral("firstname"), QJsonValue(QJsonValue::Null) } };
        emailOnly.dropProperties = { QStringLiteral("lastname") };
        m_crm->setPatch(QStringLiteral("contacts"), contacts.at(0).id, emailOnly);
        HubSpotEmulator::Patch numericCompany;
        numericCompany.fields = { { QStringLiteral("associations"),
                                    QJsonObject { { QStringLiteral("companies"),
                                                    QJsonObject { { QStringLiteral("results"),
                                                                    QJsonArray { QJsonObject { { QStringLiteral("id"), companies.at(9).id.toLongLong() } } } } } } } } };
        m_crm->setPatch(QStringLiteral("contacts"), contacts.at(1).id, numericCompany);
        HubSpotEmulator::Patch noId;
        noId.dropFields = { QStringLiteral("id") };
        m_crm->setPatch(QStringLiteral("contacts"), contacts.at(2).id, noId);
        HubSpotEmulator::Patch listed;
        listed.fields = { { QStringLiteral("properties"), QJsonArray { 1, 2 } } };
        m_crm->setPatch(QStringLiteral("contacts"), contacts.at(3).id, listed);

        const SyncRun run = sync();
        QCOMPARE(run.status, QStringLiteral("ok"));
        const auto account = [&](const QString &crmId, const char *columns) {
            return valueOf(db(), QStringLiteral("SELECT %1 FROM accounts WHERE crm_id = '%2'").arg(QLatin1String(columns), crmId));
        };
        QCOMPARE(account(companies.at(0).id, "arr_cents || ' ' || renewal_date || ' ' || owner_crm_id || ' ' || owner"),
                 QStringLiteral("12500050 2027-03-04 7001 Blue Owner1"));
        QCOMPARE(account(companies.at(1).id, "quote(domain) || ' ' || currency || ' ' || arr_cents || ' ' || quote(renewal_date) || ' ' || lifecycle_stage"),
                 QStringLiteral("'' USD 0 NULL onboarding"));
        // No modification date among the properties: the record's own.
        QCOMPARE(account(companies.at(1).id, "crm_modified_at"),
                 QDateTime::fromMSecsSinceEpoch(companies.at(1).modifiedMs, Qt::UTC).toString(Qt::ISODateWithMs));
        QCOMPARE(account(companies.at(2).id, "name"), name);
        QCOMPARE(account(companies.at(2).id, "quote(domain) || ' ' || contract_start"), QStringLiteral("'' 2026-02-03"));
        QCOMPARE(account(companies.at(3).id, "count(*)"), QStringLiteral("1"));

        QCOMPARE(valueOf(db(), QStringLiteral("SELECT name FROM contacts WHERE crm_id = '%1'").arg(contacts.at(0).id)),
                 contacts.at(0).properties.value(QStringLiteral("email")));
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT a.crm_id FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE c.crm_id = '%1'")
                                   .arg(contacts.at(1).id)),
                 companies.at(9).id);
        // Unreadable records: reported with their object, their id when there is one, and why.
        QCOMPARE(run.skipped, 2);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM contacts")), 118);
        const auto logged = SyncStore(db()).run(run.id);
        QVERIFY(logged.ok());
        QCOMPARE(logged->issues.size(), 2);
        QCOMPARE(logged->issues.at(0).object, CrmObject::Contacts);
        QCOMPARE(logged->issues.at(0).recordId, QString());
        QCOMPARE(logged->issues.at(0).reason, QStringLiteral("a record without an id"));
        QCOMPARE(logged->issues.at(1).object, CrmObject::Contacts);
        QCOMPARE(logged->issues.at(1).recordId, contacts.at(3).id);
        QCOMPARE(logged->issues.at(1).reason, QStringLiteral("its properties are not a JSON object"));
    }

    void theBookIsTheSameThroughQtSql()
    {
        // Here the sync writes through the sqlite3 handle under Qt's driver (every other test ran
        // that way); where the driver has its own SQLite it goes through QSqlQuery. Both make the
        // same book, through a first sync and a second with changes, deletions and an edit here.
        QVERIFY(SyncConnection(db()).handle() != nullptr);
        auto opened = Database::open(m_dir.filePath(QStringLiteral("qtsql-%1.sqlite").arg(m_books)));
        QVERIFY(opened.ok());
        std::unique_ptr<Database> other = std::move(*opened);
        auto savedOther = SyncStore(other->connection()).saveConnection(m_connection);
        QVERIFY(savedOther.ok());
        const CrmConnection otherConnection = *savedOther;
        const auto throughQtSql = [&] {
            SyncConnection::setDirectAllowed(false);
            const auto restore = qScopeGuard([] { SyncConnection::setDirectAllowed(true); });
            QVERIFY(SyncConnection(other->connection()).handle() == nullptr);
            QCOMPARE(syncBook(other->connection(), otherConnection).status, QStringLiteral("ok"));
        };
        m_crm->setMalformed(QStringLiteral("contacts"), m_crm->records(QStringLiteral("contacts")).at(5).id);
        QCOMPARE(sync().status, QStringLiteral("ok"));
        throughQtSql();
        QCOMPARE(dump(other->connection()), dump(db()));

        const QList<HubSpotEmulator::Record> companies = m_crm->records(QStringLiteral("companies"));
        for (const QSqlDatabase &book : { db(), other->connection() }) {
            const qint64 account = countOf(book, QStringLiteral("SELECT id FROM accounts WHERE crm_id = '%1'").arg(companies.at(4).id));
            Transaction t(book);
            QVERIFY(LocalEditStore(book).edit(account, { { QStringLiteral("name"), QStringLiteral("Edited Here") } }));
            QVERIFY(t.commit());
        }
        QVERIFY(m_crm->update(QStringLiteral("companies"), companies.at(4).id, { { QStringLiteral("name"), QStringLiteral("Edited There") } }));
        QVERIFY(m_crm->update(QStringLiteral("companies"), companies.at(6).id, { { QStringLiteral("arr"), QStringLiteral("777.5") },
                                                                                   { QStringLiteral("renewal_date"), QString() } }));
        QVERIFY(m_crm->archive(QStringLiteral("companies"), companies.at(7).id));
        QVERIFY(m_crm->archive(QStringLiteral("contacts"), m_crm->records(QStringLiteral("contacts")).at(0).id));
        QVERIFY(m_crm->archive(QStringLiteral("deals"), m_crm->records(QStringLiteral("deals")).at(0).id));
        const QString added = m_crm->add(QStringLiteral("companies"), { { QStringLiteral("name"), QStringLiteral("Newcomer") } });
        m_crm->add(QStringLiteral("contacts"), { { QStringLiteral("email"), QStringLiteral("new@newcomer.example") } }, { added });
        m_crm->add(QStringLiteral("contacts"), { { QStringLiteral("email"), QStringLiteral("early@nowhere.example") } }, { QStringLiteral("10009999") });
        QCOMPARE(sync().status, QStringLiteral("ok"));
        throughQtSql();
        const QStringList direct = dump(db());
        QCOMPARE(dump(other->connection()), direct);
        QVERIFY(direct.contains(QStringLiteral("%1|name|%2|Edited Here|Edited There").arg(companies.at(4).id, companies.at(4).properties.value(QStringLiteral("name")))));
    }

    void forgettingTheCursorsReadsEverythingAgainAndBooksKeepTheirOwnIds()
    {
        QCOMPARE(sync().status, QStringLiteral("ok"));
        QVERIFY(SyncStore(db()).resetCursors(m_connection.id).ok());
        const int before = m_crm->requests();
        const SyncRun again = sync();
        QCOMPARE(again.status, QStringLiteral("ok"));
        QCOMPARE(again.created, 0); // everything again, stored once
        const QStringList log = m_crm->requestLog().mid(before);
        QVERIFY(std::any_of(log.cbegin(), log.cend(), [](const QString &r) {
            return r.startsWith(QStringLiteral("GET /crm/v3/objects/companies?")) && r.contains(QStringLiteral("archived=false"));
        }));
        // A book's id is made once and kept; another book has its own.
        const QString id = *SyncStore(db()).bookId();
        QCOMPARE(*SyncStore(db()).bookId(), id);
        auto other = Database::open(m_dir.filePath(QStringLiteral("other-%1.sqlite").arg(m_books)));
        QVERIFY(other.ok());
        QVERIFY(*SyncStore((*other)->connection()).bookId() != id);
    }
};

QTEST_GUILESS_MAIN(TestHubSpotSync)
#include "tst_hubspotsync.moc"
