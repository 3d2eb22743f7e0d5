#include "book/booksession.h"
#include "itemmodels/bookmodel.h"
#include "store/accountrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace csm;
using namespace Qt::StringLiterals;

class TestBookSession final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<BookSession> openFresh()
    {
        auto session = BookSession::open(m_dir.filePath(u"book-%1.sqlite"_s.arg(++m_counter)));
        if (!session)
            qFatal("cannot open: %s", qPrintable(session.errorMessage()));
        return std::move(*session);
    }

    static bool waitLoaded(BookSession &session)
    {
        QSignalSpy loaded(&session, &BookSession::loaded);
        return loaded.wait(60000);
    }

private slots:
    void loadsInTheBackground()
    {
        auto session = openFresh();
        QAbstractItemModelTester tester(session->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const AccountRepository accounts(session->connection());
        for (int i = 0; i < 3; ++i) {
            Account a;
            a.crmId = u"A-%1"_s.arg(i);
            a.name = u"Account %1"_s.arg(i);
            QVERIFY(accounts.insert(a).ok());
        }
        QSignalSpy loaded(session.get(), &BookSession::loaded);
        QSignalSpy firstPage(session.get(), &BookSession::firstPageLoaded);
        session->reload();
        QVERIFY(session->isBusy());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(firstPage.count(), 0); // a small book is read once, whole
        QCOMPARE(loaded.first().at(0).toInt(), 3);
        QCOMPARE(session->model()->rowCount(), 3);
        QVERIFY(!session->isBusy());
    }

    void showsTheLargestAccountsFirstInALargeBook()
    {
        auto session = openFresh();
        session->generateDemo(BookSession::FirstPageThreshold + 150, 2);
        QVERIFY(waitLoaded(*session));
        std::vector<qint64> arr;
        for (const BookRow &row : session->model()->rows())
            arr.push_back(row.arrCents);
        std::sort(arr.begin(), arr.end(), std::greater<>());
        const qint64 cut = arr[BookSession::FirstPageSize - 1];

        QSignalSpy first(session.get(), &BookSession::firstPageLoaded);
        QSignalSpy loaded(session.get(), &BookSession::loaded);
        session->reload();
        QVERIFY(first.wait(10000));
        QCOMPARE(first.first().at(0).toInt(), BookSession::FirstPageSize);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(session->model()->rowCount(), BookSession::FirstPageSize);
        for (const BookRow &row : session->model()->rows())
            QVERIFY(row.arrCents >= cut);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(session->model()->rowCount(), BookSession::FirstPageThreshold + 150);
    }

    void generatesADemoBookWithProgress()
    {
        auto session = openFresh();
        QSignalSpy progress(session.get(), &BookSession::jobProgress);
        QSignalSpy finished(session.get(), &BookSession::jobFinished);
        QSignalSpy loaded(session.get(), &BookSession::loaded);
        session->generateDemo(120, 7);
        QVERIFY(finished.wait(60000));
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        QCOMPARE(session->model()->rowCount(), 120);
        QVERIFY(progress.count() > 0);
        QCOMPARE(progress.last().at(1).toInt(), progress.last().at(2).toInt()); // reached the end
        // Segments were computed: the top 20% are high-touch.
        int high = 0;
        for (const BookRow &row : session->model()->rows())
            high += row.segment == Segment::High ? 1 : 0;
        QCOMPARE(high, 24);
        // A second demo into a filled book is refused and changes nothing.
        QSignalSpy failed(session.get(), &BookSession::failed);
        session->generateDemo(10, 1);
        QVERIFY(failed.wait(10000));
        QCOMPARE(*AccountRepository(session->connection()).count(), 120);
    }

    void segmentOverrideIsUndoableAndUpdatesOneRow()
    {
        auto session = openFresh();
        session->generateDemo(50, 3);
        QVERIFY(waitLoaded(*session));
        BookModel *model = session->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The smallest account is tech-touch by the rules.
        const auto smallest = std::min_element(model->rows().begin(), model->rows().end(),
                                               [](const BookRow &a, const BookRow &b) { return a.arrCents < b.arrCents; });
        const qint64 id = smallest->id;
        QCOMPARE(smallest->segment, Segment::Tech);

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        session->setSegmentOverride(id, Segment::High);
        const BookRow &row = model->rowAt(model->rowOf(id));
        QCOMPARE(row.segment, Segment::High);
        QVERIFY(row.segmentOverride);
        QCOMPARE((*AccountRepository(session->connection()).byId(id))->segment, Segment::High);

        session->undoStack()->undo();
        QCOMPARE(model->rowAt(model->rowOf(id)).segment, Segment::Tech);
        QVERIFY(!model->rowAt(model->rowOf(id)).segmentOverride);
        QVERIFY(!(*AccountRepository(session->connection()).byId(id))->segmentOverride);

        session->undoStack()->redo();
        QVERIFY(model->rowAt(model->rowOf(id)).segmentOverride);

        // Back to automatic: the rules put it in tech-touch again.
        session->setSegmentOverride(id, std::nullopt);
        QCOMPARE(model->rowAt(model->rowOf(id)).segment, Segment::Tech);
        QVERIFY(!model->rowAt(model->rowOf(id)).segmentOverride);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(session->undoStack()->count(), 2);
    }

    void healthOverrideShowsInTheRowAndClears()
    {
        auto session = openFresh();
        session->generateDemo(30, 3);
        QVERIFY(waitLoaded(*session));
        BookModel *model = session->model();
        const qint64 id = model->rowAt(0).id;
        const HealthBand computed = model->rowAt(0).healthBand;
        QVERIFY(computed != HealthBand::None);
        const HealthBand other = computed == HealthBand::Red ? HealthBand::Green : HealthBand::Red;

        HealthOverrideRequest request;
        request.band = other;
        request.reason = u"Exec sponsor left"_s;
        request.expiresOn = QDate::currentDate().addDays(10);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QVERIFY(session->setHealthOverride(id, request).ok());
        QCOMPARE(model->rowAt(model->rowOf(id)).healthBand, other);
        QVERIFY(model->rowAt(model->rowOf(id)).healthOverride);
        QSignalSpy failed(session.get(), &BookSession::failed);
        request.reason.clear();
        QVERIFY(!session->setHealthOverride(id, request).ok());
        QCOMPARE(failed.count(), 1);

        QVERIFY(session->setHealthOverride(id, std::nullopt).ok());
        QCOMPARE(model->rowAt(model->rowOf(id)).healthBand, computed);
        QVERIFY(!model->rowAt(model->rowOf(id)).healthOverride);
        QCOMPARE(resets.count(), 0);
    }

    void cancelLeavesTheBookEmpty()
    {
        auto session = openFresh();
        QSignalSpy failed(session.get(), &BookSession::failed);
        QSignalSpy finished(session.get(), &BookSession::jobFinished);
        session->generateDemo(5000, 1);
        session->cancel();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toString().contains(u"cancelled; nothing was changed"_s),
                 qPrintable(finished.first().at(0).toString()));
        QCOMPARE(failed.count(), 0); // a cancel is not an error
        QCOMPARE(*AccountRepository(session->connection()).count(), 0);
    }

    void readsDetailsOfOneAccount()
    {
        auto session = openFresh();
        session->generateDemo(20, 5);
        QVERIFY(waitLoaded(*session));
        const qint64 id = session->model()->rowAt(0).id;
        auto details = session->details(id);
        QVERIFY2(details.ok(), qPrintable(details.errorMessage()));
        QCOMPARE(details->account.id, id);
        QVERIFY(!details->contacts.isEmpty());
        QCOMPARE(details->usage.size(), 52);
        const auto usage = details->usageSummary();
        QVERIFY(usage.has_value());
        QVERIFY(usage->licensedSeats > 0);
        QVERIFY(usage->utilisationTrend30d.has_value());
        QVERIFY(!session->details(999999).ok());
    }
};

QTEST_GUILESS_MAIN(TestBookSession)
#include "tst_booksession.moc"
