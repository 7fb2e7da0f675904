// Every shipped language is complete: each catalog in translations/ has no unfinished, empty
// or vanished entry, keeps every %1..%9 placeholder of its source, and is compiled into the
// app; and lupdate over today's sources adds nothing unfinished, so a new untranslated string
// fails here.
#include "settings/Translations.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {

struct Catalog {
    QString language;
    int messages = 0;
    QStringList problems; // "context: source -> what is wrong"
};

QSet<QString> placeholders(const QString &text) {
    static const QRegularExpression re(u"%(\\d)"_s);
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

Catalog readCatalog(const QString &path) {
    Catalog catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalog.problems << u"cannot read "_s + path;
        return catalog;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            catalog.language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            ++catalog.messages;
            const bool numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            source.clear();
            QStringList forms;
            QString type;
            while (xml.readNextStartElement()) {
                if (xml.name() == "source"_L1) {
                    source = xml.readElementText();
                } else if (xml.name() == "translation"_L1) {
                    type = xml.attributes().value("type"_L1).toString();
                    if (numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == "numerusform"_L1)
                                forms << xml.readElementText();
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        forms << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            const QString where = context + u": "_s + source.left(60);
            if (!type.isEmpty())
                catalog.problems << where + u" -> marked "_s + type;
            if (forms.isEmpty() || std::any_of(forms.cbegin(), forms.cend(), [](const QString &f) {
                    return f.trimmed().isEmpty();
                }))
                catalog.problems << where + u" -> empty translation"_s;
            const QSet<QString> wanted = placeholders(source);
            for (const QString &form : std::as_const(forms))
                if (!form.isEmpty() && placeholders(form) != wanted)
                    catalog.problems << where + u" -> placeholders differ: "_s + form.left(60);
        }
    }
    if (xml.hasError())
        catalog.problems << path + u": "_s + xml.errorString();
    return catalog;
}

// The translated languages; orstudio_en.ts holds only English plural forms.
QStringList tsFiles() {
    QStringList files =
        QDir(QStringLiteral(ORC_TS_DIR)).entryList({u"orstudio_*.ts"_s}, QDir::Files, QDir::Name);
    files.removeAll(u"orstudio_en.ts"_s);
    return files;
}
const QString kPluralCatalog = u"orstudio_en.ts"_s;

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void shippedLanguagesMatchTheCatalogs() {
        QStringList fromFiles;
        for (const QString &file : tsFiles())
            fromFiles << file.mid(9, file.size() - 12);
        QCOMPARE(fromFiles, (QStringList{u"de"_s, u"pt"_s}));
        QCOMPARE(Translations::shipped(), fromFiles); // each one compiled into the app
        QCOMPARE(Translations::available(), QStringList{u"en"_s} + fromFiles);
        QCOMPARE(Translations::nativeName(u"de"_s), u"Deutsch"_s);
        QCOMPARE(Translations::nativeName(u"pt"_s), u"Portugu\u00eas"_s);
        QCOMPARE(Translations::nativeName(u"en"_s), u"English"_s);
        QCOMPARE(Translations::resolve(u"xx"_s), u"en"_s);
        QCOMPARE(Translations::resolve(u"pt"_s), u"pt"_s);
    }

    void everyCatalogIsComplete_data() {
        QTest::addColumn<QString>("file");
        for (const QString &file : tsFiles())
            QTest::newRow(qPrintable(file)) << QDir(QStringLiteral(ORC_TS_DIR)).filePath(file);
    }
    void everyCatalogIsComplete() {
        QFETCH(QString, file);
        const Catalog catalog = readCatalog(file);
        QVERIFY2(catalog.messages > 200, qPrintable(u"only %1 messages"_s.arg(catalog.messages)));
        QVERIFY2(catalog.problems.isEmpty(),
                 qPrintable(u"%1 problems, first ones:\n"_s.arg(catalog.problems.size()) +
                            catalog.problems.mid(0, 15).join(u'\n')));
        const QString code = QFileInfo(file).completeBaseName().mid(9);
        QVERIFY2(catalog.language.startsWith(code), qPrintable(catalog.language));
    }

    // English needs its plural forms: "1 message", "2 messages", not "2 message(s)".
    void englishPluralFormsAreComplete() {
        const QString file = QDir(QStringLiteral(ORC_TS_DIR)).filePath(kPluralCatalog);
        const Catalog catalog = readCatalog(file);
        QVERIFY2(catalog.messages >= 10, qPrintable(u"only %1"_s.arg(catalog.messages)));
        QVERIFY2(catalog.problems.isEmpty(), qPrintable(catalog.problems.join(u'\n')));
        QVERIFY(Translations::apply(u"en"_s));
        QCOMPARE(
            QCoreApplication::translate("orc::ConversationSidebar", "%n message(s)", nullptr, 1),
            u"1 message"_s);
        QCOMPARE(
            QCoreApplication::translate("orc::ConversationSidebar", "%n message(s)", nullptr, 3),
            u"3 messages"_s);
        QVERIFY(!Translations::shipped().contains(u"en"_s));
    }

    void compiledCatalogsTranslate() {
        for (const QString &code : Translations::shipped()) {
            QTranslator translator;
            QVERIFY(translator.load(u"orstudio_"_s + code, Translations::resourceDir()));
            const QString general = translator.translate("orc::SettingsDialog", "General");
            QVERIFY2(!general.isEmpty() && general != "General"_L1, qPrintable(code));
        }
        QVERIFY(Translations::apply(u"pt"_s));
        QCOMPARE(Translations::current(), u"pt"_s);
        QCOMPARE(QCoreApplication::translate("orc::SettingsDialog", "Settings"),
                 u"Configura\u00e7\u00f5es"_s);
        QVERIFY(Translations::apply(u"en"_s));
        QCOMPARE(QCoreApplication::translate("orc::SettingsDialog", "Settings"), u"Settings"_s);
    }

    // lupdate over the current sources into copies of the catalogs: nothing may come out
    // unfinished, so every user-visible string added anywhere has been translated.
    void currentSourcesAddNothingUntranslated() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList copies;
        for (const QString &file : tsFiles()) {
            const QString copy = dir.filePath(file);
            QVERIFY(QFile::copy(QDir(QStringLiteral(ORC_TS_DIR)).filePath(file), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            copies << copy;
        }
        const QString project = dir.filePath(u"project.json"_s);
        QProcess generate;
        generate.start(QStringLiteral(ORC_CMAKE_COMMAND),
                       {u"-DIN_FILE="_s + QStringLiteral(ORC_LUPDATE_PROJECT),
                        u"-DOUT_FILE="_s + project, u"-P"_s,
                        QStringLiteral(ORC_LUPDATE_PROJECT_SCRIPT)});
        QVERIFY(generate.waitForFinished(60000));
        QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(ORC_LUPDATE),
                      QStringList{u"-project"_s, project, u"-no-obsolete"_s, u"-locations"_s,
                                  u"none"_s, u"-ts"_s} +
                          copies);
        QVERIFY(lupdate.waitForFinished(300000));
        const QByteArray out = lupdate.readAll();
        QVERIFY2(lupdate.exitCode() == 0, out.constData());
        // English: plural forms only, as update_translations makes them.
        const QString english = dir.filePath(kPluralCatalog);
        QVERIFY(QFile::copy(QDir(QStringLiteral(ORC_TS_DIR)).filePath(kPluralCatalog), english));
        QFile::setPermissions(english, QFile::ReadOwner | QFile::WriteOwner);
        QProcess plurals;
        plurals.setProcessChannelMode(QProcess::MergedChannels);
        plurals.start(QStringLiteral(ORC_LUPDATE),
                      {u"-project"_s, project, u"-pluralonly"_s, u"-no-obsolete"_s, u"-locations"_s,
                       u"none"_s, u"-ts"_s, english});
        QVERIFY(plurals.waitForFinished(300000));
        QVERIFY2(plurals.exitCode() == 0, plurals.readAll().constData());
        copies << english;
        for (const QString &copy : std::as_const(copies)) {
            const Catalog catalog = readCatalog(copy);
            QVERIFY2(catalog.problems.isEmpty(),
                     qPrintable(QFileInfo(copy).fileName() +
                                u": %1 strings need translating, first ones:\n"_s.arg(
                                    catalog.problems.size()) +
                                catalog.problems.mid(0, 15).join(u'\n')));
        }
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
