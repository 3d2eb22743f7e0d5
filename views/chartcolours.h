#pragma once

#include "health/healthband.h"

#include <QColor>

namespace csm {

/// The one set of band colours every chart draws with; saturated enough to read on light and dark
/// backgrounds. Charts always name the band too (legend, tooltip), so colour is never alone.
inline QColor bandColour(HealthBand band)
{
    switch (band) {
    case HealthBand::Red: return QColor(0xd9, 0x4a, 0x3d);
    case HealthBand::Amber: return QColor(0xe8, 0xa3, 0x17);
    case HealthBand::Green: return QColor(0x2e, 0x9d, 0x4f);
    case HealthBand::None: return QColor(0xa0, 0xa4, 0xab);
    }
    return {};
}

} // namespace csm
