#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace csm {

namespace {

/// The object name of the translators installTranslations() owns, so a later call replaces them.
constexpr auto OwnTranslator = "csm-translator";

struct Language
{
    const char *code;
    const char *endonym;
};

constexpr Language Shipped[] { { "de", "Deutsch" }, { "en", "English" }, { "es", "Español" },
    { "fr", "Français" } };

bool install(QCoreApplication &app, const QString &fileName, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QLatin1StringView(OwnTranslator));
    if (!translator->load(fileName, folder) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

QString languageSettingsKey()
{
    return QStringLiteral("ui/language");
}

QStringList availableLanguages()
{
    QStringList codes;
    for (const Language &language : Shipped)
        codes << QLatin1StringView(language.code);
    return codes;
}

QString languageEndonym(const QString &code)
{
    for (const Language &language : Shipped) {
        if (code == QLatin1StringView(language.code))
            return QString::fromUtf8(language.endonym);
    }
    return code;
}

std::optional<QString> shippedLanguage(const QString &name)
{
    if (name.isEmpty())
        return std::nullopt;
    const QLocale::Language wanted = QLocale(name).language();
    if (wanted == QLocale::C || wanted == QLocale::AnyLanguage)
        return std::nullopt;
    for (const QString &code : availableLanguages()) {
        if (QLocale(code).language() == wanted)
            return code;
    }
    return std::nullopt;
}

QString resolveLanguage(const QString &language, const QLocale &system)
{
    if (!language.isEmpty())
        return shippedLanguage(language).value_or(QStringLiteral("en"));
    for (const QString &name : system.uiLanguages()) {
        if (auto code = shippedLanguage(name))
            return *code;
    }
    return QStringLiteral("en");
}

QString languageSetting()
{
    return QSettings().value(languageSettingsKey()).toString();
}

void setLanguageSetting(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(languageSettingsKey());
    else
        settings.setValue(languageSettingsKey(), language);
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    // Deleting a translator uninstalls it.
    qDeleteAll(app.findChildren<QTranslator *>(QLatin1StringView(OwnTranslator), Qt::FindDirectChildrenOnly));

    const QLocale system = QLocale::system();
    const QString code = resolveLanguage(language, system);
    // English first: the last installed is asked first, so the English plural forms only fill in
    // what a translation lacks.
    install(app, QStringLiteral("csm_en"), QStringLiteral(":/i18n"));
    if (code != u"en") {
        install(app, QLatin1StringView("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        install(app, QLatin1StringView("csm_") + code, QStringLiteral(":/i18n"));
    }

    if (system.language() == QLocale(code).language())
        QLocale::setDefault(system);
    else if (language.isEmpty() && system.language() != QLocale::C)
        QLocale::setDefault(system); // the system's formats even where its language is not shipped
    else
        QLocale::setDefault(QLocale(code)); // "en" is US English, "de" German as in Germany…
    return code;
}

} // namespace csm
