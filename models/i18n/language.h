#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace csm {

/// The QSettings key of the interface language: a code of availableLanguages(), or empty (or
/// missing) to follow the system's language.
QString languageSettingsKey();

/// The languages the app is translated into, as ISO 639 codes: "de", "en", "es", "fr".
QStringList availableLanguages();

/// The language's own name ("Deutsch", "Français"…), the same in every language of the app so that
/// people can find theirs.
QString languageEndonym(const QString &code);

/// The shipped language that `name` speaks: "de", "de_AT" and "de-CH" all give "de". nullopt when
/// the app is not translated into it.
std::optional<QString> shippedLanguage(const QString &name);

/// The language the app shows for `language`: itself when shipped, and for an empty `language`
/// the first of the system's languages (`system.uiLanguages()`) that is shipped; English otherwise.
QString resolveLanguage(const QString &language, const QLocale &system = QLocale::system());

/// The language chosen in Settings, empty for the system's.
QString languageSetting();
/// Keeps `language` (a shipped code, or empty for the system's) for the next start.
void setLanguageSetting(const QString &language);

/// Installs the app's translation (`:/i18n/csm_<lang>.qm`, over the English plural forms) and Qt's
/// own (`qtbase_<lang>` from QLibraryInfo's translations folder) for resolveLanguage(`language`),
/// replacing those an earlier call installed, and sets QLocale's default to match so numbers and
/// dates follow: the system's locale when it speaks the language (keeping its country), else the
/// language's main one; US English when the system's locale is C. Returns the language in use.
///
/// Call it before creating any window: texts already shown are not retranslated.
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace csm
