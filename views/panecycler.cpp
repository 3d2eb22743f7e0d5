#include "panecycler.h"

#include <QApplication>
#include <QWidget>

namespace csm {

namespace {

bool focusable(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus);
}

/// The widget in `pane` that takes the focus: the pane itself, its focus proxy, or the first
/// focusable widget inside it in tab order.
QWidget *focusTarget(QWidget *pane)
{
    if (!pane->isVisible() || !pane->isEnabled())
        return nullptr;
    if (QWidget *proxy = pane->focusProxy(); proxy && focusable(proxy))
        return proxy;
    if (focusable(pane))
        return pane;
    for (QWidget *w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain())
        if (pane->isAncestorOf(w) && focusable(w))
            return w;
    return nullptr;
}

} // namespace

PaneCycler::PaneCycler(QObject *parent)
    : QObject(parent)
{
}

void PaneCycler::setPanes(const QList<QWidget *> &panes)
{
    m_panes.clear();
    for (QWidget *pane : panes)
        m_panes.append(pane);
}

int PaneCycler::currentPane() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return -1;
    for (int i = 0; i < m_panes.size(); ++i)
        if (const QWidget *pane = m_panes.at(i); pane && (pane == focus || pane->isAncestorOf(focus)))
            return i;
    return -1;
}

void PaneCycler::step(int direction)
{
    const int count = int(m_panes.size());
    if (count == 0)
        return;
    const int current = currentPane();
    int index = current < 0 ? (direction > 0 ? -1 : count) : current;
    for (int tries = 0; tries < count; ++tries) {
        index = (index + direction + count) % count;
        if (QWidget *pane = m_panes.at(index); pane && index != current) {
            if (QWidget *target = focusTarget(pane)) {
                target->setFocus(direction > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
                return;
            }
        }
    }
}

} // namespace csm
