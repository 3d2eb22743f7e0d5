#include "healthmodel.h"

#include "healthjson.h"

#include <QJsonDocument>
#include <QObject>
#include <QSet>

#include <cmath>

namespace csm {

double HealthGroup::weight() const
{
    double sum = 0.0;
    for (const HealthMeasure &m : measures)
        sum += m.weight;
    return sum;
}

double HealthModel::totalWeight() const
{
    double sum = 0.0;
    for (const HealthGroup &g : groups)
        sum += g.weight();
    return sum;
}

QList<HealthMeasure> HealthModel::measures() const
{
    QList<HealthMeasure> all;
    for (const HealthGroup &g : groups)
        all.append(g.measures);
    return all;
}

QString HealthModel::groupOf(const QString &measureKey) const
{
    for (const HealthGroup &g : groups)
        for (const HealthMeasure &m : g.measures)
            if (m.key == measureKey)
                return g.key;
    return {};
}

Status HealthModel::validate() const
{
    if (key.isEmpty())
        return Error { QObject::tr("a health model needs a key") };
    QSet<QString> keys;
    for (const HealthGroup &g : groups) {
        if (g.measures.isEmpty())
            return Error { QObject::tr("health model %1: group \"%2\" has no measures").arg(key, g.key) };
        for (const HealthMeasure &m : g.measures) {
            if (m.key.isEmpty())
                return Error { QObject::tr("health model %1: a measure in group \"%2\" has no key").arg(key, g.key) };
            if (keys.contains(m.key))
                return Error { QObject::tr("health model %1: measure \"%2\" appears twice").arg(key, m.key) };
            keys.insert(m.key);
            if (!(m.weight > 0.0))
                return Error { QObject::tr("health model %1: measure \"%2\" needs a positive weight").arg(key, m.key) };
            if (auto valid = m.rule.validate(); !valid)
                return Error { QObject::tr("health model %1: measure \"%2\": %3").arg(key, m.key, valid.errorMessage()) };
        }
    }
    if (keys.isEmpty())
        return Error { QObject::tr("health model %1 has no measures").arg(key) };
    if (std::abs(totalWeight() - 100.0) > 1e-6)
        return Error { QObject::tr("health model %1: weights sum to %2, not 100").arg(key).arg(totalWeight()) };
    return {};
}

QJsonObject HealthModel::toJsonObject() const
{
    QJsonArray groupArray;
    for (const HealthGroup &g : groups) {
        QJsonArray measureArray;
        for (const HealthMeasure &m : g.measures) {
            QJsonObject mo { { QStringLiteral("key"), m.key },
                             { QStringLiteral("signal"), healthSignalKey(m.signal) },
                             { QStringLiteral("weight"), m.weight },
                             { QStringLiteral("rule"), m.rule.toJson() } };
            if (!m.name.isEmpty())
                mo.insert(QStringLiteral("name"), m.name);
            measureArray.append(mo);
        }
        groupArray.append(QJsonObject { { QStringLiteral("key"), g.key },
                                        { QStringLiteral("name"), g.name },
                                        { QStringLiteral("measures"), measureArray } });
    }
    return QJsonObject { { QStringLiteral("key"), key },
                         { QStringLiteral("name"), name },
                         { QStringLiteral("groups"), groupArray } };
}

Result<HealthModel> HealthModel::fromJsonObject(const QJsonObject &o, const QString &where)
{
    HealthModel model;
    auto modelKey = healthjson::string(o, QStringLiteral("key"), where);
    if (!modelKey)
        return modelKey.error();
    model.key = *modelKey;
    model.name = o.value(QStringLiteral("name")).toString();
    const QString here = where + u' ' + model.key;
    auto groupArray = healthjson::array(o, QStringLiteral("groups"), here);
    if (!groupArray)
        return groupArray.error();
    for (qsizetype gi = 0; gi < groupArray->size(); ++gi) {
        const QString groupWhere = QObject::tr("%1, group %2").arg(here).arg(gi + 1);
        if (!groupArray->at(gi).isObject())
            return Error { QObject::tr("%1: expected an object").arg(groupWhere) };
        const QJsonObject go = groupArray->at(gi).toObject();
        HealthGroup group;
        auto groupKey = healthjson::string(go, QStringLiteral("key"), groupWhere);
        if (!groupKey)
            return groupKey.error();
        group.key = *groupKey;
        group.name = go.value(QStringLiteral("name")).toString();
        auto measureArray = healthjson::array(go, QStringLiteral("measures"), groupWhere);
        if (!measureArray)
            return measureArray.error();
        for (qsizetype mi = 0; mi < measureArray->size(); ++mi) {
            const QString measureWhere = QObject::tr("%1, measure %2").arg(groupWhere).arg(mi + 1);
            if (!measureArray->at(mi).isObject())
                return Error { QObject::tr("%1: expected an object").arg(measureWhere) };
            const QJsonObject mo = measureArray->at(mi).toObject();
            HealthMeasure m;
            auto measureKey = healthjson::string(mo, QStringLiteral("key"), measureWhere);
            auto signalKey = healthjson::string(mo, QStringLiteral("signal"), measureWhere);
            auto weight = healthjson::number(mo, QStringLiteral("weight"), measureWhere);
            auto ruleObject = healthjson::object(mo, QStringLiteral("rule"), measureWhere);
            if (!measureKey || !signalKey || !weight || !ruleObject)
                return !measureKey ? measureKey.error()
                    : !signalKey   ? signalKey.error()
                    : !weight      ? weight.error()
                                   : ruleObject.error();
            const auto signal = healthSignalFromKey(*signalKey);
            if (!signal)
                return Error { QObject::tr("%1: unknown signal \"%2\"").arg(measureWhere, *signalKey) };
            auto rule = ScoringRule::fromJson(*ruleObject, measureWhere);
            if (!rule)
                return rule.error();
            m.key = *measureKey;
            m.name = mo.value(QStringLiteral("name")).toString();
            m.signal = *signal;
            m.weight = *weight;
            m.rule = *rule;
            group.measures.append(m);
        }
        model.groups.append(group);
    }
    if (auto valid = model.validate(); !valid)
        return valid.error();
    return model;
}

QString HealthModel::toJson() const
{
    return QString::fromUtf8(QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact));
}

Result<HealthModel> HealthModel::fromJson(const QString &json)
{
    auto object = healthjson::parseObject(json, QObject::tr("health model"));
    if (!object)
        return object.error();
    return fromJsonObject(*object, QObject::tr("health model"));
}

} // namespace csm
