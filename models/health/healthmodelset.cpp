#include "healthmodelset.h"

#include "healthjson.h"

#include <QJsonDocument>
#include <QObject>

namespace csm {

const HealthModel &HealthModelSet::modelFor(LifecycleStage stage, Segment segment) const
{
    if (stage == LifecycleStage::Onboarding)
        return onboarding;
    const auto it = bySegment.constFind(segment);
    return it != bySegment.cend() ? *it : standard;
}

Status HealthModelSet::validate() const
{
    if (auto valid = standard.validate(); !valid)
        return valid;
    if (auto valid = onboarding.validate(); !valid)
        return valid;
    for (const HealthModel &m : bySegment)
        if (auto valid = m.validate(); !valid)
            return valid;
    return {};
}

QString HealthModelSet::toJson() const
{
    QJsonObject segments;
    for (auto it = bySegment.cbegin(); it != bySegment.cend(); ++it)
        segments.insert(segmentKey(it.key()), it->toJsonObject());
    const QJsonObject o { { QStringLiteral("version"), 1 },
                          { QStringLiteral("standard"), standard.toJsonObject() },
                          { QStringLiteral("onboarding"), onboarding.toJsonObject() },
                          { QStringLiteral("segments"), segments } };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<HealthModelSet> HealthModelSet::fromJson(const QString &json)
{
    const QString where = QObject::tr("health models");
    auto root = healthjson::parseObject(json, where);
    if (!root)
        return root.error();
    if (root->value(QStringLiteral("version")).toInt(1) != 1)
        return Error { QObject::tr("%1: unsupported version %2").arg(where).arg(root->value(QStringLiteral("version")).toInt()) };

    HealthModelSet set;
    for (auto [key, slot] : { std::pair { QStringLiteral("standard"), &set.standard },
                              std::pair { QStringLiteral("onboarding"), &set.onboarding } }) {
        auto object = healthjson::object(*root, key, where);
        if (!object)
            return object.error();
        auto model = HealthModel::fromJsonObject(*object, where);
        if (!model)
            return model.error();
        *slot = *model;
    }
    const QJsonValue segments = root->value(QStringLiteral("segments"));
    if (!segments.isUndefined() && !segments.isObject())
        return Error { QObject::tr("%1: \"segments\" must be an object").arg(where) };
    const QJsonObject segmentObject = segments.toObject();
    for (auto it = segmentObject.begin(); it != segmentObject.end(); ++it) {
        const auto segment = segmentFromKey(it.key());
        if (!segment)
            return Error { QObject::tr("%1: unknown segment \"%2\"").arg(where, it.key()) };
        if (!it.value().isObject())
            return Error { QObject::tr("%1: segment \"%2\" must be an object").arg(where, it.key()) };
        auto model = HealthModel::fromJsonObject(it.value().toObject(), where);
        if (!model)
            return model.error();
        set.bySegment.insert(*segment, *model);
    }
    return set;
}

} // namespace csm
