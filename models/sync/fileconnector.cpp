#include "fileconnector.h"

#include "domain/lifecyclestage.h"
#include "io/accountfields.h"
#include "io/csvreader.h"
#include "io/jsonpositions.h"
#include "io/utf8text.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace csm {

namespace {

QString settingKey(CrmObject object)
{
    switch (object) {
    case CrmObject::Companies: return QStringLiteral("accounts_file");
    case CrmObject::Contacts: return QStringLiteral("contacts_file");
    case CrmObject::Deals: return QStringLiteral("deals_file");
    case CrmObject::Owners: break;
    }
    return {};
}

/// The key wrapping the records of a JSON file: {"accounts": [...]}.
QLatin1StringView jsonRoot(CrmObject object)
{
    switch (object) {
    case CrmObject::Companies: return QLatin1StringView("accounts");
    case CrmObject::Contacts: return QLatin1StringView("contacts");
    case CrmObject::Deals: return QLatin1StringView("deals");
    case CrmObject::Owners: break;
    }
    return {};
}

QString normalized(const QString &column)
{
    return column.trimmed().toCaseFolded();
}

/// One row of a file: its line and its fields by (mapped) field name.
struct Row
{
    int line = 0;
    QHash<QString, QString> values;
};

bool truthy(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == u"true" || v == u"yes" || v == u"1" || v == u"y";
}

/// A decimal amount in cents, or nullopt with the reason in `why`.
std::optional<qint64> cents(const QString &text, QString &why)
{
    if (text.trimmed().isEmpty())
        return 0;
    auto parsed = parseArrCents(text.trimmed());
    if (!parsed) {
        why = parsed.errorMessage();
        return std::nullopt;
    }
    return *parsed;
}

} // namespace

QList<ConnectorSetting> FileConnector::settings() const
{
    using K = ConnectorSetting::Kind;
    return {
        { QStringLiteral("accounts_file"), tr("Accounts file"), tr("A .csv or .json export of the CRM's accounts"), K::File, {}, true },
        { QStringLiteral("contacts_file"), tr("Contacts file"), tr("Optional; rows name their account in account_crm_id"), K::File, {}, false },
        { QStringLiteral("deals_file"), tr("Deals file"), tr("Optional; rows name their account in account_crm_id"), K::File, {}, false },
        { QStringLiteral("columns"), tr("Column mapping"),
          tr("Column=field; … for columns whose names are not the app's, e.g. Account ID=crm_id; Annual Revenue=arr"), K::Text, {}, false },
    };
}

QList<CrmObject> FileConnector::objects() const
{
    QList<CrmObject> objects;
    for (CrmObject o : { CrmObject::Companies, CrmObject::Contacts, CrmObject::Deals })
        if (m_paths.contains(o))
            objects << o;
    return objects;
}

std::variant<QHash<QString, QString>, QString> FileConnector::parseMapping(const QString &text)
{
    QHash<QString, QString> mapping;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const qsizetype eq = part.lastIndexOf(u'=');
        if (eq <= 0 || part.mid(eq + 1).trimmed().isEmpty())
            return tr("'%1' in the column mapping is not Column=field").arg(part.trimmed());
        mapping.insert(normalized(part.left(eq)), part.mid(eq + 1).trimmed().toLower());
    }
    return mapping;
}

std::optional<CrmError> FileConnector::configure(const QVariantMap &settings, const QString &)
{
    m_paths.clear();
    m_loaded.clear();
    for (CrmObject o : { CrmObject::Companies, CrmObject::Contacts, CrmObject::Deals }) {
        const QString path = settings.value(settingKey(o)).toString().trimmed();
        if (path.isEmpty())
            continue;
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix != u"csv" && suffix != u"json")
            return CrmError { CrmFailure::Unsupported, tr("%1: cannot tell the format from the name; use a .csv or .json file").arg(path) };
        m_paths.insert(o, path);
    }
    if (!m_paths.contains(CrmObject::Companies))
        return CrmError { CrmFailure::Unsupported, tr("The file connection needs an accounts file") };
    auto mapping = parseMapping(settings.value(QStringLiteral("columns")).toString());
    if (auto *why = std::get_if<QString>(&mapping))
        return CrmError { CrmFailure::Unsupported, *why };
    m_mapping = std::get<QHash<QString, QString>>(mapping);
    return std::nullopt;
}

std::optional<CrmError> FileConnector::testConnection()
{
    for (auto it = m_paths.cbegin(); it != m_paths.cend(); ++it) {
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return CrmError { CrmFailure::Network, tr("Cannot read %1: %2").arg(it.value(), file.errorString()) };
    }
    return std::nullopt;
}

QString FileConnector::path(CrmObject object) const
{
    return m_paths.value(object);
}

std::variant<const FileConnector::Loaded *, CrmError> FileConnector::load(CrmObject object)
{
    const QString file = path(object);
    // Read once per pass: pages of the same file come from memory while it stays as it was.
    const QFileInfo info(file);
    if (const auto it = m_loaded.constFind(object);
        it != m_loaded.cend() && info.exists() && it->size == info.size() && it->modified == info.lastModified())
        return &*it;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return CrmError { CrmFailure::Network, tr("Cannot read %1: %2").arg(file, f.errorString()) };
    const QByteArray data = f.readAll();
    const QByteArray sha = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    if (m_loaded.contains(object) && m_loaded.value(object).sha == sha) {
        m_loaded[object].size = info.size();
        m_loaded[object].modified = info.lastModified();
        return &m_loaded[object];
    }

    const QByteArrayView bytes = withoutUtf8Bom(data);
    const DecodedText decoded = decodeUtf8(bytes);
    if (!decoded.ok()) {
        const TextPosition at = textPositionAt(bytes, decoded.invalidOffset);
        return CrmError { CrmFailure::BadResponse, tr("%1:%2:%3: not UTF-8 text; nothing of the file was applied").arg(file).arg(at.line).arg(at.column) };
    }
    const auto mapped = [&](const QString &column) {
        const QString key = normalized(column);
        return m_mapping.value(key, key);
    };

    Loaded loaded;
    loaded.sha = sha;
    loaded.size = info.size();
    loaded.modified = info.lastModified();
    QList<Row> rows;
    if (QFileInfo(file).suffix().toLower() == u"csv") {
        const CsvTable table = readCsv(decoded.text);
        for (const ImportIssue &issue : table.issues)
            loaded.issues << std::pair { 0, CrmRecordIssue { object, {}, QStringLiteral("%1:%2: %3").arg(file).arg(issue.line).arg(issue.message) } };
        if (table.records.isEmpty())
            return CrmError { CrmFailure::BadResponse, tr("%1: no header row").arg(file) };
        QStringList header;
        for (const QString &column : table.records.first().fields)
            header << mapped(column);
        for (qsizetype i = 1; i < table.records.size(); ++i) {
            const CsvRecord &record = table.records.at(i);
            Row row;
            row.line = record.line;
            if (record.fields.size() != header.size()) {
                loaded.issues << std::pair { 0, CrmRecordIssue { object, {},
                                                                  tr("%1:%2: %3 fields where the header has %4").arg(file).arg(record.line)
                                                                      .arg(record.fields.size()).arg(header.size()) } };
                continue;
            }
            for (qsizetype c = 0; c < header.size(); ++c)
                row.values.insert(header.at(c), record.fields.at(c).trimmed());
            rows << row;
        }
    } else {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError) {
            const TextPosition at = textPositionAt(bytes, jsonErrorOffset(bytes, error.offset));
            return CrmError { CrmFailure::BadResponse,
                              tr("%1:%2:%3: %4; nothing of the file was applied").arg(file).arg(at.line).arg(at.column).arg(error.errorString()) };
        }
        const bool wrapped = doc.isObject();
        const QJsonArray array = wrapped ? doc.object().value(jsonRoot(object)).toArray() : doc.array();
        if (wrapped && !doc.object().value(jsonRoot(object)).isArray())
            return CrmError { CrmFailure::BadResponse, tr("%1: expected an array of records, or {\"%2\": [...]}").arg(file, jsonRoot(object)) };
        const QList<JsonRecordPosition> positions = scanJsonRecordPositions(bytes, wrapped, jsonRoot(object));
        const TextPositionIndex index(bytes);
        for (qsizetype i = 0; i < array.size(); ++i) {
            Row row;
            row.line = i < positions.size() ? index.at(positions.at(i).begin).line : 0;
            if (!array.at(i).isObject()) {
                loaded.issues << std::pair { 0, CrmRecordIssue { object, {}, tr("%1:%2: a record that is not a JSON object").arg(file).arg(row.line) } };
                continue;
            }
            const QJsonObject o = array.at(i).toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                const QJsonValue v = it.value();
                QString text;
                if (v.isString())
                    text = v.toString().trimmed();
                else if (v.isDouble()) // as written: 7001, 125000.5 (not "7001.000000")
                    text = QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest);
                else if (v.isBool())
                    text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
                row.values.insert(mapped(it.key()), text);
            }
            rows << row;
        }
    }

    for (const Row &row : std::as_const(rows)) {
        const auto value = [&](const char *field) { return row.values.value(QLatin1String(field)); };
        const auto issue = [&](const QString &id, const QString &why) {
            loaded.issues << std::pair { int(loaded.records.size()), CrmRecordIssue { object, id, QStringLiteral("%1:%2: %3").arg(file).arg(row.line).arg(why) } };
        };
        CrmRecord r;
        r.object = object;
        r.id = value("crm_id");
        if (r.id.isEmpty()) {
            issue({}, tr("no crm_id (a required field)"));
            continue;
        }
        const QString modified = value("modified_at");
        if (!modified.isEmpty()) {
            r.modifiedAt = QDateTime::fromString(modified, Qt::ISODateWithMs);
            if (!r.modifiedAt.isValid()) {
                issue(r.id, tr("modified_at '%1' is not an ISO date and time").arg(modified));
                continue;
            }
            r.modifiedAt = r.modifiedAt.toUTC();
        }
        r.deleted = truthy(value("deleted"));
        if (r.deleted) {
            loaded.records << r;
            continue;
        }
        if (object != CrmObject::Companies) {
            const QString account = value("account_crm_id");
            if (!account.isEmpty())
                r.companyIds << account;
        }
        QString why;
        switch (object) {
        case CrmObject::Companies: {
            // The account fields are checked as an import checks them.
            Account a;
            for (AccountField field : { AccountField::Name, AccountField::Domain, AccountField::Owner, AccountField::Arr,
                                        AccountField::Currency, AccountField::ContractStart, AccountField::RenewalDate, AccountField::Stage }) {
                const QString text = row.values.value(accountFieldKey(field));
                if (field == AccountField::Name && text.isEmpty()) {
                    why = tr("no name (a required field)");
                    break;
                }
                why = setAccountField(a, field, text);
                if (!why.isEmpty())
                    break;
            }
            if (!why.isEmpty())
                break;
            r.fields = { { QStringLiteral("name"), a.name },
                         { QStringLiteral("domain"), a.domain },
                         { QStringLiteral("owner_id"), a.owner },
                         { QStringLiteral("arr"), formatArrCents(a.arrCents) },
                         { QStringLiteral("currency"), a.currency },
                         { QStringLiteral("renewal_date"), a.renewalDate.isValid() ? a.renewalDate.toString(Qt::ISODate) : QString() },
                         { QStringLiteral("contract_start"), a.contractStart.isValid() ? a.contractStart.toString(Qt::ISODate) : QString() } };
            if (!value("lifecycle_stage").isEmpty())
                r.fields.insert(QStringLiteral("lifecycle_stage"), lifecycleStageKey(a.stage));
            break;
        }
        case CrmObject::Contacts: {
            QString name = value("name");
            if (name.isEmpty())
                name = QString(value("first_name") + u' ' + value("last_name")).trimmed();
            if (name.isEmpty() && value("email").isEmpty()) {
                why = tr("neither a name nor an email");
                break;
            }
            r.fields = { { QStringLiteral("name"), name.isEmpty() ? value("email") : name },
                         { QStringLiteral("email"), value("email") },
                         { QStringLiteral("title"), value("title") } };
            break;
        }
        case CrmObject::Deals: {
            const auto amount = cents(value("amount"), why);
            if (!amount)
                break;
            const QString close = value("close_date");
            if (!close.isEmpty() && !QDate::fromString(close, Qt::ISODate).isValid()) {
                why = tr("close_date '%1' is not a YYYY-MM-DD date").arg(close);
                break;
            }
            r.fields = { { QStringLiteral("name"), value("name") },
                         { QStringLiteral("amount"), formatArrCents(*amount) },
                         { QStringLiteral("currency"), value("currency").toUpper() },
                         { QStringLiteral("stage"), value("stage") },
                         { QStringLiteral("close_date"), close },
                         { QStringLiteral("closed"), truthy(value("closed")) },
                         { QStringLiteral("won"), truthy(value("won")) } };
            break;
        }
        case CrmObject::Owners:
            break;
        }
        if (!why.isEmpty()) {
            issue(r.id, why);
            continue;
        }
        loaded.records << r;
    }
    m_loaded.insert(object, loaded);
    return &m_loaded[object];
}

std::variant<CrmPage, CrmError> FileConnector::pull(CrmObject object, const QString &cursorText)
{
    if (!m_paths.contains(object))
        return CrmPage { {}, {}, {}, true, 0 };
    const QJsonObject cursor = QJsonDocument::fromJson(cursorText.toUtf8()).object();
    auto loaded = load(object);
    if (auto *error = std::get_if<CrmError>(&loaded))
        return *error;
    const Loaded &file = *std::get<const Loaded *>(loaded);
    const QString sha = QString::fromLatin1(file.sha);
    CrmPage page;
    // Read completely before and unchanged since: nothing to do.
    if (cursor.value(QLatin1String("done")).toString() == sha) {
        page.cursor = cursorText;
        page.done = true;
        return page;
    }
    // A file changed in the middle of a pass is read again from the top.
    const int from = cursor.value(QLatin1String("sha")).toString() == sha ? cursor.value(QLatin1String("row")).toInt() : 0;
    const int to = std::min(int(file.records.size()), from + PageSize);
    page.records = file.records.mid(from, to - from);
    for (const auto &[before, issue] : file.issues)
        if ((before >= from && before < to) || (before == to && to == file.records.size()))
            page.issues << issue;
    if (to < file.records.size()) {
        page.cursor = QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("sha"), sha }, { QStringLiteral("row"), to } })
                                            .toJson(QJsonDocument::Compact));
    } else {
        page.cursor = QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("done"), sha } }).toJson(QJsonDocument::Compact));
        page.done = true;
    }
    return page;
}

} // namespace csm
