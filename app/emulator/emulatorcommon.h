#pragma once

// What the local CRMs share: compact JSON bodies and the words demo companies are named from.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace csm::emulator {

inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QByteArray json(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

/// "Cedar Analytics 12": a word, a kind of business, a number.
inline const QStringList &demoWords()
{
    static const QStringList words { QStringLiteral("Acme"),   QStringLiteral("Blue"),    QStringLiteral("Cedar"),   QStringLiteral("Delta"),
                                     QStringLiteral("Echo"),   QStringLiteral("Fjord"),   QStringLiteral("Granite"), QStringLiteral("Harbor"),
                                     QStringLiteral("Iris"),   QStringLiteral("Juniper"), QStringLiteral("Kestrel"), QStringLiteral("Lumen") };
    return words;
}

inline const QStringList &demoKinds()
{
    static const QStringList kinds { QStringLiteral("Labs"),   QStringLiteral("Systems"), QStringLiteral("Analytics"),
                                     QStringLiteral("Logistics"), QStringLiteral("Health"), QStringLiteral("Foods") };
    return kinds;
}

} // namespace csm::emulator
