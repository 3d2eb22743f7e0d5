#include "healthband.h"

#include "healthjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace csm {

QString healthBandKey(HealthBand band)
{
    switch (band) {
    case HealthBand::Red:
        return QStringLiteral("red");
    case HealthBand::Amber:
        return QStringLiteral("amber");
    case HealthBand::Green:
        return QStringLiteral("green");
    case HealthBand::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<HealthBand> healthBandFromKey(QStringView key)
{
    for (HealthBand band : { HealthBand::None, HealthBand::Red, HealthBand::Amber, HealthBand::Green })
        if (key.compare(healthBandKey(band), Qt::CaseInsensitive) == 0)
            return band;
    return std::nullopt;
}

QString healthBandDisplayName(HealthBand band)
{
    switch (band) {
    case HealthBand::Red:
        return QObject::tr("Red");
    case HealthBand::Amber:
        return QObject::tr("Amber");
    case HealthBand::Green:
        return QObject::tr("Green");
    case HealthBand::None:
        break;
    }
    return QObject::tr("No score");
}

HealthBand HealthBands::bandFor(std::optional<double> score) const
{
    if (!score)
        return HealthBand::None;
    if (*score >= greenFrom)
        return HealthBand::Green;
    return *score >= amberFrom ? HealthBand::Amber : HealthBand::Red;
}

Status HealthBands::validate() const
{
    if (amberFrom < 0.0 || amberFrom > 100.0 || greenFrom < 0.0 || greenFrom > 100.0)
        return Error { QObject::tr("health band thresholds must lie between 0 and 100") };
    if (greenFrom < amberFrom)
        return Error { QObject::tr("the green band must start at or above the amber band (%1 < %2)")
                           .arg(greenFrom)
                           .arg(amberFrom) };
    return {};
}

QString HealthBands::toJson() const
{
    const QJsonObject o { { QStringLiteral("amberFrom"), amberFrom }, { QStringLiteral("greenFrom"), greenFrom } };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<HealthBands> HealthBands::fromJson(const QString &json)
{
    auto object = healthjson::parseObject(json, QObject::tr("health bands"));
    if (!object)
        return object.error();
    HealthBands bands;
    for (auto [key, field] : { std::pair { QStringLiteral("amberFrom"), &bands.amberFrom },
                               std::pair { QStringLiteral("greenFrom"), &bands.greenFrom } }) {
        auto value = healthjson::optionalNumber(*object, key, *field, QObject::tr("health bands"));
        if (!value)
            return value.error();
        *field = *value;
    }
    if (auto valid = bands.validate(); !valid)
        return valid.error();
    return bands;
}

} // namespace csm
