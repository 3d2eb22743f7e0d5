#pragma once

#include "healthsignal.h"
#include "scoringrule.h"

#include <QList>
#include <QString>

namespace csm {

/// One scored measure of a health model: which signal it reads, how the raw value scores and how
/// many of the model's 100 points it carries.
struct HealthMeasure
{
    QString key;  ///< unique within the model, e.g. "utilisation"
    QString name; ///< shown to people; empty = the signal's translated name
    HealthSignal signal = HealthSignal::Utilisation;
    double weight = 0.0; ///< points of the model's 100
    ScoringRule rule;

    QString displayName() const { return name.isEmpty() ? healthSignalDisplayName(signal) : name; }
    friend bool operator==(const HealthMeasure &, const HealthMeasure &) = default;
};

/// A named group of measures ("Product usage"); its weight is the sum of its measures' weights.
struct HealthGroup
{
    QString key;
    QString name;
    QList<HealthMeasure> measures;

    double weight() const;
    friend bool operator==(const HealthGroup &, const HealthGroup &) = default;
};

/// An explainable weighted health model: groups of measures whose weights sum to 100.
class HealthModel
{
public:
    QString key;  ///< e.g. "standard", "onboarding"; recorded with every snapshot
    QString name;
    QList<HealthGroup> groups;

    /// Sum of all measure weights; a valid model totals 100.
    double totalWeight() const;
    /// All measures, group by group, in order.
    QList<HealthMeasure> measures() const;
    /// The group key a measure belongs to, or empty.
    QString groupOf(const QString &measureKey) const;

    /// An error naming the first problem: weights not summing to 100, a non-positive weight, a
    /// duplicate or empty key, an invalid scoring rule.
    Status validate() const;

    QJsonObject toJsonObject() const;
    static Result<HealthModel> fromJsonObject(const QJsonObject &o, const QString &where);
    QString toJson() const;
    /// Parses and validates a model; errors say which group or measure is wrong.
    static Result<HealthModel> fromJson(const QString &json);

    /// The standard model for accounts past onboarding (see healthmodeldefaults.cpp).
    static HealthModel defaultStandard();
    /// The onboarding model, scored on time-to-value and setup; no renewal or NPS signals.
    static HealthModel defaultOnboarding();

    friend bool operator==(const HealthModel &, const HealthModel &) = default;
};

} // namespace csm
