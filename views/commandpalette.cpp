#include "commandpalette.h"

#include "booktableview.h"
#include "commandpalettedelegate.h"
#include "itemmodels/quickopenmodel.h"
#include "mainwindow.h"
#include "menucommands.h"

#include <QAccessible>
#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QVBoxLayout>

#include <algorithm>

namespace csm {

namespace {

constexpr int MinimumWidth = 360;
constexpr int PreferredWidth = 640;

} // namespace

CommandPalette::CommandPalette(MainWindow *window)
    : QFrame(window, Qt::Popup)
    , m_window(window)
    , m_openAction(new QAction(tr("&Go to Account or Command…"), this))
    , m_field(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_model(new QuickOpenModel(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Go to Account or Command"));
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_openAction->setStatusTip(tr("Jump to an account by name, domain or owner, or run any menu command"));
    connect(m_openAction, &QAction::triggered, this, [this] { popup(); });

    m_field->setAccessibleName(tr("Account or command"));
    m_field->setPlaceholderText(tr("Go to an account by name, domain or owner; type > for commands"));
    m_field->installEventFilter(this);

    m_list->setAccessibleName(tr("Matching accounts and commands"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CommandPaletteDelegate(m_list));
    m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the field; the list follows the arrows
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true);

    m_empty->setText(tr("No account or command matches."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setContentsMargins(0, 8, 0, 8);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_field);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);

    connect(m_field, &QLineEdit::textChanged, m_model, &QuickOpenModel::setQuery);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CommandPalette::resultsChanged);
    connect(m_list, &QAbstractItemView::clicked, this,
        [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &CommandPalette::announceCurrent);
    connect(
        window->tableView(), &BookTableView::currentAccountChanged, this, &CommandPalette::rememberAccount);
    // Ctrl+K anywhere in the window, text fields included (see eventFilter()).
    QCoreApplication::instance()->installEventFilter(this);
}

void CommandPalette::popup(const QString &query)
{
    BookSession *session = m_window->session();
    m_model->setBookModel(session ? session->model() : nullptr);
    m_model->prepareSearch();
    m_model->setCommands(menuCommands(m_window->menuBar(), { m_openAction }));
    // What is on screen already is no place to go: the list starts at the account before it.
    QList<qint64> recent = m_recent;
    recent.removeAll(m_window->tableView()->currentAccountId());
    if (!session || session->path() != m_recentBook)
        recent.clear();
    m_model->setRecentAccounts(recent);
    if (m_field->text() == query)
        m_model->setQuery(query);
    else
        m_field->setText(query);

    const QRect area = m_window->rect();
    const int width = std::clamp(area.width() - 48, std::min(MinimumWidth, area.width()), PreferredWidth);
    setFixedWidth(width);
    const int top = m_window->menuBar()->isNativeMenuBar() ? 0 : m_window->menuBar()->height();
    move(m_window->mapToGlobal(QPoint((area.width() - width) / 2, top + 8)));
    fitToResults();
    show();
    raise();
    m_field->setFocus(Qt::PopupFocusReason);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if ((event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && watched->isWidgetType() && static_cast<QWidget *>(watched)->window() == m_window
        && isOpenKey(static_cast<QKeyEvent *>(event))) {
        // Handled here rather than by the shortcut map: text fields would take the key first (Ctrl+K
        // deletes to the end of the line), and a pane that binds it too (the note editor's Link…)
        // would make it ambiguous. Inside such a pane its own action wins.
        if (event->type() == QEvent::KeyPress) {
            if (QAction *local = paneAction(static_cast<QWidget *>(watched)))
                local->trigger();
            else
                popup();
        }
        event->accept();
        return true;
    }
    if (watched != m_field || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Up:
        step(-1);
        return true;
    case Qt::Key_Down:
        step(1);
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        QCoreApplication::sendEvent(m_list, event);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activate(m_list->currentIndex().row());
        return true;
    case Qt::Key_Escape:
        close();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

bool CommandPalette::isOpenKey(const QKeyEvent *key) const
{
    const QKeySequence open = m_openAction->shortcut();
    return m_openAction->isEnabled() && open.count() == 1 && key->keyCombination() == open[0];
}

QAction *CommandPalette::paneAction(QWidget *focus) const
{
    const QKeySequence open = m_openAction->shortcut();
    for (QWidget *w = focus; w && w != m_window; w = w->parentWidget()) {
        for (QAction *action : w->actions()) {
            if (action == m_openAction || !action->isEnabled() || !action->shortcuts().contains(open))
                continue;
            if (action->shortcutContext() == Qt::WidgetWithChildrenShortcut
                || (action->shortcutContext() == Qt::WidgetShortcut && w == focus))
                return action;
        }
    }
    return nullptr;
}

void CommandPalette::step(int by)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -by;
    // Past either end the list wraps, so the last result is one Up away.
    m_list->setCurrentIndex(m_model->index(((current + by) % rows + rows) % rows, 0));
}

void CommandPalette::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (m_model->kindAt(row) == QuickOpenModel::Kind::Account) {
        const qint64 id = m_model->accountIdAt(row);
        close();
        m_window->goToAccount(id);
        m_window->tableView()->setFocus(Qt::OtherFocusReason);
        return;
    }
    QAction *action = m_model->actionAt(row);
    close();
    // After the popup has gone: a command may open a dialog of its own.
    if (action && action->isEnabled())
        QMetaObject::invokeMethod(action, &QAction::trigger, Qt::QueuedConnection);
}

void CommandPalette::rememberAccount(qint64 accountId)
{
    const QString book = m_window->session() ? m_window->session()->path() : QString();
    if (book != m_recentBook) {
        m_recent.clear();
        m_recentBook = book;
    }
    if (accountId <= 0)
        return;
    m_recent.removeAll(accountId);
    m_recent.prepend(accountId);
    if (m_recent.size() > MaxRecent)
        m_recent.resize(MaxRecent);
}

void CommandPalette::resultsChanged()
{
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    if (isVisible())
        fitToResults();
}

void CommandPalette::announceCurrent()
{
    // The field keeps the keyboard, so the list would not announce its current row by itself.
    const QModelIndex current = m_list->currentIndex();
    if (!QAccessible::isActive() || !current.isValid() || !isVisible())
        return;
    QAccessibleEvent event(m_list, QAccessible::Focus);
    event.setChild(current.row());
    QAccessible::updateAccessibility(&event);
}

void CommandPalette::fitToResults()
{
    const int rows = std::min(m_model->rowCount(), VisibleRows);
    m_list->setVisible(rows > 0);
    m_empty->setVisible(rows == 0);
    if (rows > 0) {
        int height = 2 * m_list->frameWidth();
        for (int row = 0; row < rows; ++row)
            height += m_list->sizeHintForRow(row);
        m_list->setFixedHeight(height);
        m_list->scrollTo(m_list->currentIndex());
    }
    layout()->activate();
    setFixedHeight(sizeHint().height());
}

} // namespace csm
