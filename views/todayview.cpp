#include "todayview.h"

#include "book/accountwork.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace csm {

TodayView::TodayView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TodayModel(this))
    , m_summary(new QLabel(this))
    , m_horizon(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_open(new QPushButton(tr("&Open Account"), this))
    , m_done(new QPushButton(tr("Mark &Done"), this))
    , m_reloadTimer(new QTimer(this))
{
    setAccessibleName(tr("Today"));
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_horizon->addItem(tr("Due today and overdue"), 0);
    m_horizon->addItem(tr("And the next 7 days"), 7);
    m_horizon->addItem(tr("And the next 30 days"), 30);
    m_horizon->setAccessibleName(tr("How far ahead"));

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Due and overdue work"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the list; arrows move in it
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TodayModel::DueColumn, dueColumnWidth());
    m_table->setColumnWidth(TodayModel::AccountColumn, 200);
    m_table->setColumnWidth(TodayModel::ArrColumn, 100);
    m_table->setColumnWidth(TodayModel::ItemColumn, 260);
    m_table->setColumnWidth(TodayModel::SourceColumn, 220);
    m_done->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_done->setToolTip(tr("Mark the selected item done (Ctrl+D); Edit ▸ Undo takes it back"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_horizon);
    top->addWidget(m_open);
    top->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(120);
    connect(m_reloadTimer, &QTimer::timeout, this, &TodayView::startRead);
    connect(m_horizon, &QComboBox::currentIndexChanged, this, &TodayView::reload);
    connect(m_table, &QTableView::activated, this, &TodayView::openSelected);
    connect(m_open, &QPushButton::clicked, this, &TodayView::openSelected);
    connect(m_done, &QPushButton::clicked, this, &TodayView::markSelectedDone);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TodayView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TodayView::updateButtons);
    connect(&m_watcher, &QFutureWatcher<Result<QList<TodayItem>>>::finished, this, [this] {
        auto result = m_watcher.result();
        if (m_pending) { // changed while reading: read again
            m_pending = false;
            startRead();
            return;
        }
        if (!result) {
            m_summary->setText(tr("Could not read what is due: %1").arg(result.errorMessage()));
            return;
        }
        // Keep the selection on the same item when the list is read again.
        const QModelIndex current = m_table->currentIndex();
        const qint64 id = current.isValid() ? current.data(TodayModel::ItemIdRole).toLongLong() : 0;
        const int kind = current.isValid() ? current.data(TodayModel::ItemKindRole).toInt() : -1;
        const int row = current.row();
        m_model->setItems(*result, m_readFor);
        int select = -1;
        for (int r = 0; r < m_model->rowCount() && select < 0; ++r)
            if (int(m_model->itemAt(r).kind) == kind && m_model->itemAt(r).id == id)
                select = r;
        if (select < 0 && row >= 0 && m_model->rowCount() > 0)
            select = std::min(row, m_model->rowCount() - 1); // the item was ticked off: the next one
        if (select >= 0)
            m_table->selectRow(select);
        m_summary->setText(summary());
        emit loaded(m_model->rowCount());
    });
    updateButtons();
}

void TodayView::setWork(AccountWork *work)
{
    if (m_work)
        disconnect(m_work, nullptr, this, nullptr);
    m_work = work;
    m_model->setItems({}, QDate::currentDate());
    if (m_work)
        connect(m_work, &AccountWork::changed, this, &TodayView::reload);
    reload();
}

void TodayView::reload()
{
    m_reloadTimer->start();
}

void TodayView::startRead()
{
    if (!m_work) {
        m_summary->setText(tr("No book is open."));
        return;
    }
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_readFor = m_work->today();
    m_watcher.setFuture(m_work->readToday(m_readFor.addDays(m_horizon->currentData().toInt())));
}

QString TodayView::summary() const
{
    const int overdue = m_model->overdueCount();
    if (m_model->rowCount() == 0)
        return tr("Nothing due. Well done.");
    return tr("%n item(s) due", nullptr, m_model->rowCount()) + QStringLiteral(" · ")
        + tr("%n overdue", nullptr, overdue);
}

void TodayView::openSelected()
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid())
        emit accountRequested(index.data(TodayModel::AccountIdRole).toLongLong());
}

void TodayView::markSelectedDone()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || !m_work)
        return;
    const TodayItem item = m_model->itemAt(index.row());
    const Status done = item.kind == TodayItem::Kind::PlaybookStep
        ? m_work->setStepStatus(item.accountId, item.id, StepStatus::Done)
        : m_work->setActionItemDone(item.accountId, item.id, true);
    if (done)
        m_model->removeItem(item.kind, item.id); // at once; the read that follows confirms it
    m_summary->setText(summary());
}

void TodayView::updateButtons()
{
    const bool selected = m_table->currentIndex().isValid();
    m_open->setEnabled(selected);
    m_done->setEnabled(selected);
}

int TodayView::dueColumnWidth() const
{
    // Wide enough for the longest text the column shows in this language ("999 Tage überfällig").
    const QFontMetrics metrics(m_table->font());
    int widest = metrics.horizontalAdvance(m_model->headerData(TodayModel::DueColumn, Qt::Horizontal).toString());
    for (const QString &text : { TodayModel::tr("%n day(s) overdue", nullptr, 999), TodayModel::tr("Today"),
                                 QLocale().toString(QDate(2026, 12, 31), QLocale::ShortFormat) })
        widest = std::max(widest, metrics.horizontalAdvance(text));
    const int padding = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 12;
    return std::max(120, widest + padding);
}

} // namespace csm
