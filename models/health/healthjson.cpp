#include "healthjson.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QObject>

namespace csm::healthjson {

namespace {

Error missing(const QString &what, const QString &key, const QString &type)
{
    return Error { QObject::tr("%1: \"%2\" must be %3").arg(what, key, type) };
}

} // namespace

Result<QJsonObject> parseObject(const QString &json, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error { QObject::tr("%1: invalid JSON at offset %2: %3").arg(what).arg(error.offset).arg(error.errorString()) };
    if (!doc.isObject())
        return Error { QObject::tr("%1: expected a JSON object").arg(what) };
    return doc.object();
}

Result<QString> string(const QJsonObject &o, const QString &key, const QString &what)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return missing(what, key, QObject::tr("a string"));
    return v.toString();
}

Result<double> number(const QJsonObject &o, const QString &key, const QString &what)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return missing(what, key, QObject::tr("a number"));
    return v.toDouble();
}

Result<double> optionalNumber(const QJsonObject &o, const QString &key, double fallback, const QString &what)
{
    if (!o.contains(key))
        return fallback;
    return number(o, key, what);
}

Result<QJsonObject> object(const QJsonObject &o, const QString &key, const QString &what)
{
    const QJsonValue v = o.value(key);
    if (!v.isObject())
        return missing(what, key, QObject::tr("an object"));
    return v.toObject();
}

Result<QJsonArray> array(const QJsonObject &o, const QString &key, const QString &what)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return missing(what, key, QObject::tr("an array"));
    return v.toArray();
}

} // namespace csm::healthjson
