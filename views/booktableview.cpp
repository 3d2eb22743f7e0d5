#include "booktableview.h"

#include "itemmodels/bookmodel.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

namespace csm {

BookTableView::BookTableView(QWidget *parent)
    : QTableView(parent)
{
    setAccessibleName(tr("Book of business"));
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setTabKeyNavigation(false);
    verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures rows, whatever the size of the book.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicatorShown(true);
}

qint64 BookTableView::currentAccountId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(BookModel::AccountIdRole).toLongLong() : 0;
}

bool BookTableView::selectAccount(qint64 accountId)
{
    QAbstractItemModel *m = model();
    if (!m || accountId <= 0)
        return false;
    const QModelIndexList hits =
        m->match(m->index(0, 0), BookModel::AccountIdRole, accountId, 1, Qt::MatchExactly);
    if (hits.isEmpty())
        return false;
    setCurrentIndex(hits.first());
    scrollTo(hits.first(), QAbstractItemView::EnsureVisible);
    return true;
}

void BookTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    const qint64 now = current.isValid() ? current.data(BookModel::AccountIdRole).toLongLong() : 0;
    const qint64 before = previous.isValid() ? previous.data(BookModel::AccountIdRole).toLongLong() : 0;
    if (now != before)
        emit currentAccountChanged(now);
}

void BookTableView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    const qint64 id = index.data(BookModel::AccountIdRole).toLongLong();
    const bool isOverride = index.data(BookModel::SegmentOverrideRole).toBool();
    QMenu menu(this);
    QMenu *segmentMenu = menu.addMenu(tr("Set segment"));
    for (Segment s : AllSegments)
        segmentMenu->addAction(segmentDisplayName(s), this, [this, id, s] { emit segmentOverrideRequested(id, s); });
    segmentMenu->addSeparator();
    QAction *automatic = segmentMenu->addAction(tr("Automatic (by rules)"), this,
                                                [this, id] { emit segmentOverrideRequested(id, std::nullopt); });
    automatic->setEnabled(isOverride);
    menu.exec(event->globalPos());
}

} // namespace csm
