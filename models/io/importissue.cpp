#include "importissue.h"

#include <QCoreApplication>

namespace csm {

QString ImportIssue::toString() const
{
    QString text = file;
    if (line > 0) {
        text += u':' + QString::number(line);
        if (column > 0)
            text += u':' + QString::number(column);
    }
    if (!text.isEmpty())
        text += QLatin1StringView(": ");
    text += message;
    if (!recordId.isEmpty())
        text += u' ' + QCoreApplication::translate("csm::ImportIssue", "(record %1)").arg(recordId);
    return text;
}

QString issuesToString(const QList<ImportIssue> &issues)
{
    QStringList lines;
    lines.reserve(issues.size());
    for (const ImportIssue &issue : issues)
        lines.append(issue.toString());
    return lines.join(u'\n');
}

} // namespace csm
