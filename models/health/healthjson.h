#pragma once

#include "domain/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

/// Small helpers shared by the health JSON readers so every error names where it happened.
namespace csm::healthjson {

/// Parses `json` as an object; `what` names the document in the error ("health bands").
Result<QJsonObject> parseObject(const QString &json, const QString &what);

/// A required string member; an error names `what` and the key.
Result<QString> string(const QJsonObject &o, const QString &key, const QString &what);
/// A required number member.
Result<double> number(const QJsonObject &o, const QString &key, const QString &what);
/// A number member that may be absent (then `fallback`).
Result<double> optionalNumber(const QJsonObject &o, const QString &key, double fallback, const QString &what);
/// A required object member.
Result<QJsonObject> object(const QJsonObject &o, const QString &key, const QString &what);
/// A required array member.
Result<QJsonArray> array(const QJsonObject &o, const QString &key, const QString &what);

} // namespace csm::healthjson
