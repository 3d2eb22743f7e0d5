#include "menucommands.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace csm {

namespace {

void collect(
    const QMenu *menu, const QString &path, const QList<const QAction *> &skip, QList<QuickOpenCommand> &out)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible() || !action->isEnabled() || skip.contains(action))
            continue;
        const QString text = withoutMnemonics(action->text());
        if (text.isEmpty())
            continue;
        const QString prefix = path + QStringLiteral(" ▸ ");
        if (const QMenu *sub = action->menu()) {
            collect(sub, prefix + text, skip, out);
            continue;
        }
        out.append(QuickOpenCommand {
            action, prefix + text, prefix.size(), action->shortcut().toString(QKeySequence::NativeText) });
    }
}

} // namespace

QString withoutMnemonics(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&') {
            if (i + 1 < text.size() && text[i + 1] == u'&')
                plain += u'&';
            ++i;
            if (i < text.size() && text[i] != u'&')
                plain += text[i];
            continue;
        }
        plain += text[i];
    }
    return plain;
}

QList<QuickOpenCommand> menuCommands(const QMenuBar *bar, const QList<const QAction *> &skip)
{
    QList<QuickOpenCommand> commands;
    for (QAction *top : bar->actions()) {
        const QMenu *menu = top->menu();
        if (!menu || !top->isVisible() || !top->isEnabled())
            continue;
        collect(menu, withoutMnemonics(menu->title()), skip, commands);
    }
    return commands;
}

} // namespace csm
