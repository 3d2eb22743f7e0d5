#include "accountparser.h"

#include <QFile>
#include <QFileInfo>

namespace csm {

namespace {

ParsedAccounts fileIssue(const QString &path, const QString &message)
{
    ParsedAccounts result;
    result.issues.append(ImportIssue { path, 0, 0, QString(), message });
    return result;
}

} // namespace

ParsedAccounts parseAccountsFile(const QString &path, const ColumnMapping &mapping)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool csv = suffix == QLatin1StringView("csv");
    if (!csv && suffix != QLatin1StringView("json"))
        return fileIssue(path,
            AccountImport::tr("cannot tell the format from the name; use a .csv or .json file"));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileIssue(path,
            AccountImport::tr("cannot read the file: %1")
                .arg(file.errorString()));
    const QByteArray data = file.readAll();
    return csv ? parseAccountsCsv(data, path, mapping) : parseAccountsJson(data, path, mapping);
}

} // namespace csm
