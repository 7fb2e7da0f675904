#include "store/Settings.h"

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
        Settings s(ini(u"legacy.ini"_s));
        QVERIFY(!s.raw().contains(u"apiKey"_s));
        QCOMPARE(s.raw().value(u"settingsVersion"_s).toInt(), Settings::kVersion);
    }

    void appliesToClientConfig() {
        Settings s(ini(u"c.ini"_s));
        s.setValue(Settings::Key::BaseUrl, u"http://127.0.0.1:9999/api/v1"_s);
        s.setValue(Settings::Key::AttributionTitle, u"My Studio"_s);
        s.setValue(Settings::Key::TimeoutSeconds, 45);
        s.setValue(Settings::Key::MaxAttempts, 2);
        ClientConfig c = s.apply(ClientConfig{});
        QCOMPARE(c.baseUrl.port(), 9999);
        QCOMPARE(c.title, u"My Studio"_s);
        QCOMPARE(c.idleTimeoutMs, 45000);
        QCOMPARE(c.retry.maxAttempts, 2);
        qputenv("OPENROUTER_BASE_URL", "http://127.0.0.1:1/api/v1");
        c = s.apply(ClientConfig::fromEnvironment());
        QCOMPARE(c.baseUrl.port(), 1); // the environment wins
        s.setValue(Settings::Key::MaxAttempts, 99);
        QCOMPARE(s.apply(ClientConfig{}).retry.maxAttempts, 10); // bounded
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
