#pragma once

#include "health/healthband.h"
#include "search/accountsearch.h"

#include <QAbstractListModel>
#include <QAction>
#include <QList>
#include <QLocale>
#include <QPointer>

namespace csm {

class BookModel;

/// A command quick-open offers: a menu action and where it sits in the menus.
struct QuickOpenCommand
{
    QPointer<QAction> action;
    QString path; ///< "Book ▸ Recompute Health", without mnemonics
    qsizetype leafStart = 0; ///< where the action's own text starts in `path`
    QString shortcut; ///< "Shift+F5" as the platform writes it; empty when there is none
};

/// The results of a quick-open query (Ctrl+K): the accounts of the book and the commands of the
/// menus, ranked by FuzzyPattern. A query starting with ">" looks for commands only; an empty query
/// lists the recently opened accounts, then every command. Accounts are read from the book model in
/// memory: typing runs no SQL, and a query that extends the previous one only re-tests the accounts
/// that matched before.
class QuickOpenModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickOpenModel)

public:
    enum class Kind { Account, Command };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< Kind as int
        DetailRole, ///< the second line: domain · owner · segment · ARR · renewal; empty for commands
        TrailingRole, ///< right-aligned: the health score and band, or the shortcut
        TitleMatchRole, ///< QList<int>: matched positions in Qt::DisplayRole
        DetailMatchRole, ///< QList<int>: matched positions in DetailRole
        AccountIdRole, ///< qint64; 0 for commands
        HealthBandRole, ///< HealthBand as int; accounts only
        ActionRole, ///< QAction *; commands only
    };

    /// Accounts listed for one query at most: the best ones.
    static constexpr int MaxAccounts = 50;
    static constexpr char16_t CommandPrefix = u'>';

    explicit QuickOpenModel(QObject *parent = nullptr);

    /// The book to search (null: commands only). The model follows its changes.
    void setBookModel(const BookModel *model);
    /// The commands to offer, in menu order (which is how an empty query lists them).
    void setCommands(QList<QuickOpenCommand> commands);
    /// Accounts an empty query lists first, most recent first; ids not in the book are skipped.
    void setRecentAccounts(QList<qint64> accountIds);

    /// Indexes the book's accounts now, when the palette opens, rather than on the first keystroke.
    /// The index is kept until the book changes.
    void prepareSearch();

    QString query() const { return m_query; }
    /// Runs `query` and resets the list to its results.
    void setQuery(const QString &query);

    Kind kindAt(int row) const { return m_results.at(row).kind; }
    qint64 accountIdAt(int row) const { return m_results.at(row).accountId; }
    QAction *actionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Result
    {
        Kind kind = Kind::Account;
        qint64 accountId = 0;
        int command = -1;
        int score = 0;
        int length = 0; ///< of the text matched, for ties
        HealthBand band = HealthBand::None;
        QString title;
        QString detail;
        QString trailing;
        QList<int> titleMatch;
        QList<int> detailMatch;
    };
    struct PreparedCommand
    {
        QuickOpenCommand command;
        FuzzyText path;
        FuzzyText leaf;
    };

    void bookChanged(bool requery);
    QList<Result> run(const QString &query);
    void addAccounts(QList<Result> &out, const FuzzyPattern &pattern);
    void addCommands(QList<Result> &out, const FuzzyPattern &pattern) const;
    Result accountResult(qint64 accountId, const AccountSearch::Hit *hit, const FuzzyPattern &pattern) const;
    Result commandResult(int index, std::optional<FuzzyMatch> match) const;

    QPointer<const BookModel> m_book;
    QList<QMetaObject::Connection> m_bookConnections;
    QList<PreparedCommand> m_commands;
    QList<qint64> m_recent;
    QString m_query;
    QList<Result> m_results;
    QLocale m_locale;

    AccountSearch m_search;
    bool m_searchStale = true;
    // The accounts the previous query matched, to narrow when the next one extends it.
    std::optional<FuzzyPattern> m_lastPattern;
    std::vector<AccountSearch::Hit> m_lastHits;
};

} // namespace csm
