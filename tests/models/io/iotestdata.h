#pragma once

#include "io/importissue.h"

#include <QStringList>

#include <algorithm>

// Fixtures live in tests/data/io; CSM_TESTS_SOURCE_DIR is set by csm_add_test for every test.
inline QString ioTestData(const QString &name)
{
    return QStringLiteral(CSM_TESTS_SOURCE_DIR "/data/io/") + name;
}

// "line:column" of every issue, in order, so a test states exactly where problems are reported.
inline QStringList issuePlaces(const QList<csm::ImportIssue> &issues)
{
    QStringList places;
    for (const csm::ImportIssue &issue : issues)
        places.append(QString::number(issue.line) + u':' + QString::number(issue.column));
    return places;
}

inline bool allIssuesExplained(const QList<csm::ImportIssue> &issues)
{
    return std::all_of(issues.begin(), issues.end(),
        [](const csm::ImportIssue &issue) { return !issue.message.trimmed().isEmpty(); });
}
