#include "chat/ClientSetup.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

#include <QTemporaryDir>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

class TestSettings : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> ini(const QString &name) {
        return std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
    }

private slots:
    void init() { qunsetenv("OPENROUTER_BASE_URL"); }

    void defaultsAndRoundTrip() {
        {
            Settings s(ini(u"a.ini"_s));
            QCOMPARE(s.integer(Settings::Key::TimeoutSeconds), 120);
            QCOMPARE(s.string(Settings::Key::ProxyMode), u"system"_s);
            QCOMPARE(s.flag(Settings::Key::SendWithEnter), false);
            s.setValue(Settings::Key::TimeoutSeconds, 30);
            s.setValue(Settings::Key::Language, u"de"_s);
            s.setValue(Settings::Key::SendWithEnter, true);
        }
        Settings again(ini(u"a.ini"_s));
        QCOMPARE(again.integer(Settings::Key::TimeoutSeconds), 30);
        QCOMPARE(again.string(Settings::Key::Language), u"de"_s);
        QCOMPARE(again.flag(Settings::Key::SendWithEnter), true);
        again.reset(Settings::Key::TimeoutSeconds);
        QCOMPARE(again.integer(Settings::Key::TimeoutSeconds), 120);
    }

    void migrationDropsPlainTextKey() {
        {
            QSettings legacy(m_dir.filePath(u"legacy.ini"_s), QSettings::IniFormat);
            legacy.setValue(u"apiKey"_s, u"sk-or-v1-plain"_s);
        }
        { Settings s(ini(u"legacy.ini"_s)); }
        QSettings after(m_dir.filePath(u"legacy.ini"_s), QSettings::IniFormat);
        QVERIFY(!after.contains(u"apiKey"_s));
        QCOMPARE(after.value(u"settingsVersion"_s).toInt(), Settings::kVersion);
    }

    // A settings file as version 1 builds wrote it: Settings' own keys plus the names every
    // page and dialog wrote with QSettings directly. Nothing may be lost on the way to 2.
    void migratesVersion1Names() {
        const QString file = m_dir.filePath(u"v1.ini"_s);
        const QByteArray geometry("\x01\xd9\xd0\xcb\0\x03\0\0", 8);
        const QByteArray presets(R"([{"name":"Terse","system_prompt":"Be brief.","params":{}}])");
        {
            QSettings v1(file, QSettings::IniFormat);
            v1.setValue(u"settingsVersion"_s, 1);
            v1.setValue(u"network/timeoutSeconds"_s, 33);
            v1.setValue(u"ui/welcomeSeen"_s, true);
            v1.setValue(u"window/geometry"_s, geometry);
            v1.setValue(u"catalog/favourites"_s, QStringList{u"a/one"_s, u"b/two"_s});
            v1.setValue(u"catalog/header"_s, QByteArray("header-state"));
            v1.setValue(u"catalog/splitter"_s, QByteArray("catalog-splitter"));
            v1.setValue(u"chat/splitter"_s, QByteArray("chat-splitter"));
            v1.setValue(u"chat/settingsVisible"_s, true);
            v1.setValue(u"chat/lastModel"_s, u"openai/gpt-4o"_s);
            v1.setValue(u"chat/presets"_s, presets);
            v1.setValue(u"chat/sendWithEnter"_s, true);
            v1.setValue(u"imageStudio/saveFolder"_s, u"/home/me/Pictures"_s);
            v1.setValue(u"imageStudio/promptHistory"_s, QStringList{u"a red fox"_s});
            v1.setValue(u"credentials/apiKey"_s, u"obf1:AAAA"_s);
        }
        Settings s(ini(u"v1.ini"_s));
        using K = Settings::Key;
        QCOMPARE(s.integer(K::TimeoutSeconds), 33);
        QVERIFY(s.flag(K::WelcomeSeen));
        QCOMPARE(s.bytes(K::WindowGeometry), geometry);
        QCOMPARE(s.favouriteModels(), (QStringList{u"a/one"_s, u"b/two"_s}));
        QCOMPARE(s.bytes(K::CatalogHeader), QByteArray("header-state"));
        QCOMPARE(s.bytes(K::CatalogSplitter), QByteArray("catalog-splitter"));
        QCOMPARE(s.bytes(K::ChatSplitter), QByteArray("chat-splitter"));
        QVERIFY(s.flag(K::ChatSettingsVisible));
        QCOMPARE(s.string(K::LastChatModel), u"openai/gpt-4o"_s);
        QCOMPARE(s.chatPresets().size(), 1);
        QCOMPARE(s.chatPresets().at(0).toObject().value("name"_L1).toString(), u"Terse"_s);
        QVERIFY(s.flag(K::SendWithEnter));
        QCOMPARE(s.string(K::ImageSaveFolder), u"/home/me/Pictures"_s);
        // One element: INI reads it back as a plain string; the key's type makes it a list.
        QCOMPARE(s.stringList(K::ImagePromptHistory), QStringList{u"a red fox"_s});
        QCOMPARE(s.string(K::ObfuscatedChatKey), u"obf1:AAAA"_s);
        QVERIFY(s.hiddenModels().isEmpty());
        QVERIFY(s.sync());

        QSettings after(file, QSettings::IniFormat);
        QCOMPARE(after.value(u"settingsVersion"_s).toInt(), 2);
        for (const char *old :
             {"window/geometry", "catalog/favourites", "catalog/header", "catalog/splitter",
              "chat/splitter", "chat/settingsVisible", "chat/lastModel", "imageStudio/saveFolder",
              "imageStudio/promptHistory", "credentials/apiKey"})
            QVERIFY2(!after.contains(QString::fromLatin1(old)), old);
    }

    void typedListsAndPresets() {
        Settings s(ini(u"lists.ini"_s));
        s.setFavouriteModels({u"z/last"_s, u"a/first"_s, u"z/last"_s, QString()});
        QCOMPARE(s.favouriteModels(), (QStringList{u"a/first"_s, u"z/last"_s}));
        s.setHiddenModels({u"x/hidden"_s});
        QCOMPARE(s.hiddenModels(), QStringList{u"x/hidden"_s});
        s.setChatPresets(QJsonArray{QJsonObject{{u"name"_s, u"P"_s}}});
        QVERIFY(s.sync());
        Settings again(ini(u"lists.ini"_s));
        QCOMPARE(again.hiddenModels(), QStringList{u"x/hidden"_s});
        QCOMPARE(again.chatPresets().at(0).toObject().value("name"_L1).toString(), u"P"_s);
        QVERIFY(again.isSet(Settings::Key::HiddenModels));
        QVERIFY(!again.isSet(Settings::Key::Theme));
    }

    void appliesToClientConfig() {
        Settings s(ini(u"c.ini"_s));
        s.setValue(Settings::Key::BaseUrl, u"http://127.0.0.1:9999/api/v1"_s);
        s.setValue(Settings::Key::AttributionTitle, u"My Studio"_s);
        s.setValue(Settings::Key::TimeoutSeconds, 45);
        s.setValue(Settings::Key::MaxAttempts, 2);
        QCOMPARE(applySettings(s, ClientConfig{}).maxTimeMs, 0); // none by default
        s.setValue(Settings::Key::MaxTimeSeconds, 90);
        ClientConfig c = applySettings(s, ClientConfig{});
        QCOMPARE(c.baseUrl.port(), 9999);
        QCOMPARE(c.title, u"My Studio"_s);
        QCOMPARE(c.idleTimeoutMs, 45000);
        QCOMPARE(c.retry.maxAttempts, 2);
        QCOMPARE(c.maxTimeMs, 90000);
        QCOMPARE(c.title, u"My Studio"_s);
        QCOMPARE(applySettings(Settings(ini(u"empty.ini"_s)), ClientConfig{}).title,
                 ClientConfig::defaultTitle());
        qputenv("OPENROUTER_BASE_URL", "http://127.0.0.1:1/api/v1");
        c = applySettings(s, ClientConfig::fromEnvironment());
        QCOMPARE(c.baseUrl.port(), 1); // the environment wins
        s.setValue(Settings::Key::MaxAttempts, 99);
        QCOMPARE(applySettings(s, ClientConfig{}).retry.maxAttempts, 10); // bounded
        qunsetenv("OPENROUTER_BASE_URL");
        ClientConfig running;
        running.apiKey = u"sk-or-v1-kept"_s;
        running = reconfigured(s, running, QUrl(u"http://127.0.0.1:2/api/v1"_s));
        QCOMPARE(running.apiKey, u"sk-or-v1-kept"_s);
        QCOMPARE(running.baseUrl.port(), 2); // the override wins
        QCOMPARE(running.maxTimeMs, 90000);
        QCOMPARE(reconfigured(s, running, QUrl()).baseUrl.port(), 9999);
    }

    void routingProfiles() {
        Settings s(ini(u"routing.ini"_s));
        const QList<RoutingProfile> builtIns = RoutingProfile::builtIns();
        QCOMPARE(s.routingProfiles(), builtIns); // nothing stored yet
        RoutingProfile mine;
        mine.id = u"eu-only"_s;
        mine.name = u"EU only"_s;
        mine.preferences.only = {u"mistral"_s, u"nebius"_s};
        mine.preferences.allowFallbacks = false;
        mine.fallbackModels = {u"mistralai/mistral-small"_s};
        QList<RoutingProfile> all = builtIns;
        all.append(mine);
        s.setRoutingProfiles(all);
        QVERIFY(s.sync());
        // Only the user's profile is stored, and it comes back after the built-ins.
        const QJsonArray stored =
            QJsonDocument::fromJson(s.bytes(Settings::Key::RoutingProfiles)).array();
        QCOMPARE(stored.size(), 1);
        Settings again(ini(u"routing.ini"_s));
        QCOMPARE(again.routingProfiles(), all);
        // A damaged entry is skipped with a warning, the good one stays.
        again.setValue(Settings::Key::RoutingProfiles,
                       QByteArray(R"([{"name":""},{"id":"x","name":"X","provider":{}}])"));
        QStringList warnings;
        const QList<RoutingProfile> read = again.routingProfiles(&warnings);
        QCOMPARE(read.size(), builtIns.size() + 1);
        QCOMPARE(read.last().id, u"x"_s);
        QCOMPARE(warnings.size(), 1);
    }

    // orcli and the studio read and write one settings file, whatever the program is called.
    void sharedFileWhateverTheProgram() {
        QTemporaryDir home;
        qputenv("XDG_CONFIG_HOME", home.path().toLocal8Bit());
        QStandardPaths::setTestModeEnabled(false);
        QCoreApplication::setOrganizationName(u"orstudio"_s);
        QCoreApplication::setApplicationName(u"orcli"_s);
        {
            Settings cli;
            cli.setFavouriteModels({u"a/b"_s});
            QVERIFY(cli.sync());
        }
        QVERIFY(QFile::exists(home.filePath(u"orstudio/orstudio.conf"_s)));
        QVERIFY(!QFile::exists(home.filePath(u"orstudio/orcli.conf"_s)));
        QCoreApplication::setApplicationName(u"orstudio"_s);
        QCOMPARE(Settings().favouriteModels(), QStringList{u"a/b"_s});
        qunsetenv("XDG_CONFIG_HOME");
    }

    void folders() {
        Settings s(ini(u"d.ini"_s));
        s.setValue(Settings::Key::DataDir, u"/tmp/orc-data"_s);
        QCOMPARE(s.dataDir(), u"/tmp/orc-data"_s);
        QCOMPARE(s.imagesDir(), u"/tmp/orc-data/images"_s);
        s.setValue(Settings::Key::ImagesDir, u"/tmp/pictures"_s);
        QCOMPARE(s.imagesDir(), u"/tmp/pictures"_s);
    }
};

QTEST_APPLESS_MAIN(TestSettings)
#include "tst_settings.moc"
