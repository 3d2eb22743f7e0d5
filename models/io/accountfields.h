#pragma once

#include "domain/account.h"
#include "domain/result.h"

#include <QStringList>

#include <array>
#include <optional>

namespace csm {

/// The fields an account file may carry. The keys (accountFieldKey) are the CSV header names and
/// JSON keys; the order here is the column order of an export.
enum class AccountField : quint8 {
    CrmId, ///< "crm_id", required
    Name, ///< "name", required
    Domain, ///< "domain"
    Owner, ///< "owner"
    Arr, ///< "arr": decimal currency units, "1,250,000.50"
    Currency, ///< "currency": ISO 4217 code, default USD
    ContractStart, ///< "contract_start": YYYY-MM-DD or empty
    RenewalDate, ///< "renewal_date": YYYY-MM-DD or empty
    Stage, ///< "lifecycle_stage": default onboarding
    Segment, ///< "segment": when given, a manual override
    Tags, ///< "tags": ';'-separated
    Payment, ///< "payment_status": default current
};

inline constexpr std::array AllAccountFields { AccountField::CrmId, AccountField::Name, AccountField::Domain,
    AccountField::Owner, AccountField::Arr, AccountField::Currency, AccountField::ContractStart,
    AccountField::RenewalDate, AccountField::Stage, AccountField::Segment, AccountField::Tags,
    AccountField::Payment };

QString accountFieldKey(AccountField field);
/// Case-insensitive, trims; nullopt for a column that is not a field (importers skip those).
std::optional<AccountField> accountFieldFromKey(QStringView key);
/// All keys in export order, for help texts and error messages.
QStringList accountFieldKeys();
bool isRequiredAccountField(AccountField field);

/// Parses an amount into integer cents without floating point: digits with optional ',' thousands
/// separators ("1,250,000") and at most two decimals. Signs, exponents, suffixes ("12k") and
/// currency symbols are refused with a message naming the value.
Result<qint64> parseArrCents(QStringView text);
/// "125000.50": always two decimals, no separators, so it parses back exactly.
QString formatArrCents(qint64 cents);

/// Sets `field` of `account` from file text (already trimmed; empty means "use the default").
/// Returns an empty string on success, otherwise a translated reason naming the value.
QString setAccountField(Account &account, AccountField field, const QString &text);

/// Sets the tags from a list (JSON array form). Tags are trimmed and empty ones dropped; a tag
/// holding ',' or ';' is refused because neither the book nor a CSV export could keep it whole.
QString setAccountTags(Account &account, const QStringList &tags);

/// The text an export writes for `field`: ISO dates, keys for enums, ';'-joined tags, and an empty
/// segment unless it is a manual override (a computed segment is derived data, and importing it
/// would turn it into an override).
QString accountFieldText(const Account &account, AccountField field);

} // namespace csm
