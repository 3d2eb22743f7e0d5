#pragma once

#include "health/healthservice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace csm {

/// Overrides an account's health band with a reason and an expiry date.
class HealthOverrideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthOverrideDialog)

public:
    HealthOverrideDialog(const QString &accountName, const QDate &today, QWidget *parent = nullptr);

    HealthOverrideRequest request() const;

private:
    QComboBox *m_band;
    QLineEdit *m_reason;
    QDateEdit *m_expires;
};

} // namespace csm
