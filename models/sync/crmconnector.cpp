#include "crmconnector.h"

#include <QCoreApplication>

namespace csm {

QString crmObjectKey(CrmObject object)
{
    switch (object) {
    case CrmObject::Owners: return QStringLiteral("owners");
    case CrmObject::Companies: return QStringLiteral("companies");
    case CrmObject::Contacts: return QStringLiteral("contacts");
    case CrmObject::Deals: return QStringLiteral("deals");
    }
    return {};
}

std::optional<CrmObject> crmObjectFromKey(QStringView key)
{
    for (CrmObject o : AllCrmObjects)
        if (key == crmObjectKey(o))
            return o;
    return std::nullopt;
}

std::optional<CrmError> CrmConnector::push(CrmObject, const QList<CrmFieldUpdate> &)
{
    return CrmError { CrmFailure::Unsupported,
                      QCoreApplication::translate("csm::CrmConnector", "%1 does not take updates from the app").arg(displayName()) };
}

} // namespace csm
