#pragma once

#include <QStyledItemDelegate>

namespace csm {

/// Draws a quick-open result: the title with the matched characters in bold, the health or
/// shortcut on the right, and the account's details on a second, smaller line.
class CommandPaletteDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPaletteDelegate)

public:
    explicit CommandPaletteDelegate(QObject *parent = nullptr);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace csm
