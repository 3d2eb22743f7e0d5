#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace csm {

/// Asks for one review comment: its text, who writes it and, optionally, which playbook run of the
/// account it is about.
class ReviewCommentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewCommentDialog)

public:
    ReviewCommentDialog(const QString &accountName, const QList<QPair<qint64, QString>> &runs,
        const QString &author, QWidget *parent = nullptr);

    QString body() const;
    QString author() const;
    /// The chosen playbook run, 0 for the account itself.
    qint64 runId() const;
    QString runName() const;

    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLineEdit *authorEdit() const { return m_author; }
    QComboBox *runChoice() const { return m_run; }
    QPushButton *addButton() const;

private:
    void updateButtons();

    QPlainTextEdit *m_body;
    QLineEdit *m_author;
    QComboBox *m_run;
    QDialogButtonBox *m_buttons;
};

/// A team lead's comments on one account of a CSM's book: the list (when, who, which run, what)
/// and "Add Comment…", which writes to the lead's own store, never to the CSM's book.
class ReviewCommentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewCommentsPanel)

public:
    explicit ReviewCommentsPanel(QWidget *parent = nullptr);

    /// The lead's own book, where comments are kept.
    void setStore(QSqlDatabase leadDb);
    /// Who new comments are from, unless changed in the dialog.
    void setAuthor(const QString &author);
    QString author() const { return m_authorName; }
    /// Shows the comments on the account `accountCrmId` of `csm`'s book `bookId`; `runs` are the
    /// account's playbook runs (id, name) a comment may be about.
    void showAccount(const QString &bookId, const QString &csm, const QString &accountCrmId,
        const QString &accountName, const QList<QPair<qint64, QString>> &runs);
    /// Reads the account's comments again.
    void reload();

    /// Opens the dialog for a new comment.
    void addComment();
    /// The new-comment dialog while it is open (tests drive it).
    ReviewCommentDialog *commentDialog() const { return m_dialog; }
    QTreeWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }

signals:
    void commentAdded();

private:
    void storeComment(const ReviewCommentDialog &dialog);
    void showError(const QString &message);

    QSqlDatabase m_db;
    QString m_authorName;
    QString m_bookId;
    QString m_csm;
    QString m_crmId;
    QString m_accountName;
    QList<QPair<qint64, QString>> m_runs;

    QLabel *m_title;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QLabel *m_error;
    QPushButton *m_add;
    QPointer<ReviewCommentDialog> m_dialog;
};

} // namespace csm
