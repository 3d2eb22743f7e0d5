#pragma once

#include "health/healthservice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace csm {

/// Overrides an account's health, as a band or as a score, with a reason and an expiry date.
class HealthOverrideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthOverrideDialog)

public:
    HealthOverrideDialog(const QString &accountName, const QDate &today, QWidget *parent = nullptr);

    HealthOverrideRequest request() const;

    QComboBox *bandBox() const { return m_band; }
    QSpinBox *scoreBox() const { return m_score; }
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    QComboBox *m_band;
    QSpinBox *m_score;
    QLineEdit *m_reason;
    QDateEdit *m_expires;
};

} // namespace csm
