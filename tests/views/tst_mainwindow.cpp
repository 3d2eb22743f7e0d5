#include "accountdetailpane.h"
#include "bookfilterbar.h"
#include "booktableview.h"
#include "healthtrendchart.h"
#include "itemmodels/portfoliosummary.h"
#include "portfoliocharts.h"
#include "itemmodels/bookmodel.h"
#include "itemmodels/bookproxymodel.h"
#include "mainwindow.h"
#include "deck/deckbatchexport.h"
#include "deck/deckexportdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QPointer>
#include <QStatusBar>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUndoStack>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> openDemoWindow(const QString &name)
    {
        auto window = std::make_unique<MainWindow>();
        window->setOfferDemoWhenEmpty(false);
        auto session = BookSession::open(m_dir.filePath(name));
        if (!session)
            qFatal("%s", qPrintable(session.errorMessage()));
        window->setSession(std::move(*session));
        QSignalSpy loaded(window->session(), &BookSession::loaded);
        loaded.wait(10000); // the empty book
        window->session()->generateDemo(300, 1);
        loaded.wait(60000);
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void exportsDecksForTheFilteredAccounts()
    {
        auto window = openDemoWindow(u"decks.sqlite"_s);
        AccountFilter filter;
        filter.setSegment(Segment::High);
        filter.setRenewalWithinDays(120);
        window->proxyModel()->setFilter(filter);
        const int rows = window->proxyModel()->rowCount();
        QVERIFY(rows > 0 && rows < 60);

        const QString folder = m_dir.filePath(u"decks"_s);
        QVERIFY(QDir().mkpath(folder));
        window->exportDecksTo(folder);
        QPointer<DeckBatchExport> batch = window->deckBatchExport();
        QVERIFY(batch);
        QSignalSpy finished(batch.data(), &DeckBatchExport::finished);
        QVERIFY(finished.wait(120'000));
        QCOMPARE(finished.last().at(0).toInt(), rows);
        const QStringList files = QDir(folder).entryList({ u"*.pdf"_s }, QDir::Files);
        QCOMPARE(files.size(), rows);
        QTRY_VERIFY(window->statusBar()->currentMessage().startsWith(u"Exported %1 of %1 QBR deck"_s.arg(rows)));

        // Account ▸ Export QBR Deck opens the dialog on the selected account.
        window->tableView()->selectRow(0);
        window->exportDeck();
        QPointer<DeckExportDialog> dialog = window->deckExportDialog();
        QVERIFY(dialog);
        QSignalSpy ready(dialog.data(), &DeckExportDialog::previewReady);
        QVERIFY(ready.wait(20'000));
        QCOMPARE(ready.last().at(0).toInt(), int(AllDeckSections.size())); // high-touch: every section
        dialog->close();
    }

    void loadsTheDemoBookAndFilters()
    {
        auto window = openDemoWindow(u"demo.sqlite"_s);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        BookProxyModel *proxy = window->proxyModel();
        QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy->rowCount(), 300);

        // Default sort: largest ARR first.
        const qint64 first = proxy->index(0, BookModel::Arr).data(BookModel::SortRole).toLongLong();
        const qint64 second = proxy->index(1, BookModel::Arr).data(BookModel::SortRole).toLongLong();
        QVERIFY(first >= second);

        // The first row is selected and its details shown.
        QVERIFY(window->tableView()->currentAccountId() > 0);
        QCOMPARE(window->detailPane()->accountId(), window->tableView()->currentAccountId());

        // The pane draws the account's health history over its bands, and explains the score.
        auto *trend = window->detailPane()->findChild<HealthTrendChart *>();
        QVERIFY(trend);
        QCOMPARE(trend->chart()->series().size(), 5); // three bands, the score, override markers
        auto *scoreLine = qobject_cast<QLineSeries *>(trend->chart()->series().at(3));
        QVERIFY(scoreLine && scoreLine->count() >= 50); // a year of weekly snapshots and today
        const QModelIndex health = proxy->index(0, BookModel::Health);
        QVERIFY2(health.data().toString().contains(u" · "_s), qPrintable(health.data().toString()));

        // Clicking a bar of the portfolio chart filters the book to that segment and band.
        emit window->portfolioCharts()->segmentBandRequested(Segment::Tech, HealthBand::Red);
        const int redTech = proxy->rowCount();
        QVERIFY(redTech > 0 && redTech < 148);
        for (int r = 0; r < redTech; ++r) {
            QCOMPARE(proxy->index(r, 0).data(BookModel::SegmentRole).toInt(), int(Segment::Tech));
            QVERIFY(proxy->index(r, BookModel::Health).data().toString().contains(u"Red"_s));
        }
        const PortfolioSummary summary = summarizePortfolio(window->session()->model()->rows(), proxy->filter(),
                                                            window->session()->model()->today());
        QCOMPARE(summary.count[int(Segment::Tech)][int(HealthBand::Red)], redTech);
        window->filterBar()->setFilter({});

        // Segment tab: high-touch shows 20% of the book and names the count on the tab.
        auto *tabs = window->filterBar()->findChild<QTabBar *>();
        QVERIFY(tabs);
        QVERIFY2(tabs->tabText(1).contains(u"60"_s), qPrintable(tabs->tabText(1)));
        tabs->setCurrentIndex(1);
        QCOMPARE(proxy->rowCount(), 60);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QCOMPARE(proxy->index(r, 0).data(BookModel::SegmentRole).toInt(), int(Segment::High));

        // Search-as-you-type by typing into the search field.
        tabs->setCurrentIndex(0);
        auto *search = window->filterBar()->findChild<QLineEdit *>();
        QVERIFY(search);
        const QString name = proxy->index(5, BookModel::Name).data().toString();
        QTest::keyClicks(search, name);
        QVERIFY(proxy->rowCount() >= 1);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r, BookModel::Name).data().toString().contains(name, Qt::CaseInsensitive)
                    || proxy->index(r, 0).data(Qt::ToolTipRole).toString().contains(name, Qt::CaseInsensitive));
        QCOMPARE(window->tableView()->currentIndex().siblingAtColumn(BookModel::Name).data().toString().isEmpty(),
                 false);
        search->clear();
        QCOMPARE(proxy->rowCount(), 300);

        // Renewal window filter.
        const auto combos = window->filterBar()->findChildren<QComboBox *>();
        QComboBox *renewal = nullptr;
        for (QComboBox *combo : combos)
            if (combo->accessibleName().contains(u"Renewal"_s))
                renewal = combo;
        QVERIFY(renewal);
        renewal->setCurrentIndex(renewal->findData(90));
        QVERIFY(proxy->rowCount() > 0 && proxy->rowCount() < 300);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r, BookModel::DaysToRenewal).data().toInt() <= 90);
    }

    void overrideFromTheWindowIsVisibleAndUndoable()
    {
        auto window = openDemoWindow(u"override.sqlite"_s);
        BookTableView *table = window->tableView();
        const qint64 id = table->currentAccountId();
        QVERIFY(id > 0);
        window->session()->setSegmentOverride(id, Segment::Tech);
        const QModelIndex current = table->currentIndex().siblingAtColumn(BookModel::SegmentColumn);
        QVERIFY2(current.data().toString().contains(u"manual"_s), qPrintable(current.data().toString()));
        QCOMPARE(table->currentAccountId(), id);
        window->session()->undoStack()->undo();
        QVERIFY(!table->model()->index(table->currentIndex().row(), BookModel::SegmentColumn)
                     .data(BookModel::SegmentOverrideRole)
                     .toBool());
    }

    void remembersFiltersAcrossRestarts()
    {
        {
            auto window = openDemoWindow(u"settings.sqlite"_s);
            AccountFilter filter;
            filter.setSegment(Segment::Mid);
            filter.setText(u"a"_s);
            window->filterBar()->setFilter(filter);
            window->close();
        }
        MainWindow again;
        QCOMPARE(again.filterBar()->filter().segment(), std::optional<Segment>(Segment::Mid));
        QCOMPARE(again.filterBar()->filter().text(), u"a"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
