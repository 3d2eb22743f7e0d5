#include "reviewcommentspanel.h"

#include "portfolio/reviewcomments.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csm {

namespace {

enum Column { WhenColumn, AuthorColumn, AboutColumn, CommentColumn, ColumnCount };

// The item text says "Playbook run: NAME" for people; the store keeps the bare name.
constexpr int RunNameRole = Qt::UserRole + 1;

} // namespace

ReviewCommentDialog::ReviewCommentDialog(const QString &accountName,
    const QList<QPair<qint64, QString>> &runs, const QString &author, QWidget *parent)
    : QDialog(parent)
    , m_body(new QPlainTextEdit(this))
    , m_author(new QLineEdit(author, this))
    , m_run(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Comment on %1").arg(accountName));
    setAccessibleName(tr("New review comment"));

    m_run->addItem(tr("The account"), qint64(0));
    for (const auto &[id, name] : runs) {
        m_run->addItem(tr("Playbook run: %1").arg(name), id);
        m_run->setItemData(m_run->count() - 1, name, RunNameRole);
    }
    m_run->setEnabled(!runs.isEmpty());
    m_run->setAccessibleName(tr("What the comment is about"));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("What should the CSM know or do?"));
    m_body->setAccessibleName(tr("Comment text"));
    m_author->setAccessibleName(tr("Comment from"));
    addButton()->setText(tr("Add Comment"));
    m_buttons->setAccessibleName(tr("Dialog buttons"));

    auto *form = new QFormLayout;
    form->addRow(tr("&About:"), m_run);
    form->addRow(tr("&From:"), m_author);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *bodyLabel = new QLabel(tr("&Comment:"), this);
    bodyLabel->setBuddy(m_body);
    layout->addWidget(bodyLabel);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ReviewCommentDialog::updateButtons);
    connect(m_author, &QLineEdit::textChanged, this, &ReviewCommentDialog::updateButtons);
    updateButtons();
    m_body->setFocus();
}

QString ReviewCommentDialog::body() const
{
    return m_body->toPlainText().trimmed();
}

QString ReviewCommentDialog::author() const
{
    return m_author->text().trimmed();
}

qint64 ReviewCommentDialog::runId() const
{
    return m_run->currentData().toLongLong();
}

QString ReviewCommentDialog::runName() const
{
    return runId() > 0 ? m_run->currentData(RunNameRole).toString() : QString();
}

QPushButton *ReviewCommentDialog::addButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ReviewCommentDialog::updateButtons()
{
    addButton()->setEnabled(!body().isEmpty() && !author().isEmpty());
}

ReviewCommentsPanel::ReviewCommentsPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No review comments on this account yet."), this))
    , m_error(new QLabel(this))
    , m_add(new QPushButton(tr("Add &Comment…"), this))
{
    setAccessibleName(tr("Review comments"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAccessibleName(tr("Account commented on"));
    m_empty->setAccessibleName(tr("No review comments"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Review comments problem"));
    m_error->hide();
    m_add->setAccessibleName(tr("Add a review comment"));
    m_add->setEnabled(false);

    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("When"), tr("From"), tr("About"), tr("Comment") });
    m_list->setAccessibleName(tr("Review comments on the account"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);

    connect(m_add, &QPushButton::clicked, this, &ReviewCommentsPanel::addComment);
}

void ReviewCommentsPanel::setStore(QSqlDatabase leadDb)
{
    m_db = std::move(leadDb);
    reload();
}

void ReviewCommentsPanel::setAuthor(const QString &author)
{
    m_authorName = author.trimmed();
}

void ReviewCommentsPanel::showAccount(const QString &bookId, const QString &csm, const QString &accountCrmId,
    const QString &accountName, const QList<QPair<qint64, QString>> &runs)
{
    m_bookId = bookId;
    m_csm = csm;
    m_crmId = accountCrmId;
    m_accountName = accountName;
    m_runs = runs;
    if (m_dialog)
        m_dialog->reject(); // it was about the previous account
    reload();
}

void ReviewCommentsPanel::reload()
{
    m_list->clear();
    m_error->hide();
    const bool ready = m_db.isValid() && !m_crmId.isEmpty();
    m_add->setEnabled(ready);
    m_title->setText(m_crmId.isEmpty()
            ? tr("No account selected")
            : tr("Comments on %1").arg(m_accountName.isEmpty() ? m_crmId : m_accountName));
    if (!ready) {
        m_empty->setVisible(true);
        return;
    }
    auto comments = ReviewCommentStore(m_db).forAccount(m_crmId);
    if (!comments) {
        showError(comments.errorMessage());
        return;
    }
    const QLocale locale;
    for (const ReviewComment &c : std::as_const(*comments)) {
        if (!m_bookId.isEmpty() && c.bookId != m_bookId)
            continue; // the same account in another CSM's book
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(WhenColumn, locale.toString(c.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(AuthorColumn, c.author);
        item->setText(
            AboutColumn, c.isAboutRun() ? tr("Playbook run: %1").arg(c.runName) : tr("The account"));
        item->setText(CommentColumn, c.body);
        item->setToolTip(CommentColumn,
            Qt::convertFromPlainText(c.body, Qt::WhiteSpaceNormal)); // tooltips would render markup
        item->setData(WhenColumn, Qt::UserRole, c.id);
        item->setData(WhenColumn, Qt::AccessibleTextRole,
            tr("%1, from %2: %3").arg(item->text(WhenColumn), c.author, c.body));
    }
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    m_list->resizeColumnToContents(WhenColumn);
    m_list->resizeColumnToContents(AuthorColumn);
}

void ReviewCommentsPanel::addComment()
{
    if (!m_db.isValid() || m_crmId.isEmpty())
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ReviewCommentDialog(
        m_accountName.isEmpty() ? m_crmId : m_accountName, m_runs, m_authorName, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    ReviewCommentDialog *dialog = m_dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { storeComment(*dialog); });
    dialog->open();
}

void ReviewCommentsPanel::storeComment(const ReviewCommentDialog &dialog)
{
    ReviewComment comment;
    comment.bookId = m_bookId;
    comment.csm = m_csm;
    comment.accountCrmId = m_crmId;
    comment.accountName = m_accountName;
    comment.runId = dialog.runId();
    comment.runName = dialog.runName();
    comment.author = dialog.author();
    comment.body = dialog.body();
    auto added = ReviewCommentStore(m_db).add(comment);
    if (!added) {
        showError(tr("The comment was not saved: %1").arg(added.errorMessage()));
        return;
    }
    m_authorName = added->author;
    reload();
    emit commentAdded();
}

void ReviewCommentsPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace csm
