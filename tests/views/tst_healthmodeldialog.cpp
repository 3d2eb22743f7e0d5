// The health model editor over a generated demo book: invalid input keeps Apply off and names the
// fault; a valid edit previews, off the UI thread, exactly the accounts the engine says would move;
// segments can get a model of their own.
#include "healthmodeldialog.h"

#include "book/booksession.h"
#include "demo/demogenerator.h"
#include "health/healthservice.h"
#include "itemmodels/healthmodeleditmodel.h"
#include "store/database.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace csm;
using namespace Qt::StringLiterals;

using Col = HealthModelEditModel::Column;

class TestHealthModelDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<BookSession> m_session;

    std::unique_ptr<HealthModelDialog> makeDialog()
    {
        const HealthService health(m_session->connection());
        BookSession *session = m_session.get();
        return std::make_unique<HealthModelDialog>(
            *health.models(), *health.bands(),
            [session](const HealthModelSet &m, const HealthBands &b) { return session->previewHealthModels(m, b); },
            [](qint64 id) { return u"Account %1"_s.arg(id); });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"demo.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
            DemoOptions options;
            options.accounts = 150;
            QVERIFY(generateDemoBook((*db)->connection(), options).ok());
            const HealthService health((*db)->connection());
            QVERIFY(health.recompute(health.today()).ok());
        }
        auto session = BookSession::open(path);
        QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
        m_session = std::move(*session);
    }

    void cleanupTestCase() { m_session.reset(); }

    void opensOnTheBooksModelWithNothingToApply()
    {
        auto dialog = makeDialog();
        QCOMPARE(dialog->editModel()->healthModel(), HealthModel::defaultStandard());
        QVERIFY(dialog->problem().isEmpty());
        QVERIFY(!dialog->applyButton()->isEnabled());
        QVERIFY(dialog->previewSummary()->text().contains(u"No change"_s));
    }

    void weightsNotSummingTo100KeepApplyOffAndSayWhy()
    {
        auto dialog = makeDialog();
        HealthModelEditModel *edit = dialog->editModel();
        const double weight = edit->index(0, Col::WeightColumn).data(Qt::EditRole).toDouble();
        QVERIFY(edit->setData(edit->index(0, Col::WeightColumn), weight + 5));
        QVERIFY2(dialog->problem().contains(u"not 100"_s), qPrintable(dialog->problem()));
        QVERIFY(!dialog->applyButton()->isEnabled());
        QVERIFY(dialog->previewSummary()->text().contains(u"Fix the model"_s));
        // Taking the five points from the next measure makes it whole again.
        const double next = edit->index(1, Col::WeightColumn).data(Qt::EditRole).toDouble();
        QVERIFY(edit->setData(edit->index(1, Col::WeightColumn), next - 5));
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        QVERIFY(dialog->applyButton()->isEnabled());
    }

    void overlappingBandsAreRefused()
    {
        auto dialog = makeDialog();
        dialog->greenFromBox()->setValue(40); // below amber (50)
        QVERIFY2(dialog->problem().contains(u"green"_s), qPrintable(dialog->problem()));
        QVERIFY(!dialog->applyButton()->isEnabled());
    }

    void previewListsTheAccountsTheEngineWouldMove()
    {
        auto dialog = makeDialog();
        QSignalSpy shown(dialog.get(), &HealthModelDialog::previewShown);
        dialog->greenFromBox()->setValue(90);
        dialog->amberFromBox()->setValue(65);
        QVERIFY(dialog->applyButton()->isEnabled());
        dialog->previewNow();
        QVERIFY(shown.wait(20000));

        auto expected = HealthService(m_session->connection()).whatIf(dialog->models(), dialog->bands());
        QVERIFY2(expected.ok(), qPrintable(expected.errorMessage()));
        QVERIFY(!expected->changes.isEmpty()); // stricter bands move somebody in a demo book
        QCOMPARE(dialog->previewList()->topLevelItemCount(), int(expected->changes.size()));
        QVERIFY2(dialog->previewSummary()->text().startsWith(u"%1 account"_s.arg(expected->changes.size())),
                 qPrintable(dialog->previewSummary()->text()));
        QVERIFY(dialog->previewSummary()->text().contains(u"%1 would move into red"_s.arg(expected->intoRed)));
        // Largest ARR first, each named, with its bands before and after.
        const QTreeWidgetItem *first = dialog->previewList()->topLevelItem(0);
        const auto largest = std::max_element(expected->changes.cbegin(), expected->changes.cend(),
                                              [](const auto &a, const auto &b) { return a.arrCents < b.arrCents; });
        QCOMPARE(first->text(0), u"Account %1"_s.arg(largest->accountId));
        QCOMPARE(first->text(2), healthBandDisplayName(largest->from));
        QCOMPARE(first->text(3), healthBandDisplayName(largest->to));
        // Nothing was applied by previewing.
        QCOMPARE(*HealthService(m_session->connection()).bands(), HealthBands {});
    }

    void aSegmentGetsItsOwnModelOnlyWhenAskedTo()
    {
        auto dialog = makeDialog();
        dialog->selectSlot(HealthModelDialog::HighSlot);
        QVERIFY(dialog->editModel()->isReadOnly());
        QVERIFY(!dialog->ownModelBox()->isChecked());
        QVERIFY(!dialog->editModel()->setData(dialog->editModel()->index(0, Col::WeightColumn), 1.0));
        QVERIFY(dialog->models().bySegment.isEmpty());

        dialog->ownModelBox()->setChecked(true);
        QVERIFY(!dialog->editModel()->isReadOnly());
        HealthModelEditModel *edit = dialog->editModel();
        const double a = edit->index(0, Col::WeightColumn).data(Qt::EditRole).toDouble();
        const double b = edit->index(1, Col::WeightColumn).data(Qt::EditRole).toDouble();
        QVERIFY(edit->setData(edit->index(0, Col::WeightColumn), a + 5));
        QVERIFY(edit->setData(edit->index(1, Col::WeightColumn), b - 5));

        // Switching away and back keeps the segment's edits; the standard model is untouched.
        dialog->selectSlot(HealthModelDialog::StandardSlot);
        QCOMPARE(dialog->editModel()->healthModel(), HealthModel::defaultStandard());
        dialog->selectSlot(HealthModelDialog::HighSlot);
        QCOMPARE(dialog->editModel()->index(0, Col::WeightColumn).data(Qt::EditRole).toDouble(), a + 5);

        const HealthModelSet models = dialog->models();
        QCOMPARE(models.bySegment.size(), 1);
        QCOMPARE(models.bySegment.value(Segment::High).key, u"high"_s);
        QCOMPARE(models.bySegment.value(Segment::High).measures().at(0).weight, a + 5);
        QCOMPARE(models.standard, HealthModel::defaultStandard());
        QVERIFY(dialog->problem().isEmpty());
        QVERIFY(dialog->applyButton()->isEnabled());

        dialog->ownModelBox()->setChecked(false);
        QVERIFY(dialog->models().bySegment.isEmpty());
        QVERIFY(!dialog->applyButton()->isEnabled());
    }

    void applyingThroughTheSessionRescoresInTheBackground()
    {
        auto dialog = makeDialog();
        dialog->greenFromBox()->setValue(90);
        QVERIFY(dialog->applyButton()->isEnabled());
        QSignalSpy finished(m_session.get(), &BookSession::jobFinished);
        m_session->applyHealthModels(dialog->models(), dialog->bands());
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toString().contains(u"applied"_s), qPrintable(finished.at(0).at(0).toString()));
        QCOMPARE(HealthService(m_session->connection()).bands()->greenFrom, 90.0);
        m_session->waitForIdle();
    }
};

QTEST_MAIN(TestHealthModelDialog)
#include "tst_healthmodeldialog.moc"
