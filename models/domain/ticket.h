#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace csm {

/// A support ticket raised by the account.
struct Ticket
{
    enum class Priority : quint8 { Low, Normal, High, Urgent };
    enum class Sentiment : quint8 { Positive, Neutral, Negative };

    qint64 id = 0;
    qint64 accountId = 0;
    QString externalId;
    QString subject;
    QDate openedOn;
    QDate closedOn; ///< null while open
    Priority priority = Priority::Normal;
    Sentiment sentiment = Sentiment::Neutral;
    bool escalated = false;

    bool isOpen() const { return closedOn.isNull(); }
    friend bool operator==(const Ticket &, const Ticket &) = default;
};

QString ticketPriorityKey(Ticket::Priority priority);
std::optional<Ticket::Priority> ticketPriorityFromKey(QStringView key);
QString ticketSentimentKey(Ticket::Sentiment sentiment);
std::optional<Ticket::Sentiment> ticketSentimentFromKey(QStringView key);

} // namespace csm
