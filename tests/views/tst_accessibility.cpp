#include "accountdetailpane.h"
#include "bookfilterbar.h"
#include "booktableview.h"
#include "chartview.h"
#include "health/healthband.h"
#include "errordialog.h"
#include "healthtrendchart.h"
#include "itemmodels/bookmodel.h"
#include "itemmodels/bookproxymodel.h"
#include "mainwindow.h"
#include "menutext.h"
#include "panecycler.h"
#include "todayview.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace csm;
using namespace Qt::StringLiterals;

namespace {

/// "QComboBox 'owner' in BookFilterBar" for a failure message.
QString describe(const QWidget *w)
{
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += u" '"_s + w->objectName() + u'\'';
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (QByteArray(p->metaObject()->className()).startsWith("csm::")) {
            text += u" in "_s + QString::fromLatin1(p->metaObject()->className());
            break;
        }
    }
    return text;
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

/// Widgets the keyboard can reach in `root` now.
QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> stops;
    for (QWidget *w : root->findChildren<QWidget *>())
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            stops << w;
    return stops;
}

void collectActions(const QMenu *menu, QList<const QAction *> &actions)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        actions << action;
        if (action->menu())
            collectActions(action->menu(), actions);
    }
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->setOfferDemoWhenEmpty(false);
        auto session = BookSession::open(m_dir.filePath(u"a11y.sqlite"_s));
        QVERIFY2(session, qPrintable(session.errorMessage()));
        m_window->setSession(std::move(*session));
        QSignalSpy loaded(m_window->session(), &BookSession::loaded);
        QVERIFY(loaded.wait(10000));
        m_window->session()->generateDemo(80, 1);
        QVERIFY(loaded.wait(60000));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->tableView()->currentAccountId() > 0);
    }

    void cleanupTestCase() { m_window.reset(); }

    void everyWidgetTheKeyboardReachesHasAName()
    {
        // Each tab of the account's detail, one after the other: what the keyboard reaches there
        // must be named for a screen reader.
        QTabWidget *tabs = m_window->detailPane()->tabs();
        QStringList unnamed;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            for (QWidget *w : tabStops(m_window.get()))
                if (accessibleName(w).isEmpty())
                    unnamed << describe(w) + u" (tab "_s + tabs->tabText(tab) + u')';
        }
        tabs->setCurrentIndex(0);
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"Without an accessible name:\n  "_s + unnamed.join(u"\n  "_s)));
    }

    void chartsDescribeTheirDataInWords()
    {
        auto *trend = m_window->detailPane()->findChild<HealthTrendChart *>();
        QVERIFY(trend);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(trend);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::Chart);
        QVERIFY(!iface->text(QAccessible::Name).isEmpty());

        // The description names the score line's latest value as the chart draws it.
        QLineSeries *score = nullptr;
        for (QAbstractSeries *series : trend->chart()->series())
            if (auto *line = qobject_cast<QLineSeries *>(series); line && line->count() > 10)
                score = line;
        QVERIFY(score);
        const QString latest = QLocale().toString(score->points().back().y(), 'f',
                                                  qFuzzyCompare(score->points().back().y(),
                                                                std::round(score->points().back().y()))
                                                      ? 0
                                                      : 1);
        const QString description = iface->text(QAccessible::Description);
        QVERIFY2(description.contains(score->name()), qPrintable(description));
        QVERIFY2(description.contains(u"to "_s + latest), qPrintable(description + u" / latest "_s + latest));

        // Every chart in the window has a name and a description with figures in it.
        for (ChartView *chart : m_window->findChildren<ChartView *>()) {
            if (!chart->isVisible())
                continue;
            QAccessibleInterface *c = QAccessible::queryAccessibleInterface(chart);
            QVERIFY2(!c->text(QAccessible::Name).isEmpty(), qPrintable(describe(chart)));
            static const QRegularExpression digit(u"\\d"_s);
            // The window's portfolio charts follow the book a moment after it loads.
            QTRY_VERIFY2_WITH_TIMEOUT(c->text(QAccessible::Description).contains(digit),
                                      qPrintable(describe(chart) + u": "_s + c->text(QAccessible::Description)), 10000);
        }
    }

    void tabMovesThroughTheWindowAndNeverGetsStuck()
    {
        m_window->filterBar()->focusSearch();
        QWidget *start = QApplication::focusWidget();
        QVERIFY(start);
        QList<QWidget *> visited { start };
        for (int i = 0; i < 200; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            QVERIFY(now);
            if (now == start)
                break;
            QVERIFY2(!visited.contains(now) || visited.back() != now,
                     qPrintable(u"Tab is stuck on "_s + describe(now)));
            visited << now;
        }
        QCOMPARE(QApplication::focusWidget(), start); // around the whole window and back

        // Reading order: the filters, then the list, then the account's detail.
        auto firstIn = [&](QWidget *area) {
            for (int i = 0; i < visited.size(); ++i)
                if (area == visited.at(i) || area->isAncestorOf(visited.at(i)))
                    return i;
            return -1;
        };
        const int filters = firstIn(m_window->filterBar());
        const int list = firstIn(m_window->tableView());
        const int detail = firstIn(m_window->detailPane());
        QVERIFY(filters >= 0 && list >= 0 && detail >= 0);
        QVERIFY2(filters < list && list < detail,
                 qPrintable(u"filters %1, list %2, detail %3"_s.arg(filters).arg(list).arg(detail)));

        // Shift+Tab walks back the same way.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), visited.back());
    }

    void f6MovesBetweenThePanes()
    {
        m_window->filterBar()->focusSearch();
        auto *next = m_window->findChild<QAction *>(u"nextPaneAction"_s);
        auto *previous = m_window->findChild<QAction *>(u"previousPaneAction"_s);
        QVERIFY(next && previous);
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F6));

        next->trigger();
        QCOMPARE(QApplication::focusWidget(), m_window->tableView());
        next->trigger();
        QCOMPARE(QApplication::focusWidget(), m_window->detailPane()->tabs()->tabBar());
        // Round the panes and back to the search field.
        QWidget *search = m_window->filterBar()->findChild<QLineEdit *>();
        bool back = false;
        QStringList path;
        for (int i = 0; i < 8 && !back; ++i) {
            next->trigger();
            path << (QApplication::focusWidget() ? describe(QApplication::focusWidget()) : u"nothing"_s);
            back = QApplication::focusWidget() == search;
        }
        QVERIFY2(back, qPrintable(path.join(u" → "_s)));
        previous->trigger();
        QVERIFY(QApplication::focusWidget() != search);
        previous->trigger();
        previous->trigger();
        previous->trigger();
        // Wherever it went, it stayed inside the window.
        QVERIFY(m_window->isAncestorOf(QApplication::focusWidget()));
    }

    void healthIsSpelledOutWhereverItIsColoured()
    {
        const QAbstractItemModel *model = m_window->proxyModel();
        int tinted = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex health = model->index(row, BookModel::Health);
            if (!health.data(Qt::BackgroundRole).isValid())
                continue;
            ++tinted;
            const QString text = health.data().toString();
            const bool named = text.contains(healthBandDisplayName(HealthBand::Red))
                || text.contains(healthBandDisplayName(HealthBand::Amber))
                || text.contains(healthBandDisplayName(HealthBand::Green));
            QVERIFY2(named, qPrintable(text));
        }
        QVERIFY(tinted > 0);
    }

    void everyMenuEntryIsReachableByKeyboard()
    {
        // Top-level menus: each has a mnemonic, no two the same.
        QSet<QChar> top;
        QList<const QAction *> all;
        for (const QAction *action : m_window->menuBar()->actions()) {
            const QChar m = mnemonic(action->text());
            QVERIFY2(!m.isNull(), qPrintable(action->text()));
            QVERIFY2(!top.contains(m), qPrintable(u"Two menus on Alt+"_s + m));
            top.insert(m);
            if (action->menu())
                collectActions(action->menu(), all);
        }
        // Inside a menu, a mnemonic is taken once.
        for (const QAction *action : m_window->menuBar()->actions()) {
            QList<const QMenu *> menus { action->menu() };
            while (!menus.isEmpty()) {
                const QMenu *menu = menus.takeFirst();
                QHash<QChar, QString> taken;
                for (const QAction *entry : menu->actions()) {
                    if (entry->menu())
                        menus << entry->menu();
                    const QChar m = mnemonic(entry->text());
                    if (m.isNull())
                        continue;
                    QVERIFY2(!taken.contains(m), qPrintable(u"%1: '%2' and '%3' on %4"_s.arg(
                                                     menu->title(), taken.value(m), entry->text(), m)));
                    taken.insert(m, entry->text());
                }
            }
        }
        // Every entry has a mnemonic or a shortcut, and no shortcut is taken twice.
        QHash<QKeySequence, QString> shortcuts;
        for (const QAction *action : all) {
            if (action->menu())
                continue;
            QVERIFY2(!mnemonic(action->text()).isNull() || !action->shortcut().isEmpty()
                         || action->text().contains(u'\t'),
                     qPrintable(u"Not reachable by keyboard: "_s + action->text()));
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(!shortcuts.contains(key), qPrintable(u"%1 is both '%2' and '%3'"_s.arg(
                                                       key.toString(), shortcuts.value(key), action->text())));
                shortcuts.insert(key, action->text());
            }
        }
    }

    void standardActionsUseThePlatformsKeys()
    {
        const QList<QPair<QString, QKeySequence::StandardKey>> expected {
            { u"&New Book…"_s, QKeySequence::New },   { u"&Open Book…"_s, QKeySequence::Open },
            { u"&Find Accounts"_s, QKeySequence::Find }, { u"&Undo"_s, QKeySequence::Undo },
            { u"&Redo"_s, QKeySequence::Redo },       { u"&Quit"_s, QKeySequence::Quit },
        };
        QList<const QAction *> all;
        for (const QAction *action : m_window->menuBar()->actions())
            if (action->menu())
                collectActions(action->menu(), all);
        for (const auto &[text, key] : expected) {
            const QAction *found = nullptr;
            for (const QAction *action : all)
                if (action->text() == text || action->text().startsWith(text))
                    found = action;
            QVERIFY2(found, qPrintable(text));
            QCOMPARE(found->shortcuts(), QKeySequence::keyBindings(key));
        }
    }

    void errorsCanBeCopiedWhole()
    {
        const QString report = u"The import stopped: 3 rows are wrong.\n\n"
                               "accounts.csv:4: ARR 'abc' is not a number\n"
                               "accounts.csv:9: renewal date '2026-13-01' is not a date\n"
                               "accounts.csv:12: missing name\n"
                               "Nothing was imported."_s;
        ErrorDialog dialog(u"Import Accounts"_s, report);
        QCOMPARE(dialog.summary(), u"The import stopped: 3 rows are wrong."_s);
        QVERIFY(dialog.details().startsWith(u"accounts.csv:4:"_s));
        auto *details = dialog.findChild<QPlainTextEdit *>(u"errorDetails"_s);
        QVERIFY(details && details->isReadOnly());
        QCOMPARE(details->toPlainText(), dialog.details());

        QGuiApplication::clipboard()->clear();
        dialog.copyButton()->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.startsWith(u"Import Accounts\n\nThe import stopped"_s));
        QVERIFY(copied.contains(u"accounts.csv:12: missing name"_s));

        // A short message stays whole, without a details box, and is selectable.
        ErrorDialog shortOne(u"Sync"_s, u"The CRM refused the token: sign in again."_s);
        QVERIFY(shortOne.details().isEmpty());
        QVERIFY(!shortOne.findChild<QPlainTextEdit *>());
        auto *label = shortOne.findChild<QLabel *>(u"errorSummary"_s);
        QVERIFY(label && (label->textInteractionFlags() & Qt::TextSelectableByMouse));
        QCOMPARE(label->textFormat(), Qt::PlainText); // CRM text is never read as markup
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
