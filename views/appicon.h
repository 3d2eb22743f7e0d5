#pragma once

#include <QIcon>

namespace csm {

/// The app icon at every size it is drawn at (16 to 256 px): the PNG renders in resources/icons,
/// embedded as :/icons/hicolor/<N>x<N>/apps/csm-workbench.png, the same files that are installed
/// into the hicolor icon theme.
QIcon appIcon();

} // namespace csm
