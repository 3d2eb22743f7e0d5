#include "itemmodels/healthmodeleditmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace csm;
using namespace Qt::StringLiterals;

namespace {

using Col = HealthModelEditModel::Column;

int signalIndex(HealthSignal signal)
{
    return int(std::find(AllHealthSignals.begin(), AllHealthSignals.end(), signal) - AllHealthSignals.begin());
}

} // namespace

class TestHealthModelEditModel final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsTheDefaultModelUnchanged()
    {
        HealthModelEditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const HealthModel standard = HealthModel::defaultStandard();
        model.setHealthModel(standard);
        QCOMPARE(model.rowCount(), int(standard.measures().size()));
        QCOMPARE(model.healthModel(), standard);
        QCOMPARE(model.totalWeight(), 100.0);
        QVERIFY(model.validate());
        QCOMPARE(model.index(0, Col::GroupColumn).data().toString(), standard.groups.first().name);
        QCOMPARE(model.index(0, Col::SignalColumn).data(Qt::EditRole).toInt(), signalIndex(HealthSignal::Utilisation));
        QCOMPARE(model.index(0, Col::LowColumn).data(Qt::EditRole).toDouble(), 40.0);
    }

    void weightEditsAreValidatedAsAWhole()
    {
        HealthModelEditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHealthModel(HealthModel::defaultStandard());
        QSignalSpy edited(&model, &HealthModelEditModel::edited);

        QVERIFY(model.setData(model.index(0, Col::WeightColumn), 20.0));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(model.totalWeight(), 105.0);
        const Status invalid = model.validate();
        QVERIFY(!invalid);
        QVERIFY2(invalid.errorMessage().contains(u"not 100"_s), qPrintable(invalid.errorMessage()));

        QVERIFY(model.setData(model.index(1, Col::WeightColumn), 5.0));
        QVERIFY(model.validate());
        QCOMPARE(model.healthModel().groups.first().measures.at(0).weight, 20.0);

        QVERIFY(!model.setData(model.index(0, Col::WeightColumn), -1.0));
        QVERIFY(!model.setData(model.index(0, Col::WeightColumn), u"lots"_s));
        QCOMPARE(model.totalWeight(), 100.0);
    }

    void overlappingThresholdsAreReported()
    {
        HealthModelEditModel model;
        model.setHealthModel(HealthModel::defaultStandard());
        // utilisation thresholds 40 / 60 / 80, higher is better: a poor boundary above concerning is wrong
        QVERIFY(model.setData(model.index(0, Col::LowColumn), 70.0));
        const Status invalid = model.validate();
        QVERIFY(!invalid);
        QVERIFY2(invalid.errorMessage().contains(u"utilisation"_s), qPrintable(invalid.errorMessage()));
        QVERIFY(model.setData(model.index(0, Col::DirectionColumn), 1)); // lower is better: 70 > 60 < 80 still wrong
        QVERIFY(!model.validate());
        QVERIFY(model.setData(model.index(0, Col::HighColumn), 50.0)); // 70 > 60 > 50 descends
        QVERIFY(model.validate());
        QCOMPARE(model.healthModel().measures().at(0).rule.direction, ScoringRule::Direction::LowerIsBetter);
    }

    void switchingToLinearCarriesTheRange()
    {
        HealthModelEditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHealthModel(HealthModel::defaultStandard());
        const QModelIndex mid = model.index(0, Col::MidColumn);
        QVERIFY(model.flags(mid) & Qt::ItemIsEditable);
        QVERIFY(model.setData(model.index(0, Col::KindColumn), 1));
        QVERIFY(!(model.flags(mid) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(mid, 10.0));
        const ScoringRule rule = model.healthModel().measures().at(0).rule;
        QCOMPARE(rule.kind, ScoringRule::Kind::Linear);
        QCOMPARE(rule.min, 40.0);
        QCOMPARE(rule.max, 80.0);
        QCOMPARE(rule.score(60.0), 50.0);
    }

    void groupsFollowTheGroupColumn()
    {
        HealthModelEditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHealthModel(HealthModel::defaultStandard());
        const int groupsBefore = int(model.healthModel().groups.size());
        // Move the payment measure into "Engagement"; the "Commercial" group disappears.
        int paymentRow = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, Col::SignalColumn).data(Qt::EditRole).toInt() == signalIndex(HealthSignal::Payment))
                paymentRow = r;
        QVERIFY(paymentRow >= 0);
        const QString engagement = model.index(model.rowCount() - 1, Col::GroupColumn).data().toString();
        QVERIFY(model.setData(model.index(paymentRow, Col::GroupColumn), engagement));
        HealthModel edited = model.healthModel();
        QCOMPARE(int(edited.groups.size()), groupsBefore - 1);
        QCOMPARE(edited.groups.last().measures.size(), 3);
        QVERIFY(edited.validate());

        // A new group name makes a new group with a key of its own; groups keep the order in which
        // their first measure appears, so the first row's new group comes first.
        QVERIFY(model.setData(model.index(0, Col::GroupColumn), u"Adoption & depth"_s));
        edited = model.healthModel();
        QCOMPARE(int(edited.groups.size()), groupsBefore);
        QCOMPARE(edited.groups.first().name, u"Adoption & depth"_s);
        QCOMPARE(edited.groups.first().key, u"adoption_depth"_s);
        QCOMPARE(edited.groups.first().measures.size(), 1);
        QVERIFY(!model.setData(model.index(0, Col::GroupColumn), u"  "_s));
    }

    void addsAndRemovesMeasures()
    {
        HealthModelEditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHealthModel(HealthModel::defaultOnboarding());
        const int rows = model.rowCount();
        const int added = model.addMeasure(0);
        QCOMPARE(added, 1);
        QCOMPARE(model.rowCount(), rows + 1);
        // The new measure has no weight yet, so the model is not valid until it gets one.
        QVERIFY(!model.validate());
        QVERIFY(model.setData(model.index(added, Col::SignalColumn), signalIndex(HealthSignal::Nps)));
        QCOMPARE(model.index(added, Col::MeasureColumn).data().toString(), healthSignalDisplayName(HealthSignal::Nps));
        QVERIFY(model.setData(model.index(added, Col::WeightColumn), 10.0));
        QVERIFY(model.setData(model.index(0, Col::WeightColumn), 10.0));
        QVERIFY2(model.validate(), qPrintable(model.validate().errorMessage()));
        const auto keys = model.healthModel().measures();
        QCOMPARE(keys.at(1).key, u"utilisation_2"_s); // the onboarding model already has "utilisation"

        QVERIFY(model.removeMeasure(added));
        QVERIFY(!model.removeMeasure(model.rowCount()));
        QCOMPARE(model.rowCount(), rows);
    }

    void readOnlyRefusesEdits()
    {
        HealthModelEditModel model;
        model.setHealthModel(HealthModel::defaultStandard());
        model.setReadOnly(true);
        QVERIFY(!(model.flags(model.index(0, Col::WeightColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, Col::WeightColumn), 1.0));
        QCOMPARE(model.addMeasure(), -1);
        QVERIFY(!model.removeMeasure(0));
        QCOMPARE(model.healthModel(), HealthModel::defaultStandard());
    }
};

QTEST_GUILESS_MAIN(TestHealthModelEditModel)
#include "tst_healthmodeleditmodel.moc"
