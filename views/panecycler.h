#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace csm {

/// Moves the keyboard focus between a window's panes (F6 and Shift+F6, as in most desktop
/// apps): the book list's search, the list, the account detail, the docks. Hidden panes are
/// skipped; a pane that is a container gets the focus on its first focusable child.
class PaneCycler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneCycler)

public:
    explicit PaneCycler(QObject *parent = nullptr);

    /// Panes in reading order.
    void setPanes(const QList<QWidget *> &panes);

    /// The pane holding the focus now, or -1.
    int currentPane() const;

public slots:
    void next() { step(1); }
    void previous() { step(-1); }

private:
    void step(int direction);

    QList<QPointer<QWidget>> m_panes;
};

} // namespace csm
