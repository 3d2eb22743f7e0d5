#include "clicontext.h"

#include <QFileInfo>

#include "store/accountrepository.h"

#include <cstdio>

namespace csm::cli {

CliContext::CliContext(QStringList arguments, QString dbPath)
    : m_arguments(std::move(arguments))
    , m_dbPath(std::move(dbPath))
    , m_out(stdout)
    , m_err(stderr)
{
}

std::unique_ptr<Database> CliContext::openBook()
{
    auto db = Database::open(m_dbPath);
    if (!db) {
        m_err << "csmctl: " << db.errorMessage() << Qt::endl;
        return nullptr;
    }
    return std::move(*db);
}

std::unique_ptr<Database> CliContext::openExistingBook()
{
    if (!QFileInfo::exists(m_dbPath)) {
        m_err << "csmctl: no book at " << m_dbPath << Qt::endl;
        return nullptr;
    }
    return openBook();
}

int CliContext::usageError(const QString &message)
{
    m_err << "csmctl: " << message << Qt::endl << "Try 'csmctl --help'." << Qt::endl;
    return Usage;
}

int CliContext::failure(const QString &message)
{
    m_err << "csmctl: " << message << Qt::endl;
    return BadInput;
}

} // namespace csm::cli

namespace csm::cli {

bool CliContext::parseOptions(QCommandLineParser &parser, const QString &description, int &exitCode)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(m_arguments)) {
        exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText().replace(QStringLiteral("[options]"), QStringLiteral("[--db PATH] [options]"));
        m_out.flush();
        exitCode = Ok;
        return false;
    }
    return true;
}

Result<qint64> CliContext::accountId(const QSqlDatabase &db, const QString &crmId)
{
    auto account = AccountRepository(db).byCrmId(crmId);
    if (!account)
        return account.error();
    if (!account->has_value())
        return Error { QStringLiteral("no account with CRM id '%1'").arg(crmId) };
    return (*account)->id;
}

} // namespace csm::cli
