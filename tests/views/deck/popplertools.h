#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>

namespace csm::decktest {

/// Runs a poppler tool; an empty string when it is missing or refuses the file (with a warning).
inline QString poppler(const QString &tool, const QStringList &args)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        qWarning("%s not found: install poppler-utils", qPrintable(tool));
        return {};
    }
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(tool), process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The page count pdfinfo reads, or -1 when the file is not a PDF.
inline int pdfPages(const QString &pdf)
{
    const QString info = poppler(QStringLiteral("pdfinfo"), { pdf });
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

inline QString pdfText(const QString &pdf)
{
    return poppler(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
}

} // namespace csm::decktest
