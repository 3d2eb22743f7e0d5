#pragma once

#include <QDate>
#include <QString>

namespace csm {

/// An NPS (0–10) or CSAT (1–5) answer from a customer contact.
struct SurveyResponse
{
    enum class Kind : quint8 { Nps, Csat };

    qint64 id = 0;
    qint64 accountId = 0;
    qint64 contactId = 0; ///< 0 when anonymous
    Kind kind = Kind::Nps;
    QDate respondedOn;
    int score = 0;
    QString comment;

    friend bool operator==(const SurveyResponse &, const SurveyResponse &) = default;
};

} // namespace csm
