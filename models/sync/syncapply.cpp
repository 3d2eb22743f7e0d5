// Applying a page's records to the book: owners, companies, contacts and deals, and the records
// that wait for their company.
#include "syncstatements.h"

#include "store/sqlvalues.h"

#include <QCoreApplication>
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

Error sqlError(const SyncStatement &q)
{
    return Error { q.lastError() };
}

qint64 cents(const QVariant &decimal)
{
    const QString text = decimal.toString();
    // Whole units in plain digits, the usual form, are counted exactly without a double.
    if (!text.isEmpty() && text.size() <= 13) {
        qint64 units = 0;
        qsizetype at = 0;
        for (; at < text.size() && text[at].unicode() >= u'0' && text[at].unicode() <= u'9'; ++at)
            units = units * 10 + (text[at].unicode() - u'0');
        if (at == text.size())
            return units * 100;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && value > 0 ? qint64(std::llround(value * 100.0)) : 0;
}

/// A moment as the book stores it (the text of sql::timestamp), NULL when unset.
void bindTimestamp(SyncStatement &q, int index, const QDateTime &at)
{
    if (!at.isValid()) {
        q.bindNull(index);
        return;
    }
    const QDateTime utc = at.timeSpec() == Qt::UTC ? at : at.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 1000 || d.year() > 9999) {
        q.bind(index, sql::timestamp(at).toString());
        return;
    }
    char text[24];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, d.year(), 4);
    text[4] = '-';
    put(5, d.month(), 2);
    text[7] = '-';
    put(8, d.day(), 2);
    text[10] = 'T';
    put(11, t.hour(), 2);
    text[13] = ':';
    put(14, t.minute(), 2);
    text[16] = ':';
    put(17, t.second(), 2);
    text[19] = '.';
    put(20, t.msec(), 3);
    text[23] = 'Z';
    q.bindUtf8(index, QByteArrayView(text, 24));
}

/// A field's text as Qt SQL binds a QVariant's: a null string is NULL.
void bindTextAsIs(SyncStatement &q, int index, const QString &text)
{
    if (text.isNull())
        q.bindNull(index);
    else
        q.bind(index, text);
}

/// A company's CRM-owned columns as the sync writes them. Dates are NULL when unset; a date a
/// person set here (a local edit) is written as it was set.
struct CompanyValues
{
    QString name; ///< as the connector gave it (a null name is NULL, refused by the book)
    QString domain;
    QString owner;
    qint64 arrCents = 0;
    QString currency;
    std::optional<QString> renewalDate;
    std::optional<QString> contractStart;

    /// The columns a local edit can name that these hold (the stage is apart).
    static bool holds(const QString &column)
    {
        return column == u"name" || column == u"domain" || column == u"owner" || column == u"arr_cents" || column == u"currency"
            || column == u"renewal_date" || column == u"contract_start";
    }
    /// A column's value as text (ARR in cents; a NULL date empty).
    QString text(const QString &column) const
    {
        if (column == u"name")
            return name;
        if (column == u"domain")
            return domain;
        if (column == u"owner")
            return owner;
        if (column == u"arr_cents")
            return QString::number(arrCents);
        if (column == u"currency")
            return currency;
        if (column == u"renewal_date")
            return renewalDate.value_or(QString());
        if (column == u"contract_start")
            return contractStart.value_or(QString());
        return {};
    }
    void set(const QString &column, const QString &value)
    {
        if (column == u"name")
            name = value;
        else if (column == u"domain")
            domain = value;
        else if (column == u"owner")
            owner = value;
        else if (column == u"arr_cents")
            arrCents = value.toLongLong();
        else if (column == u"currency")
            currency = value;
        else if (column == u"renewal_date")
            renewalDate = value;
        else if (column == u"contract_start")
            contractStart = value;
    }
    /// Binds name, domain, owner, owner_crm_id, arr_cents, currency, renewal_date, contract_start
    /// from `first` on.
    void bind(SyncStatement &q, int first, const QString &ownerId) const
    {
        bindTextAsIs(q, first, name);
        q.bind(first + 1, domain);
        q.bind(first + 2, owner);
        q.bind(first + 3, ownerId);
        q.bind(first + 4, arrCents);
        q.bind(first + 5, currency);
        if (renewalDate)
            q.bind(first + 6, *renewalDate);
        else
            q.bindNull(first + 6);
        if (contractStart)
            q.bind(first + 7, *contractStart);
        else
            q.bindNull(first + 7);
    }
};

std::optional<QString> nullableDate(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

} // namespace

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

Status SyncEngine::setCursor(CrmObject object, const QString &cursor)
{
    SyncStatement &q = m_sql->cursor;
    q.bind(1, m_connection.id).bind(2, crmObjectKey(object)).bind(3, cursor);
    bindTimestamp(q, 4, QDateTime::currentDateTimeUtc());
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status SyncEngine::addIssue(SyncRun &run, const CrmRecordIssue &issue)
{
    run.issues << issue;
    SyncStatement &q = m_sql->issue;
    q.bind(1, run.id).bind(2, crmObjectKey(issue.object)).bind(3, issue.recordId).bind(4, issue.reason);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status SyncEngine::applyOwner(const CrmRecord &r, SyncRun &)
{
    SyncStatement &q = m_sql->owner;
    const QString name = r.fields.value(QStringLiteral("name")).toString();
    q.bind(1, m_connection.id).bind(3, name).bind(4, r.fields.value(QStringLiteral("email")).toString()).bind(5, r.deleted ? 1 : 0);
    bindTextAsIs(q, 2, r.id);
    if (!q.exec())
        return sqlError(q);
    m_ownerNames.insert(r.id, name);
    return {}; // owners are reference data, read whole each time: not counted as changes
}

Status SyncEngine::applyCompany(const CrmRecord &r, SyncRun &run)
{
    // A company the book does not have needs no look-up (the whole of a first sync).
    const bool known = accountOf(r.id).has_value();
    SyncStatement &find = m_sql->company;
    if (known) {
        find.bind(1, r.id);
        if (!find.exec())
            return sqlError(find);
    }
    const bool exists = known && find.next();
    const qint64 id = exists ? find.int64(0) : 0;
    const bool archived = exists && find.int64(1) != 0;
    const QDateTime storedModified = exists && !find.isNull(2) ? sql::toTimestamp(find.text(2)) : QDateTime();
    QStringList stored;
    for (int column = 3; exists && column <= 10; ++column)
        stored << find.text(column);
    if (known)
        find.finish();

    if (r.deleted) {
        if (!exists)
            return {};
        SyncStatement &q = m_sql->archiveCompany;
        bindTimestamp(q, 1, r.modifiedAt.isValid() ? r.modifiedAt : QDateTime::currentDateTimeUtc());
        q.bind(2, id);
        if (!q.exec())
            return sqlError(q);
        if (q.changes() > 0)
            ++run.deleted;
        return {};
    }

    const QString ownerId = r.fields.value(QStringLiteral("owner_id")).toString();
    const QString currency = r.fields.value(QStringLiteral("currency")).toString();
    CompanyValues values;
    values.name = r.fields.value(QStringLiteral("name")).toString();
    values.domain = r.fields.value(QStringLiteral("domain")).toString();
    values.owner = ownerId.isEmpty() ? QString() : m_ownerNames.value(ownerId, ownerId);
    values.arrCents = cents(r.fields.value(QStringLiteral("arr")));
    values.currency = currency.isEmpty() ? QStringLiteral("USD") : currency;
    values.renewalDate = nullableDate(r.fields.value(QStringLiteral("renewal_date")));
    values.contractStart = nullableDate(r.fields.value(QStringLiteral("contract_start")));
    const auto stageField = r.fields.constFind(QStringLiteral("lifecycle_stage"));
    std::optional<QString> stage;
    if (stageField != r.fields.cend() && !stageField->isNull())
        stage = stageField->toString();

    if (!exists) {
        SyncStatement &q = m_sql->insertCompany;
        q.bind(1, r.id);
        values.bind(q, 2, ownerId);
        q.bind(10, stage.value_or(QStringLiteral("onboarding")));
        bindTimestamp(q, 11, r.modifiedAt);
        q.bind(12, m_connection.id);
        if (!q.exec())
            return Error { tr("company %1: %2").arg(r.id, q.lastError()) };
        if (m_accountIds)
            m_accountIds->insert(r.id, q.lastInsertId());
        ++run.created;
        return {};
    }

    // The same version seen again (a pass starts before the previous one ended): nothing to do.
    // Same time and same values, since some CRMs stamp changes to the second only and two edits
    // can share one.
    if (!archived && r.modifiedAt.isValid() && storedModified == r.modifiedAt) {
        const QStringList incoming { values.name, values.domain, ownerId, QString::number(values.arrCents), values.currency,
                                     values.renewalDate.value_or(QString()), values.contractStart.value_or(QString()),
                                     stage.value_or(stored.value(7)) };
        if (incoming == stored)
            return {};
    }

    // Fields edited here keep the local value; a CRM change to one of them is a conflict.
    if (m_localEdits) {
        SyncStatement &edits = m_sql->localEdits;
        edits.bind(1, id);
        if (!edits.exec())
            return sqlError(edits);
        QList<std::tuple<QString, QString, QString>> found;
        while (edits.next())
            found << std::tuple { edits.text(0), edits.text(1), edits.text(2) };
        edits.finish();
        for (const auto &[field, base, local] : found) {
            const bool isStage = field == u"lifecycle_stage";
            if (!CompanyValues::holds(field) && !(isStage && stage))
                continue;
            const QString crm = isStage ? *stage : values.text(field);
            if (crm == local) { // the CRM has it already: nothing left to write back
                SyncStatement &agreed = m_sql->dropEdit;
                agreed.bind(1, id).bind(2, field);
                if (!agreed.exec())
                    return sqlError(agreed);
                continue;
            }
            if (crm != base) {
                SyncStatement &c = m_sql->conflict;
                c.bind(1, crm).bind(2, id).bind(3, field).bind(4, crm);
                if (!c.exec())
                    return sqlError(c);
                run.conflicts += c.changes() > 0 ? 1 : 0;
            }
            if (isStage)
                stage = local;
            else
                values.set(field, local);
        }
    }
    SyncStatement &q = m_sql->updateCompany;
    values.bind(q, 1, ownerId);
    if (stage)
        q.bind(9, *stage);
    else
        q.bindNull(9);
    bindTimestamp(q, 10, r.modifiedAt);
    q.bind(11, m_connection.id);
    q.bind(12, id);
    if (!q.exec())
        return Error { tr("company %1: %2").arg(r.id, q.lastError()) };
    ++run.updated;
    return {};
}

const QHash<QString, qint64> &SyncEngine::accountIds()
{
    // Every company, contact and deal asks: the book's CRM ids are read once per run and kept
    // current.
    if (!m_accountIds) {
        m_accountIds.emplace();
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT crm_id, id FROM accounts")))
            m_cacheError = q.lastError().text();
        while (q.next())
            m_accountIds->insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return *m_accountIds;
}

std::optional<qint64> SyncEngine::accountOf(const QString &companyId)
{
    const QHash<QString, qint64> &ids = accountIds();
    if (const auto it = ids.constFind(companyId); it != ids.cend())
        return *it;
    return std::nullopt;
}

std::optional<qint64> SyncEngine::accountOfCompanies(const QStringList &companyIds)
{
    const QHash<QString, qint64> &ids = accountIds();
    for (const QString &company : companyIds)
        if (const auto it = ids.constFind(company); it != ids.cend())
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
    SyncStatement &keep = m_sql->keepPending;
    keep.bind(1, m_connection.id).bind(2, crmObjectKey(r.object));
    bindTextAsIs(keep, 3, r.id);
    keep.bind(4, QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("modified_at"), r.modifiedAt.toString(Qt::ISODateWithMs) },
                                                              { QStringLiteral("fields"), QJsonObject::fromVariantMap(r.fields) },
                                                              { QStringLiteral("company_ids"), QJsonArray::fromStringList(r.companyIds) } })
                                      .toJson(QJsonDocument::Compact)));
    bindTimestamp(keep, 5, QDateTime::currentDateTimeUtc());
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
    if (m_pendingKeys->isEmpty() || !m_pendingKeys->remove(crmObjectKey(r.object) + u'/' + r.id))
        return {};
    SyncStatement &q = m_sql->dropPending;
    q.bind(1, m_connection.id).bind(2, crmObjectKey(r.object));
    bindTextAsIs(q, 3, r.id);
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
        SyncStatement &q = m_sql->deleteContact;
        bindTextAsIs(q, 1, r.id);
        if (!q.exec())
            return sqlError(q);
        run.deleted += q.changes() > 0 ? 1 : 0;
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
    SyncStatement &q = m_sql->upsertContact;
    q.bind(1, *account)
        .bind(3, r.fields.value(QStringLiteral("name")).toString())
        .bind(4, r.fields.value(QStringLiteral("email")).toString())
        .bind(5, r.fields.value(QStringLiteral("title")).toString());
    bindTextAsIs(q, 2, r.id);
    bindTimestamp(q, 6, r.modifiedAt);
    if (!q.exec())
        return Error { tr("contact %1: %2").arg(r.id, q.lastError()) };
    if (Status s = dropPending(r); !s)
        return s;
    if (q.changes() == 0)
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
        SyncStatement &q = m_sql->archiveDeal;
        bindTimestamp(q, 1, QDateTime::currentDateTimeUtc());
        bindTextAsIs(q, 2, r.id);
        if (!q.exec())
            return sqlError(q);
        run.deleted += q.changes() > 0 ? 1 : 0;
        return {};
    }
    const auto parent = parentAccount(r, run);
    if (!parent)
        return parent.error();
    if (!*parent)
        return {}; // skipped and logged
    const auto account = *parent;
    SyncStatement &find = m_sql->deal;
    bindTextAsIs(find, 1, r.id);
    if (!find.exec())
        return sqlError(find);
    const bool exists = find.next();
    find.finish();
    SyncStatement &q = m_sql->upsertDeal;
    const QString currency = r.fields.value(QStringLiteral("currency")).toString();
    q.bind(1, *account)
        .bind(3, r.fields.value(QStringLiteral("name")).toString())
        .bind(4, cents(r.fields.value(QStringLiteral("amount"))))
        .bind(5, currency.isEmpty() ? QStringLiteral("USD") : currency)
        .bind(6, r.fields.value(QStringLiteral("stage")).toString())
        .bindTextOrNull(7, r.fields.value(QStringLiteral("close_date")).toString())
        .bind(8, r.fields.value(QStringLiteral("closed")).toBool() ? 1 : 0)
        .bind(9, r.fields.value(QStringLiteral("won")).toBool() ? 1 : 0);
    bindTextAsIs(q, 2, r.id);
    bindTimestamp(q, 10, r.modifiedAt);
    if (!q.exec())
        return Error { tr("deal %1: %2").arg(r.id, q.lastError()) };
    if (Status s = dropPending(r); !s)
        return s;
    if (q.changes() == 0)
        return {}; // seen before, unchanged (values compared, as some CRMs stamp to the second)
    ++(exists ? run.updated : run.created);
    return {};
}

} // namespace csm
