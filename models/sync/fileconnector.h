#pragma once

#include "crmconnector.h"

#include <QCoreApplication>
#include <QHash>

namespace csm {

/// A CRM export on disk: accounts, and optionally contacts and deals, as CSV or JSON files.
///
/// Each file is read whole; its header row (CSV) or keys (JSON: an array of objects, or
/// {"accounts": [...]}, {"contacts": [...]}, {"deals": [...]}) name the fields, after the column
/// mapping `Column=field; Other Column=field` from the connection's settings, so a raw export from
/// any CRM reads without editing it. Fields:
///  - accounts: crm_id, name (required), domain, owner, arr, currency, contract_start,
///    renewal_date, lifecycle_stage;
///  - contacts: crm_id, account_crm_id, name (or first_name and last_name), email, title;
///  - deals:    crm_id, account_crm_id, name, amount, currency, stage, close_date, closed, won;
///  - all:      modified_at (ISO date-time; a row whose time is unchanged is not rewritten) and
///    deleted (true/yes/1: the record was deleted in the CRM).
/// A sync reads a file again only when its content changed since the last complete pass (its
/// SHA-256 is the cursor); rows come in pages, and a file changed in the middle of a pass is read
/// again from the top. A row that cannot be read is reported as "file:line: reason" and skipped.
/// Owners are the names in the owner column.
class FileConnector final : public CrmConnector
{
    Q_DECLARE_TR_FUNCTIONS(csm::FileConnector)

public:
    QString key() const override { return QStringLiteral("file"); }
    QString displayName() const override { return tr("CRM export files"); }
    QList<ConnectorSetting> settings() const override;
    QList<CrmObject> objects() const override;
    bool needsSecret() const override { return false; }

    std::optional<CrmError> configure(const QVariantMap &settings, const QString &secret) override;
    std::optional<CrmError> testConnection() override;
    std::variant<CrmPage, CrmError> pull(CrmObject object, const QString &cursor) override;

    /// Rows per page.
    static constexpr int PageSize = 2000;

    /// The parsed column mapping "Column=field; …" (column names trimmed and case-folded).
    static std::variant<QHash<QString, QString>, QString> parseMapping(const QString &text);

private:
    /// One file read and turned into records, kept while its content is the same.
    struct Loaded
    {
        QByteArray sha;
        qint64 size = -1;
        QDateTime modified; ///< with the size: the file has not changed since it was read
        QList<CrmRecord> records;
        QList<std::pair<int, CrmRecordIssue>> issues; ///< before record index `first`
    };
    std::variant<const Loaded *, CrmError> load(CrmObject object);
    QString path(CrmObject object) const;

    QHash<CrmObject, QString> m_paths;
    QHash<QString, QString> m_mapping;
    QHash<CrmObject, Loaded> m_loaded;
};

} // namespace csm
