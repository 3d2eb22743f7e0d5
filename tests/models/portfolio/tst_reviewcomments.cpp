// A team lead's review comments: kept in the lead's own store, carried to the CSM in a file, imported
// once into the CSM's book (all or nothing for a bad file), and shown on the account's timeline.
#include "itemmodels/timelinemodel.h"
#include "playbooks/playbookrepository.h"
#include "playbooks/playbookservice.h"
#include "portfolio/reviewcomments.h"
#include "store/accountrepository.h"
#include "store/database.h"
#include "sync/syncstore.h"
#include "timeline/timeline.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace csm;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 11, 25);
const QDateTime Now(Today, QTime(9, 30), Qt::UTC);
const QDateTime Later(Today.addDays(2), QTime(16, 0), Qt::UTC);

qint64 addAccount(const QSqlDatabase &db, const QString &crmId, const QString &name)
{
    Account a;
    a.crmId = crmId;
    a.name = name;
    a.owner = u"Dana"_s;
    const Status stored = AccountRepository(db).insert(a);
    if (!stored)
        qWarning("%s", qPrintable(stored.errorMessage()));
    return a.id;
}

int commentCount(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM review_comments"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

} // namespace

class TestReviewComments final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_lead; // the team lead's own book: where the comments are written
    std::unique_ptr<Database> m_csm; // the CSM's book, a separate file
    QString m_csmBookId;
    qint64 m_acme = 0;
    qint64 m_beta = 0;
    PlaybookRun m_run;
    int m_books = 0;

    QSqlDatabase lead() const { return m_lead->connection(); }
    QSqlDatabase csm() const { return m_csm->connection(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    ReviewComment comment(
        const QString &crmId, const QString &body, qint64 runId = 0, const QString &runName = {}) const
    {
        ReviewComment c;
        c.bookId = m_csmBookId;
        c.csm = u"Dana"_s;
        c.accountCrmId = crmId;
        c.accountName = crmId == u"A-1" ? u"Acme"_s : u"Beta"_s;
        c.runId = runId;
        c.runName = runName;
        c.author = u"Lee"_s;
        c.body = body;
        return c;
    }

    /// The lead comments on Acme, on Acme's playbook run and on Beta, and exports them for Dana.
    QString exportThree()
    {
        const ReviewCommentStore store(lead(), Now);
        [&] {
            QVERIFY(store.add(comment(u"A-1"_s, u"Renewal risk: talk to the sponsor."_s)).ok());
            QVERIFY(store.add(comment(u"A-1"_s, u"Step 2 is late."_s, m_run.id, m_run.playbookName)).ok());
            QVERIFY(store.add(comment(u"A-2"_s, u"Nice expansion!"_s)).ok());
        }();
        const QString path = file(u"dana-%1.json"_s.arg(m_books));
        const auto written = store.exportFor(m_csmBookId, u"Dana"_s, path);
        if (!written || *written != 3)
            qWarning("export: %s", qPrintable(written.errorMessage()));
        return path;
    }

private slots:
    void init()
    {
        ++m_books;
        auto lead = Database::open(file(u"lead-%1.sqlite"_s.arg(m_books)));
        QVERIFY2(lead.ok(), qPrintable(lead.errorMessage()));
        m_lead = std::move(*lead);
        auto csm = Database::open(file(u"csm-%1.sqlite"_s.arg(m_books)));
        QVERIFY2(csm.ok(), qPrintable(csm.errorMessage()));
        m_csm = std::move(*csm);
        m_acme = addAccount(this->csm(), u"A-1"_s, u"Acme"_s);
        m_beta = addAccount(this->csm(), u"A-2"_s, u"Beta"_s);
        QVERIFY(m_acme > 0 && m_beta > 0);
        auto bookId = SyncStore(this->csm()).bookId();
        QVERIFY(bookId.ok());
        m_csmBookId = *bookId;
        const auto playbook = PlaybookRepository(this->csm()).playbookByKey(u"red_health_outreach"_s);
        QVERIFY(playbook.ok());
        auto run = PlaybookService(this->csm(), Today, Now).start(playbook->id, m_acme, u"Dana"_s);
        QVERIFY2(run.ok(), qPrintable(run.errorMessage()));
        m_run = *run;
    }

    void cleanup()
    {
        m_lead.reset();
        m_csm.reset();
    }

    void addsListsAndRemovesComments()
    {
        const ReviewCommentStore store(lead(), Now);
        auto first = store.add(comment(u"A-1"_s, u"  Renewal risk.\nTalk to the sponsor.  "_s));
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QVERIFY(first->id > 0);
        QVERIFY(!QUuid::fromString(first->uid).isNull());
        QCOMPARE(first->createdAt, Now);
        QCOMPARE(first->body, u"Renewal risk.\nTalk to the sponsor."_s);
        QVERIFY(!first->importedAt.isValid());
        auto second = ReviewCommentStore(lead(), Later)
                          .add(comment(u"A-1"_s, u"Step 2 is late."_s, m_run.id, m_run.playbookName));
        QVERIFY(second.ok());
        QVERIFY(second->uid != first->uid);
        QVERIFY(ReviewCommentStore(lead(), Now).add(comment(u"A-2"_s, u"Nice."_s)).ok());

        auto acme = store.forAccount(u"A-1"_s);
        QVERIFY(acme.ok());
        QCOMPARE(acme->size(), 2);
        QCOMPARE(acme->at(0).uid, first->uid); // oldest first
        QCOMPARE(acme->at(0).createdAt, Now);
        QCOMPARE(acme->at(0).author, u"Lee"_s);
        QCOMPARE(acme->at(0).accountName, u"Acme"_s);
        QVERIFY(!acme->at(0).isAboutRun());
        QCOMPARE(acme->at(1).runId, m_run.id);
        QCOMPARE(acme->at(1).runName, m_run.playbookName);
        QCOMPARE(acme->at(1).createdAt, Later);

        QCOMPARE(store.forBook(m_csmBookId, u"Dana"_s)->size(), 3);
        QCOMPARE(store.forBook({}, u"Dana"_s)->size(), 3);
        QCOMPARE(store.forBook(u"another-book"_s, u"Dana"_s)->size(), 0);
        QCOMPARE(store.forBook(m_csmBookId, u"Sam"_s)->size(), 0);

        QVERIFY(store.remove(first->id).ok());
        QCOMPARE(store.forAccount(u"A-1"_s)->size(), 1);
        const Status again = store.remove(first->id);
        QVERIFY(!again.ok());
        QCOMPARE(commentCount(lead()), 2);
        QCOMPARE(commentCount(csm()), 0); // the lead's comments never touch the CSM's book
    }

    void refusesIncompleteComments_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("no body") << u"A-1"_s << u"Lee"_s << QString() << u"text"_s;
        QTest::newRow("blank body") << u"A-1"_s << u"Lee"_s << u" \n\t "_s << u"text"_s;
        QTest::newRow("no author") << u"A-1"_s << u"  "_s << u"Hi"_s << u"author"_s;
        QTest::newRow("no account") << QString() << u"Lee"_s << u"Hi"_s << u"CRM id"_s;
    }

    void refusesIncompleteComments()
    {
        QFETCH(QString, account);
        QFETCH(QString, author);
        QFETCH(QString, body);
        QFETCH(QString, complaint);
        ReviewComment c = comment(account, body);
        c.author = author;
        const auto added = ReviewCommentStore(lead(), Now).add(c);
        QVERIFY(!added.ok());
        QVERIFY2(added.errorMessage().contains(complaint), qPrintable(added.errorMessage()));
        QCOMPARE(commentCount(lead()), 0);
    }

    void exportsTheLeadsCommentsOnOneBook()
    {
        // Not exported: a comment on another CSM's book, and one this store imported from elsewhere.
        ReviewComment other = comment(u"A-1"_s, u"For Sam."_s);
        other.csm = u"Sam"_s;
        other.bookId = u"sams-book"_s;
        QVERIFY(ReviewCommentStore(lead(), Now).add(other).ok());
        QSqlQuery q(lead());
        QVERIFY(q.exec(
            u"INSERT INTO review_comments (uid, book_id, csm, account_crm_id, author, created_at, body, "
            u"imported_at) "
            "VALUES ('from-my-lead', '%1', 'Dana', 'A-1', 'Director', '2026-11-01T00:00:00.000Z', 'Hm.', "
            "'2026-11-02T00:00:00.000Z')"_s.arg(m_csmBookId)));

        const QString path = exportThree();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root[u"format"_s].toString(), u"csm-review-comments"_s);
        QCOMPARE(root[u"version"_s].toInt(), 1);
        QCOMPARE(root[u"csm"_s].toString(), u"Dana"_s);
        QCOMPARE(root[u"book_id"_s].toString(), m_csmBookId);
        QCOMPARE(root[u"author"_s].toString(), u"Lee"_s);
        QCOMPARE(root[u"exported_at"_s].toString(), u"2026-11-25T09:30:00.000Z"_s);
        const QJsonArray comments = root[u"comments"_s].toArray();
        QCOMPARE(comments.size(), 3);
        for (const QJsonValue &value : comments) {
            const QJsonObject c = value.toObject();
            for (const QString &key : { u"uid"_s, u"account_crm_id"_s, u"account_name"_s, u"run_id"_s,
                     u"run_name"_s, u"author"_s, u"created_at"_s, u"body"_s })
                QVERIFY2(c.contains(key), qPrintable(key));
            QCOMPARE(c.size(), 8);
        }
        const auto onRun = std::find_if(comments.begin(), comments.end(),
            [](const QJsonValue &v) { return !v.toObject()[u"run_id"_s].isNull(); });
        QVERIFY(onRun != comments.end());
        QCOMPARE(onRun->toObject()[u"run_id"_s].toInteger(), m_run.id);
        QCOMPARE(onRun->toObject()[u"run_name"_s].toString(), m_run.playbookName);
    }

    void exportSaysWhyItCannotWrite()
    {
        QVERIFY(ReviewCommentStore(lead(), Now).add(comment(u"A-1"_s, u"Hi"_s)).ok());
        const QString path = file(u"missing/folder/comments.json"_s);
        const auto written = ReviewCommentStore(lead(), Now).exportFor(m_csmBookId, u"Dana"_s, path);
        QVERIFY(!written.ok());
        QVERIFY2(written.errorMessage().startsWith(u"Cannot write "_s + path + u": "_s),
            qPrintable(written.errorMessage()));
        QVERIFY(!QFile::exists(path));
    }

    void importsIntoTheCsmsBookOnce()
    {
        const QString path = exportThree();
        const auto imported = ReviewCommentStore(csm(), Later).importFile(path);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QCOMPARE(imported->added, 3);
        QCOMPARE(imported->alreadyThere, 0);
        QCOMPARE(imported->skippedNoAccount, 0);
        QVERIFY(imported->skippedCrmIds.isEmpty());
        QCOMPARE(imported->author, u"Lee"_s);
        QCOMPARE(imported->csm, u"Dana"_s);

        const auto mine = ReviewCommentStore(lead()).forAccount(u"A-1"_s);
        const auto theirs = ReviewCommentStore(csm()).forAccount(u"A-1"_s);
        QVERIFY(mine.ok() && theirs.ok());
        QCOMPARE(theirs->size(), 2);
        for (qsizetype i = 0; i < theirs->size(); ++i) {
            const ReviewComment &a = mine->at(i);
            const ReviewComment &b = theirs->at(i);
            QCOMPARE(b.uid, a.uid);
            QCOMPARE(b.author, a.author);
            QCOMPARE(b.createdAt, a.createdAt);
            QCOMPARE(b.body, a.body);
            QCOMPARE(b.runId, a.runId);
            QCOMPARE(b.runName, a.runName);
            QCOMPARE(b.bookId, m_csmBookId);
            QCOMPARE(b.csm, u"Dana"_s);
            QCOMPARE(b.importedAt, Later);
        }

        // The same file again, or a second export of the same comments: nothing new.
        auto again = ReviewCommentStore(csm(), Later).importFile(path);
        QVERIFY(again.ok());
        QCOMPARE(again->added, 0);
        QCOMPARE(again->alreadyThere, 3);
        const QString second = file(u"again.json"_s);
        QVERIFY(ReviewCommentStore(lead()).exportFor(m_csmBookId, u"Dana"_s, second).ok());
        again = ReviewCommentStore(csm()).importFile(second);
        QVERIFY(again.ok());
        QCOMPARE(again->added, 0);
        QCOMPARE(commentCount(csm()), 3);
        QCOMPARE(commentCount(lead()), 3);
    }

    void skipsCommentsOnAccountsNotInTheBook()
    {
        const ReviewCommentStore store(lead(), Now);
        QVERIFY(store.add(comment(u"A-1"_s, u"Kept."_s)).ok());
        QVERIFY(store.add(comment(u"GONE-7"_s, u"Churned already?"_s)).ok());
        QVERIFY(store.add(comment(u"GONE-7"_s, u"Ping."_s)).ok());
        QVERIFY(store.add(comment(u"B-404"_s, u"Who owns this?"_s)).ok());
        const QString path = file(u"skips.json"_s);
        QCOMPARE(*store.exportFor(m_csmBookId, u"Dana"_s, path), 4);

        const auto imported = ReviewCommentStore(csm(), Later).importFile(path);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QCOMPARE(imported->added, 1);
        QCOMPARE(imported->skippedNoAccount, 3);
        QCOMPARE(imported->skippedCrmIds, (QStringList { u"B-404"_s, u"GONE-7"_s }));
        QCOMPARE(commentCount(csm()), 1);
    }

    void refusesABadFileAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where"); // how the message starts after the path
        QTest::addColumn<QString>("says");

        const QByteArray good
            = R"({"uid": "u-1", "account_crm_id": "A-1", "author": "Lee", "created_at": "2026-11-25T09:30:00Z", "body": "Hi"})";
        const auto wrap
            = [&](const QByteArray &comments,
                  const QByteArray &head = R"("format": "csm-review-comments", "version": 1)") -> QByteArray {
            return QByteArray("{\n  ") + head + ",\n  \"comments\": [\n    " + comments + "\n  ]\n}\n";
        };
        QTest::newRow("syntax error") << wrap(good + ",\n    {\"uid\": \"u-2\" \"body\": \"x\"}")
                                      << u":5:19: "_s << u"not valid JSON"_s;
        QTest::newRow("not json at all")
            << QByteArray("comments: none\n") << u":1:1: "_s << u"not valid JSON"_s;
        QTest::newRow("not UTF-8") << wrap("{\"uid\": \"u-1\", \"body\": \"caf\xe9\"}") << u":4:32: "_s
                                   << u"UTF-8"_s;
        QTest::newRow("empty") << QByteArray("\n") << u" is empty"_s << u"no review comments"_s;
        QTest::newRow("accounts file")
            << QByteArray(R"({"accounts": []})") << u" is not a review comments file"_s << u"format"_s;
        QTest::newRow("other format") << wrap(good, R"("format": "csm-book", "version": 1)")
                                      << u" is not a review comments file"_s << u"csm-review-comments"_s;
        QTest::newRow("newer version") << wrap(good, R"("format": "csm-review-comments", "version": 2)")
                                       << u" was written by a newer version"_s << u"version 2"_s;
        QTest::newRow("no comments list") << QByteArray(R"({"format": "csm-review-comments", "version": 1})")
                                          << u" has no \"comments\" list"_s << u"comments"_s;
        // The second comment is bad: the first, valid one is not imported either.
        QTest::newRow("comment without body") << wrap(good
            + ",\n    {\"uid\": \"u-2\", \"account_crm_id\": \"A-1\", \"author\": \"Lee\", \"created_at\": "
              "\"2026-11-25T09:30:00Z\", \"body\": \"  \"}")
                                              << u":5:108: "_s << u"comment 2: \"body\""_s;
        QTest::newRow("bad date") << wrap(
            R"({"uid": "u-1", "account_crm_id": "A-1", "author": "Lee", "created_at": "yesterday", "body": "Hi"})")
                                  << u":4:76: "_s << u"comment 1: \"created_at\""_s;
        QTest::newRow("bad run id") << wrap(
            R"({"uid": "u-1", "account_crm_id": "A-1", "author": "Lee", "created_at": "2026-11-25T09:30:00Z", "body": "Hi", "run_id": "seven"})")
                                    << u":4:124: "_s << u"\"run_id\""_s;
        QTest::newRow("not an object")
            << wrap(good + ", 42") << u":4:"_s << u"comment 2: expected an object"_s;
    }

    void refusesABadFileAndChangesNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QFETCH(QString, says);
        const QString path = file(u"bad.json"_s);
        writeFile(path, json);
        const auto imported = ReviewCommentStore(csm(), Later).importFile(path);
        QVERIFY(!imported.ok());
        const QString message = imported.errorMessage();
        QVERIFY2(message.startsWith(path + where), qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
        QCOMPARE(commentCount(csm()), 0);
    }

    void refusesAMissingFile()
    {
        const QString path = file(u"nowhere.json"_s);
        const auto imported = ReviewCommentStore(csm()).importFile(path);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.errorMessage().startsWith(u"Cannot read "_s + path),
            qPrintable(imported.errorMessage()));
    }

    void showsImportedCommentsOnTheAccountTimeline()
    {
        QVERIFY(ReviewCommentStore(csm(), Later).importFile(exportThree()).ok());
        auto entries = TimelineReader(csm()).read(m_acme);
        QVERIFY2(entries.ok(), qPrintable(entries.errorMessage()));
        QList<TimelineEntry> comments;
        for (const TimelineEntry &e : std::as_const(*entries))
            if (e.kind == TimelineEntry::Kind::ReviewComment)
                comments.append(e);
        QCOMPARE(comments.size(), 2); // Beta's comment stays on Beta
        for (const TimelineEntry &e : std::as_const(comments)) {
            QCOMPARE(e.day, Today); // dated when the lead wrote it, not when it was imported
            QCOMPARE(e.at, Now);
            QVERIFY2(e.title.startsWith(u"Comment from Lee"_s), qPrintable(e.title));
            QVERIFY(e.refId > 0);
        }
        const auto onRun = std::find_if(comments.cbegin(), comments.cend(),
            [](const TimelineEntry &e) { return e.detail == u"Step 2 is late."; });
        QVERIFY(onRun != comments.cend());
        QVERIFY2(onRun->title.contains(m_run.playbookName), qPrintable(onRun->title));
        QVERIFY(!m_run.playbookName.isEmpty());
        const auto onAccount = std::find_if(comments.cbegin(), comments.cend(),
            [](const TimelineEntry &e) { return e.detail == u"Renewal risk: talk to the sponsor."; });
        QVERIFY(onAccount != comments.cend());
        QCOMPARE(onAccount->title, u"Comment from Lee"_s);
        QCOMPARE(timelineKindKey(TimelineEntry::Kind::ReviewComment), u"review"_s);

        // A comment is plain text wherever it is shown: the tooltip does not render its markup.
        TimelineModel model;
        TimelineEntry markup = *onAccount;
        markup.detail = u"Call <b>now</b> & <img src=x>"_s;
        model.setEntries({ markup });
        const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Call &lt;b&gt;now&lt;/b&gt; &amp; &lt;img src=x&gt;"_s), qPrintable(tip));
        QVERIFY(model.index(0, 0)
                    .data(Qt::DisplayRole)
                    .toString()
                    .endsWith(u"\nCall <b>now</b> & <img src=x>"_s));

        auto beta = TimelineReader(csm()).read(m_beta);
        QVERIFY(beta.ok());
        QCOMPARE(std::count_if(beta->cbegin(), beta->cend(),
                     [](const TimelineEntry &e) { return e.kind == TimelineEntry::Kind::ReviewComment; }),
            1);
    }

    void leadsCommentsOnOtherBooksStayOffTheLeadsOwnTimeline()
    {
        // The lead's own book has an account with the same CRM id as the CSM's.
        const qint64 own = addAccount(lead(), u"A-1"_s, u"Acme"_s);
        exportThree();
        auto entries = TimelineReader(lead()).read(own);
        QVERIFY(entries.ok());
        QVERIFY(std::none_of(entries->cbegin(), entries->cend(),
            [](const TimelineEntry &e) { return e.kind == TimelineEntry::Kind::ReviewComment; }));
        // A comment on the lead's own book does show.
        ReviewComment c = comment(u"A-1"_s, u"Note to self."_s);
        c.bookId = *SyncStore(lead()).bookId();
        QVERIFY(ReviewCommentStore(lead(), Now).add(c).ok());
        entries = TimelineReader(lead()).read(own);
        QCOMPARE(std::count_if(entries->cbegin(), entries->cend(),
                     [](const TimelineEntry &e) { return e.kind == TimelineEntry::Kind::ReviewComment; }),
            1);
    }
};

QTEST_GUILESS_MAIN(TestReviewComments)
#include "tst_reviewcomments.moc"
