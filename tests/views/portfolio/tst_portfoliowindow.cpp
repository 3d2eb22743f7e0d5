#include "book/accountwork.h"
#include "chartview.h"
#include "itemmodels/portfoliomodels.h"
#include "mainwindow.h"
#include "portfolio/demoteam.h"
#include "portfolio/portfoliowindow.h"
#include "portfolio/reviewcommentspanel.h"
#include "store/database.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSet>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 12, 1);

PortfolioAccount account(const QString &id, qint64 arr, Segment segment, HealthBand band)
{
    PortfolioAccount a;
    a.crmId = id;
    a.name = id;
    a.arrCents = arr * 100;
    a.currency = u"USD"_s;
    a.segment = segment;
    a.band = band;
    a.history.push_back(ArrMovement { QDate(2024, 1, 1), ArrMovementKind::New, 0, arr * 100, u"USD"_s });
    return a;
}

Portfolio smallPortfolio()
{
    TeamBook ann;
    ann.path = u"ann.csmbook"_s;
    ann.manifest.owner = u"Ann"_s;
    ann.accounts = { account(u"a1"_s, 1000, Segment::High, HealthBand::Red), account(u"a2"_s, 500, Segment::Mid, HealthBand::Green) };
    TeamBook bob;
    bob.path = u"bob.csmbook"_s;
    bob.manifest.owner = u"Bob"_s;
    bob.accounts = { account(u"b1"_s, 300, Segment::Tech, HealthBand::Amber) };
    Portfolio p;
    p.add(ann);
    p.add(bob);
    return p;
}

} // namespace

class TestPortfolioWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_team;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        DemoTeamOptions options;
        options.csms = 2;
        options.accountsPerBook = 40;
        options.today = Today;
        options.healthWeeks = 2;
        auto files = buildDemoTeam(m_dir.filePath(u"team"_s), options);
        QVERIFY2(files, qPrintable(files.errorMessage()));
        m_team = *files;
    }

    void groupModelKeepsItsRowsAcrossFilterChanges()
    {
        const Portfolio p = smallPortfolio();
        PortfolioGroupModel model(PortfolioGrouping::Csm);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PortfolioFilter f = PortfolioFilter::forPeriod(Today, 3, CurrencyRates::defaults());
        model.setDashboard(computeDashboard(p, f), u"USD"_s);
        QCOMPARE(model.rowCount(), 3); // Ann, Bob, the team
        QCOMPARE(model.data(model.index(2, PortfolioGroupModel::Name)).toString(), u"Team"_s);
        QCOMPARE(model.groupingAt(2), PortfolioGrouping::Team);
        QCOMPARE(model.data(model.index(0, PortfolioGroupModel::Accounts), PortfolioGroupModel::SortRole).toInt(), 2);
        QCOMPARE(model.data(model.index(0, PortfolioGroupModel::AtRisk), PortfolioGroupModel::SortRole).toLongLong(), 100'000);
        QCOMPARE(model.data(model.index(2, PortfolioGroupModel::Arr), PortfolioGroupModel::SortRole).toLongLong(), 180'000);

        // A filter change updates the figures in place: no reset, so the view keeps its state.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        f.segment = Segment::High;
        model.setDashboard(computeDashboard(p, f), u"USD"_s);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(2, PortfolioGroupModel::Accounts), PortfolioGroupModel::SortRole).toInt(), 1);

        QCOMPARE(PortfolioGroupModel::metricFor(PortfolioGroupModel::AtRisk), PortfolioMetric::Red);
        QCOMPARE(PortfolioGroupModel::metricFor(PortfolioGroupModel::Renewals60), PortfolioMetric::Renewals60);
        QCOMPARE(PortfolioGroupModel::metricFor(PortfolioGroupModel::QbrCoverage), PortfolioMetric::QbrGaps);
    }

    void accountAndBookModelsPassTheTester()
    {
        const Portfolio p = smallPortfolio();
        PortfolioAccountModel accounts;
        QAbstractItemModelTester t1(&accounts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const PortfolioFilter f = PortfolioFilter::forPeriod(Today, 3, CurrencyRates::defaults());
        accounts.setAccounts(&p, accountsBehind(p, f, PortfolioGrouping::Team, -1, PortfolioMetric::Accounts), f.rates);
        QCOMPARE(accounts.rowCount(), 3);
        QCOMPARE(accounts.data(accounts.index(0, PortfolioAccountModel::Name)).toString(), u"a1"_s);
        QCOMPARE(accounts.data(accounts.index(0, PortfolioAccountModel::Csms)).toString(), u"Ann"_s);
        QCOMPARE(accounts.data(accounts.index(0, PortfolioAccountModel::Arr)).toString(), u"$1,000"_s);
        accounts.clear();
        QCOMPARE(accounts.rowCount(), 0);

        TeamBooksModel books;
        QAbstractItemModelTester t2(&books, QAbstractItemModelTester::FailureReportingMode::QtTest);
        books.setBooks(p, { { u"/x/broken.csmbook"_s, u"/x/broken.csmbook: the file is damaged"_s } });
        QCOMPARE(books.rowCount(), 3);
        QCOMPARE(books.bookAt(1), 1);
        QCOMPARE(books.bookAt(2), -1);
        QVERIFY(books.data(books.index(2, 0), TeamBooksModel::FailedRole).toBool());
        QVERIFY(books.data(books.index(2, TeamBooksModel::ExportedAt)).toString().contains(u"damaged"_s));
    }

    void opensTeamBooksDrillsAndOpensTheCsmsBookReadOnly()
    {
        auto lead = Database::open(m_dir.filePath(u"lead.sqlite"_s));
        QVERIFY(lead);
        const QString broken = m_dir.filePath(u"broken.csmbook"_s);
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a book");
        }
        PortfolioWindow window((*lead)->connection());
        window.setToday(Today);
        QSignalSpy loaded(&window, &PortfolioWindow::booksLoaded);
        window.addBooks({ m_dir.filePath(u"team"_s), broken });
        QVERIFY(loaded.wait(30000));

        QCOMPARE(window.portfolio().books().size(), std::size_t(2));
        QCOMPARE(window.booksModel()->rowCount(), 3); // two books and the file that failed
        QCOMPARE(window.csmModel()->rowCount(), 3);
        QCOMPARE(window.segmentModel()->rowCount(), 4);
        // The lead's store remembers the books for next time.
        QSqlQuery q((*lead)->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM team_books"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);

        // The chart compares the CSMs, one stacked bar per CSM and one set per band.
        auto *series = qobject_cast<QAbstractBarSeries *>(window.chart()->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 4);
        QCOMPARE(series->barSets().first()->count(), 2);

        // Clicking the team's red count lists the red accounts.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = window.csmTable();
        const QAbstractItemModel *proxy = table->model();
        int teamRow = -1;
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (proxy->index(r, 0).data(PortfolioGroupModel::GroupRole).toInt() < 0)
                teamRow = r;
        QCOMPARE(teamRow, proxy->rowCount() - 1); // the team stays last
        const QModelIndex red = proxy->index(teamRow, PortfolioGroupModel::Red);
        table->scrollTo(red);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(red).center());
        const int redCount = red.data(PortfolioGroupModel::SortRole).toInt();
        QVERIFY(redCount > 0);
        QCOMPARE(window.accountModel()->rowCount(), redCount);
        QVERIFY(window.drillTitle()->text().contains(u"Red"_s));
        for (int r = 0; r < window.accountModel()->rowCount(); ++r)
            QVERIFY(window.accountModel()->index(r, PortfolioAccountModel::Health).data().toString().startsWith(u"Red"_s));

        // A segment filter recomputes the figures.
        window.segmentChoice()->setCurrentIndex(window.segmentChoice()->findData(int(Segment::High)));
        const int highAccounts = window.segmentModel()->figuresAt(int(Segment::High)).accounts;
        QCOMPARE(window.csmModel()->figuresAt(2).accounts, highAccounts);
        window.segmentChoice()->setCurrentIndex(0);

        // Opening an account asks for its CSM's book at that account.
        QSignalSpy open(&window, &PortfolioWindow::openBookRequested);
        const int entry = window.accountModel()->entryAt(0);
        window.openAccount(entry);
        QCOMPARE(open.count(), 1);
        const auto &e = window.portfolio().entries()[std::size_t(entry)];
        QCOMPARE(open.first().at(0).toString(), window.portfolio().books()[std::size_t(e.book)].readPath);
        QCOMPARE(open.first().at(1).toLongLong(), window.portfolio().account(entry).localId);

        // The review PDF is written on a worker.
        QSignalSpy written(&window, &PortfolioWindow::pdfWritten);
        window.exportPdf(m_dir.filePath(u"review.pdf"_s));
        QVERIFY(written.wait(30000));
        QVERIFY(QFileInfo(m_dir.filePath(u"review.pdf"_s)).size() > 1000);

        // And the lead's comments for one CSM go to a file.
        auto comments = window.exportComments(0, m_dir.filePath(u"comments.json"_s));
        QVERIFY2(comments, qPrintable(comments.errorMessage()));
        QCOMPARE(*comments, 0);
    }

    void theCsmsBookOpensReadOnly()
    {
        MainWindow lead;
        lead.setOfferDemoWhenEmpty(false);
        auto session = BookSession::open(m_dir.filePath(u"lead2.sqlite"_s));
        QVERIFY(session);
        lead.setSession(std::move(*session));
        const QByteArray before = [&] {
            QFile f(m_team.first());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QPointer<MainWindow> window = lead.openReadOnlyBook(m_team.first(), 1);
        QVERIFY(window);
        QVERIFY(window->isReadOnly());
        QVERIFY(window->session()->isReadOnly());
        QSignalSpy loaded(window->session(), &BookSession::loaded);
        QVERIFY(loaded.wait(30000));
        QVERIFY(window->windowTitle().contains(u"read-only"_s));
        // Reading and exporting are offered; changing is not.
        QStringList enabled, disabled;
        for (QAction *menu : window->menuBar()->actions())
            for (QAction *action : menu->menu()->actions()) {
                if (action->isSeparator() || action->text().isEmpty())
                    continue;
                (action->isEnabled() ? enabled : disabled) << action->text().remove(u'&');
            }
        QVERIFY2(enabled.contains(u"Export Accounts…"_s), qPrintable(enabled.join(u", "_s)));
        QVERIFY(enabled.contains(u"Export QBR Deck…"_s));
        QVERIFY2(disabled.contains(u"Import Accounts…"_s), qPrintable(disabled.join(u", "_s)));
        QVERIFY(disabled.contains(u"Edit Account…"_s));
        QVERIFY(disabled.contains(u"Recompute Health"_s));
        QVERIFY(disabled.contains(u"Open Team Books…"_s));
        // Notes and playbooks refuse changes with a message saying why.
        QObject::disconnect(window->session()->work(), &AccountWork::failed, window, nullptr); // no message box here
        QSignalSpy refused(window->session()->work(), &AccountWork::failed);
        auto note = window->session()->work()->newMeeting(1, MeetingKind::Qbr, Today);
        QVERIFY(!note);
        QVERIFY2(note.errorMessage().contains(u"read-only"_s), qPrintable(note.errorMessage()));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!window->session()->work()->completeRun(1, 1));
        // The store refuses writes too.
        QSqlQuery q(window->session()->connection());
        QVERIFY(!q.exec(u"UPDATE accounts SET name = 'x'"_s));
        window->close();
        QFile f(m_team.first());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_MAIN(TestPortfolioWindow)
#include "tst_portfoliowindow.moc"
