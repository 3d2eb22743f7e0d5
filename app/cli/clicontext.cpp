#include "clicontext.h"

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
