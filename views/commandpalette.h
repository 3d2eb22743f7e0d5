#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QLabel;
class QLineEdit;
class QListView;

namespace csm {

class MainWindow;
class QuickOpenModel;

/// Go to Account or Command (Ctrl+K): a search field over the book's accounts and the window's
/// menu commands, in a popup at the top of the window. Enter opens the account or runs the
/// command, Esc or a click elsewhere closes it; ">" searches commands only, and an empty field
/// lists the accounts opened last.
class CommandPalette final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    /// Accounts an empty query lists.
    static constexpr int MaxRecent = 8;
    /// Results shown before the list scrolls.
    static constexpr int VisibleRows = 10;

    explicit CommandPalette(MainWindow *window);

    /// Edit ▸ Go to Account or Command… (Ctrl+K); add it to a menu of the window.
    QAction *openAction() const { return m_openAction; }
    /// Opens the palette over the window with `query` in the field.
    void popup(const QString &query = {});

    QLineEdit *field() const { return m_field; }
    QListView *list() const { return m_list; }
    QuickOpenModel *model() const { return m_model; }
    /// Accounts opened in this window, most recent first (this book only; not kept across runs).
    QList<qint64> recentAccounts() const { return m_recent; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isOpenKey(const class QKeyEvent *key) const;
    /// An action of the pane around `focus` bound to the same key, which goes first.
    QAction *paneAction(QWidget *focus) const;
    void activate(int row);
    void rememberAccount(qint64 accountId);
    void resultsChanged();
    void step(int by);
    void announceCurrent();
    void fitToResults();

    MainWindow *m_window;
    QAction *m_openAction;
    QLineEdit *m_field;
    QListView *m_list;
    QLabel *m_empty;
    QuickOpenModel *m_model;
    QList<qint64> m_recent;
    QString m_recentBook; ///< the book m_recent belongs to
};

} // namespace csm
