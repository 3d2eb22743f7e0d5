#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace csm {

/// A team lead's comment on one account of a CSM's book, or on one playbook run of that account.
///
/// In the lead's store a comment is the lead's own (importedAt unset); a CSM's store holds the
/// comments imported from a lead's file (importedAt set). `uid` is the comment's identity across
/// stores: importing the same comment again adds nothing.
struct ReviewComment
{
    qint64 id = 0; ///< row id in this store
    QString uid; ///< identity across stores (a UUID without braces)
    QString bookId; ///< the CSM's book the comment is about
    QString csm; ///< that book's owner
    QString accountCrmId; ///< the account, by CRM id (row ids differ between books)
    QString accountName;
    qint64 runId = 0; ///< a playbook run of the CSM's book; 0 for a comment on the account
    QString runName;
    QString author;
    QDateTime createdAt; ///< UTC
    QString body; ///< plain text, may span lines
    QDateTime importedAt; ///< when it came into this store from a lead's file; invalid for own comments

    bool isAboutRun() const { return runId > 0; }
};

/// What importing a review comments file did.
struct ReviewCommentImport
{
    int added = 0; ///< new comments stored
    int alreadyThere = 0; ///< comments the store already held (same uid)
    int skippedNoAccount = 0; ///< comments on accounts this book does not have
    QStringList skippedCrmIds; ///< those accounts' CRM ids, each once, sorted
    QString author; ///< who wrote the file's comments, as its header says
    QString csm; ///< whose book the file is about
};

/// The review comments of one store (a lead's book or a CSM's book), and the file that carries
/// them from the lead to the CSM.
///
/// The file is JSON: {"format": "csm-review-comments", "version": 1, "csm", "book_id",
/// "exported_at", "author", "comments": [{uid, account_crm_id, account_name, run_id, run_name,
/// author, created_at, body}]}.
class ReviewCommentStore final
{
    Q_DECLARE_TR_FUNCTIONS(csm::ReviewCommentStore)

public:
    static constexpr QLatin1StringView FileFormat { "csm-review-comments" };
    static constexpr int FileVersion = 1;

    /// `now` dates new comments, exports and imports; invalid means the current time.
    explicit ReviewCommentStore(QSqlDatabase db, QDateTime now = {});

    /// Stores a new comment: gives it a uid and the current time, and checks that it has a body, an
    /// author and an account. Returns the stored comment.
    Result<ReviewComment> add(const ReviewComment &comment) const;
    /// The comments on the account with `accountCrmId` (its runs' included), oldest first.
    Result<QList<ReviewComment>> forAccount(const QString &accountCrmId) const;
    /// The comments on the book `bookId` of `csm`, by account name then oldest first. An empty
    /// `bookId` matches every book of `csm`.
    Result<QList<ReviewComment>> forBook(const QString &bookId, const QString &csm) const;
    Status remove(qint64 id) const;

    /// Writes this store's own comments (not ones imported from elsewhere) on the book `bookId` of
    /// `csm` (empty `bookId`: any of their books) to `path`, replacing it whole or not at all.
    /// Returns how many comments were written.
    Result<int> exportFor(const QString &bookId, const QString &csm, const QString &path) const;
    /// Adds the comments of a file written by exportFor() in one transaction. Comments on accounts
    /// this book does not have (by CRM id) are skipped and named; ones already here are counted.
    /// A malformed file (with its line and column), another format or a newer version changes nothing.
    Result<ReviewCommentImport> importFile(const QString &path) const;

private:
    QDateTime now() const;

    QSqlDatabase m_db;
    QDateTime m_now;
};

} // namespace csm
