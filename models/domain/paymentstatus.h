#pragma once

#include <QString>

#include <array>
#include <optional>

namespace csm {

/// The account's billing standing, as reported by finance or the CRM.
enum class PaymentStatus : quint8 {
    Current,
    Late,     ///< an invoice is past due, under 30 days
    Overdue,  ///< an invoice is 30+ days past due
    Failed,   ///< a payment bounced or the card failed
};

inline constexpr std::array AllPaymentStatuses { PaymentStatus::Current, PaymentStatus::Late,
                                                 PaymentStatus::Overdue, PaymentStatus::Failed };

QString paymentStatusKey(PaymentStatus status);
std::optional<PaymentStatus> paymentStatusFromKey(QStringView key);
QString paymentStatusDisplayName(PaymentStatus status);

} // namespace csm
