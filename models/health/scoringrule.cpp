#include "scoringrule.h"

#include "healthjson.h"

#include <QObject>

#include <algorithm>

namespace csm {

namespace {

// Linear interpolation between two anchors (x0 → y0, x1 → y1), x0 < x1.
double lerp(double x, double x0, double y0, double x1, double y1)
{
    return y0 + (x - x0) * (y1 - y0) / (x1 - x0);
}

const QString ThresholdsKey = QStringLiteral("thresholds");
const QString LinearKey = QStringLiteral("linear");
const QString HigherKey = QStringLiteral("higher_is_better");
const QString LowerKey = QStringLiteral("lower_is_better");

} // namespace

ScoringRule ScoringRule::thresholds(Direction direction, double poor, double concerning, double healthy)
{
    ScoringRule r;
    r.kind = Kind::Thresholds;
    r.direction = direction;
    r.poor = poor;
    r.concerning = concerning;
    r.healthy = healthy;
    return r;
}

ScoringRule ScoringRule::linear(double min, double max, Direction direction)
{
    ScoringRule r;
    r.kind = Kind::Linear;
    r.direction = direction;
    r.min = min;
    r.max = max;
    return r;
}

double ScoringRule::score(double raw) const
{
    // Mirror lower-is-better onto the higher-is-better axis so one ascending formula serves both.
    const double sign = direction == Direction::HigherIsBetter ? 1.0 : -1.0;
    const double x = sign * raw;
    double s = 0.0;
    if (kind == Kind::Linear) {
        const double lo = direction == Direction::HigherIsBetter ? min : -max;
        const double hi = direction == Direction::HigherIsBetter ? max : -min;
        s = lerp(x, lo, 0.0, hi, 100.0);
    } else {
        const double p = sign * poor, c = sign * concerning, h = sign * healthy;
        if (x >= h)
            s = 100.0;
        else if (x >= c)
            s = lerp(x, c, 75.0, h, 100.0);
        else if (x >= p)
            s = lerp(x, p, 25.0, c, 75.0);
        else
            s = lerp(x, p - (c - p), 0.0, p, 25.0);
    }
    return std::clamp(s, 0.0, 100.0);
}

Status ScoringRule::validate() const
{
    if (kind == Kind::Linear) {
        if (!(min < max))
            return Error { QObject::tr("a linear rule needs min < max (%1, %2)").arg(min).arg(max) };
        return {};
    }
    const bool ascending = poor < concerning && concerning < healthy;
    const bool descending = poor > concerning && concerning > healthy;
    if (direction == Direction::HigherIsBetter && !ascending)
        return Error { QObject::tr("higher-is-better thresholds must ascend: poor < concerning < healthy") };
    if (direction == Direction::LowerIsBetter && !descending)
        return Error { QObject::tr("lower-is-better thresholds must descend: poor > concerning > healthy") };
    return {};
}

QJsonObject ScoringRule::toJson() const
{
    QJsonObject o { { QStringLiteral("type"), kind == Kind::Linear ? LinearKey : ThresholdsKey },
                    { QStringLiteral("direction"), direction == Direction::HigherIsBetter ? HigherKey : LowerKey } };
    if (kind == Kind::Linear) {
        o.insert(QStringLiteral("min"), min);
        o.insert(QStringLiteral("max"), max);
    } else {
        o.insert(QStringLiteral("poor"), poor);
        o.insert(QStringLiteral("concerning"), concerning);
        o.insert(QStringLiteral("healthy"), healthy);
    }
    return o;
}

Result<ScoringRule> ScoringRule::fromJson(const QJsonObject &o, const QString &where)
{
    auto type = healthjson::string(o, QStringLiteral("type"), where);
    if (!type)
        return type.error();
    auto dir = healthjson::string(o, QStringLiteral("direction"), where);
    if (!dir)
        return dir.error();
    if (*dir != HigherKey && *dir != LowerKey)
        return Error { QObject::tr("%1: unknown direction \"%2\"").arg(where, *dir) };
    const Direction direction = *dir == HigherKey ? Direction::HigherIsBetter : Direction::LowerIsBetter;

    ScoringRule rule;
    if (*type == LinearKey) {
        auto lo = healthjson::number(o, QStringLiteral("min"), where);
        auto hi = healthjson::number(o, QStringLiteral("max"), where);
        if (!lo || !hi)
            return !lo ? lo.error() : hi.error();
        rule = linear(*lo, *hi, direction);
    } else if (*type == ThresholdsKey) {
        auto p = healthjson::number(o, QStringLiteral("poor"), where);
        auto c = healthjson::number(o, QStringLiteral("concerning"), where);
        auto h = healthjson::number(o, QStringLiteral("healthy"), where);
        if (!p || !c || !h)
            return !p ? p.error() : !c ? c.error() : h.error();
        rule = thresholds(direction, *p, *c, *h);
    } else {
        return Error { QObject::tr("%1: unknown rule type \"%2\"").arg(where, *type) };
    }
    if (auto valid = rule.validate(); !valid)
        return Error { QStringLiteral("%1: %2").arg(where, valid.errorMessage()) };
    return rule;
}

} // namespace csm
