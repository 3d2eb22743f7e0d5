#include "playbookeditordialog.h"

#include "book/accountwork.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace csm {

namespace {

using Kind = PlaybookTrigger::Kind;

constexpr Kind TriggerKinds[] = { Kind::Manual,       Kind::HealthEnteredRed, Kind::RenewalWithin, Kind::StageEntered,
                                  Kind::NpsDetractor, Kind::NoTouch,          Kind::UsageDrop };

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Manual: return PlaybookEditorDialog::tr("Started by hand only");
    case Kind::HealthEnteredRed: return PlaybookEditorDialog::tr("Health enters red");
    case Kind::RenewalWithin: return PlaybookEditorDialog::tr("Renewal within N days");
    case Kind::StageEntered: return PlaybookEditorDialog::tr("Lifecycle stage becomes…");
    case Kind::NpsDetractor: return PlaybookEditorDialog::tr("NPS detractor answer");
    case Kind::NoTouch: return PlaybookEditorDialog::tr("No touch for N days");
    case Kind::UsageDrop: return PlaybookEditorDialog::tr("Active users drop N% over 30 days");
    }
    return {};
}

enum StepColumn { TitleColumn, OffsetColumn, RoleColumn, GuidanceColumn };
constexpr int MilestoneRole = Qt::UserRole + 1;

} // namespace

PlaybookEditorDialog::PlaybookEditorDialog(AccountWork *work, QWidget *parent)
    : QDialog(parent)
    , m_work(work)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_enabled(new QCheckBox(tr("The rule starts this playbook by itself"), this))
    , m_trigger(new QComboBox(this))
    , m_days(new QSpinBox(this))
    , m_percent(new QSpinBox(this))
    , m_stage(new QComboBox(this))
    , m_steps(new QTableWidget(0, 4, this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Playbook Templates"));
    m_list->setAccessibleName(tr("Playbook templates"));
    m_description->setMaximumHeight(60);
    m_description->setTabChangesFocus(true);
    for (Kind kind : TriggerKinds)
        m_trigger->addItem(kindName(kind), int(kind));
    m_days->setRange(1, 3650);
    m_days->setSuffix(tr(" days"));
    m_percent->setRange(1, 100);
    m_percent->setSuffix(QStringLiteral(" %"));
    for (LifecycleStage stage : AllLifecycleStages)
        m_stage->addItem(lifecycleStageDisplayName(stage), int(stage));
    auto *segments = new QHBoxLayout;
    for (Segment s : AllSegments) {
        m_segments[int(s)] = new QCheckBox(segmentDisplayName(s), this);
        segments->addWidget(m_segments[int(s)]);
    }
    segments->addWidget(new QLabel(tr("(none ticked: every segment)"), this));
    segments->addStretch(1);
    m_steps->setHorizontalHeaderLabels({ tr("Step"), tr("Due after (days)"), tr("Owner role"), tr("Guidance") });
    m_steps->setAccessibleName(tr("Checklist steps"));
    m_steps->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Interactive);
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setColumnWidth(TitleColumn, 240);
    m_steps->verticalHeader()->setSectionsMovable(false);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *ruleRow = new QHBoxLayout;
    ruleRow->addWidget(m_trigger, 1);
    ruleRow->addWidget(m_days);
    ruleRow->addWidget(m_percent);
    ruleRow->addWidget(m_stage);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Rule:"), ruleRow);
    form->addRow(tr("Segments:"), segments);
    form->addRow(QString(), m_enabled);

    auto *addStep = new QPushButton(tr("Add Step"), this);
    auto *removeStep = new QPushButton(tr("Remove Step"), this);
    auto *up = new QPushButton(tr("Move Up"), this);
    auto *down = new QPushButton(tr("Move Down"), this);
    auto *stepButtons = new QHBoxLayout;
    for (QPushButton *b : { addStep, removeStep, up, down })
        stepButtons->addWidget(b);
    stepButtons->addStretch(1);

    auto *newButton = new QPushButton(tr("&New Template"), this);
    auto *saveButton = new QPushButton(tr("&Save Template"), this);
    saveButton->setDefault(true);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(newButton);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_steps, 1);
    right->addLayout(stepButtons);
    right->addWidget(m_status);
    right->addWidget(saveButton, 0, Qt::AlignRight);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    resize(1000, 600);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_trigger, &QComboBox::currentIndexChanged, this, &PlaybookEditorDialog::updateTriggerFields);
    connect(addStep, &QPushButton::clicked, this, [this] {
        this->addStep(PlaybookStep { {}, {}, 7, QStringLiteral("csm"), {} });
        m_steps->editItem(m_steps->item(m_steps->rowCount() - 1, TitleColumn));
    });
    connect(removeStep, &QPushButton::clicked, this, [this] {
        if (m_steps->currentRow() >= 0)
            m_steps->removeRow(m_steps->currentRow());
    });
    auto move = [this](int by) {
        const int row = m_steps->currentRow();
        const int to = row + by;
        if (row < 0 || to < 0 || to >= m_steps->rowCount())
            return;
        for (int c = 0; c < m_steps->columnCount(); ++c) {
            QTableWidgetItem *a = m_steps->takeItem(row, c);
            QTableWidgetItem *b = m_steps->takeItem(to, c);
            m_steps->setItem(row, c, b);
            m_steps->setItem(to, c, a);
        }
        m_steps->setCurrentCell(to, m_steps->currentColumn());
    };
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(1); });
    connect(newButton, &QPushButton::clicked, this, &PlaybookEditorDialog::newPlaybook);
    connect(saveButton, &QPushButton::clicked, this, &PlaybookEditorDialog::saveCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || !m_work)
            return;
        const qint64 id = m_list->item(row)->data(Qt::UserRole).toLongLong();
        if (id == m_current.id && id > 0)
            return;
        if (auto playbooks = m_work->playbooks())
            for (const Playbook &p : *playbooks)
                if (p.id == id)
                    showPlaybook(p);
    });
    reload(0);
}

void PlaybookEditorDialog::reload(qint64 select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!m_work)
        return;
    auto playbooks = m_work->playbooks();
    if (!playbooks) {
        m_status->setText(playbooks.errorMessage());
        return;
    }
    int row = 0;
    for (const Playbook &p : *playbooks) {
        auto *item = new QListWidgetItem(p.enabled ? p.name : tr("%1 (rule off)").arg(p.name), m_list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.trigger.describe());
        if (p.id == select || (select == 0 && m_list->count() == 1))
            row = m_list->count() - 1;
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(row);
        const qint64 id = m_list->item(row)->data(Qt::UserRole).toLongLong();
        for (const Playbook &p : *playbooks)
            if (p.id == id)
                showPlaybook(p);
    }
}

void PlaybookEditorDialog::selectPlaybook(qint64 id)
{
    reload(id);
}

void PlaybookEditorDialog::showPlaybook(const Playbook &p)
{
    m_current = p;
    m_name->setText(p.name);
    m_description->setPlainText(p.description);
    m_enabled->setChecked(p.enabled);
    m_trigger->setCurrentIndex(m_trigger->findData(int(p.trigger.kind)));
    m_days->setValue(p.trigger.days > 0 ? p.trigger.days : 30);
    m_percent->setValue(p.trigger.percent > 0 ? int(p.trigger.percent) : 25);
    m_stage->setCurrentIndex(m_stage->findData(int(p.trigger.stage)));
    for (Segment s : AllSegments)
        m_segments[int(s)]->setChecked(p.trigger.segments.contains(s));
    m_steps->setRowCount(0);
    for (const PlaybookStep &s : p.steps)
        addStep(s);
    m_status->setText(p.builtin ? tr("A built-in template: change it freely; runs already started keep their steps.")
                                : QString());
    updateTriggerFields();
}

void PlaybookEditorDialog::addStep(const PlaybookStep &step)
{
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    auto *title = new QTableWidgetItem(step.title);
    title->setData(MilestoneRole, step.milestone); // not shown: kept so saving does not drop it
    if (!step.milestone.isEmpty())
        title->setToolTip(tr("Marks the account's first value when done"));
    m_steps->setItem(row, TitleColumn, title);
    auto *offset = new QTableWidgetItem;
    offset->setData(Qt::EditRole, step.dueOffsetDays);
    m_steps->setItem(row, OffsetColumn, offset);
    m_steps->setItem(row, RoleColumn, new QTableWidgetItem(step.ownerRole));
    m_steps->setItem(row, GuidanceColumn, new QTableWidgetItem(step.guidance));
}

void PlaybookEditorDialog::updateTriggerFields()
{
    const auto kind = Kind(m_trigger->currentData().toInt());
    m_days->setVisible(kind == Kind::HealthEnteredRed || kind == Kind::RenewalWithin || kind == Kind::NpsDetractor
                       || kind == Kind::NoTouch);
    m_percent->setVisible(kind == Kind::UsageDrop);
    m_stage->setVisible(kind == Kind::StageEntered);
    m_enabled->setEnabled(kind != Kind::Manual);
}

Playbook PlaybookEditorDialog::playbook() const
{
    Playbook p = m_current;
    p.name = m_name->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    p.enabled = m_enabled->isChecked();
    p.trigger = PlaybookTrigger {};
    p.trigger.kind = Kind(m_trigger->currentData().toInt());
    if (m_days->isVisibleTo(this))
        p.trigger.days = m_days->value();
    if (m_percent->isVisibleTo(this))
        p.trigger.percent = m_percent->value();
    p.trigger.stage = LifecycleStage(m_stage->currentData().toInt());
    for (Segment s : AllSegments)
        if (m_segments[int(s)]->isChecked())
            p.trigger.segments.append(s);
    p.steps.clear();
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        auto text = [&](int column) { return m_steps->item(row, column) ? m_steps->item(row, column)->text().trimmed() : QString(); };
        PlaybookStep step;
        step.title = text(TitleColumn);
        step.dueOffsetDays = m_steps->item(row, OffsetColumn) ? m_steps->item(row, OffsetColumn)->data(Qt::EditRole).toInt() : 0;
        step.ownerRole = text(RoleColumn).isEmpty() ? QStringLiteral("csm") : text(RoleColumn);
        step.guidance = text(GuidanceColumn);
        if (m_steps->item(row, TitleColumn))
            step.milestone = m_steps->item(row, TitleColumn)->data(MilestoneRole).toString();
        p.steps.append(step);
    }
    return p;
}

bool PlaybookEditorDialog::saveCurrent()
{
    if (!m_work)
        return false;
    Playbook p = playbook();
    if (p.key.isEmpty()) {
        // A new template's key comes from its name, made unique.
        QString key;
        for (QChar c : p.name.toLower())
            key += c.isLetterOrNumber() ? c : u'_';
        p.key = key.isEmpty() ? QStringLiteral("playbook") : key;
        if (auto playbooks = m_work->playbooks())
            for (int n = 2; std::any_of(playbooks->cbegin(), playbooks->cend(), [&p](const Playbook &o) { return o.key == p.key; }); ++n)
                p.key = key + u'_' + QString::number(n);
    }
    if (auto saved = m_work->savePlaybook(p); !saved) {
        m_status->setText(tr("Not saved: %1").arg(saved.errorMessage()));
        return false;
    }
    m_current = p;
    m_status->setText(tr("Saved \"%1\".").arg(p.name));
    reload(p.id);
    return true;
}

void PlaybookEditorDialog::newPlaybook()
{
    Playbook p;
    p.name = tr("New playbook");
    p.steps = { PlaybookStep { tr("First step"), {}, 3, QStringLiteral("csm"), {} } };
    showPlaybook(p);
    m_list->clearSelection();
    m_name->selectAll();
    m_name->setFocus();
}

} // namespace csm
