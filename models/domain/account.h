#pragma once

#include "lifecyclestage.h"
#include "paymentstatus.h"
#include "segment.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace csm {

/// A customer account as the CRM knows it, plus the app's own segment decision.
struct Account
{
    qint64 id = 0;        ///< local row id; 0 until stored
    QString crmId;        ///< the system of record's id; unique in a book
    QString name;
    QString domain;
    QString owner;        ///< the owning CSM (or pool)
    qint64 arrCents = 0;  ///< annual recurring revenue in minor units of currency
    QString currency = QStringLiteral("USD");
    QDate contractStart;
    QDate renewalDate;
    LifecycleStage stage = LifecycleStage::Onboarding;
    Segment segment = Segment::Tech;
    bool segmentOverride = false; ///< segment was set by hand and survives recomputation
    QStringList tags;
    PaymentStatus payment = PaymentStatus::Current;

    double arr() const { return double(arrCents) / 100.0; }
    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace csm
