#pragma once

#include <QDate>
#include <QString>

namespace csm {

/// A person at a customer account.
struct Contact
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString crmId;
    QString name;
    QString email;
    QString title;
    QString role;          ///< e.g. "Executive sponsor", "Admin", "End user"
    bool champion = false; ///< the internal advocate of the product
    QDate lastTouch;       ///< last time the CSM was in contact

    friend bool operator==(const Contact &, const Contact &) = default;
};

} // namespace csm
