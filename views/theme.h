#pragma once

#include <QString>

namespace csm {

/// How the app is coloured: as the desktop says, or light or dark whatever it says (for
/// desktops whose Qt does not follow their dark mode).
enum class Theme { System, Light, Dark };

/// The theme chosen in View ▸ Theme (QSettings key ui/theme); System when none is.
Theme themeSetting();
void setThemeSetting(Theme theme);

/// Applies `theme` to the running app at once: System restores the style and palette the app
/// started with; Light and Dark use the Fusion style with a light or dark palette. Widgets that
/// colour themselves (charts, tinted cells) follow through their palette-change events.
void applyTheme(Theme theme);

} // namespace csm
