#pragma once

#include <QString>
#include <QStringView>

namespace csm::demo {

/// How word separators (space, hyphen) survive folding.
enum class Separators { Drop, Hyphen };

/// Appends `text` to `out` as lower-case ASCII for domains and e-mail addresses: "Müller" → "mueller",
/// "Lefèvre" → "lefevre", "Zoë" → "zoe". Apostrophes and other punctuation are dropped.
void appendAsciiFolded(QString &out, QStringView text, Separators separators = Separators::Drop);

} // namespace csm::demo
