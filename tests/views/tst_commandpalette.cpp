#include "accountdetailpane.h"
#include "bookfilterbar.h"
#include "booktableview.h"
#include "commandpalette.h"
#include "itemmodels/bookmodel.h"
#include "itemmodels/bookproxymodel.h"
#include "itemmodels/quickopenmodel.h"
#include "mainwindow.h"
#include "menucommands.h"
#include "store/accountrepository.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace csm;
using namespace Qt::StringLiterals;

namespace {

struct Seed
{
    QString name;
    QString domain;
    QString owner;
    qint64 arrCents;
};

const QList<Seed> Accounts {
    { u"Kestrel Analytics"_s, u"kestrel-analytics.de"_s, u"Dana Whitfield"_s, 12'000'000 },
    { u"Northwind Traders"_s, u"northwind.com"_s, u"Dana Whitfield"_s, 9'000'000 },
    { u"Blue Kestrel Foods"_s, u"bluekestrel.co.uk"_s, u"Sam Ortega"_s, 4'000'000 },
    { u"Acme Robotics"_s, u"acme.io"_s, u"Sam Ortega"_s, 30'000'000 },
    { u"Zoë Lefèvre Conseil"_s, u"lefevre-conseil.fr"_s, u"Priya Raman"_s, 2'500'000 },
    { u"Globex"_s, u"globex.com"_s, u"Priya Raman"_s, 7'500'000 },
};

BookRow row(qint64 id, const Seed &seed)
{
    BookRow r;
    r.id = id;
    r.name = seed.name;
    r.domain = seed.domain;
    r.owner = seed.owner;
    r.arrCents = seed.arrCents;
    r.currency = u"USD"_s;
    r.renewalDate = QDate(2027, 3, 1).addDays(int(id));
    r.rebuildSearchText();
    return r;
}

QList<int> rowsOfKind(const QuickOpenModel *model, QuickOpenModel::Kind kind)
{
    QList<int> rows;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->kindAt(r) == kind)
            rows << r;
    return rows;
}

} // namespace

class TestCommandPalette final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<MainWindow> openWindow(bool readOnly = false)
    {
        auto window = std::make_unique<MainWindow>();
        window->setOfferDemoWhenEmpty(false);
        window->setEvaluateRulesOnOpen(false);
        window->setReadOnly(readOnly);
        auto session = BookSession::open(m_path, nullptr, readOnly);
        if (!session)
            qFatal("%s", qPrintable(session.errorMessage()));
        window->setSession(std::move(*session));
        QSignalSpy loaded(window->session(), &BookSession::loaded);
        if (!loaded.wait(10000))
            qFatal("the book did not load");
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("the window was not shown");
        return window;
    }

    qint64 idOf(const MainWindow &window, const QString &name) const
    {
        const BookModel *model = window.session()->model();
        for (const BookRow &r : model->rows())
            if (r.name == name)
                return r.id;
        return 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_path = m_dir.filePath(u"palette.sqlite"_s);
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        const AccountRepository accounts((*db)->connection());
        int n = 0;
        for (const Seed &seed : Accounts) {
            Account account;
            account.crmId = u"ACC-%1"_s.arg(++n);
            account.name = seed.name;
            account.domain = seed.domain;
            account.owner = seed.owner;
            account.arrCents = seed.arrCents;
            account.renewalDate = QDate(2027, 3, 1).addDays(n);
            QVERIFY(accounts.insert(account).ok());
        }
    }

    void modelKeepsItsContractWhileTheBookAndQueryChange()
    {
        BookModel book;
        std::vector<BookRow> rows;
        for (qsizetype i = 0; i < Accounts.size(); ++i)
            rows.push_back(row(i + 1, Accounts[i]));
        book.setRows(rows);
        QAction recompute(u"Recompute &Health"_s);
        recompute.setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));

        QuickOpenModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBookModel(&book);
        model.setCommands(
            { QuickOpenCommand { &recompute, u"Book ▸ Recompute Health"_s, 7, u"Shift+F5"_s } });
        model.setRecentAccounts({ 3, 99, 1 });

        // An empty query: the recent accounts that exist, then the commands.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.accountIdAt(0), 3);
        QCOMPARE(model.accountIdAt(1), 1);
        QCOMPARE(model.kindAt(2), QuickOpenModel::Kind::Command);

        model.setQuery(u"kes"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), u"Kestrel Analytics"_s); // prefix, shorter
        QCOMPARE(model.index(0).data(QuickOpenModel::TitleMatchRole).value<QList<int>>(),
            (QList<int> { 0, 1, 2 }));
        QCOMPARE(model.index(1).data().toString(), u"Blue Kestrel Foods"_s);
        const QString detail = model.index(0).data(QuickOpenModel::DetailRole).toString();
        QVERIFY2(detail.contains(u"kestrel-analytics.de"_s) && detail.contains(u"Dana Whitfield"_s)
                && detail.contains(formatMoney(QLocale(), 12'000'000, u"USD"_s))
                && detail.contains(u"Tech-touch"_s),
            qPrintable(detail));
        QCOMPARE(model.index(0).data(QuickOpenModel::TrailingRole).toString(), u"No score"_s);

        // A match on the owner is shown where the owner is written, on the second line.
        model.setQuery(u"priya"_s);
        QCOMPARE(model.rowCount(), 2);
        const QString ownerLine = model.index(0).data(QuickOpenModel::DetailRole).toString();
        const QList<int> owner = model.index(0).data(QuickOpenModel::DetailMatchRole).value<QList<int>>();
        QCOMPARE(owner.size(), 5);
        QCOMPARE(ownerLine.mid(owner.first(), 5), u"Priya"_s);

        // The book changes under an open query: renamed, added, and replaced.
        model.setQuery(u"rec"_s);
        QCOMPARE(model.index(0).data(QuickOpenModel::ActionRole).value<QAction *>(), &recompute);
        book.upsertRow(row(6, { u"Recon Systems"_s, u"globex.com"_s, u"Priya Raman"_s, 100 }));
        model.setQuery(u"recsys"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), u"Recon Systems"_s);
        model.setQuery(u"recording"_s);
        QCOMPARE(model.rowCount(), 0);
        book.upsertRow(row(7, { u"Recording Studio"_s, {}, {}, 100 }));
        QCOMPARE(model.rowCount(), 1); // the open query runs again
        book.setRows({});
        QCOMPARE(model.rowCount(), 0);

        model.setQuery(u">"_s);
        QCOMPARE(model.rowCount(), 1);
        model.setBookModel(nullptr);
        model.setQuery(u"zzz"_s);
        QCOMPARE(model.rowCount(), 0);
    }

    void menuTextsLoseTheirMnemonics()
    {
        QCOMPARE(withoutMnemonics(u"Se&ttings…"_s), u"Settings…"_s);
        QCOMPARE(withoutMnemonics(u"R&&D"_s), u"R&D"_s);
        QCOMPARE(withoutMnemonics(u"&Book"_s), u"Book"_s);
    }

    void ctrlKOpensAPaletteThatFiltersAsYouType()
    {
        auto window = openWindow();
        CommandPalette *palette = window->commandPalette();
        QVERIFY(palette);
        QCOMPARE(palette->openAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        bool inEditMenu = false;
        for (QAction *top : window->menuBar()->actions())
            if (top->menu() && top->menu()->actions().contains(palette->openAction()))
                inEditMenu = withoutMnemonics(top->text()) == u"Edit"_s;
        QVERIFY(inEditMenu);

        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        // A pane that binds Ctrl+K itself (the note editor's Link…) keeps it while it has the focus.
        window->filterBar()->focusSearch();
        QWidget *search = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(search));
        auto *paneOwn = new QAction(u"Link…"_s, window->filterBar());
        paneOwn->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
        paneOwn->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        window->filterBar()->addAction(paneOwn);
        QSignalSpy paneTriggered(paneOwn, &QAction::triggered);
        QTest::keyClick(search, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(paneTriggered.count(), 1);
        QVERIFY(!palette->isVisible());
        delete paneOwn;

        // Elsewhere it opens the palette, even from the search field, whose own Ctrl+K would delete
        // to the end of the line.
        search->setFocus();
        QTest::keyClick(search, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(palette->isVisible());
        QVERIFY(palette->field()->hasFocus());
        QAbstractItemModelTester tester(
            palette->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Centred at the top of the window.
        const QRect frame = palette->frameGeometry();
        const QRect window_ = QRect(window->mapToGlobal(QPoint(0, 0)), window->size());
        QVERIFY(qAbs(frame.center().x() - window_.center().x()) <= 2);
        QVERIFY(frame.top() < window_.top() + 80);

        QTest::keyClicks(palette->field(), u"kes"_s);
        QuickOpenModel *model = palette->model();
        QCOMPARE(model->query(), u"kes"_s);
        const QList<int> accounts = rowsOfKind(model, QuickOpenModel::Kind::Account);
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(model->index(accounts[0]).data().toString(), u"Kestrel Analytics"_s);
        QCOMPARE(palette->list()->currentIndex().row(), 0);

        QTest::keyClicks(palette->field(), u"trel foo"_s);
        QCOMPARE(rowsOfKind(model, QuickOpenModel::Kind::Account).size(), 1);
        QCOMPARE(model->index(0).data().toString(), u"Blue Kestrel Foods"_s);

        palette->field()->setText(u"lefevre"_s); // accents do not matter
        QCOMPARE(model->index(0).data().toString(), u"Zoë Lefèvre Conseil"_s);

        palette->field()->setText(u"qqqqq"_s);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!palette->list()->isVisible());
    }

    void enterOpensTheAccountEvenWhenTheFiltersHideIt()
    {
        auto window = openWindow();
        const qint64 globex = idOf(*window, u"Globex"_s);
        QVERIFY(globex > 0);
        AccountFilter filter;
        filter.setText(u"kestrel"_s);
        window->filterBar()->setFilter(filter);
        QVERIFY(window->tableView()->currentAccountId() != globex);

        CommandPalette *palette = window->commandPalette();
        palette->popup();
        QTest::keyClicks(palette->field(), u"glbx"_s);
        QCOMPARE(palette->model()->accountIdAt(palette->list()->currentIndex().row()), globex);
        QTest::keyClick(palette->field(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QCOMPARE(window->tableView()->currentAccountId(), globex);
        QCOMPARE(window->detailPane()->accountId(), globex);

        // Down and Enter: the second result.
        palette->popup();
        QTest::keyClicks(palette->field(), u"dana"_s);
        QCOMPARE(rowsOfKind(palette->model(), QuickOpenModel::Kind::Account).size(), 2);
        QTest::keyClick(palette->field(), Qt::Key_Down);
        QCOMPARE(palette->list()->currentIndex().row(), 1);
        const qint64 second = palette->model()->accountIdAt(1);
        QTest::keyClick(palette->field(), Qt::Key_Enter);
        QCOMPARE(window->tableView()->currentAccountId(), second);

        // An empty query starts at the account opened before this one.
        palette->popup();
        QCOMPARE(palette->model()->kindAt(0), QuickOpenModel::Kind::Account);
        QCOMPARE(palette->model()->accountIdAt(0), globex);
        QVERIFY(!palette->model()->index(0).data(QuickOpenModel::DetailRole).toString().isEmpty());
        QVERIFY(!palette->recentAccounts().isEmpty() && palette->recentAccounts().first() == second);
        QTest::keyClick(palette->field(), Qt::Key_Return);
        QCOMPARE(window->tableView()->currentAccountId(), globex);
    }

    void arrowsWrapAndEscapeCloses()
    {
        auto window = openWindow();
        CommandPalette *palette = window->commandPalette();
        palette->popup(u">"_s);
        const int rows = palette->model()->rowCount();
        QVERIFY(rows > 3);
        QCOMPARE(palette->list()->currentIndex().row(), 0);
        QTest::keyClick(palette->field(), Qt::Key_Up);
        QCOMPARE(palette->list()->currentIndex().row(), rows - 1);
        QTest::keyClick(palette->field(), Qt::Key_Down);
        QCOMPARE(palette->list()->currentIndex().row(), 0);
        QTest::keyClick(palette->field(), Qt::Key_PageDown);
        QVERIFY(palette->list()->currentIndex().row() > 0);

        QTest::keyClick(palette->field(), Qt::Key_Escape);
        QVERIFY(!palette->isVisible());
        // Reopening starts afresh; a click elsewhere in the window closes it.
        palette->popup();
        QVERIFY(palette->field()->text().isEmpty());
        const QPoint onTheList = window->tableView()->viewport()->mapTo(window.get(), QPoint(5, 5));
        QTest::mouseClick(window->windowHandle(), Qt::LeftButton, {}, onTheList);
        QTRY_VERIFY(!palette->isVisible());
    }

    void chevronOffersEnabledCommandsOnlyAndEnterTriggersThem()
    {
        auto window = openWindow();
        QMenu *menu = window->menuBar()->addMenu(u"&Tools"_s);
        QAction *frobnicate = menu->addAction(u"&Frobnicate Widgets"_s);
        frobnicate->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
        QAction *disabled = menu->addAction(u"Frobnicate &Gadgets"_s);
        disabled->setEnabled(false);
        QSignalSpy triggered(frobnicate, &QAction::triggered);
        QSignalSpy notTriggered(disabled, &QAction::triggered);

        CommandPalette *palette = window->commandPalette();
        palette->popup();
        QTest::keyClicks(palette->field(), u">frob"_s);
        QuickOpenModel *model = palette->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->kindAt(0), QuickOpenModel::Kind::Command);
        QCOMPARE(model->index(0).data().toString(), u"Tools ▸ Frobnicate Widgets"_s);
        QCOMPARE(model->index(0).data(QuickOpenModel::TrailingRole).toString(),
            frobnicate->shortcut().toString(QKeySequence::NativeText));
        QCOMPARE(model->index(0).data(QuickOpenModel::TitleMatchRole).value<QList<int>>(),
            (QList<int> { 8, 9, 10, 11 }));

        // ">" alone lists every enabled command, and nothing else.
        palette->field()->setText(u">"_s);
        QVERIFY(rowsOfKind(model, QuickOpenModel::Kind::Account).isEmpty());
        bool offered = false;
        for (int r = 0; r < model->rowCount(); ++r) {
            QAction *action = model->actionAt(r);
            QVERIFY(action && action->isEnabled());
            QVERIFY(action != palette->openAction());
            QVERIFY(!model->index(r).data().toString().contains(u'&'));
            offered = offered || action == frobnicate;
        }
        QVERIFY(offered);

        palette->field()->setText(u">frob"_s);
        QTest::keyClick(palette->field(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QTRY_COMPARE(triggered.count(), 1);
        QCOMPARE(notTriggered.count(), 0);

        // Without ">" commands and accounts are searched together.
        palette->popup(u"frob"_s);
        QCOMPARE(model->rowCount(), 1);
        palette->close();
    }

    void aReadOnlyBookOffersOnlyWhatReads()
    {
        auto window = openWindow(true);
        CommandPalette *palette = window->commandPalette();
        palette->popup(u">"_s);
        QStringList offered;
        for (int r = 0; r < palette->model()->rowCount(); ++r)
            offered << palette->model()->index(r).data().toString();
        QVERIFY2(offered.contains(u"File ▸ Export Accounts…"_s), qPrintable(offered.join(u", ")));
        QVERIFY(!offered.contains(u"File ▸ Import Accounts…"_s));
        QVERIFY(!offered.contains(u"Account ▸ Edit Account…"_s));

        palette->field()->setText(u"acme"_s);
        QCOMPARE(palette->model()->kindAt(0), QuickOpenModel::Kind::Account);
        QTest::keyClick(palette->field(), Qt::Key_Return);
        QCOMPARE(window->tableView()->currentAccountId(), idOf(*window, u"Acme Robotics"_s));
    }

    void fieldAndListAreNamedForAssistiveTechnology()
    {
        auto window = openWindow();
        CommandPalette *palette = window->commandPalette();
        palette->popup(u"kes"_s);
        QVERIFY(!palette->field()->accessibleName().isEmpty());
        QVERIFY(!palette->list()->accessibleName().isEmpty());
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(palette->list());
        QVERIFY(list);
        QCOMPARE(list->role(), QAccessible::List);
        const QString first = palette->model()->index(0).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(first.startsWith(u"Kestrel Analytics, account"_s), qPrintable(first));
        QVERIFY(palette->list()->selectionModel()->isSelected(palette->list()->currentIndex()));
        palette->close();
    }
};

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
