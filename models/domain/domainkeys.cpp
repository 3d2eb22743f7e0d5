#include "keytable.h"
#include "lifecyclestage.h"
#include "paymentstatus.h"
#include "segment.h"
#include "ticket.h"

#include <QCoreApplication>

namespace csm {

namespace {

constexpr detail::KeyTable<Segment, 3> Segments { { { Segment::High, "high" },
                                                    { Segment::Mid, "mid" },
                                                    { Segment::Tech, "tech" } } };

constexpr detail::KeyTable<LifecycleStage, 5> Stages { { { LifecycleStage::Onboarding, "onboarding" },
                                                         { LifecycleStage::Adoption, "adoption" },
                                                         { LifecycleStage::Expansion, "expansion" },
                                                         { LifecycleStage::Renewal, "renewal" },
                                                         { LifecycleStage::Advocacy, "advocacy" } } };

constexpr detail::KeyTable<PaymentStatus, 4> Payments { { { PaymentStatus::Current, "current" },
                                                          { PaymentStatus::Late, "late" },
                                                          { PaymentStatus::Overdue, "overdue" },
                                                          { PaymentStatus::Failed, "failed" } } };

constexpr detail::KeyTable<Ticket::Priority, 4> Priorities { { { Ticket::Priority::Low, "low" },
                                                               { Ticket::Priority::Normal, "normal" },
                                                               { Ticket::Priority::High, "high" },
                                                               { Ticket::Priority::Urgent, "urgent" } } };

constexpr detail::KeyTable<Ticket::Sentiment, 3> Sentiments { { { Ticket::Sentiment::Positive, "positive" },
                                                                { Ticket::Sentiment::Neutral, "neutral" },
                                                                { Ticket::Sentiment::Negative, "negative" } } };

/// The translation context of the domain's display names.
struct DomainText
{
    Q_DECLARE_TR_FUNCTIONS(csm::Domain)
};

} // namespace

QString segmentKey(Segment segment) { return Segments.key(segment); }
std::optional<Segment> segmentFromKey(QStringView key) { return Segments.fromKey(key, u"touch"); }

QString segmentDisplayName(Segment segment)
{
    switch (segment) {
    case Segment::High: return DomainText::tr("High-touch");
    case Segment::Mid: return DomainText::tr("Mid-touch");
    case Segment::Tech: return DomainText::tr("Tech-touch");
    }
    return {};
}

QString lifecycleStageKey(LifecycleStage stage) { return Stages.key(stage); }
std::optional<LifecycleStage> lifecycleStageFromKey(QStringView key) { return Stages.fromKey(key); }

QString lifecycleStageDisplayName(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Onboarding: return DomainText::tr("Onboarding");
    case LifecycleStage::Adoption: return DomainText::tr("Adoption");
    case LifecycleStage::Expansion: return DomainText::tr("Expansion");
    case LifecycleStage::Renewal: return DomainText::tr("Renewal");
    case LifecycleStage::Advocacy: return DomainText::tr("Advocacy");
    }
    return {};
}

QString paymentStatusKey(PaymentStatus status) { return Payments.key(status); }
std::optional<PaymentStatus> paymentStatusFromKey(QStringView key) { return Payments.fromKey(key); }

QString paymentStatusDisplayName(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Current: return DomainText::tr("Current");
    case PaymentStatus::Late: return DomainText::tr("Late");
    case PaymentStatus::Overdue: return DomainText::tr("Overdue");
    case PaymentStatus::Failed: return DomainText::tr("Payment failed");
    }
    return {};
}

QString ticketPriorityKey(Ticket::Priority priority) { return Priorities.key(priority); }
std::optional<Ticket::Priority> ticketPriorityFromKey(QStringView key) { return Priorities.fromKey(key); }
QString ticketSentimentKey(Ticket::Sentiment sentiment) { return Sentiments.key(sentiment); }
std::optional<Ticket::Sentiment> ticketSentimentFromKey(QStringView key) { return Sentiments.fromKey(key); }

} // namespace csm
