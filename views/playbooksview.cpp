#include "playbooksview.h"

#include "book/accountwork.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csm {

PlaybooksView::PlaybooksView(QWidget *parent)
    : QWidget(parent)
    , m_templates(new QComboBox(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_tree(new QTreeWidget(this))
    , m_guidance(new QLabel(this))
    , m_skip(new QPushButton(tr("S&kip Step…"), this))
    , m_complete(new QPushButton(tr("Co&mplete"), this))
    , m_cancel(new QPushButton(tr("Cancel &Playbook…"), this))
{
    setAccessibleName(tr("Playbooks of the account"));
    m_templates->setAccessibleName(tr("Playbook to start"));
    m_tree->setAccessibleName(tr("Playbook runs and their steps"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({ tr("Playbook / step"), tr("Due"), tr("Done") });
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(false); // the step titles take the room
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_guidance->setWordWrap(true);
    m_guidance->setTextFormat(Qt::PlainText);
    m_guidance->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Start a playbook:"), this));
    top->addWidget(m_templates, 1);
    top->addWidget(m_start);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_skip);
    buttons->addWidget(m_complete);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_guidance);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, &PlaybooksView::startSelectedPlaybook);
    connect(m_tree, &QTreeWidget::itemChanged, this, &PlaybooksView::onItemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PlaybooksView::updateButtons);
    connect(m_skip, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Skip Step"), tr("Why is this step skipped?"),
                                                     QLineEdit::Normal, {}, &ok);
        if (ok)
            skipCurrentStep(reason);
    });
    connect(m_complete, &QPushButton::clicked, this, &PlaybooksView::completeCurrentRun);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Cancel Playbook"), tr("Why is this playbook cancelled?"),
                                                     QLineEdit::Normal, {}, &ok);
        if (ok)
            cancelCurrentRun(reason);
    });
    updateButtons();
}

void PlaybooksView::setWork(AccountWork *work)
{
    if (m_work)
        disconnect(m_work, nullptr, this, nullptr);
    m_work = work;
    if (m_work)
        connect(m_work, &AccountWork::playbooksChanged, this, [this] { reloadTemplates(); });
    m_templates->clear();
    m_accountId = 0;
    m_tree->clear();
    reloadTemplates();
}

void PlaybooksView::reloadTemplates()
{
    m_templates->clear();
    if (!m_work)
        return;
    if (auto playbooks = m_work->playbooks())
        for (const Playbook &p : *playbooks)
            m_templates->addItem(p.name, p.id);
    updateButtons();
}

void PlaybooksView::showAccount(qint64 accountId)
{
    m_accountId = accountId;
    if (!m_work || accountId <= 0) {
        m_tree->clear();
        return;
    }
    auto runs = m_work->runs(accountId);
    if (!runs) {
        m_tree->clear();
        m_guidance->setText(runs.errorMessage());
        return;
    }
    fill(*runs);
}

void PlaybooksView::fill(const QList<PlaybookRun> &runs)
{
    // Keep the current step or run selected across a refresh.
    qint64 currentStep = 0, currentRun = 0;
    if (QTreeWidgetItem *item = m_tree->currentItem()) {
        currentStep = item->data(0, StepIdRole).toLongLong();
        currentRun = item->data(0, RunIdRole).toLongLong();
    }
    m_filling = true;
    m_tree->clear();
    const QLocale locale;
    const QDate today = m_work ? m_work->today() : QDate::currentDate();
    QTreeWidgetItem *select = nullptr;
    for (const PlaybookRun &run : runs) {
        auto *top = new QTreeWidgetItem(m_tree);
        const bool open = run.status == RunStatus::Open;
        top->setText(0, tr("%1 — %2 of %3 done · %4 · started %5")
                            .arg(run.playbookName)
                            .arg(run.finished())
                            .arg(run.total())
                            .arg(runStatusDisplayName(run.status).toLower(), locale.toString(run.startedOn, QLocale::ShortFormat)));
        top->setData(0, StatusRole, int(run.status));
        top->setToolTip(0, run.reason + (run.endReason.isEmpty() ? QString() : QStringLiteral("\n") + run.endReason));
        top->setData(0, RunIdRole, run.id);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const RunStep &s : run.steps) {
            auto *item = new QTreeWidgetItem(top);
            item->setData(0, RunIdRole, run.id);
            item->setData(0, StepIdRole, s.id);
            item->setData(0, StatusRole, int(s.status));
            item->setText(0, s.title);
            item->setToolTip(0, s.guidance);
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
            if (open && s.status != StepStatus::Skipped)
                flags |= Qt::ItemIsUserCheckable;
            item->setFlags(flags);
            item->setCheckState(0, s.status == StepStatus::Done ? Qt::Checked : Qt::Unchecked);
            QString due = locale.toString(s.dueOn, QLocale::ShortFormat);
            if (open && s.isOverdue(today))
                due = tr("%1 · overdue").arg(due);
            else if (open && s.isDue(today))
                due = tr("%1 · due today").arg(due);
            item->setText(1, due);
            if (open && s.isDue(today)) {
                QFont strong = item->font(1);
                strong.setBold(true);
                item->setFont(1, strong);
                if (s.isOverdue(today))
                    item->setForeground(1, QColor(0xc0, 0x39, 0x2b));
            }
            if (s.status == StepStatus::Done) {
                item->setText(2, tr("✓ %1").arg(locale.toString(s.doneAt.toLocalTime().date(), QLocale::ShortFormat)));
                item->setToolTip(2, tr("Done by %1 on %2").arg(s.doneBy, locale.toString(s.doneAt.toLocalTime(), QLocale::ShortFormat)));
            } else if (s.status == StepStatus::Skipped) {
                item->setText(2, tr("skipped"));
                item->setToolTip(2, tr("Skipped by %1: %2").arg(s.doneBy, s.skipReason));
                item->setToolTip(0, s.guidance + tr("\nSkipped: %1").arg(s.skipReason));
            }
            item->setText(0, s.ownerRole == u"csm" ? s.title : tr("%1 (%2)").arg(s.title, playbookRoleDisplayName(s.ownerRole)));
            if (s.id == currentStep)
                select = item;
        }
        top->setFirstColumnSpanned(true); // the run's line reads whole; its steps use the columns
        top->setExpanded(open);
        if (!select && currentStep == 0 && run.id == currentRun)
            select = top;
    }
    m_filling = false;
    if (runs.isEmpty())
        m_guidance->setText(tr("No playbook has run on this account. Rules start them by themselves, or start one above."));
    if (select)
        m_tree->setCurrentItem(select);
    updateButtons();
}

QTreeWidgetItem *PlaybooksView::stepItem(qint64 stepId) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *run = m_tree->topLevelItem(i);
        for (int j = 0; j < run->childCount(); ++j)
            if (run->child(j)->data(0, StepIdRole).toLongLong() == stepId)
                return run->child(j);
    }
    return nullptr;
}

void PlaybooksView::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != 0 || !m_work)
        return;
    const qint64 stepId = item->data(0, StepIdRole).toLongLong();
    if (stepId <= 0)
        return;
    const bool checked = item->checkState(0) == Qt::Checked;
    const auto status = StepStatus(item->data(0, StatusRole).toInt());
    if (checked == (status == StepStatus::Done))
        return;
    m_tree->setCurrentItem(item);
    // The change refreshes the view through AccountWork::changed; on failure the refresh undoes the tick.
    if (!m_work->setStepStatus(m_accountId, stepId, checked ? StepStatus::Done : StepStatus::Open))
        refresh();
}

qint64 PlaybooksView::currentRunId() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, RunIdRole).toLongLong() : 0;
}

void PlaybooksView::startSelectedPlaybook()
{
    if (m_work && m_accountId > 0 && m_templates->currentIndex() >= 0)
        static_cast<void>(m_work->startPlaybook(m_templates->currentData().toLongLong(), m_accountId));
}

void PlaybooksView::skipCurrentStep(const QString &reason)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!m_work || !item || item->data(0, StepIdRole).toLongLong() <= 0)
        return;
    static_cast<void>(m_work->setStepStatus(m_accountId, item->data(0, StepIdRole).toLongLong(), StepStatus::Skipped, reason));
}

void PlaybooksView::completeCurrentRun()
{
    if (m_work && currentRunId() > 0)
        static_cast<void>(m_work->completeRun(m_accountId, currentRunId()));
}

void PlaybooksView::cancelCurrentRun(const QString &reason)
{
    if (m_work && currentRunId() > 0)
        static_cast<void>(m_work->cancelRun(m_accountId, currentRunId(), reason));
}

void PlaybooksView::updateButtons()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const bool step = item && item->data(0, StepIdRole).toLongLong() > 0;
    const bool openStep = step && StepStatus(item->data(0, StatusRole).toInt()) == StepStatus::Open
        && item->flags().testFlag(Qt::ItemIsUserCheckable);
    QTreeWidgetItem *run = item ? (step ? item->parent() : item) : nullptr;
    const bool openRun = run && RunStatus(run->data(0, StatusRole).toInt()) == RunStatus::Open;
    m_skip->setEnabled(openStep);
    m_complete->setEnabled(openRun);
    m_cancel->setEnabled(openRun);
    m_start->setEnabled(m_accountId > 0 && m_templates->count() > 0);
    if (step)
        m_guidance->setText(item->toolTip(0));
    else if (run)
        m_guidance->setText(run->toolTip(0));
}

} // namespace csm
