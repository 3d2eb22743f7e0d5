// Working an account in the real widgets over a demo book: the Today list, the note editor's
// autosave and its restore after the process dies, undoable note saves, the playbook checklist and
// note search — each checked against what the store then holds.
#include "accountdetailpane.h"
#include "accounttabs.h"
#include "mainwindow.h"
#include "meetingeditor.h"
#include "notesearchdialog.h"
#include "notesview.h"
#include "playbookeditordialog.h"
#include "playbooksview.h"
#include "timelineview.h"
#include "todayview.h"

#include "book/accountwork.h"
#include "book/booksession.h"
#include "demo/demobook.h"
#include "notes/meetingrepository.h"
#include "playbooks/playbookrepository.h"
#include "store/database.h"
#include "timeline/timeline.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>
#include <QUndoStack>

using namespace csm;
using namespace Qt::StringLiterals;

class TestAccountWork final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<BookSession> m_session;

    AccountWork *work() const { return m_session->work(); }

    /// A high-touch account of the demo book with an open playbook run.
    PlaybookRun openRun() const
    {
        QSqlQuery q(m_session->connection());
        q.exec(u"SELECT r.id FROM playbook_runs r JOIN accounts a ON a.id = r.account_id WHERE r.status = 'open' "
               "AND a.segment = 'high' ORDER BY r.id LIMIT 1"_s);
        q.next();
        return *PlaybookRepository(m_session->connection()).run(q.value(0).toLongLong());
    }

    qint64 someAccount() const
    {
        QSqlQuery q(m_session->connection());
        q.exec(u"SELECT id FROM accounts WHERE segment = 'high' ORDER BY arr_cents DESC LIMIT 1"_s);
        q.next();
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_path = m_dir.filePath(u"work.sqlite"_s);
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
            DemoOptions options;
            options.accounts = 80;
            auto built = buildDemoBook((*db)->connection(), options, 8);
            QVERIFY2(built.ok(), qPrintable(built.errorMessage()));
            QVERIFY(built->meetings > 0 && built->playbookRuns > 0);
        }
        auto session = BookSession::open(m_path);
        QVERIFY(session.ok());
        m_session = std::move(*session);
    }

    void cleanupTestCase() { m_session.reset(); }

    void todayListsWhatIsDueAndTicksItOffUndoably()
    {
        TodayView view;
        QSignalSpy loaded(&view, &TodayView::loaded);
        view.setWork(work());
        QVERIFY(loaded.wait(10000));
        auto expected = TodayReader(m_session->connection()).read(QDate::currentDate());
        QVERIFY(expected.ok());
        QVERIFY(!expected->isEmpty());
        QCOMPARE(view.model()->rowCount(), int(expected->size()));
        QVERIFY2(view.summary().contains(u"overdue"_s), qPrintable(view.summary()));

        view.table()->selectRow(0);
        const TodayItem first = view.model()->itemAt(0);
        view.markSelectedDone();
        QCOMPARE(view.model()->rowCount(), int(expected->size()) - 1);
        QVERIFY(loaded.wait(10000)); // the change is read back
        QCOMPARE(view.model()->rowCount(), int(expected->size()) - 1);
        QCOMPARE(TodayReader(m_session->connection()).read(QDate::currentDate())->size(), expected->size() - 1);

        QVERIFY(m_session->undoStack()->canUndo());
        m_session->undoStack()->undo();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.model()->rowCount(), int(expected->size()));
        QCOMPARE(view.model()->itemAt(0).id, first.id);
    }

    void typingIsAutosavedAndComesBackAfterTheProcessDies()
    {
        const qint64 account = someAccount();
        auto meeting = work()->newMeeting(account, MeetingKind::CheckIn, QDate::currentDate());
        QVERIFY(meeting.ok());
        {
            MeetingEditor editor;
            editor.setWork(work());
            editor.setMeeting(*meeting, {});
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            editor.bodyEdit()->setFocus();
            QTest::keyClicks(editor.bodyEdit(), u"Budget approved, Mueller signs Friday"_s);
            editor.bodyEdit()->insertPlainText(u" — Jürgen"_s);
            QVERIFY(editor.isDirty());
            // Within about two seconds a draft holds the typing.
            QTRY_VERIFY_WITH_TIMEOUT(work()->draft(meeting->id)->has_value(), 2500);
            QVERIFY(work()->draft(meeting->id)->value().bodyHtml.contains(u"Mueller signs Friday"_s));
            // The editor goes away without saving, as when the process is killed.
        }
        QCOMPARE(MeetingRepository(m_session->connection()).load(meeting->id)->bodyHtml, meeting->bodyHtml);

        MeetingEditor reopened;
        reopened.setWork(work());
        reopened.setMeeting(*work()->meeting(meeting->id), {});
        QVERIFY(reopened.bodyEdit()->toPlainText().contains(u"Mueller signs Friday — Jürgen"_s));
        QVERIFY(!reopened.noticeLabel()->isHidden());
        QVERIFY(reopened.isDirty());
        QVERIFY(reopened.save());
        QVERIFY(!work()->draft(meeting->id)->has_value());
        QVERIFY(MeetingRepository(m_session->connection()).load(meeting->id)->bodyHtml.contains(u"Mueller signs Friday"_s));
    }

    void savingANoteIsUndoable()
    {
        const qint64 account = someAccount();
        auto created = work()->newMeeting(account, MeetingKind::Qbr, QDate::currentDate());
        QVERIFY(created.ok());
        MeetingEditor editor;
        editor.setWork(work());
        editor.setMeeting(*created, {});
        editor.titleEdit()->setText(u"Renewal prep"_s);
        editor.addActionItem(ActionItem { 0, u"Send pricing"_s, u"CSM"_s, QDate::currentDate().addDays(3), {}, {}, 0 });
        QVERIFY(editor.save());
        const Meeting saved = *work()->meeting(created->id);
        QCOMPARE(saved.title, u"Renewal prep"_s);
        QVERIFY(std::any_of(saved.actionItems.cbegin(), saved.actionItems.cend(),
                            [](const ActionItem &a) { return a.title == u"Send pricing"; }));

        m_session->undoStack()->undo();
        QCOMPARE(work()->meeting(created->id)->title, created->title);
        QVERIFY(std::none_of(work()->meeting(created->id)->actionItems.cbegin(), work()->meeting(created->id)->actionItems.cend(),
                             [](const ActionItem &a) { return a.title == u"Send pricing"; }));
        m_session->undoStack()->redo();
        const Meeting redone = *work()->meeting(created->id);
        QCOMPARE(redone.title, u"Renewal prep"_s);
        QVERIFY(std::any_of(redone.actionItems.cbegin(), redone.actionItems.cend(),
                            [](const ActionItem &a) { return a.title == u"Send pricing"; }));
    }

    void theChecklistChecksSkipsAndUndoes()
    {
        const PlaybookRun run = openRun();
        QVERIFY(run.id > 0);
        PlaybooksView view;
        view.setWork(work());
        view.showAccount(run.accountId);
        const RunStep step = *std::find_if(run.steps.cbegin(), run.steps.cend(), [](const RunStep &s) { return s.isOpen(); });
        QTreeWidgetItem *item = view.stepItem(step.id);
        QVERIFY(item);
        QVERIFY(item->flags().testFlag(Qt::ItemIsUserCheckable));

        QSignalSpy changed(work(), &AccountWork::changed);
        item->setCheckState(0, Qt::Checked); // as a click or Space does
        QCOMPARE(changed.count(), 1);
        auto stored = PlaybookRepository(m_session->connection()).run(run.id);
        auto find = [&](const PlaybookRun &r) {
            return *std::find_if(r.steps.cbegin(), r.steps.cend(), [&](const RunStep &s) { return s.id == step.id; });
        };
        QCOMPARE(find(*stored).status, StepStatus::Done);
        QVERIFY(!find(*stored).doneBy.isEmpty());

        m_session->undoStack()->undo();
        QCOMPARE(find(*PlaybookRepository(m_session->connection()).run(run.id)).status, StepStatus::Open);

        // Skipping needs a reason; with one it is stored and undoable.
        QSignalSpy failed(work(), &AccountWork::failed);
        view.refresh();
        view.tree()->setCurrentItem(view.stepItem(step.id));
        view.skipCurrentStep(u"  "_s);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(find(*PlaybookRepository(m_session->connection()).run(run.id)).status, StepStatus::Open);
        view.skipCurrentStep(u"Champion on leave"_s);
        QCOMPARE(find(*PlaybookRepository(m_session->connection()).run(run.id)).skipReason, u"Champion on leave"_s);
        view.refresh();
        QCOMPARE(view.stepItem(step.id)->text(2), u"skipped"_s);
        m_session->undoStack()->undo();
        QCOMPARE(find(*PlaybookRepository(m_session->connection()).run(run.id)).status, StepStatus::Open);

        // A run with open steps does not complete.
        view.refresh();
        view.tree()->setCurrentItem(view.tree()->topLevelItem(0));
        view.completeCurrentRun();
        QCOMPARE(failed.count(), 2);
        QVERIFY(failed.last().at(0).toString().contains(u"open step"_s));
    }

    void searchHighlightsMatchesAndShowsMarkupLiterally()
    {
        const qint64 account = someAccount();
        auto meeting = work()->newMeeting(account, MeetingKind::CheckIn, QDate::currentDate());
        QVERIFY(meeting.ok());
        Meeting m = *meeting;
        m.bodyHtml = u"<p>Customer pasted &lt;script&gt;steal()&lt;/script&gt; into the zanzibar field</p>"_s;
        QVERIFY(work()->saveMeeting(m).ok());

        NoteSearchDialog dialog(work());
        QSignalSpy searched(&dialog, &NoteSearchDialog::searched);
        dialog.search(u"zanzibar"_s);
        QVERIFY(searched.wait(10000));
        QCOMPARE(searched.last().at(0).toInt(), 1);
        const QString html = dialog.results()->topLevelItem(0)->data(2, Qt::UserRole + 10).toString();
        QVERIFY2(html.contains(u"<b>zanzibar</b>"_s), qPrintable(html));
        QVERIFY2(html.contains(u"&lt;script&gt;"_s) && !html.contains(u"<script>"_s), qPrintable(html));

        QSignalSpy requested(&dialog, &NoteSearchDialog::noteRequested);
        dialog.results()->setCurrentItem(dialog.results()->topLevelItem(0));
        QTest::keyClick(dialog.results(), Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(1).toLongLong(), m.id);
    }

    void templatesAreEditedAndAddedWithTheirFaultsNamed()
    {
        PlaybookEditorDialog dialog(work());
        QVERIFY(dialog.list()->count() >= 7);
        const Playbook onboarding = *PlaybookRepository(m_session->connection()).playbookByKey(u"onboarding"_s);
        dialog.selectPlaybook(onboarding.id);
        QCOMPARE(dialog.nameEdit()->text(), onboarding.name);
        QCOMPARE(dialog.stepsTable()->rowCount(), int(onboarding.steps.size()));

        // A built-in template gets a fifth step.
        dialog.addStep(PlaybookStep { u"60-day health check"_s, u"Review adoption"_s, 60, u"csm"_s, {} });
        QVERIFY(dialog.saveCurrent());
        const Playbook edited = *PlaybookRepository(m_session->connection()).playbookByKey(u"onboarding"_s);
        QCOMPARE(edited.steps.size(), onboarding.steps.size() + 1);
        QCOMPARE(edited.steps.last().dueOffsetDays, 60);
        QCOMPARE(edited.trigger, onboarding.trigger);

        // A template without a name is not saved, and says why.
        dialog.nameEdit()->clear();
        QVERIFY(!dialog.saveCurrent());
        QVERIFY2(dialog.statusLabel()->text().contains(u"name"_s), qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(PlaybookRepository(m_session->connection()).playbookByKey(u"onboarding"_s)->name, onboarding.name);

        // A new one of the user's own, on a rule with a window.
        const int before = dialog.list()->count();
        dialog.newPlaybook();
        dialog.nameEdit()->setText(u"Executive sponsor check"_s);
        dialog.triggerBox()->setCurrentIndex(dialog.triggerBox()->findData(int(PlaybookTrigger::Kind::NoTouch)));
        dialog.daysBox()->setValue(60);
        QVERIFY(dialog.saveCurrent());
        QCOMPARE(dialog.list()->count(), before + 1);
        auto created = PlaybookRepository(m_session->connection()).playbookByKey(u"executive_sponsor_check"_s);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        QCOMPARE(created->trigger.kind, PlaybookTrigger::Kind::NoTouch);
        QCOMPARE(created->trigger.days, 60);
        QVERIFY(!created->builtin);
    }

    void theWindowOpensANoteAtItsMatch()
    {
        auto session = BookSession::open(m_path);
        QVERIFY(session.ok());
        MainWindow window;
        window.setOfferDemoWhenEmpty(false);
        window.setEvaluateRulesOnOpen(false);
        QSignalSpy loaded(session->get(), &BookSession::loaded);
        window.setSession(std::move(*session));
        QVERIFY(loaded.wait(10000));
        const qint64 account = someAccount();
        auto meetings = window.session()->work()->meetings(account);
        QVERIFY(meetings.ok() && !meetings->isEmpty());
        const Meeting target = meetings->last();
        window.openNote(account, target.id, { u"the"_s });
        QCOMPARE(window.detailPane()->accountId(), account);
        QCOMPARE(window.accountTabs()->notes()->editor()->meetingId(), target.id);

        // The timeline tab shows the account's history, meetings included.
        window.accountTabs()->showTab(AccountTabs::Timeline);
        TimelineModel *timeline = window.accountTabs()->timeline()->model();
        QVERIFY(timeline->rowCount() > 0);
        bool hasMeeting = false;
        for (int r = 0; r < timeline->rowCount(); ++r)
            hasMeeting |= TimelineEntry::Kind(timeline->index(r, 0).data(TimelineModel::KindRole).toInt())
                == TimelineEntry::Kind::Meeting;
        QVERIFY(hasMeeting);
    }
};

QTEST_MAIN(TestAccountWork)
#include "tst_accountwork.moc"
