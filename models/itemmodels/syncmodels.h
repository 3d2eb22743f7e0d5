#pragma once

#include "sync/localedits.h"
#include "sync/syncstore.h"

#include <QAbstractTableModel>

namespace csm {

/// The sync log of a connection: one row per run, newest first, with what it did.
class SyncRunsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Started, Status, Created, Updated, Deleted, Skipped, Pushed, Conflicts, Retries, Duration, ColumnCount };
    enum Role { RunIdRole = Qt::UserRole + 1, MessageRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setRuns(QList<SyncRun> runs);
    const SyncRun &runAt(int row) const { return m_runs.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "ok", "failed"… in the user's language.
    static QString statusText(const QString &status);

private:
    QList<SyncRun> m_runs;
};

/// The records one run skipped: object, record id and why.
class SyncIssuesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Object, Record, Reason, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setIssues(QList<CrmRecordIssue> issues);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CrmRecordIssue> m_issues;
};

/// CRM-owned fields edited here: waiting to be written back, or in conflict with the CRM (both
/// values shown, conflicts first).
class LocalEditsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Account, Field, State, LocalValue, CrmValue, BaseValue, Edited, ColumnCount };
    enum Role { EditIdRole = Qt::UserRole + 1, ConflictRole, AccountIdRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setEdits(QList<LocalEdit> edits);
    const LocalEdit &editAt(int row) const { return m_edits.at(row); }
    int conflictCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A stored value as a person reads it: ARR from cents, "(none)" for empty.
    static QString displayValue(const QString &field, const QString &value);

private:
    QList<LocalEdit> m_edits;
};

} // namespace csm
