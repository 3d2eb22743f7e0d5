// Meeting notes in a real book file: round trips, the QBR template, revisions, drafts that survive
// a crash, action items, and full-text search including accents, markup and CJK text.
#include "../health/healthfixture.h"

#include "notes/meetingrepository.h"
#include "notes/notesservice.h"
#include "store/database.h"

#include <QTemporaryDir>

using namespace csm;
using namespace csm::healthtest;

namespace {

const QDateTime Now(Today, QTime(9, 30), Qt::UTC);

Meeting sampleQbr(qint64 accountId, qint64 contactId)
{
    Meeting m;
    m.accountId = accountId;
    m.kind = MeetingKind::Qbr;
    m.heldOn = Today.addDays(-90);
    m.title = u"Q3 business review"_s;
    m.bodyHtml = u"<p>Discussed the <b>rollout</b> with Jürgen Müller.</p><ul><li>Renewal terms</li></ul>"_s;
    m.attendees = { Attendee { contactId, u"Contact"_s }, Attendee { 0, u"Priya (VP Ops)"_s } };
    m.objectives = { Objective { u"Roll out to EMEA"_s, ObjectiveStatus::OnTrack },
                     Objective { u"Cut onboarding time"_s, ObjectiveStatus::Achieved },
                     Objective { u"Single sign-on"_s, ObjectiveStatus::AtRisk } };
    m.wins = { u"Support tickets halved"_s };
    m.risks = { u"Budget freeze in Q1"_s };
    m.asks = { u"Intro to the CFO"_s };
    m.actionItems = { ActionItem { 0, u"Send SSO guide"_s, u"CSM"_s, Today.addDays(-80), {}, {}, 0 },
                      ActionItem { 0, u"Book EMEA training"_s, u"Priya"_s, Today.addDays(-10), {}, {}, 0 },
                      ActionItem { 0, u"Share roadmap"_s, u"CSM"_s, Today.addDays(-85), Now.addDays(-84), u"me"_s, 0 } };
    return m;
}

} // namespace

class TestNotesService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;
    HandMadeBook m_book;

    NotesService notes() const { return NotesService(m_db->connection(), Now); }
    MeetingRepository meetings() const { return MeetingRepository(m_db->connection()); }

private slots:
    void init()
    {
        static int books = 0;
        m_path = m_dir.filePath(u"notes-%1.sqlite"_s.arg(++books));
        auto db = Database::open(m_path);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(*db);
        m_book = seedHandMadeBook(m_db->connection());
    }

    void cleanup() { m_db.reset(); }

    void savesAndLoadsAMeetingWithEverythingInIt()
    {
        Meeting m = sampleQbr(m_book.healthy, 0);
        QVERIFY2(notes().save(m, u"me"_s).ok(), "saved");
        QVERIFY(m.id > 0);
        QVERIFY(std::all_of(m.actionItems.cbegin(), m.actionItems.cend(), [](const ActionItem &a) { return a.id > 0; }));
        auto loaded = meetings().load(m.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(*loaded, m);
        QCOMPARE(loaded->createdAt, Now);

        // Editing keeps action item ids; a removed one is gone, a new one gets an id.
        const qint64 keptId = m.actionItems.at(1).id;
        m.actionItems.removeFirst();
        m.actionItems.append(ActionItem { 0, u"Plan QBR"_s, {}, Today.addDays(20), {}, {}, 0 });
        QVERIFY(notes().save(m, u"me"_s).ok());
        loaded = meetings().load(m.id);
        QCOMPARE(loaded->actionItems.size(), 3);
        QCOMPARE(loaded->actionItems.at(0).id, keptId);
        QCOMPARE(loaded->actionItems.at(2).title, u"Plan QBR"_s);
        QCOMPARE(countOf(m_db->connection(), u"SELECT count(*) FROM action_items"_s), 3);
    }

    void emptyActionItemTitleIsRefusedAndNothingWritten()
    {
        Meeting m = sampleQbr(m_book.healthy, 0);
        m.actionItems.append(ActionItem { 0, u"   "_s, {}, {}, {}, {}, 0 });
        const Status saved = notes().save(m, u"me"_s);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.errorMessage().contains(u"title"_s), qPrintable(saved.errorMessage()));
        QCOMPARE(countOf(m_db->connection(), u"SELECT count(*) FROM meetings"_s), 0);
        QCOMPARE(countOf(m_db->connection(), u"SELECT count(*) FROM action_items"_s), 0);
    }

    void aNewQbrTakesOverOpenItemsAndUnachievedObjectives()
    {
        Meeting last = sampleQbr(m_book.healthy, 0);
        QVERIFY(notes().save(last, u"me"_s).ok());
        auto next = notes().create(m_book.healthy, MeetingKind::Qbr, Today, u"me"_s);
        QVERIFY2(next.ok(), qPrintable(next.errorMessage()));
        QCOMPARE(next->objectives.size(), 2); // "Cut onboarding time" was achieved
        QCOMPARE(next->objectives.at(0).text, u"Roll out to EMEA"_s);
        QCOMPARE(next->objectives.at(1).status, ObjectiveStatus::AtRisk);
        QCOMPARE(next->actionItems.size(), 2); // "Share roadmap" was done
        QCOMPARE(next->actionItems.at(0).title, u"Send SSO guide"_s);
        QCOMPARE(next->actionItems.at(0).carriedFrom, last.actionItems.at(0).id);
        QCOMPARE(next->actionItems.at(0).dueOn, Today.addDays(-80));

        // Taken over, the originals are closed so nothing is owed twice.
        auto original = meetings().actionItem(last.actionItems.at(0).id);
        QVERIFY(original->isDone());
        QVERIFY2(original->doneBy.startsWith(u"carried to"_s), qPrintable(original->doneBy));
        QCOMPARE(countOf(m_db->connection(), u"SELECT count(*) FROM action_items WHERE done_at IS NULL"_s), 2);

        // A check-in starts empty.
        auto checkIn = notes().create(m_book.healthy, MeetingKind::CheckIn, Today, u"me"_s);
        QVERIFY(checkIn->objectives.isEmpty() && checkIn->actionItems.isEmpty());
    }

    void revisionsAreKeptWhenTheTextChanges()
    {
        Meeting m = sampleQbr(m_book.healthy, 0);
        QVERIFY(notes().save(m, u"me"_s).ok());
        m.wins.append(u"New champion"_s); // not the text: no new revision
        QVERIFY(notes().save(m, u"me"_s).ok());
        m.bodyHtml = u"<p>Second version</p>"_s;
        QVERIFY(notes().save(m, u"you"_s).ok());
        auto history = meetings().revisions(m.id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QVERIFY(history->at(0).bodyHtml.contains(u"rollout"_s));
        QCOMPARE(history->at(1).bodyHtml, u"<p>Second version</p>"_s);
        QCOMPARE(history->at(1).savedBy, u"you"_s);
    }

    void aDraftSurvivesTheProcessDyingAndSavingClearsIt()
    {
        Meeting m = sampleQbr(m_book.healthy, 0);
        QVERIFY(notes().save(m, u"me"_s).ok());
        QVERIFY(notes().saveDraft(m.id, m.title, u"<p>typed but not saved</p>"_s).ok());
        QVERIFY(notes().saveDraft(m.id, m.title, u"<p>typed but not saved, more</p>"_s).ok());

        // The process dies: the connection goes away without saving; the file is opened again.
        m_db.reset();
        auto reopened = Database::open(m_path);
        QVERIFY(reopened.ok());
        m_db = std::move(*reopened);
        auto drafts = meetings().drafts();
        QVERIFY(drafts.ok());
        QCOMPARE(drafts->size(), 1);
        QCOMPARE(drafts->at(0).meetingId, m.id);
        QCOMPARE(drafts->at(0).bodyHtml, u"<p>typed but not saved, more</p>"_s);
        QCOMPARE(meetings().load(m.id)->bodyHtml, m.bodyHtml); // the saved note is untouched

        m.bodyHtml = drafts->at(0).bodyHtml;
        QVERIFY(notes().save(m, u"me"_s).ok());
        QVERIFY(meetings().drafts()->isEmpty());
    }

    void actionItemsAreCheckedAndReopened()
    {
        Meeting m = sampleQbr(m_book.healthy, 0);
        QVERIFY(notes().save(m, u"me"_s).ok());
        const qint64 id = m.actionItems.at(0).id;
        QVERIFY(notes().setActionItemDone(id, true, u"me"_s).ok());
        QCOMPARE(meetings().actionItem(id)->doneAt, Now);
        QCOMPARE(meetings().actionItem(id)->doneBy, u"me"_s);
        QVERIFY(notes().setActionItemDone(id, false, u"me"_s).ok());
        QVERIFY(!meetings().actionItem(id)->isDone());
        QVERIFY(!notes().setActionItemDone(999999, true, u"me"_s).ok());
    }

    void searchFindsNotesByAnyWord_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedTitle");
        QTest::addColumn<QString>("marked");
        QTest::newRow("a word") << u"rollout"_s << u"Q3 business review"_s << u"rollout"_s;
        QTest::newRow("a prefix") << u"roll"_s << u"Q3 business review"_s << u"rollout"_s;
        QTest::newRow("two words, any order") << u"müller rollout"_s << u"Q3 business review"_s << u"rollout"_s;
        QTest::newRow("without the accent") << u"Muller"_s << u"Q3 business review"_s << u"Müller"_s;
        QTest::newRow("upper case") << u"RENEWAL TERMS"_s << u"Q3 business review"_s << u"Renewal"_s;
        QTest::newRow("in the risks") << u"freeze"_s << u"Q3 business review"_s << u"freeze"_s;
        QTest::newRow("markup is text") << u"script"_s << u"Escaping"_s << u"script"_s;
        QTest::newRow("ampersand note") << u"AT&T"_s << u"Escaping"_s << u"AT&T"_s;
        QTest::newRow("CJK inside a sentence") << u"契約更新"_s << u"株式会社テスト"_s << u"契約更新"_s;
        QTest::newRow("CJK and a word") << u"契約 renewal"_s << u"株式会社テスト"_s << u"renewal"_s;
    }

    void searchFindsNotesByAnyWord()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedTitle);
        QFETCH(QString, marked);
        Meeting qbr = sampleQbr(m_book.healthy, 0);
        QVERIFY(notes().save(qbr, u"me"_s).ok());
        Meeting escaping = sampleQbr(m_book.atRisk, 0);
        escaping.title = u"Escaping"_s;
        escaping.bodyHtml = u"<p>&lt;script&gt;alert(1)&lt;/script&gt; and AT&amp;T &amp; co</p>"_s;
        escaping.wins.clear();
        escaping.risks.clear();
        escaping.asks.clear();
        QVERIFY(notes().save(escaping, u"me"_s).ok());
        Meeting cjk = sampleQbr(m_book.onboarding, 0);
        cjk.title = u"株式会社テスト"_s;
        cjk.bodyHtml = u"<p>株式会社テストとの契約更新について話しました。renewal next year</p>"_s;
        cjk.wins.clear();
        cjk.risks.clear();
        cjk.asks.clear();
        QVERIFY(notes().save(cjk, u"me"_s).ok());

        auto hits = meetings().search(query);
        QVERIFY2(hits.ok(), qPrintable(hits.errorMessage()));
        QVERIFY2(!hits->isEmpty(), "found");
        QCOMPARE(hits->first().title, expectedTitle);
        const QString mark = SnippetMarkStart + marked + SnippetMarkEnd;
        QVERIFY2(hits->first().snippet.contains(mark, Qt::CaseInsensitive), qPrintable(hits->first().snippet));
        QVERIFY(!hits->first().accountName.isEmpty());
    }

    void searchFollowsEditsAndDeletes()
    {
        Meeting m = sampleQbr(m_book.healthy, 0);
        QVERIFY(notes().save(m, u"me"_s).ok());
        QCOMPARE(meetings().search(u"rollout"_s)->size(), 1);
        m.bodyHtml = u"<p>Expansion into APAC</p>"_s;
        QVERIFY(notes().save(m, u"me"_s).ok());
        QCOMPARE(meetings().search(u"rollout"_s)->size(), 0);
        QCOMPARE(meetings().search(u"apac"_s)->size(), 1);
        QVERIFY(notes().remove(m.id).ok());
        QCOMPARE(meetings().search(u"apac"_s)->size(), 0);
        QCOMPARE(meetings().search(u"   "_s)->size(), 0);
        // Quotes and FTS operators in the query are words, not syntax.
        QVERIFY(meetings().search(u"\"AND OR NOT* ("_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestNotesService)
#include "tst_notesservice.moc"
