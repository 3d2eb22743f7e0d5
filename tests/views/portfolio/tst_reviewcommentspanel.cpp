// The lead's review comments panel: lists one account's comments and adds one through its dialog,
// into the lead's own store.
#include "portfolio/reviewcomments.h"
#include "portfolio/reviewcommentspanel.h"
#include "store/database.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace csm;
using namespace Qt::StringLiterals;

class TestReviewCommentsPanel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_lead;
    std::unique_ptr<ReviewCommentsPanel> m_panel;
    int m_books = 0;

    const QList<QPair<qint64, QString>> m_runs { { 7, u"Onboarding"_s }, { 9, u"Pre-renewal"_s } };

private slots:
    void init()
    {
        auto lead = Database::open(m_dir.filePath(u"lead-%1.sqlite"_s.arg(++m_books)));
        QVERIFY2(lead.ok(), qPrintable(lead.errorMessage()));
        m_lead = std::move(*lead);
        m_panel = std::make_unique<ReviewCommentsPanel>();
        m_panel->setStore(m_lead->connection());
        m_panel->setAuthor(u"Lee"_s);
        m_panel->showAccount(u"book-1"_s, u"Dana"_s, u"A-1"_s, u"Acme <Corp>"_s, m_runs);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_lead.reset();
    }

    void addsACommentOnARunThroughTheDialog()
    {
        QCOMPARE(m_panel->list()->topLevelItemCount(), 0);
        QVERIFY(m_panel->addButton()->isEnabled());
        QVERIFY(!m_panel->addButton()->accessibleName().isEmpty());
        QSignalSpy added(m_panel.get(), &ReviewCommentsPanel::commentAdded);

        QTest::mouseClick(m_panel->addButton(), Qt::LeftButton);
        ReviewCommentDialog *dialog = m_panel->commentDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->authorEdit()->text(), u"Lee"_s);
        QCOMPARE(dialog->runChoice()->count(), 3); // the account, then each run
        QVERIFY(!dialog->addButton()->isEnabled()); // nothing written yet
        QTest::keyClicks(dialog->bodyEdit(), u"Step 2 is late <b>again</b>."_s);
        QVERIFY(dialog->addButton()->isEnabled());
        dialog->runChoice()->setCurrentIndex(2);
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);

        QCOMPARE(added.count(), 1);
        QTRY_VERIFY(!m_panel->commentDialog());
        const auto stored = ReviewCommentStore(m_lead->connection()).forAccount(u"A-1"_s);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        const ReviewComment &c = stored->first();
        QCOMPARE(c.body, u"Step 2 is late <b>again</b>."_s);
        QCOMPARE(c.author, u"Lee"_s);
        QCOMPARE(c.bookId, u"book-1"_s);
        QCOMPARE(c.csm, u"Dana"_s);
        QCOMPARE(c.accountName, u"Acme <Corp>"_s);
        QCOMPARE(c.runId, qint64(9));
        QCOMPARE(c.runName, u"Pre-renewal"_s);

        QCOMPARE(m_panel->list()->topLevelItemCount(), 1);
        const QTreeWidgetItem *item = m_panel->list()->topLevelItem(0);
        QCOMPARE(item->text(1), u"Lee"_s);
        QVERIFY(item->text(2).contains(u"Pre-renewal"_s));
        QCOMPARE(item->text(3), u"Step 2 is late <b>again</b>."_s); // shown as typed, never as markup
        QVERIFY(!item->text(0).isEmpty());
    }

    void cancellingAddsNothing()
    {
        QSignalSpy added(m_panel.get(), &ReviewCommentsPanel::commentAdded);
        m_panel->addComment();
        ReviewCommentDialog *dialog = m_panel->commentDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->bodyEdit(), u"Never mind"_s);
        dialog->reject();
        QCOMPARE(added.count(), 0);
        QCOMPARE(ReviewCommentStore(m_lead->connection()).forAccount(u"A-1"_s)->size(), 0);
    }

    void showsOnlyThisBooksCommentsOnTheAccount()
    {
        ReviewComment c;
        c.bookId = u"book-1"_s;
        c.csm = u"Dana"_s;
        c.accountCrmId = u"A-1"_s;
        c.author = u"Lee"_s;
        c.body = u"On Dana's Acme"_s;
        QVERIFY(ReviewCommentStore(m_lead->connection()).add(c).ok());
        c.bookId = u"book-2"_s;
        c.csm = u"Sam"_s;
        c.body = u"On Sam's Acme"_s;
        QVERIFY(ReviewCommentStore(m_lead->connection()).add(c).ok());
        m_panel->reload();
        QCOMPARE(m_panel->list()->topLevelItemCount(), 1);
        QCOMPARE(m_panel->list()->topLevelItem(0)->text(3), u"On Dana's Acme"_s);
        QCOMPARE(m_panel->list()->topLevelItem(0)->text(2), u"The account"_s);

        m_panel->showAccount(u"book-2"_s, u"Sam"_s, u"A-1"_s, u"Acme"_s, {});
        QCOMPARE(m_panel->list()->topLevelItemCount(), 1);
        QCOMPARE(m_panel->list()->topLevelItem(0)->text(3), u"On Sam's Acme"_s);
    }
};

QTEST_MAIN(TestReviewCommentsPanel)
#include "tst_reviewcommentspanel.moc"
