#pragma once

#include "itemmodels/quickopenmodel.h"

#include <QList>
#include <QString>

class QAction;
class QMenuBar;

namespace csm {

/// A menu text as people read it: "Se&ttings…" → "Settings…", "R&&D" → "R&D".
QString withoutMnemonics(const QString &text);

/// Every enabled, visible command of `bar`'s menus and their submenus, in menu order, with its
/// path ("Book ▸ Recompute Health") and shortcut; submenus themselves, separators and `skip` are left
/// out.
QList<QuickOpenCommand> menuCommands(const QMenuBar *bar, const QList<const QAction *> &skip = {});

} // namespace csm
