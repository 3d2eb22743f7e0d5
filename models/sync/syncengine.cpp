#include "syncengine.h"

#include "segmentation/segmentationservice.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace csm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("csm::SyncEngine", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error { q.lastError().text() };
}

QVariant nullableDate(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

qint64 cents(const QVariant &decimal)
{
    bool ok = false;
    const double value = decimal.toString().toDouble(&ok);
    return ok && value > 0 ? qint64(std::llround(value * 100.0)) : 0;
}

} // namespace

struct SyncEngine::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : owner(db), company(db), insertCompany(db), updateCompany(db), archiveCompany(db), localEdits(db), conflict(db),
          upsertContact(db), deleteContact(db), deal(db), upsertDeal(db), archiveDeal(db),
          issue(db), dropEdit(db), keepPending(db), dropPending(db)
    {
        owner.prepare(QStringLiteral("INSERT INTO crm_owners (connection_id, crm_id, name, email, archived) VALUES (?, ?, ?, ?, ?) "
                                     "ON CONFLICT (connection_id, crm_id) DO UPDATE SET name = excluded.name, "
                                     "email = excluded.email, archived = excluded.archived"));
        company.prepare(QStringLiteral("SELECT id, archived_at IS NOT NULL, crm_modified_at, name, domain, owner_crm_id, arr_cents, "
                                       "currency, coalesce(renewal_date, ''), coalesce(contract_start, ''), lifecycle_stage "
                                       "FROM accounts WHERE crm_id = ?"));
        insertCompany.prepare(QStringLiteral(
            "INSERT INTO accounts (crm_id, name, domain, owner, owner_crm_id, arr_cents, currency, renewal_date, contract_start, "
            "lifecycle_stage, crm_modified_at, crm_connection_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        updateCompany.prepare(QStringLiteral(
            "UPDATE accounts SET name = ?, domain = ?, owner = ?, owner_crm_id = ?, arr_cents = ?, currency = ?, renewal_date = ?, "
            "contract_start = ?, lifecycle_stage = coalesce(?, lifecycle_stage), crm_modified_at = ?, archived_at = NULL, "
            "crm_connection_id = ? WHERE id = ?"));
        archiveCompany.prepare(QStringLiteral("UPDATE accounts SET archived_at = ? WHERE id = ? AND archived_at IS NULL"));
        localEdits.prepare(QStringLiteral("SELECT field, base_value, local_value FROM sync_local_edits WHERE account_id = ?"));
        // Counted once: an unsettled conflict seen again with the same CRM value is not a new one.
        conflict.prepare(QStringLiteral("UPDATE sync_local_edits SET crm_value = ? WHERE account_id = ? AND field = ? "
                                        "AND crm_value IS NOT ?"));
        upsertContact.prepare(QStringLiteral(
            "INSERT INTO contacts (account_id, crm_id, name, email, title, crm_modified_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (crm_id) DO UPDATE SET account_id = excluded.account_id, name = excluded.name, "
            "email = excluded.email, title = excluded.title, crm_modified_at = excluded.crm_modified_at "
            // The same version seen again changes nothing (and is not counted); values decide
            // too, as some CRMs stamp to the second.
            "WHERE contacts.crm_modified_at IS NOT excluded.crm_modified_at OR contacts.account_id IS NOT excluded.account_id "
            "OR contacts.name IS NOT excluded.name OR contacts.email IS NOT excluded.email OR contacts.title IS NOT excluded.title"));
        deleteContact.prepare(QStringLiteral("DELETE FROM contacts WHERE crm_id = ?"));
        deal.prepare(QStringLiteral("SELECT id, crm_modified_at, archived_at IS NOT NULL FROM deals WHERE crm_id = ?"));
        upsertDeal.prepare(QStringLiteral(
            "INSERT INTO deals (account_id, crm_id, name, amount_cents, currency, stage, close_date, is_closed, is_won, "
            "crm_modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (crm_id) DO UPDATE SET "
            "account_id = excluded.account_id, name = excluded.name, amount_cents = excluded.amount_cents, "
            "currency = excluded.currency, stage = excluded.stage, close_date = excluded.close_date, "
            "is_closed = excluded.is_closed, is_won = excluded.is_won, crm_modified_at = excluded.crm_modified_at, "
            "archived_at = NULL WHERE deals.archived_at IS NOT NULL OR deals.crm_modified_at IS NOT excluded.crm_modified_at "
            "OR deals.account_id IS NOT excluded.account_id OR deals.name IS NOT excluded.name "
            "OR deals.amount_cents IS NOT excluded.amount_cents OR deals.currency IS NOT excluded.currency "
            "OR deals.stage IS NOT excluded.stage OR deals.close_date IS NOT excluded.close_date "
            "OR deals.is_closed IS NOT excluded.is_closed OR deals.is_won IS NOT excluded.is_won"));
        archiveDeal.prepare(QStringLiteral("UPDATE deals SET archived_at = ? WHERE crm_id = ? AND archived_at IS NULL"));
        issue.prepare(QStringLiteral("INSERT INTO sync_issues (run_id, object_type, record_id, reason) VALUES (?, ?, ?, ?)"));
        dropEdit.prepare(QStringLiteral("DELETE FROM sync_local_edits WHERE account_id = ? AND field = ?"));
        keepPending.prepare(QStringLiteral(
            "INSERT INTO sync_pending (connection_id, object_type, crm_id, record, first_seen_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (connection_id, object_type, crm_id) DO UPDATE SET record = excluded.record"));
        dropPending.prepare(QStringLiteral("DELETE FROM sync_pending WHERE connection_id = ? AND object_type = ? AND crm_id = ?"));
    }

    QSqlQuery owner, company, insertCompany, updateCompany, archiveCompany, localEdits, conflict,
        upsertContact, deleteContact, deal, upsertDeal, archiveDeal, issue, dropEdit, keepPending, dropPending;
};

SyncEngine::SyncEngine(QSqlDatabase db, CrmConnection connection, CrmConnector &connector)
    : m_db(std::move(db))
    , m_connection(std::move(connection))
    , m_connector(connector)
{
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::finish(SyncRun &run, const QString &status, const QString &message)
{
    run.status = status;
    run.message = message;
    run.finishedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_runs SET status = ?, message = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(sql::text(message));
    q.addBindValue(sql::timestamp(run.finishedAt));
    q.addBindValue(run.id);
    q.exec();
    (void)saveCounts(run);
}

Status SyncEngine::saveCounts(const SyncRun &run)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_runs SET created = ?, updated = ?, deleted = ?, skipped = ?, pushed = ?, conflicts = ?, "
                             "retries = ? WHERE id = ?"));
    for (const QVariant &v : { QVariant(run.created), QVariant(run.updated), QVariant(run.deleted), QVariant(run.skipped),
                               QVariant(run.pushed), QVariant(run.conflicts), QVariant(run.retries), QVariant(run.id) })
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    return {};
}

SyncRun SyncEngine::run(const std::atomic_bool *cancel, const Progress &progress)
{
    SyncRun run;
    run.connectionId = m_connection.id;
    run.startedAt = QDateTime::currentDateTimeUtc();
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO sync_runs (connection_id, started_at) VALUES (?, ?)"));
        q.addBindValue(m_connection.id);
        q.addBindValue(sql::timestamp(run.startedAt));
        if (!q.exec()) {
            run.status = QStringLiteral("failed");
            run.message = q.lastError().text();
            return run;
        }
        run.id = q.lastInsertId().toLongLong();
        q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_local_edits)"));
        m_localEdits = q.next() && q.value(0).toBool();
    }
    m_sql = std::make_unique<Statements>(m_db);
    m_accountIds.reset();
    m_contactIds.reset();
    m_pendingKeys.reset();
    m_cacheError.clear();
    m_connector.setCancelFlag(cancel);
    const SyncStore store(m_db);

    const QList<CrmObject> offered = m_connector.objects();
    for (CrmObject object : AllCrmObjects) {
        if (!offered.contains(object))
            continue;
        if (object == CrmObject::Companies) { // names of the owners the companies point at
            m_ownerNames.clear();
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT crm_id, name FROM crm_owners WHERE connection_id = ?"));
            q.addBindValue(m_connection.id);
            q.exec();
            while (q.next())
                m_ownerNames.insert(q.value(0).toString(), q.value(1).toString());
        }
        auto cursor = store.cursor(m_connection.id, object);
        if (!cursor) {
            finish(run, QStringLiteral("failed"), cursor.errorMessage());
            return run;
        }
        QString at = *cursor;
        int records = 0;
        for (;;) {
            if (cancel && cancel->load()) {
                finish(run, QStringLiteral("cancelled"), tr("Cancelled; every page applied so far is kept and the next sync goes on from there."));
                return run;
            }
            auto pulled = m_connector.pull(object, at);
            if (auto *error = std::get_if<CrmError>(&pulled)) {
                if (error->kind == CrmFailure::Cancelled)
                    finish(run, QStringLiteral("cancelled"), tr("Cancelled; every page applied so far is kept and the next sync goes on from there."));
                else
                    finish(run, QStringLiteral("failed"), tr("%1 (while reading %2)").arg(error->message, crmObjectKey(object)));
                return run;
            }
            const CrmPage &page = std::get<CrmPage>(pulled);
            run.retries += page.retries;
            const SyncRun before = run;
            Status applied;
            {
                Transaction transaction(m_db);
                applied = transaction.isActive() ? applyPage(object, page, run) : Status(Error { transaction.lastError() });
                if (applied)
                    applied = store.setCursor(m_connection.id, object, page.cursor);
                if (applied)
                    applied = saveCounts(run);
                if (applied)
                    applied = transaction.commit();
            } // rolled back here unless committed: the log below is written outside it
            if (!applied) {
                run = SyncRun(before);
                finish(run, QStringLiteral("failed"), tr("Could not store a page of %1: %2").arg(crmObjectKey(object), applied.errorMessage()));
                return run;
            }
            records += int(page.records.size());
            if (progress)
                progress(object, records);
            at = page.cursor;
            if (page.done)
                break;
        }
    }
    {
        Transaction transaction(m_db);
        Status applied = transaction.isActive() ? applyPending(run) : Status(Error { transaction.lastError() });
        if (applied)
            applied = saveCounts(run);
        if (applied)
            applied = transaction.commit();
        if (!applied) {
            finish(run, QStringLiteral("failed"), tr("Could not apply the records that waited for their company: %1").arg(applied.errorMessage()));
            return run;
        }
    }
    // New accounts get their segment by the book's rules.
    if (auto segmented = SegmentationService(m_db).recompute(); !segmented) {
        finish(run, QStringLiteral("failed"), tr("Synced, but the segments could not be recomputed: %1").arg(segmented.errorMessage()));
        return run;
    }
    // Then what the app has to say: fields edited here, and health where it is written back.
    if (m_connector.canPush()) {
        Status pushedAll = pushLocalEdits(run);
        const QString writeBack = m_connection.settings.value(QStringLiteral("write_back_health")).toString();
        if (pushedAll && (writeBack == u"true" || writeBack == u"1"))
            pushedAll = pushHealth(run, cancel);
        if (!pushedAll) {
            if (cancel && cancel->load())
                finish(run, QStringLiteral("cancelled"),
                       tr("Cancelled while writing back; every change pulled is kept, and what was not written yet is "
                          "written by the next sync."));
            else
                finish(run, QStringLiteral("failed"), tr("Pulled every change, but writing back failed: %1").arg(pushedAll.errorMessage()));
            return run;
        }
    }
    m_sql.reset();
    finish(run, QStringLiteral("ok"), {});
    return run;
}

Status SyncEngine::applyPage(CrmObject object, const CrmPage &page, SyncRun &run)
{
    const auto cacheFailed = [this]() -> Status {
        if (m_cacheError.isEmpty())
            return {};
        return Error { tr("could not read the book's CRM ids: %1").arg(m_cacheError) };
    };
    for (const CrmRecordIssue &issue : page.issues) {
        ++run.skipped;
        if (Status s = addIssue(run, issue); !s)
            return s;
    }
    for (const CrmRecord &r : page.records) {
        Status s;
        switch (object) {
        case CrmObject::Owners: s = applyOwner(r, run); break;
        case CrmObject::Companies: s = applyCompany(r, run); break;
        case CrmObject::Contacts: s = applyContact(r, run); break;
        case CrmObject::Deals: s = applyDeal(r, run); break;
        }
        if (s)
            s = cacheFailed();
        if (!s)
            return s;
    }
    return {};
}

Status SyncEngine::addIssue(SyncRun &run, const CrmRecordIssue &issue)
{
    run.issues << issue;
    QSqlQuery &q = m_sql->issue;
    q.addBindValue(run.id);
    q.addBindValue(crmObjectKey(issue.object));
    q.addBindValue(sql::text(issue.recordId));
    q.addBindValue(sql::text(issue.reason));
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status SyncEngine::applyOwner(const CrmRecord &r, SyncRun &)
{
    QSqlQuery &q = m_sql->owner;
    q.addBindValue(m_connection.id);
    q.addBindValue(r.id);
    q.addBindValue(sql::text(r.fields.value(QStringLiteral("name")).toString()));
    q.addBindValue(sql::text(r.fields.value(QStringLiteral("email")).toString()));
    q.addBindValue(r.deleted ? 1 : 0);
    if (!q.exec())
        return sqlError(q);
    m_ownerNames.insert(r.id, r.fields.value(QStringLiteral("name")).toString());
    return {}; // owners are reference data, read whole each time: not counted as changes
}

Status SyncEngine::applyCompany(const CrmRecord &r, SyncRun &run)
{
    // A company the book does not have needs no look-up (the whole of a first sync).
    const bool known = accountOfCompanies({ r.id }).has_value();
    QSqlQuery &find = m_sql->company;
    if (known) {
        find.addBindValue(r.id);
        if (!find.exec())
            return sqlError(find);
    }
    const bool exists = known && find.next();
    const qint64 id = exists ? find.value(0).toLongLong() : 0;
    const bool archived = exists && find.value(1).toBool();
    const QDateTime storedModified = exists ? sql::toTimestamp(find.value(2)) : QDateTime();
    QStringList stored;
    for (int column = 3; exists && column <= 10; ++column)
        stored << find.value(column).toString();
    if (known)
        find.finish();

    if (r.deleted) {
        if (!exists)
            return {};
        QSqlQuery &q = m_sql->archiveCompany;
        q.addBindValue(sql::timestamp(r.modifiedAt.isValid() ? r.modifiedAt : QDateTime::currentDateTimeUtc()));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q);
        if (q.numRowsAffected() > 0)
            ++run.deleted;
        return {};
    }

    const QString ownerId = r.fields.value(QStringLiteral("owner_id")).toString();
    QVariantMap values {
        { QStringLiteral("name"), r.fields.value(QStringLiteral("name")) },
        { QStringLiteral("domain"), sql::text(r.fields.value(QStringLiteral("domain")).toString()) },
        { QStringLiteral("owner"), sql::text(ownerId.isEmpty() ? QString() : m_ownerNames.value(ownerId, ownerId)) },
        { QStringLiteral("arr_cents"), cents(r.fields.value(QStringLiteral("arr"))) },
        { QStringLiteral("currency"), r.fields.value(QStringLiteral("currency")).toString().isEmpty()
                                          ? QStringLiteral("USD")
                                          : r.fields.value(QStringLiteral("currency")).toString() },
        { QStringLiteral("renewal_date"), nullableDate(r.fields.value(QStringLiteral("renewal_date"))) },
        { QStringLiteral("contract_start"), nullableDate(r.fields.value(QStringLiteral("contract_start"))) },
    };
    QVariant stage = r.fields.contains(QStringLiteral("lifecycle_stage")) ? r.fields.value(QStringLiteral("lifecycle_stage"))
                                                                                 : QVariant(QMetaType::fromType<QString>());

    if (!exists) {
        QSqlQuery &q = m_sql->insertCompany;
        q.addBindValue(r.id);
        for (const char *key : { "name", "domain", "owner" })
            q.addBindValue(values.value(QLatin1String(key)));
        q.addBindValue(sql::text(ownerId));
        for (const char *key : { "arr_cents", "currency", "renewal_date", "contract_start" })
            q.addBindValue(values.value(QLatin1String(key)));
        q.addBindValue(sql::text(stage.isNull() ? QStringLiteral("onboarding") : stage.toString()));
        q.addBindValue(sql::timestamp(r.modifiedAt));
        q.addBindValue(m_connection.id);
        if (!q.exec())
            return Error { tr("company %1: %2").arg(r.id, q.lastError().text()) };
        if (m_accountIds)
            m_accountIds->insert(r.id, q.lastInsertId().toLongLong());
        ++run.created;
        return {};
    }

    // The same version seen again (a pass starts before the previous one ended): nothing to do.
    // Same time and same values, since some CRMs stamp changes to the second only and two edits
    // can share one.
    if (!archived && r.modifiedAt.isValid() && storedModified == r.modifiedAt) {
        const QStringList incoming { values.value(QStringLiteral("name")).toString(),
                                     values.value(QStringLiteral("domain")).toString(),
                                     ownerId,
                                     QString::number(values.value(QStringLiteral("arr_cents")).toLongLong()),
                                     values.value(QStringLiteral("currency")).toString(),
                                     values.value(QStringLiteral("renewal_date")).toString(),
                                     values.value(QStringLiteral("contract_start")).toString(),
                                     stage.isNull() ? stored.value(7) : stage.toString() };
        if (incoming == stored)
            return {};
    }

    // Fields edited here keep the local value; a CRM change to one of them is a conflict.
    if (m_localEdits) {
        QSqlQuery &edits = m_sql->localEdits;
        edits.addBindValue(id);
        if (!edits.exec())
            return sqlError(edits);
        QList<std::tuple<QString, QString, QString>> found;
        while (edits.next())
            found << std::tuple { edits.value(0).toString(), edits.value(1).toString(), edits.value(2).toString() };
        edits.finish();
        for (const auto &[field, base, local] : found) {
            const bool isStage = field == u"lifecycle_stage";
            if (!values.contains(field) && !(isStage && !stage.isNull()))
                continue;
            const QString crm = isStage ? stage.toString() : values.value(field).toString();
            if (crm == local) { // the CRM has it already: nothing left to write back
                QSqlQuery &agreed = m_sql->dropEdit;
                agreed.addBindValue(id);
                agreed.addBindValue(field);
                if (!agreed.exec())
                    return sqlError(agreed);
                continue;
            }
            if (crm != base) {
                QSqlQuery &c = m_sql->conflict;
                c.addBindValue(sql::text(crm));
                c.addBindValue(id);
                c.addBindValue(field);
                c.addBindValue(sql::text(crm));
                if (!c.exec())
                    return sqlError(c);
                run.conflicts += c.numRowsAffected() > 0 ? 1 : 0;
            }
            if (isStage)
                stage = local;
            else
                values.insert(field, field == u"arr_cents" ? QVariant(local.toLongLong()) : QVariant(local));
        }
    }
    QSqlQuery &q = m_sql->updateCompany;
    for (const char *key : { "name", "domain", "owner" })
        q.addBindValue(values.value(QLatin1String(key)));
    q.addBindValue(sql::text(ownerId));
    for (const char *key : { "arr_cents", "currency", "renewal_date", "contract_start" })
        q.addBindValue(values.value(QLatin1String(key)));
    q.addBindValue(stage);
    q.addBindValue(sql::timestamp(r.modifiedAt));
    q.addBindValue(m_connection.id);
    q.addBindValue(id);
    if (!q.exec())
        return Error { tr("company %1: %2").arg(r.id, q.lastError().text()) };
    ++run.updated;
    return {};
}

std::optional<qint64> SyncEngine::accountOfCompanies(const QStringList &companyIds)
{
    // Every contact and deal asks: the book's CRM ids are read once per run and kept current.
    if (!m_accountIds) {
        m_accountIds.emplace();
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT crm_id, id FROM accounts")))
            m_cacheError = q.lastError().text();
        while (q.next())
            m_accountIds->insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    for (const QString &company : companyIds)
        if (const auto it = m_accountIds->constFind(company); it != m_accountIds->cend())
            return *it;
    return std::nullopt;
}

bool SyncEngine::contactExists(const QString &crmId)
{
    if (!m_contactIds) {
        m_contactIds.emplace();
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT crm_id FROM contacts WHERE crm_id IS NOT NULL AND crm_id <> ''")))
            m_cacheError = q.lastError().text();
        while (q.next())
            m_contactIds->insert(q.value(0).toString());
    }
    return m_contactIds->contains(crmId);
}

Result<std::optional<qint64>> SyncEngine::parentAccount(const CrmRecord &r, SyncRun &run)
{
    if (const auto account = accountOfCompanies(r.companyIds))
        return account;
    if (m_retryingPending)
        return std::optional<qint64> {}; // still waiting; already logged when it arrived
    ++run.skipped;
    if (r.companyIds.isEmpty()) {
        if (Status s = dropPending(r); !s) // an older version that waited is no longer the record
            return s.error();
        const Status logged = addIssue(run, { r.object, r.id, tr("not associated with a company") });
        if (!logged)
            return logged.error();
        return std::optional<qint64> {};
    }
    // Kept whole: a later sync applies it once its company is in the book, though the cursor has
    // moved past it.
    QSqlQuery &keep = m_sql->keepPending;
    keep.addBindValue(m_connection.id);
    keep.addBindValue(crmObjectKey(r.object));
    keep.addBindValue(r.id);
    keep.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("modified_at"), r.modifiedAt.toString(Qt::ISODateWithMs) },
                                                                    { QStringLiteral("fields"), QJsonObject::fromVariantMap(r.fields) },
                                                                    { QStringLiteral("company_ids"), QJsonArray::fromStringList(r.companyIds) } })
                                            .toJson(QJsonDocument::Compact)));
    keep.addBindValue(sql::timestamp(QDateTime::currentDateTimeUtc()));
    if (!keep.exec())
        return sqlError(keep);
    if (m_pendingKeys)
        m_pendingKeys->insert(crmObjectKey(r.object) + u'/' + r.id);
    const Status logged = addIssue(run, { r.object, r.id,
                                          tr("its company %1 is not in the book yet; kept, and applied when the company arrives")
                                              .arg(r.companyIds.join(u',')) });
    if (!logged)
        return logged.error();
    return std::optional<qint64> {};
}

Status SyncEngine::dropPending(const CrmRecord &r)
{
    // Most records never waited: the waiting ones are known once per run.
    const QString key = crmObjectKey(r.object) + u'/' + r.id;
    if (!m_pendingKeys) {
        m_pendingKeys.emplace();
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT object_type, crm_id FROM sync_pending WHERE connection_id = ?"));
        q.addBindValue(m_connection.id);
        if (!q.exec())
            return sqlError(q);
        while (q.next())
            m_pendingKeys->insert(q.value(0).toString() + u'/' + q.value(1).toString());
    }
    if (!m_pendingKeys->remove(key))
        return {};
    QSqlQuery &q = m_sql->dropPending;
    q.addBindValue(m_connection.id);
    q.addBindValue(crmObjectKey(r.object));
    q.addBindValue(r.id);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status SyncEngine::applyPending(SyncRun &run)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT object_type, crm_id, record FROM sync_pending WHERE connection_id = ? ORDER BY object_type, crm_id"));
    q.addBindValue(m_connection.id);
    if (!q.exec())
        return sqlError(q);
    QList<CrmRecord> waiting;
    while (q.next()) {
        const auto object = crmObjectFromKey(q.value(0).toString());
        if (!object)
            continue;
        const QJsonObject o = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        CrmRecord r;
        r.object = *object;
        r.id = q.value(1).toString();
        r.modifiedAt = QDateTime::fromString(o.value(QLatin1String("modified_at")).toString(), Qt::ISODateWithMs);
        r.fields = o.value(QLatin1String("fields")).toObject().toVariantMap();
        for (const QJsonValue &id : o.value(QLatin1String("company_ids")).toArray())
            r.companyIds << id.toString();
        waiting << r;
    }
    q.finish();
    if (waiting.isEmpty())
        return {};
    m_retryingPending = true;
    const auto done = qScopeGuard([this] { m_retryingPending = false; });
    for (const CrmRecord &r : std::as_const(waiting)) {
        if (!accountOfCompanies(r.companyIds))
            continue;
        const Status applied = r.object == CrmObject::Deals ? applyDeal(r, run) : applyContact(r, run); // drops it
        if (!applied)
            return applied;
    }
    return {};
}

Status SyncEngine::applyContact(const CrmRecord &r, SyncRun &run)
{
    if (r.deleted) {
        if (Status s = dropPending(r); !s)
            return s;
        QSqlQuery &q = m_sql->deleteContact;
        q.addBindValue(r.id);
        if (!q.exec())
            return sqlError(q);
        run.deleted += q.numRowsAffected() > 0 ? 1 : 0;
        if (m_contactIds)
            m_contactIds->remove(r.id);
        return {};
    }
    const auto parent = parentAccount(r, run);
    if (!parent)
        return parent.error();
    if (!*parent)
        return {}; // skipped and logged
    const auto account = *parent;
    const bool exists = contactExists(r.id);
    QSqlQuery &q = m_sql->upsertContact;
    q.addBindValue(*account);
    q.addBindValue(r.id);
    q.addBindValue(sql::text(r.fields.value(QStringLiteral("name")).toString()));
    q.addBindValue(sql::text(r.fields.value(QStringLiteral("email")).toString()));
    q.addBindValue(sql::text(r.fields.value(QStringLiteral("title")).toString()));
    q.addBindValue(sql::timestamp(r.modifiedAt));
    if (!q.exec())
        return Error { tr("contact %1: %2").arg(r.id, q.lastError().text()) };
    if (Status s = dropPending(r); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return {}; // seen before, unchanged
    m_contactIds->insert(r.id);
    ++(exists ? run.updated : run.created);
    return {};
}

Status SyncEngine::applyDeal(const CrmRecord &r, SyncRun &run)
{
    if (r.deleted) {
        if (Status s = dropPending(r); !s)
            return s;
        QSqlQuery &q = m_sql->archiveDeal;
        q.addBindValue(sql::timestamp(QDateTime::currentDateTimeUtc()));
        q.addBindValue(r.id);
        if (!q.exec())
            return sqlError(q);
        run.deleted += q.numRowsAffected() > 0 ? 1 : 0;
        return {};
    }
    const auto parent = parentAccount(r, run);
    if (!parent)
        return parent.error();
    if (!*parent)
        return {}; // skipped and logged
    const auto account = *parent;
    QSqlQuery &find = m_sql->deal;
    find.addBindValue(r.id);
    if (!find.exec())
        return sqlError(find);
    const bool exists = find.next();
    const QDateTime storedModified = exists ? sql::toTimestamp(find.value(1)) : QDateTime();
    const bool archived = exists && find.value(2).toBool();
    find.finish();
    Q_UNUSED(storedModified)
    Q_UNUSED(archived)
    QSqlQuery &q = m_sql->upsertDeal;
    q.addBindValue(*account);
    q.addBindValue(r.id);
    q.addBindValue(sql::text(r.fields.value(QStringLiteral("name")).toString()));
    q.addBindValue(cents(r.fields.value(QStringLiteral("amount"))));
    const QString currency = r.fields.value(QStringLiteral("currency")).toString();
    q.addBindValue(currency.isEmpty() ? QStringLiteral("USD") : currency);
    q.addBindValue(sql::text(r.fields.value(QStringLiteral("stage")).toString()));
    q.addBindValue(nullableDate(r.fields.value(QStringLiteral("close_date"))));
    q.addBindValue(r.fields.value(QStringLiteral("closed")).toBool() ? 1 : 0);
    q.addBindValue(r.fields.value(QStringLiteral("won")).toBool() ? 1 : 0);
    q.addBindValue(sql::timestamp(r.modifiedAt));
    if (!q.exec())
        return Error { tr("deal %1: %2").arg(r.id, q.lastError().text()) };
    if (Status s = dropPending(r); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return {}; // seen before, unchanged (values compared, as some CRMs stamp to the second)
    ++(exists ? run.updated : run.created);
    return {};
}

} // namespace csm
