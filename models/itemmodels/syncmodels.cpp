#include "syncmodels.h"

#include "domain/lifecyclestage.h"

#include <QLocale>

namespace csm {

namespace {

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString objectText(CrmObject object)
{
    switch (object) {
    case CrmObject::Owners: return QCoreApplication::translate("csm::SyncIssuesModel", "Owner");
    case CrmObject::Companies: return QCoreApplication::translate("csm::SyncIssuesModel", "Account");
    case CrmObject::Contacts: return QCoreApplication::translate("csm::SyncIssuesModel", "Contact");
    case CrmObject::Deals: return QCoreApplication::translate("csm::SyncIssuesModel", "Deal");
    }
    return {};
}

} // namespace

void SyncRunsModel::setRuns(QList<SyncRun> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

int SyncRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncRunsModel::statusText(const QString &status)
{
    if (status == u"ok")
        return tr("Completed");
    if (status == u"failed")
        return tr("Failed");
    if (status == u"cancelled")
        return tr("Cancelled");
    if (status == u"running")
        return tr("Running or interrupted");
    return status;
}

QVariant SyncRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncRun &r = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Started: return when(r.startedAt);
        case Status: return statusText(r.status);
        case Created: return r.created;
        case Updated: return r.updated;
        case Deleted: return r.deleted;
        case Skipped: return r.skipped;
        case Pushed: return r.pushed;
        case Conflicts: return r.conflicts;
        case Retries: return r.retries;
        case Duration: return r.finishedAt.isValid() ? tr("%1 s").arg(QLocale().toString(r.durationMs() / 1000.0, 'f', 1)) : QString();
        }
        break;
    case Qt::ToolTipRole:
    case MessageRole:
        return r.message;
    case RunIdRole:
        return r.id;
    case Qt::TextAlignmentRole:
        if (index.column() >= Created && index.column() <= Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant SyncRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started: return tr("Started");
    case Status: return tr("Result");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    case Deleted: return tr("Deleted");
    case Skipped: return tr("Skipped");
    case Pushed: return tr("Written back");
    case Conflicts: return tr("Conflicts");
    case Retries: return tr("Retries");
    case Duration: return tr("Duration");
    }
    return {};
}

void SyncIssuesModel::setIssues(QList<CrmRecordIssue> issues)
{
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
}

int SyncIssuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int SyncIssuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncIssuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CrmRecordIssue &i = m_issues.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Object: return objectText(i.object);
        case Record: return i.recordId.isEmpty() ? tr("(no id)") : i.recordId;
        case Reason: return i.reason;
        }
    }
    return {};
}

QVariant SyncIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Object: return tr("Record type");
    case Record: return tr("CRM id");
    case Reason: return tr("Why it was skipped");
    }
    return {};
}

void LocalEditsModel::setEdits(QList<LocalEdit> edits)
{
    beginResetModel();
    m_edits = std::move(edits);
    endResetModel();
}

int LocalEditsModel::conflictCount() const
{
    return int(std::count_if(m_edits.cbegin(), m_edits.cend(), [](const LocalEdit &e) { return e.isConflict(); }));
}

int LocalEditsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_edits.size());
}

int LocalEditsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LocalEditsModel::displayValue(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return tr("(none)");
    if (field == u"arr_cents")
        return QLocale().toString(value.toLongLong() / 100.0, 'f', 2);
    if (field == u"renewal_date") {
        const QDate day = QDate::fromString(value, Qt::ISODate);
        return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : value;
    }
    if (field == u"lifecycle_stage") {
        if (const auto stage = lifecycleStageFromKey(value))
            return lifecycleStageDisplayName(*stage);
    }
    return value;
}

QVariant LocalEditsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LocalEdit &e = m_edits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Account: return e.accountName;
        case Field: return LocalEditStore::fieldLabel(e.field);
        case State: return e.isConflict() ? tr("Conflict: changed in the CRM too") : tr("Waiting to be written to the CRM");
        case LocalValue: return displayValue(e.field, e.localValue);
        case CrmValue: return displayValue(e.field, e.crmValue.value_or(e.baseValue));
        case BaseValue: return displayValue(e.field, e.baseValue);
        case Edited: return when(e.editedAt);
        }
        break;
    case EditIdRole:
        return e.id;
    case ConflictRole:
        return e.isConflict();
    case AccountIdRole:
        return e.accountId;
    default:
        break;
    }
    return {};
}

QVariant LocalEditsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Account: return tr("Account");
    case Field: return tr("Field");
    case State: return tr("State");
    case LocalValue: return tr("Your value");
    case CrmValue: return tr("CRM's value");
    case BaseValue: return tr("Before either change");
    case Edited: return tr("Edited");
    }
    return {};
}

} // namespace csm
