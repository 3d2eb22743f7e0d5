#include "commentcommands.h"

#include "portfolio/reviewcomments.h"
#include "store/accountrepository.h"
#include "sync/syncstore.h"

#include <QCommandLineParser>

#include <optional>

namespace csm::cli {

namespace {

/// The value of a required option, or empty after printing the usage error into `exitCode`.
QString required(CliContext &context, const QCommandLineParser &parser, const QCommandLineOption &option,
    std::optional<int> &exitCode)
{
    const QString value = parser.value(option).trimmed();
    if (value.isEmpty() && !exitCode)
        exitCode = context.usageError(QStringLiteral("--%1 is required").arg(option.names().constFirst()));
    return value;
}

} // namespace

int runExportComments(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption csm(QStringLiteral("csm"),
        QStringLiteral("The CSM whose book the comments are about."), QStringLiteral("NAME"));
    const QCommandLineOption bookId(QStringLiteral("book-id"),
        QStringLiteral("Only comments on this book (default: every book of the CSM)."), QStringLiteral("ID"));
    const QCommandLineOption output(QStringList { QStringLiteral("output"), QStringLiteral("out") },
        QStringLiteral("The file to write."), QStringLiteral("FILE"));
    parser.addOptions({ csm, bookId, output });
    int exitCode = Ok;
    if (!context.parseOptions(parser,
            QStringLiteral("Write your review comments on a CSM's book to a file they import."), exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("export-comments takes no arguments"));
    std::optional<int> usage;
    const QString name = required(context, parser, csm, usage);
    const QString path = required(context, parser, output, usage);
    if (usage)
        return *usage;

    auto db = context.openExistingBook();
    if (!db)
        return BadInput;
    auto written = ReviewCommentStore(db->connection()).exportFor(parser.value(bookId).trimmed(), name, path);
    if (!written)
        return context.failure(written.errorMessage());
    context.out() << "exported " << *written << (*written == 1 ? " review comment" : " review comments")
                  << " on " << name << "'s book to " << path << Qt::endl;
    return Ok;
}

int runImportComments(CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("file"), QStringLiteral("A review comments file from your team lead."));
    int exitCode = Ok;
    if (!context.parseOptions(parser,
            QStringLiteral("Import a lead's review comments into this book; importing a "
                           "file again adds nothing."),
            exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("import-comments needs exactly one file"));

    auto db = context.openExistingBook();
    if (!db)
        return BadInput;
    auto outcome = ReviewCommentStore(db->connection()).importFile(parser.positionalArguments().constFirst());
    if (!outcome)
        return context.failure(outcome.errorMessage());
    context.out() << "imported review comments"
                  << (outcome->author.isEmpty() ? QString() : QStringLiteral(" from ") + outcome->author)
                  << ": " << outcome->added << " new, " << outcome->alreadyThere << " already there, "
                  << outcome->skippedNoAccount << " skipped\n";
    if (outcome->skippedNoAccount > 0)
        context.out() << "skipped, not in this book: " << outcome->skippedCrmIds.join(QStringLiteral(", "))
                      << '\n';
    context.out().flush();
    return Ok;
}

int runComment(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption account(QStringLiteral("account"),
        QStringLiteral("CRM id of the account commented on."), QStringLiteral("CRM_ID"));
    const QCommandLineOption author(
        QStringLiteral("author"), QStringLiteral("Who the comment is from."), QStringLiteral("NAME"));
    const QCommandLineOption text(
        QStringLiteral("text"), QStringLiteral("The comment."), QStringLiteral("TEXT"));
    const QCommandLineOption csm(QStringLiteral("csm"),
        QStringLiteral("The CSM whose book the account is in (default: the account's owner "
                       "in this book)."),
        QStringLiteral("NAME"));
    const QCommandLineOption bookId(QStringLiteral("book-id"),
        QStringLiteral("That book's id (default: this book's, for an account in it)."), QStringLiteral("ID"));
    parser.addOptions({ account, author, text, csm, bookId });
    int exitCode = Ok;
    if (!context.parseOptions(
            parser, QStringLiteral("Add a review comment on an account to this (your) store."), exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("comment takes no arguments; the text goes in --text"));
    std::optional<int> usage;
    ReviewComment comment;
    comment.accountCrmId = required(context, parser, account, usage);
    comment.author = required(context, parser, author, usage);
    comment.body = required(context, parser, text, usage);
    if (usage)
        return *usage;
    comment.csm = parser.value(csm).trimmed();
    comment.bookId = parser.value(bookId).trimmed();

    auto db = context.openExistingBook();
    if (!db)
        return BadInput;
    // An account of this very book: its name, owner and the book's id fill in what was not given.
    auto found = AccountRepository(db->connection()).byCrmId(comment.accountCrmId);
    if (!found)
        return context.failure(found.errorMessage());
    if (found->has_value()) {
        comment.accountName = (*found)->name;
        if (comment.csm.isEmpty()) {
            comment.csm = (*found)->owner;
            if (comment.bookId.isEmpty()) {
                auto own = SyncStore(db->connection()).bookId();
                if (!own)
                    return context.failure(own.errorMessage());
                comment.bookId = *own;
            }
        }
    }
    if (comment.csm.isEmpty())
        return context.usageError(QStringLiteral("--csm is required: account '%1' has no owner in this book")
                                      .arg(comment.accountCrmId));
    auto added = ReviewCommentStore(db->connection()).add(comment);
    if (!added)
        return context.failure(added.errorMessage());
    context.out() << "added review comment " << added->id << " on " << added->accountCrmId << " ("
                  << added->csm << "'s book), uid " << added->uid << Qt::endl;
    return Ok;
}

} // namespace csm::cli
