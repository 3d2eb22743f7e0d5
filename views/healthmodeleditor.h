#pragma once

#include "health/healthband.h"
#include "health/healthmodelset.h"
#include "health/healthservice.h"

#include <QWidget>
#include <QFuture>
#include <QFutureWatcher>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;

namespace csm {

class HealthModelEditModel;

/// Edits the book's health models (standard, onboarding and optional per-segment models) and its
/// band thresholds, and previews — before anything is applied — how many accounts and how much ARR
/// would change band, and which. Invalid input (weights not summing to 100, overlapping
/// thresholds) is named, and problem() says it, so nothing is saved until it is fixed. Used by the
/// Health Model dialog and the Health page of Settings.
class HealthModelEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthModelEditor)

public:
    /// Computes a what-if off the UI thread.
    using Preview = std::function<QFuture<Result<HealthWhatIf>>(const HealthModelSet &, const HealthBands &)>;
    /// The account's name for the preview list.
    using NameOf = std::function<QString(qint64 accountId)>;

    /// The model slots the editor switches between, in the order of its chooser.
    enum Slot { StandardSlot, OnboardingSlot, HighSlot, MidSlot, TechSlot };

    HealthModelEditor(const HealthModelSet &models, const HealthBands &bands, Preview preview, NameOf nameOf,
                      QWidget *parent = nullptr);

    /// The edited models and bands (valid when problem() is empty).
    HealthModelSet models() const;
    HealthBands bands() const;
    /// Empty when the edited models and bands are valid, else what is wrong.
    QString problem() const;
    /// Whether the models or bands differ from those the editor opened with.
    bool isChanged() const;

    // For tests and keyboard users: the parts of the editor.
    void selectSlot(Slot slot);
    HealthModelEditModel *editModel() const { return m_edit; }
    QCheckBox *ownModelBox() const { return m_ownModel; }
    QDoubleSpinBox *amberFromBox() const { return m_amberFrom; }
    QDoubleSpinBox *greenFromBox() const { return m_greenFrom; }
    QLabel *previewSummary() const { return m_previewSummary; }
    QTreeWidget *previewList() const { return m_previewList; }
    /// Starts the preview now instead of after the typing pause.
    void previewNow();

signals:
    /// A preview finished and is shown.
    void previewShown();
    /// The models or bands changed on screen: problem() and isChanged() may say otherwise now.
    void edited();

private:
    static std::optional<Segment> segmentOf(int slot);
    void storeSlot();
    void loadSlot(int slot);
    void setOwnModel(bool own);
    void resetSlot();
    void onEdited();
    void showPreview(const Result<HealthWhatIf> &result);

    HealthModelSet m_models;
    const HealthModelSet m_original;
    const HealthBands m_originalBands;
    Preview m_preview;
    NameOf m_nameOf;
    int m_slot = StandardSlot;
    bool m_loading = false;

    QComboBox *m_slotBox;
    QCheckBox *m_ownModel;
    HealthModelEditModel *m_edit;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_reset;
    QDoubleSpinBox *m_amberFrom;
    QDoubleSpinBox *m_greenFrom;
    QLabel *m_status;
    QLabel *m_previewSummary;
    QTreeWidget *m_previewList;
    QTimer *m_previewTimer;
    QFutureWatcher<Result<HealthWhatIf>> m_watcher;
    quint64 m_generation = 0;
};

} // namespace csm
