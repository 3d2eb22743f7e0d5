#include "accountfields.h"

#include "store/sqlvalues.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace csm {

namespace {

/// The translation context of field values that do not parse.
struct AccountFieldsText
{
    Q_DECLARE_TR_FUNCTIONS(csm::AccountFields)
};

constexpr std::array<const char *, AllAccountFields.size()> Keys { "crm_id", "name", "domain", "owner", "arr",
    "currency", "contract_start", "renewal_date", "lifecycle_stage", "segment", "tags", "payment_status" };

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The integer part: plain digits, or 1-3 digits followed by groups of ",ddd".
bool isIntegerPart(QStringView text)
{
    if (text.isEmpty())
        return false;
    if (!text.contains(u','))
        return std::all_of(text.begin(), text.end(), isDigit);
    const QList<QStringView> groups = text.split(u',');
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QStringView g = groups[i];
        const bool sized = i == 0 ? (g.size() >= 1 && g.size() <= 3) : g.size() == 3;
        if (!sized || !std::all_of(g.begin(), g.end(), isDigit))
            return false;
    }
    return true;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString setDate(QDate &date, AccountField field, const QString &text)
{
    if (text.isEmpty()) {
        date = QDate();
        return {};
    }
    date = sql::parseIsoDate(text);
    if (!date.isValid())
        return AccountFieldsText::tr("%1 '%2' is not a date; use YYYY-MM-DD").arg(accountFieldKey(field), text);
    return {};
}

} // namespace

QString accountFieldKey(AccountField field)
{
    return QString::fromLatin1(Keys[std::size_t(field)]);
}

std::optional<AccountField> accountFieldFromKey(QStringView key)
{
    const QStringView trimmed = key.trimmed();
    for (AccountField field : AllAccountFields)
        if (trimmed.compare(QLatin1StringView(Keys[std::size_t(field)]), Qt::CaseInsensitive) == 0)
            return field;
    return std::nullopt;
}

QStringList accountFieldKeys()
{
    QStringList keys;
    for (AccountField field : AllAccountFields)
        keys.append(accountFieldKey(field));
    return keys;
}

bool isRequiredAccountField(AccountField field)
{
    return field == AccountField::CrmId || field == AccountField::Name;
}

Result<qint64> parseArrCents(QStringView text)
{
    const QString shown = text.toString();
    if (text.startsWith(u'-') && parseArrCents(text.sliced(1)).ok())
        return Error { AccountFieldsText::tr("ARR '%1' must not be negative").arg(shown) };

    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.first(dot);
    const QStringView decimals = dot < 0 ? QStringView() : text.sliced(dot + 1);
    const bool decimalsAreDigits = std::all_of(decimals.begin(), decimals.end(), isDigit);
    if (!isIntegerPart(whole) || (dot >= 0 && (decimals.isEmpty() || !decimalsAreDigits)))
        return Error { AccountFieldsText::tr("ARR '%1' is not a number").arg(shown) };
    if (decimals.size() > 2)
        return Error { AccountFieldsText::tr("ARR '%1' has more than 2 decimals").arg(shown) };

    constexpr qint64 Max = std::numeric_limits<qint64>::max();
    qint64 cents = 0;
    auto push = [&cents](QChar digit) {
        const int d = digit.unicode() - u'0';
        if (cents > (Max - d) / 10)
            return false;
        cents = cents * 10 + d;
        return true;
    };
    bool fits = true;
    for (QChar c : whole)
        if (c != u',')
            fits = fits && push(c);
    for (qsizetype i = 0; i < 2; ++i)
        fits = fits && push(i < decimals.size() ? decimals[i] : QChar(u'0'));
    if (!fits)
        return Error { AccountFieldsText::tr("ARR '%1' is too large").arg(shown) };
    return cents;
}

QString formatArrCents(qint64 cents)
{
    const qint64 fraction = cents % 100;
    return QString::number(cents / 100) + u'.'
        + (fraction < 10 ? QLatin1StringView("0") : QLatin1StringView()) + QString::number(fraction);
}

QString setAccountField(Account &account, AccountField field, const QString &text)
{
    switch (field) {
    case AccountField::CrmId:
        account.crmId = text;
        return {};
    case AccountField::Name:
        account.name = text;
        return {};
    case AccountField::Domain:
        account.domain = text;
        return {};
    case AccountField::Owner:
        account.owner = text;
        return {};
    case AccountField::Arr: {
        if (text.isEmpty()) {
            account.arrCents = 0;
            return {};
        }
        const Result<qint64> cents = parseArrCents(text);
        account.arrCents = cents.ok() ? *cents : 0;
        return cents.errorMessage();
    }
    case AccountField::Currency: {
        const bool valid = text.size() == 3
            && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
        if (!text.isEmpty() && !valid)
            return AccountFieldsText::tr("currency '%1' is not a code of 3 capital letters like USD").arg(text);
        account.currency = text.isEmpty() ? QStringLiteral("USD") : text;
        return {};
    }
    case AccountField::ContractStart:
        return setDate(account.contractStart, field, text);
    case AccountField::RenewalDate:
        return setDate(account.renewalDate, field, text);
    case AccountField::Stage: {
        const auto stage = text.isEmpty() ? LifecycleStage::Onboarding : lifecycleStageFromKey(text);
        if (!stage)
            return AccountFieldsText::tr("lifecycle_stage '%1' is not one of onboarding, adoption, expansion, renewal, advocacy")
                .arg(text);
        account.stage = *stage;
        return {};
    }
    case AccountField::Segment: {
        if (text.isEmpty())
            return {}; // no decision in the file: the app's own segment stays in charge
        const auto segment = segmentFromKey(text);
        if (!segment)
            return AccountFieldsText::tr("segment '%1' is not one of high, mid, tech").arg(text);
        account.segment = *segment;
        account.segmentOverride = true;
        return {};
    }
    case AccountField::Tags:
        return setAccountTags(account, text.split(u';'));
    case AccountField::Payment: {
        const auto payment = text.isEmpty() ? PaymentStatus::Current : paymentStatusFromKey(text);
        if (!payment)
            return AccountFieldsText::tr("payment_status '%1' is not one of current, late, overdue, failed").arg(text);
        account.payment = *payment;
        return {};
    }
    }
    return {};
}

QString setAccountTags(Account &account, const QStringList &tags)
{
    account.tags.clear();
    for (const QString &tag : tags) {
        const QString trimmed = tag.trimmed();
        if (trimmed.contains(u',') || trimmed.contains(u';'))
            return AccountFieldsText::tr("tag '%1' contains ',' or ';'").arg(trimmed);
        if (!trimmed.isEmpty())
            account.tags.append(trimmed);
    }
    return {};
}

QString accountFieldText(const Account &account, AccountField field)
{
    switch (field) {
    case AccountField::CrmId:
        return account.crmId;
    case AccountField::Name:
        return account.name;
    case AccountField::Domain:
        return account.domain;
    case AccountField::Owner:
        return account.owner;
    case AccountField::Arr:
        return formatArrCents(account.arrCents);
    case AccountField::Currency:
        return account.currency;
    case AccountField::ContractStart:
        return dateText(account.contractStart);
    case AccountField::RenewalDate:
        return dateText(account.renewalDate);
    case AccountField::Stage:
        return lifecycleStageKey(account.stage);
    case AccountField::Segment:
        return account.segmentOverride ? segmentKey(account.segment) : QString();
    case AccountField::Tags:
        return account.tags.join(u';');
    case AccountField::Payment:
        return paymentStatusKey(account.payment);
    }
    return {};
}

} // namespace csm
