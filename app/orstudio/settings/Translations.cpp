#include "Translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

struct Installed {
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
    QString code = u"en"_s;
};

Installed &installed() {
    static Installed state;
    return state;
}

void removeInstalled() {
    Installed &state = installed();
    for (QPointer<QTranslator> *t : {&state.app, &state.qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
        *t = nullptr;
    }
}

} // namespace

QStringList Translations::shipped() {
    QStringList codes;
    const QStringList files =
        QDir(resourceDir()).entryList({u"orstudio_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes << file.mid(9, file.size() - 9 - 3); // orstudio_<code>.qm
    codes.removeAll(u"en"_s);                      // English plural forms only: the source language
    return codes;
}

QStringList Translations::available() {
    return QStringList{u"en"_s} + shipped();
}

QString Translations::nativeName(const QString &code) {
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code == "en"_L1 || name.isEmpty())
        name = u"English"_s;
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString Translations::resolve(const QString &setting) {
    const QStringList codes = available();
    if (!setting.isEmpty())
        return codes.contains(setting) ? setting : u"en"_s;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (codes.contains(code))
            return code;
    }
    return u"en"_s;
}

bool Translations::apply(const QString &setting) {
    const QString code = resolve(setting);
    removeInstalled();
    Installed &state = installed();
    state.code = u"en"_s;
    if (code != "en"_L1) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            state.qt = qt;
        } else {
            delete qt; // Qt's own texts stay English where Debian's catalogs are not installed
        }
    }
    // English loads its catalog too: it holds the plural forms ("1 message", "2 messages").
    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(u"orstudio_"_s + code, resourceDir())) {
        delete app;
        QEvent change(QEvent::LanguageChange); // back to the source texts
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        return code == "en"_L1;
    }
    QCoreApplication::installTranslator(app);
    state.app = app;
    state.code = code;
    return true;
}

QString Translations::current() {
    return installed().code;
}

} // namespace orc
