// Reading Salesforce's records: a page's records, field by field, into the app's fields.
#include "salesforceconnector.h"

#include "domain/lifecyclestage.h"
#include "store/sqlvalues.h"
#include "wirevalues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace csm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("csm::SalesforceConnector", text);
}

/// A field of a record; Salesforce's field names are case-insensitive, so a setting written in
/// another case still finds its field.
JsonText::Value fieldOf(const JsonText::Value &o, QByteArrayView name)
{
    return o.memberIgnoringCase(name);
}

/// A field's value as text: strings as they are, numbers in full, booleans as true/false, null empty.
QString textOf(const JsonText::Value &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNumber())
        return QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

bool boolOf(const JsonText::Value &v)
{
    return v.isBool() ? v.toBool() : textOf(v).trimmed().compare(u"true", Qt::CaseInsensitive) == 0;
}

/// A Salesforce datetime: "2013-05-20T20:49:32.000+0000" (an offset without a colon), or ISO 8601.
QDateTime timestampOf(QString value)
{
    value = value.trimmed();
    if (value.isEmpty() || !value.contains(u'T'))
        return {};
    if (const auto at = wire::timestamp(QStringView(value)))
        return *at;
    static const QRegularExpression offset(QStringLiteral("([+-])(\\d\\d)(\\d\\d)$"));
    if (const QRegularExpressionMatch m = offset.match(value); m.hasMatch())
        value = value.left(m.capturedStart()) + m.captured(1) + m.captured(2) + u':' + m.captured(3);
    QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

/// The same, read from the page's bytes in the usual form.
QDateTime timestampOf(const JsonText::Value &v)
{
    if (v.isString() && !v.hasEscapes())
        if (const auto at = wire::timestamp(v.raw()))
            return *at;
    return timestampOf(textOf(v));
}

/// A date field as YYYY-MM-DD (a datetime gives its day), or empty.
QString dateOf(const JsonText::Value &v)
{
    const QString text = textOf(v).trimmed();
    if (text.size() < 10)
        return {};
    if (text.size() == 10 && sql::parseIsoDate(text).isValid())
        return text; // already YYYY-MM-DD
    const QDate day = QDate::fromString(text.left(10), Qt::ISODate);
    return day.isValid() ? wire::isoDate(day) : QString();
}

/// The domain of an account's Website: "https://www.acme.com/about" is acme.com.
QString domainOf(QString website)
{
    website = website.trimmed().toLower();
    if (const qsizetype scheme = website.indexOf(QStringLiteral("://")); scheme >= 0)
        website = website.mid(scheme + 3);
    for (const QChar end : { u'/', u'?', u'#' })
        if (const qsizetype at = website.indexOf(end); at >= 0)
            website.truncate(at);
    if (const qsizetype at = website.lastIndexOf(u'@'); at >= 0)
        website = website.mid(at + 1);
    if (const qsizetype colon = website.indexOf(u':'); colon >= 0)
        website.truncate(colon);
    if (website.startsWith(QStringLiteral("www.")))
        website = website.mid(4);
    while (website.endsWith(u'.'))
        website.chop(1);
    return website;
}

} // namespace

void SalesforceConnector::readRecords(CrmObject object, const JsonText::Value &records, CrmPage &page) const
{
    // The fields the settings name, as the page spells them.
    const QByteArray arrField = m_arrField.toUtf8();
    const QByteArray renewalField = m_renewalField.toUtf8();
    const QByteArray contractStartField = m_contractStartField.toUtf8();
    const QByteArray stageField = m_stageField.toUtf8();
    const QByteArray currencyField = m_currencyField.toUtf8();
    page.records.reserve(records.size());
    for (const JsonText::Value &o : records) {
        if (!o.isObject()) {
            page.issues << CrmRecordIssue { object, {}, tr("a record that is not a JSON object") };
            continue;
        }
        const auto field = [&o](QByteArrayView name) { return textOf(fieldOf(o, name)).trimmed(); };
        const QString id = field("Id");
        if (id.isEmpty()) {
            page.issues << CrmRecordIssue { object, {}, tr("a record without an Id") };
            continue;
        }
        CrmRecord r;
        r.object = object;
        r.id = id;
        if (object == CrmObject::Owners) {
            const QString name = field("Name");
            const QString email = field("Email");
            r.fields.insert(QStringLiteral("name"), name.isEmpty() ? email : name);
            r.fields.insert(QStringLiteral("email"), email);
            // A deactivated user keeps the accounts it owned, but can own no more.
            const JsonText::Value active = fieldOf(o, "IsActive");
            r.deleted = !active.isUndefined() && !active.isNull() && !boolOf(active);
            page.records << std::move(r);
            continue;
        }
        const JsonText::Value stamp = fieldOf(o, "SystemModstamp");
        r.modifiedAt = timestampOf(stamp);
        if (!r.modifiedAt.isValid()) {
            page.issues << CrmRecordIssue { object, id, tr("its SystemModstamp '%1' is not a timestamp").arg(textOf(stamp).trimmed()) };
            continue;
        }
        r.deleted = boolOf(fieldOf(o, "IsDeleted"));
        if (r.deleted) { // in the recycle bin (queryAll): only the id matters
            page.records << std::move(r);
            continue;
        }
        const QString accountId = field("AccountId");
        switch (object) {
        case CrmObject::Companies: {
            const QString name = field("Name");
            if (name.isEmpty()) {
                page.issues << CrmRecordIssue { object, id, tr("no name (a required field)") };
                continue;
            }
            r.fields.insert(QStringLiteral("name"), name);
            r.fields.insert(QStringLiteral("domain"), domainOf(field("Website")));
            r.fields.insert(QStringLiteral("owner_id"), field("OwnerId"));
            const QString arr = field(arrField);
            const QString arrDecimal = wire::decimal(arr);
            if (!arr.isEmpty() && arrDecimal.isEmpty()) {
                page.issues << CrmRecordIssue { object, id, tr("ARR '%1' is not a number").arg(arr) };
                continue;
            }
            r.fields.insert(QStringLiteral("arr"), arrDecimal);
            r.fields.insert(QStringLiteral("renewal_date"), dateOf(fieldOf(o, renewalField)));
            r.fields.insert(QStringLiteral("contract_start"), dateOf(fieldOf(o, contractStartField)));
            const QString stage = field(stageField).toLower();
            if (lifecycleStageFromKey(stage))
                r.fields.insert(QStringLiteral("lifecycle_stage"), stage);
            if (!currencyField.isEmpty()) {
                const QString currency = field(currencyField).toUpper();
                if (currency.size() == 3)
                    r.fields.insert(QStringLiteral("currency"), currency);
            }
            break;
        }
        case CrmObject::Contacts: {
            const QString name = QString(field("FirstName") + u' ' + field("LastName")).trimmed();
            const QString email = field("Email");
            if (name.isEmpty() && email.isEmpty()) {
                page.issues << CrmRecordIssue { object, id, tr("neither a name nor an email") };
                continue;
            }
            r.fields.insert(QStringLiteral("name"), name.isEmpty() ? email : name);
            r.fields.insert(QStringLiteral("email"), email);
            r.fields.insert(QStringLiteral("title"), field("Title"));
            break;
        }
        case CrmObject::Deals:
            r.fields.insert(QStringLiteral("name"), field("Name"));
            r.fields.insert(QStringLiteral("amount"), wire::decimal(field("Amount")));
            if (!currencyField.isEmpty()) {
                const QString currency = field(currencyField).toUpper();
                if (currency.size() == 3)
                    r.fields.insert(QStringLiteral("currency"), currency);
            }
            r.fields.insert(QStringLiteral("stage"), field("StageName"));
            r.fields.insert(QStringLiteral("close_date"), dateOf(fieldOf(o, "CloseDate")));
            r.fields.insert(QStringLiteral("closed"), boolOf(fieldOf(o, "IsClosed")));
            r.fields.insert(QStringLiteral("won"), boolOf(fieldOf(o, "IsWon")));
            break;
        case CrmObject::Owners:
            break;
        }
        // A contact or opportunity without an account is left so: the engine reports it.
        if (object != CrmObject::Companies && !accountId.isEmpty())
            r.companyIds << accountId;
        page.records << std::move(r);
    }
}

} // namespace csm
