#include "healthmodeleditor.h"

#include "itemmodels/bookmodel.h"
#include "itemmodels/healthmodeleditmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace csm {

namespace {

/// Combo boxes for the columns with choices, wide-range spin boxes for the numbers.
class HealthModelDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QStringList choices = index.data(HealthModelEditModel::ChoicesRole).toStringList();
        if (!choices.isEmpty()) {
            auto *box = new QComboBox(parent);
            box->addItems(choices);
            return box;
        }
        if (index.data(Qt::EditRole).typeId() == QMetaType::Double) {
            auto *box = new QDoubleSpinBox(parent);
            box->setRange(-1e7, 1e7);
            box->setDecimals(2);
            box->setFrame(false);
            return box;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            box->setCurrentIndex(index.data(Qt::EditRole).toInt());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            model->setData(index, box->currentIndex());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

QString bandName(HealthBand band)
{
    return band == HealthBand::None ? HealthModelEditor::tr("Not scored") : healthBandDisplayName(band);
}

QDoubleSpinBox *thresholdBox(double value, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 100);
    box->setDecimals(0);
    box->setValue(value);
    return box;
}

} // namespace

HealthModelEditor::HealthModelEditor(const HealthModelSet &models, const HealthBands &bands, Preview preview,
                                     NameOf nameOf, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_original(models)
    , m_originalBands(bands)
    , m_preview(std::move(preview))
    , m_nameOf(std::move(nameOf))
    , m_slotBox(new QComboBox(this))
    , m_ownModel(new QCheckBox(tr("Score this segment with its &own model"), this))
    , m_edit(new HealthModelEditModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add Measure"), this))
    , m_remove(new QPushButton(tr("&Remove Measure"), this))
    , m_reset(new QPushButton(tr("Reset to &Defaults"), this))
    , m_amberFrom(thresholdBox(bands.amberFrom, this))
    , m_greenFrom(thresholdBox(bands.greenFrom, this))
    , m_status(new QLabel(this))
    , m_previewSummary(new QLabel(this))
    , m_previewList(new QTreeWidget(this))
    , m_previewTimer(new QTimer(this))
{

    m_slotBox->addItems({ tr("Standard (accounts past onboarding)"), tr("Onboarding (time-to-value and setup)"),
                          segmentDisplayName(Segment::High), segmentDisplayName(Segment::Mid),
                          segmentDisplayName(Segment::Tech) });
    m_slotBox->setAccessibleName(tr("Model to edit"));

    m_table->setModel(m_edit);
    m_table->setItemDelegate(new HealthModelDelegate(m_table));
    m_table->setAccessibleName(tr("Measures of the model"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(200);

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_previewSummary->setWordWrap(true);
    m_previewSummary->setTextFormat(Qt::PlainText);
    m_previewList->setAccessibleName(tr("Accounts that would change band"));
    m_previewList->setRootIsDecorated(false);
    m_previewList->setColumnCount(5);
    m_previewList->setHeaderLabels({ tr("Account"), tr("ARR"), tr("Now"), tr("After"), tr("Score") });
    m_previewList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_previewList->setMinimumHeight(100);

    auto *top = new QHBoxLayout;
    auto *slotLabel = new QLabel(tr("&Model:"), this);
    slotLabel->setBuddy(m_slotBox);
    top->addWidget(slotLabel);
    top->addWidget(m_slotBox, 1);
    top->addWidget(m_ownModel);

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addWidget(m_reset);
    rowButtons->addStretch(1);

    auto *bandsRow = new QHBoxLayout;
    auto *amberLabel = new QLabel(tr("Bands: amber &from score"), this);
    amberLabel->setBuddy(m_amberFrom);
    auto *greenLabel = new QLabel(tr("&green from score"), this);
    greenLabel->setBuddy(m_greenFrom);
    bandsRow->addWidget(amberLabel);
    bandsRow->addWidget(m_amberFrom);
    bandsRow->addSpacing(12);
    bandsRow->addWidget(greenLabel);
    bandsRow->addWidget(m_greenFrom);
    bandsRow->addSpacing(12);
    bandsRow->addWidget(new QLabel(tr("(below amber is red)"), this));
    bandsRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 2);
    layout->addLayout(rowButtons);
    layout->addWidget(m_status);
    layout->addLayout(bandsRow);
    auto *previewTitle = new QLabel(tr("Effect before applying"), this);
    QFont bold = previewTitle->font();
    bold.setBold(true);
    previewTitle->setFont(bold);
    layout->addWidget(previewTitle);
    layout->addWidget(m_previewSummary);
    layout->addWidget(m_previewList, 1);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(400);
    connect(m_previewTimer, &QTimer::timeout, this, &HealthModelEditor::previewNow);
    connect(&m_watcher, &QFutureWatcher<Result<HealthWhatIf>>::finished, this, [this] {
        // Only the latest request's result is shown; older ones finish and are dropped.
        if (m_watcher.property("generation").toULongLong() == m_generation)
            showPreview(m_watcher.result());
    });

    connect(m_slotBox, &QComboBox::currentIndexChanged, this, [this](int slot) {
        storeSlot();
        loadSlot(slot);
    });
    connect(m_ownModel, &QCheckBox::toggled, this, &HealthModelEditor::setOwnModel);
    connect(m_edit, &HealthModelEditModel::edited, this, &HealthModelEditor::onEdited);
    connect(m_amberFrom, &QDoubleSpinBox::valueChanged, this, &HealthModelEditor::onEdited);
    connect(m_greenFrom, &QDoubleSpinBox::valueChanged, this, &HealthModelEditor::onEdited);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_edit->addMeasure(m_table->currentIndex().row());
        if (row >= 0) {
            m_table->setCurrentIndex(m_edit->index(row, HealthModelEditModel::MeasureColumn));
            m_table->edit(m_table->currentIndex());
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_edit->removeMeasure(m_table->currentIndex().row()); });
    connect(m_reset, &QPushButton::clicked, this, &HealthModelEditor::resetSlot);
    loadSlot(StandardSlot);
}

std::optional<Segment> HealthModelEditor::segmentOf(int slot)
{
    switch (slot) {
    case HighSlot: return Segment::High;
    case MidSlot: return Segment::Mid;
    case TechSlot: return Segment::Tech;
    default: return std::nullopt;
    }
}

void HealthModelEditor::selectSlot(Slot slot)
{
    m_slotBox->setCurrentIndex(slot);
}

HealthModelSet HealthModelEditor::models() const
{
    HealthModelSet set = m_models;
    if (m_edit->isReadOnly())
        return set; // a segment scored by the standard model: nothing of its own on screen
    const HealthModel edited = m_edit->healthModel();
    if (m_slot == StandardSlot)
        set.standard = edited;
    else if (m_slot == OnboardingSlot)
        set.onboarding = edited;
    else if (const auto segment = segmentOf(m_slot))
        set.bySegment.insert(*segment, edited);
    return set;
}

void HealthModelEditor::storeSlot()
{
    m_models = models();
}

void HealthModelEditor::loadSlot(int slot)
{
    m_loading = true;
    m_slot = slot;
    const auto segment = segmentOf(slot);
    const bool own = segment && m_models.bySegment.contains(*segment);
    m_ownModel->setVisible(segment.has_value());
    m_ownModel->setChecked(own);
    m_edit->setReadOnly(segment && !own);
    if (slot == StandardSlot)
        m_edit->setHealthModel(m_models.standard);
    else if (slot == OnboardingSlot)
        m_edit->setHealthModel(m_models.onboarding);
    else
        m_edit->setHealthModel(own ? m_models.bySegment.value(*segment) : m_models.standard);
    const bool editable = !m_edit->isReadOnly();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable);
    m_reset->setEnabled(editable);
    m_loading = false;
    onEdited();
}

void HealthModelEditor::setOwnModel(bool own)
{
    const auto segment = segmentOf(m_slot);
    if (m_loading || !segment)
        return;
    if (own) {
        HealthModel model = m_models.standard;
        model.key = segmentKey(*segment);
        model.name = segmentDisplayName(*segment);
        m_models.bySegment.insert(*segment, model);
    } else {
        m_models.bySegment.remove(*segment);
    }
    loadSlot(m_slot);
}

void HealthModelEditor::resetSlot()
{
    if (m_edit->isReadOnly())
        return;
    if (m_slot == OnboardingSlot) {
        m_edit->setHealthModel(HealthModel::defaultOnboarding());
    } else {
        HealthModel model = HealthModel::defaultStandard();
        if (const auto segment = segmentOf(m_slot)) {
            model.key = segmentKey(*segment);
            model.name = segmentDisplayName(*segment);
        }
        m_edit->setHealthModel(model);
    }
}

HealthBands HealthModelEditor::bands() const
{
    HealthBands bands;
    bands.amberFrom = m_amberFrom->value();
    bands.greenFrom = m_greenFrom->value();
    return bands;
}

bool HealthModelEditor::isChanged() const
{
    return models() != m_original || bands() != m_originalBands;
}

QString HealthModelEditor::problem() const
{
    // The model on screen is named by the chooser; the others by their own names.
    if (auto valid = m_edit->validate(); !valid)
        return tr("%1: %2").arg(m_slotBox->currentText(), valid.errorMessage());
    if (auto valid = models().validate(); !valid)
        return valid.errorMessage();
    if (auto valid = bands().validate(); !valid)
        return valid.errorMessage();
    return {};
}

void HealthModelEditor::onEdited()
{
    if (m_loading)
        return;
    const QLocale locale;
    const QString wrong = problem();
    const QString total = tr("Total weight: %1 of 100.").arg(locale.toString(m_edit->totalWeight(), 'g', 6));
    const QString readOnly = m_edit->isReadOnly() ? tr(" This segment is scored by the standard model.") : QString();
    QPalette statusPalette = palette();
    if (wrong.isEmpty()) {
        m_status->setText(total + readOnly);
    } else {
        m_status->setText(tr("⚠ %1 %2 — nothing can be saved until it is fixed; the book keeps its current model.")
                              .arg(total, wrong));
        statusPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    }
    m_status->setPalette(statusPalette);

    const bool changed = isChanged();
    emit edited();
    if (!wrong.isEmpty()) {
        ++m_generation; // a preview still running is for a model that no longer stands
        m_previewTimer->stop();
        m_previewSummary->setText(tr("Fix the model to see its effect."));
        m_previewList->clear();
        return;
    }
    if (!changed) {
        ++m_generation;
        m_previewTimer->stop();
        m_previewSummary->setText(tr("No change yet: edit the model or the bands to see which accounts would move."));
        m_previewList->clear();
        return;
    }
    m_previewSummary->setText(tr("Computing the effect…"));
    m_previewTimer->start();
}

void HealthModelEditor::previewNow()
{
    m_previewTimer->stop();
    if (!m_preview || !problem().isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_watcher.setProperty("generation", generation);
    m_watcher.setFuture(m_preview(models(), bands()));
}

void HealthModelEditor::showPreview(const Result<HealthWhatIf> &result)
{
    m_previewList->clear();
    if (!result) {
        m_previewSummary->setText(tr("The effect could not be computed: %1").arg(result.errorMessage()));
        emit previewShown();
        return;
    }
    const QLocale locale;
    const HealthWhatIf &w = *result;
    const QString usd = QStringLiteral("USD");
    if (w.changes.isEmpty()) {
        m_previewSummary->setText(tr("No account would change band."));
    } else {
        m_previewSummary->setText(
            tr("%n account(s) would change band (%1 ARR); ", nullptr, int(w.changes.size()))
                .arg(formatMoneyShort(locale, w.arrCentsChanged, usd))
            + tr("%n would move into red (%1 ARR).", nullptr, w.intoRed).arg(formatMoneyShort(locale, w.arrCentsIntoRed, usd)));
    }
    QList<HealthBandChange> changes = w.changes;
    std::stable_sort(changes.begin(), changes.end(),
                     [](const HealthBandChange &a, const HealthBandChange &b) { return a.arrCents > b.arrCents; });
    constexpr int MaxRows = 500;
    for (qsizetype i = 0; i < changes.size() && i < MaxRows; ++i) {
        const HealthBandChange &c = changes.at(i);
        auto *item = new QTreeWidgetItem(m_previewList);
        item->setText(0, m_nameOf ? m_nameOf(c.accountId) : QString::number(c.accountId));
        item->setData(0, Qt::UserRole, c.accountId);
        item->setText(1, formatMoneyShort(locale, c.arrCents, usd));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, bandName(c.from));
        item->setText(3, bandName(c.to));
        auto score = [&locale](const std::optional<double> &s) { return s ? locale.toString(std::floor(*s), 'f', 0) : QStringLiteral("—"); };
        item->setText(4, tr("%1 → %2").arg(score(c.fromScore), score(c.toScore)));
    }
    if (changes.size() > MaxRows) {
        auto *more = new QTreeWidgetItem(m_previewList);
        more->setText(0, tr("… and %n more", nullptr, int(changes.size() - MaxRows)));
    }
    emit previewShown();
}

} // namespace csm
