#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace orc {

// The app's languages: English in the sources, plus every catalog compiled in under ":/i18n"
// (qt_add_translations, see app/orstudio/CMakeLists.txt). apply() swaps the translators at run
// time; Qt then sends QEvent::LanguageChange to every widget, so those that retranslate
// themselves change language at once.
class Translations {
    Q_DECLARE_TR_FUNCTIONS(orc::Translations)
public:
    static QString resourceDir() { return QStringLiteral(":/i18n"); }
    // Language codes with a compiled catalog, sorted: {"de", "pt"} (English's catalog holds
    // only plural forms and is not listed).
    static QStringList shipped();
    // "en" plus shipped().
    static QStringList available();
    // The language's own name: "Deutsch", "Português", "English".
    static QString nativeName(const QString &code);
    // The language to use for a setting: `setting` when available, "" = the first of the
    // system's UI languages that is available, else "en".
    static QString resolve(const QString &setting);
    // Installs the catalogs for `setting` (see resolve()), replacing those installed before.
    // Returns false when the catalog could not be loaded (English is then in effect).
    static bool apply(const QString &setting);
    static QString current(); // the code in effect after the last apply()
};

} // namespace orc
