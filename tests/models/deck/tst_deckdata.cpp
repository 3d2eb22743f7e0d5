// A deck's data is frozen as of a day: nothing dated later is read, and what was finished later
// counts as open. Sections parse as csmctl takes them; filters parse as queries.
#include "../health/healthfixture.h"

#include "deck/deckdata.h"
#include "deck/decksections.h"
#include "health/healthservice.h"
#include "itemmodels/accountfilter.h"
#include "notes/meetingrepository.h"
#include "notes/notesservice.h"
#include "playbooks/playbookrepository.h"
#include "playbooks/playbookservice.h"
#include "store/database.h"

#include <QTemporaryDir>

using namespace csm;
using namespace csm::healthtest;

namespace {
QDateTime at(const QDate &day)
{
    return QDateTime(day, QTime(10, 0), Qt::UTC);
}
} // namespace

class TestDeckData final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    HandMadeBook m_book;

    QSqlDatabase db() const { return m_db->connection(); }

    Meeting review(qint64 accountId, int daysAgo, const QString &title, const QList<ActionItem> &items = {}) const
    {
        Meeting m;
        m.accountId = accountId;
        m.kind = MeetingKind::Qbr;
        m.heldOn = Today.addDays(-daysAgo);
        m.title = title;
        m.bodyHtml = u"<p>Notes of %1</p>"_s.arg(title);
        m.objectives = { Objective { u"Roll out to support"_s, ObjectiveStatus::AtRisk } };
        m.actionItems = items;
        return m;
    }

private slots:
    void init()
    {
        static int books = 0;
        auto db = Database::open(m_dir.filePath(u"deck-%1.sqlite"_s.arg(++books)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(*db);
        m_book = seedHandMadeBook(m_db->connection());
    }

    void cleanup() { m_db.reset(); }

    void parsesSectionsInDeckOrder()
    {
        auto parsed = parseDeckSections(u"next-90-days, summary,HEALTH,summary"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(*parsed, (QList<DeckSection> { DeckSection::Summary, DeckSection::Health, DeckSection::NextSteps }));
        QCOMPARE(parseDeckSections(u"all"_s)->size(), qsizetype(AllDeckSections.size()));
        auto unknown = parseDeckSections(u"summary,charts"_s);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.errorMessage().contains(u"'charts'"_s));
        QVERIFY(unknown.errorMessage().contains(u"follow-up"_s)); // lists the known names
        QVERIFY(!parseDeckSections(u" , "_s).ok());
        for (DeckSection s : AllDeckSections)
            QCOMPARE(deckSectionFromKey(deckSectionKey(s)), s);
    }

    void defaultSectionsFollowTheSegment()
    {
        QCOMPARE(defaultDeckSections(Segment::High).size(), qsizetype(AllDeckSections.size()));
        const auto mid = defaultDeckSections(Segment::Mid);
        const auto tech = defaultDeckSections(Segment::Tech);
        QVERIFY(tech.size() < mid.size() && mid.size() < qsizetype(AllDeckSections.size()));
        QVERIFY(tech.contains(DeckSection::Health) && tech.contains(DeckSection::Title));
        QVERIFY(!tech.contains(DeckSection::Playbooks));
        QVERIFY(std::is_sorted(mid.cbegin(), mid.cend()));
    }

    void freezesMeetingsAndNextStepsAsOfTheDay()
    {
        const qint64 a = m_book.atRisk;
        ActionItem step;
        step.title = u"Send the rollout plan"_s;
        step.owner = u"Dana"_s;
        step.dueOn = Today.addDays(-50);
        Meeting first = review(a, 90, u"Q3 review"_s, { step });
        QVERIFY(NotesService(db(), at(Today.addDays(-90))).save(first, u"me"_s).ok());
        Meeting second = review(a, 10, u"Q4 review"_s);
        QVERIFY(NotesService(db(), at(Today.addDays(-10))).save(second, u"me"_s).ok());
        // The next step was done 20 days ago.
        QVERIFY(MeetingRepository(db()).setActionItemDone(first.actionItems.at(0).id, at(Today.addDays(-20)), u"Dana"_s).ok());

        auto before = loadDeckData(db(), a, Today.addDays(-30));
        QVERIFY2(before.ok(), qPrintable(before.errorMessage()));
        QVERIFY(before->review);
        QCOMPARE(before->review->title, u"Q3 review"_s);
        QVERIFY(!before->previousReview);
        QCOMPARE(before->openNextSteps().size(), 1); // done after the day: still open then
        QCOMPARE(before->periodStart, Today.addDays(-30 - 90));

        auto now = loadDeckData(db(), a, Today);
        QVERIFY(now.ok());
        QCOMPARE(now->review->title, u"Q4 review"_s);
        QVERIFY(now->previousReview);
        QCOMPARE(now->previousReview->title, u"Q3 review"_s);
        QVERIFY(now->previousReview->actionItems.at(0).isDone());
        QCOMPARE(now->periodStart, Today.addDays(-89)); // the day after the previous review
    }

    void stepsCarriedToALaterReviewAreNotDone()
    {
        const qint64 a = m_book.healthy;
        ActionItem step;
        step.title = u"Roll out SSO"_s;
        step.dueOn = Today.addDays(-40);
        Meeting may = review(a, 100, u"May review"_s, { step });
        QVERIFY(NotesService(db(), at(Today.addDays(-100))).save(may, u"me"_s).ok());
        // The August review is written ahead of its day and takes the open step over.
        auto august = NotesService(db(), at(Today.addDays(-20))).create(a, MeetingKind::Qbr, Today.addDays(-10), u"me"_s);
        QVERIFY2(august.ok(), qPrintable(august.errorMessage()));
        QCOMPARE(august->actionItems.size(), 1);
        QVERIFY(NotesService(db(), at(Today.addDays(-20))).save(*august, u"me"_s).ok());

        // Before the August review: May's step is still open, and still owed.
        auto before = loadDeckData(db(), a, Today.addDays(-15));
        QVERIFY(before.ok());
        QCOMPARE(before->review->title, u"May review"_s);
        QCOMPARE(before->openNextSteps().size(), 1);
        QVERIFY(before->carriedForward.isEmpty());

        // After it: carried forward (not done) in May's review, open in August's.
        auto after = loadDeckData(db(), a, Today);
        QVERIFY(after.ok());
        QCOMPARE(after->previousReview->title, u"May review"_s);
        const qint64 mayStep = after->previousReview->actionItems.at(0).id;
        QVERIFY(after->carriedForward.contains(mayStep));
        QCOMPARE(after->openNextSteps().size(), 1);
        QCOMPARE(after->openNextSteps().at(0).carriedFrom, mayStep);
    }

    void freezesActivityAndPlaybooksAsOfTheDay()
    {
        const qint64 a = m_book.atRisk;
        const qint64 red = PlaybookRepository(db()).playbookByKey(u"red_health_outreach"_s)->id;
        auto run = PlaybookService(db(), Today.addDays(-15), at(Today.addDays(-15))).start(red, a, u"me"_s);
        QVERIFY2(run.ok(), qPrintable(run.errorMessage()));
        QVERIFY(PlaybookService(db(), Today.addDays(-3), at(Today.addDays(-3))).setStepStatus(run->steps.at(0).id, StepStatus::Done, u"me"_s).ok());

        auto early = loadDeckData(db(), a, Today.addDays(-8));
        QVERIFY(early.ok());
        QCOMPARE(early->runs.size(), 1);
        QCOMPARE(early->runs.at(0).finished(), 0); // checked after the day
        // Usage of 4 days ago is after the day; a ticket closed 25 days ago was closed by then.
        for (const UsageSample &u : early->usage)
            QVERIFY(u.periodStart <= Today.addDays(-8));
        QCOMPARE(early->usage.size(), 1);
        int open = 0;
        for (const Ticket &t : early->tickets)
            open += t.isOpen() ? 1 : 0;
        QCOMPARE(open, 4);

        auto veryEarly = loadDeckData(db(), a, Today.addDays(-28));
        QVERIFY(veryEarly.ok());
        QVERIFY(veryEarly->runs.isEmpty()); // started later
        int openThen = 0;
        for (const Ticket &t : veryEarly->tickets)
            openThen += t.isOpen() ? 1 : 0;
        QCOMPARE(openThen, 1); // the one opened 30 days ago and closed 25 days ago was open on day −28

        auto now = loadDeckData(db(), a, Today);
        QCOMPARE(now->runs.at(0).finished(), 1);
        QCOMPARE(now->usage.size(), 2);
    }

    void scoresHealthAsOfTheDayAndSaysWhatMoved()
    {
        const qint64 a = m_book.atRisk;
        Meeting first = review(a, 60, u"Earlier review"_s);
        QVERIFY(NotesService(db(), at(Today.addDays(-60))).save(first, u"me"_s).ok());
        QVERIFY(HealthService(db(), Today).recompute(Today).ok());
        auto d = loadDeckData(db(), a, Today);
        QVERIFY(d.ok());
        auto direct = HealthService(db(), Today).explain(a, Today);
        QVERIFY(direct.ok() && direct->score);
        QCOMPARE(d->health.score, direct->score);
        QCOMPARE(d->shownBand(), direct->band);
        QVERIFY(!d->changes.isEmpty()); // at-risk lost usage, NPS and tickets since 60 days ago
        for (qsizetype i = 1; i < d->changes.size(); ++i)
            QVERIFY(std::abs(d->changes.at(i - 1).delta()) >= std::abs(d->changes.at(i).delta()));

        const QStringList headlines = d->headlines();
        QCOMPARE(headlines.size(), 3);
        QVERIFY2(headlines.at(0).contains(QLocale().toString(*direct->score, 'f', 0)), qPrintable(headlines.at(0)));
        QVERIFY(headlines.at(1).contains(u"30 of 100"_s));
        QVERIFY(d->nextAgenda().contains(u"Objective at risk: Roll out to support"_s));
    }

    void anEmptyAccountStillLoads()
    {
        Builder b { db() };
        const qint64 empty = b.account(u"EMPTY"_s, LifecycleStage::Onboarding, PaymentStatus::Current, 0);
        auto d = loadDeckData(db(), empty, Today);
        QVERIFY2(d.ok(), qPrintable(d.errorMessage()));
        QVERIFY(!d->review && !d->previousReview && d->usage.isEmpty() && d->runs.isEmpty() && d->contacts.isEmpty());
        QVERIFY(d->tickets.isEmpty() && d->surveys.isEmpty() && d->openNextSteps().isEmpty());
        QVERIFY(!d->netPromoterScore());
        QVERIFY(!loadDeckData(db(), 999'999, Today).ok());
    }

    void notesBecomePlainTextWithBullets()
    {
        const QString html = u"<p>Before &lt;script&gt;alert(1)&lt;/script&gt; &amp; <b>bold</b></p>"
                             "<ul><li>first</li><li>second</li></ul><ol><li>one</li></ol>"_s;
        const QString text = deckPlainText(html);
        QCOMPARE(text, u"Before <script>alert(1)</script> & bold\n• first\n• second\n1. one"_s);
    }

    void filterQueriesRoundTrip()
    {
        auto f = AccountFilter::fromQuery(u"segment:high renewal:120 owner:\"Dana Whitfield\" acme health:red"_s);
        QVERIFY2(f.ok(), qPrintable(f.errorMessage()));
        QCOMPARE(f->segment(), Segment::High);
        QCOMPARE(f->renewalWithinDays(), 120);
        QCOMPARE(f->owner(), u"Dana Whitfield"_s);
        QCOMPARE(f->healthBand(), HealthBand::Red);
        QCOMPARE(f->text(), u"acme"_s);
        auto again = AccountFilter::fromQuery(f->toQuery());
        QVERIFY(again.ok());
        QCOMPARE(*again, *f);
        QVERIFY(AccountFilter::fromQuery(QString())->isEmpty());
        // Words with a colon or a quote survive the round trip as words.
        AccountFilter words;
        words.setText(u"acme:emea https://acme.example \"quoted\""_s);
        auto back = AccountFilter::fromQuery(words.toQuery());
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(back->text(), u"acme:emea https://acme.example quoted"_s);
        QVERIFY(!AccountFilter::fromQuery(u"segment:huge"_s).ok());
        QVERIFY(!AccountFilter::fromQuery(u"renewal:soon"_s).ok());
        auto unknown = AccountFilter::fromQuery(u"colour:blue"_s);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.errorMessage().contains(u"colour:blue"_s));
    }
};

QTEST_GUILESS_MAIN(TestDeckData)
#include "tst_deckdata.moc"
