#include "appicon.h"

namespace csm {

QIcon appIcon()
{
    QIcon icon;
    for (const int size : { 16, 24, 32, 48, 64, 128, 256 }) {
        icon.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/csm-workbench.png").arg(size), QSize(size, size));
    }
    return icon;
}

} // namespace csm
