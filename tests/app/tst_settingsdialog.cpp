// The settings dialog over core Settings: every field round-trips through the settings file,
// takes effect at once (client configuration, proxy, theme, composer flag), bad input is
// refused with one clear message, the Account page says where the key came from and signs out
// everywhere, the cache can be cleared, and the language switches to German at run time.
#include "FakeOpenRouter.h"
#include "FindChild.h"
#include "account/AccountController.h"
#include "account/AccountPanel.h"
#include "account/SpendIndicator.h"
#include "api/OpenRouterClient.h"
#include "chat/ClientSetup.h"
#include "settings/Appearance.h"
#include "settings/FolderField.h"
#include "settings/GeneralSettingsPage.h"
#include "settings/NetworkSettingsPage.h"
#include "settings/ProxySettings.h"
#include "settings/SettingsDialog.h"
#include "settings/StorageSettingsPage.h"
#include "settings/Translations.h"
#include "store/KeyStore.h"
#include "store/Settings.h"
#include "tst_settingsdialog_harness.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using orc::test::child;
using namespace orc;
using namespace orc::test;
using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject {
    Q_OBJECT
    fake::FakeOpenRouter m_server;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.listen());
        QVERIFY(Translations::apply(u"en"_s)); // as at start-up: English plural forms
    }
    void cleanup() {
        ProxySettings::apply(ProxySettings::Mode::System, {}, 0);
        Appearance::apply(u"system"_s);
        Translations::apply(u"en"_s);
    }

    void everyFieldRoundTrips() {
        Harness h(m_server);
        SettingsDialog *d = h.open();
        GeneralSettingsPage *general = child<GeneralSettingsPage>(d, u"generalPage"_s);
        NetworkSettingsPage *network = child<NetworkSettingsPage>(d, u"networkPage"_s);
        StorageSettingsPage *storage = child<StorageSettingsPage>(d, u"storagePage"_s);
        d->setModelChoices({u"openai/gpt-4o"_s, u"fake/echo"_s}, {u"fake/image"_s});
        QCOMPARE(child<QComboBox>(general, u"defaultChatModel"_s)->count(), 2);

        child<QComboBox>(general, u"theme"_s)
            ->setCurrentIndex(child<QComboBox>(general, u"theme"_s)->findData(u"dark"_s));
        child<QCheckBox>(general, u"sendWithEnter"_s)->setChecked(true);
        child<QComboBox>(general, u"defaultChatModel"_s)->setEditText(u"fake/echo"_s);
        child<QComboBox>(general, u"defaultImageModel"_s)->setEditText(u"fake/image"_s);
        QDoubleSpinBox *daily = child<QDoubleSpinBox>(general, u"dailyBudget"_s);
        QCOMPARE(daily->text(), u"No limit"_s); // 0 until set
        daily->setValue(5);
        child<QDoubleSpinBox>(general, u"monthlyBudget"_s)->setValue(60.5);
        child<QLineEdit>(network, u"baseUrl"_s)->setText(u"http://127.0.0.1:9/api/v1"_s);
        child<QLineEdit>(network, u"attributionTitle"_s)->setText(u"My Studio"_s);
        child<QLineEdit>(network, u"attributionReferer"_s)
            ->setText(u"https://example.com/studio"_s);
        child<QSpinBox>(network, u"timeout"_s)->setValue(42);
        child<QSpinBox>(network, u"maxTime"_s)->setValue(300);
        child<QSpinBox>(network, u"retries"_s)->setValue(2);
        child<QRadioButton>(network, u"proxy-manual"_s)->click();
        child<QLineEdit>(network, u"proxyHost"_s)->setText(u"proxy.test"_s);
        child<QSpinBox>(network, u"proxyPort"_s)->setValue(3128);
        child<QLineEdit>(network, u"proxyUser"_s)->setText(u"alice"_s);
        const QString data = h.dir.filePath(u"data"_s);
        const QString images = h.dir.filePath(u"pictures"_s);
        child<FolderField>(storage, u"dataDir"_s)->setPath(data);
        child<FolderField>(storage, u"imagesDir"_s)->setPath(images);

        QSignalSpy applied(d, &SettingsDialog::applied);
        child<QPushButton>(d, u"okButton"_s)->click();
        QCOMPARE(applied.count(), 1);
        QVERIFY(!d->isVisible());

        // Persisted in the settings file ...
        Settings reread(
            std::make_unique<QSettings>(h.dir.filePath(u"settings.ini"_s), QSettings::IniFormat));
        QCOMPARE(reread.string(Settings::Key::Theme), u"dark"_s);
        QCOMPARE(reread.flag(Settings::Key::SendWithEnter), true);
        QCOMPARE(reread.string(Settings::Key::DefaultChatModel), u"fake/echo"_s);
        QCOMPARE(reread.string(Settings::Key::DefaultImageModel), u"fake/image"_s);
        // ... the budgets under the keys orcli reads ...
        QCOMPARE(reread.budgetLimits().dailyUsd, 5.0);
        QCOMPARE(reread.budgetLimits().monthlyUsd, 60.5);
        QCOMPARE(reread.string(Settings::Key::BaseUrl), u"http://127.0.0.1:9/api/v1"_s);
        QCOMPARE(reread.string(Settings::Key::AttributionTitle), u"My Studio"_s);
        QCOMPARE(reread.string(Settings::Key::AttributionReferer), u"https://example.com/studio"_s);
        QCOMPARE(reread.integer(Settings::Key::TimeoutSeconds), 42);
        QCOMPARE(reread.integer(Settings::Key::MaxTimeSeconds), 300);
        QCOMPARE(reread.string(Settings::Key::ProxyUser), u"alice"_s);
        QCOMPARE(reread.integer(Settings::Key::MaxAttempts), 3);
        QCOMPARE(reread.string(Settings::Key::ProxyMode), u"manual"_s);
        QCOMPARE(reread.string(Settings::Key::ProxyHost), u"proxy.test"_s);
        QCOMPARE(reread.integer(Settings::Key::ProxyPort), 3128);
        QCOMPARE(reread.string(Settings::Key::DataDir), data);
        QCOMPARE(reread.string(Settings::Key::ImagesDir), images);
        QCOMPARE(reread.dataDir(), data);
        QCOMPARE(reread.imagesDir(), images);

        // ... in effect at once ...
        const ClientConfig &config = h.client->config();
        QCOMPARE(config.baseUrl, QUrl(u"http://127.0.0.1:9/api/v1"_s));
        QCOMPARE(config.title, u"My Studio"_s);
        QCOMPARE(config.referer, u"https://example.com/studio"_s);
        QCOMPARE(config.idleTimeoutMs, 42000);
        QCOMPARE(config.maxTimeMs, 300000);
        QCOMPARE(config.retry.maxAttempts, 3);
        const QNetworkProxy proxy = QNetworkProxy::applicationProxy();
        QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxy.hostName(), u"proxy.test"_s);
        QCOMPARE(proxy.port(), quint16(3128));
        QCOMPARE(proxy.user(), u"alice"_s);
        QVERIFY(!QNetworkProxyFactory::usesSystemConfiguration());
        QVERIFY(Appearance::isDark(QApplication::palette()));
        QCOMPARE(Appearance::current(), u"dark"_s);

        // ... and shown again by a new dialog.
        SettingsDialog again(h.settings.get(), h.accounts.get());
        QCOMPARE(child<QComboBox>(&again, u"theme"_s)->currentData().toString(), u"dark"_s);
        QVERIFY(child<QCheckBox>(&again, u"sendWithEnter"_s)->isChecked());
        QCOMPARE(child<QComboBox>(&again, u"defaultChatModel"_s)->currentText(), u"fake/echo"_s);
        QCOMPARE(child<QComboBox>(&again, u"defaultImageModel"_s)->currentText(), u"fake/image"_s);
        QCOMPARE(child<QLineEdit>(&again, u"baseUrl"_s)->text(), u"http://127.0.0.1:9/api/v1"_s);
        QCOMPARE(child<QLineEdit>(&again, u"attributionTitle"_s)->text(), u"My Studio"_s);
        QCOMPARE(child<QSpinBox>(&again, u"timeout"_s)->value(), 42);
        QCOMPARE(child<QSpinBox>(&again, u"maxTime"_s)->value(), 300);
        QCOMPARE(child<QLineEdit>(&again, u"proxyUser"_s)->text(), u"alice"_s);
        QCOMPARE(child<QSpinBox>(&again, u"retries"_s)->value(), 2);
        QVERIFY(child<QRadioButton>(&again, u"proxy-manual"_s)->isChecked());
        QVERIFY(child<QLineEdit>(&again, u"proxyHost"_s)->isEnabled());
        QCOMPARE(child<QSpinBox>(&again, u"proxyPort"_s)->value(), 3128);
        QCOMPARE(QDir::fromNativeSeparators(child<FolderField>(&again, u"dataDir"_s)->path()),
                 data);
        QCOMPARE(QDir::fromNativeSeparators(child<FolderField>(&again, u"imagesDir"_s)->path()),
                 images);

        // Other proxy modes and the light theme apply too; Cancel changes nothing.
        child<QRadioButton>(&again, u"proxy-none"_s)->click();
        QVERIFY(!child<QLineEdit>(&again, u"proxyHost"_s)->isEnabled());
        child<QComboBox>(&again, u"theme"_s)->setCurrentIndex(1); // light
        QVERIFY(again.apply());
        QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
        QVERIFY(!Appearance::isDark(QApplication::palette()));
        child<QRadioButton>(&again, u"proxy-system"_s)->click();
        child<QSpinBox>(&again, u"timeout"_s)->setValue(99);
        again.reject();
        QCOMPARE(h.settings->string(Settings::Key::ProxyMode), u"none"_s);
        QCOMPARE(h.settings->integer(Settings::Key::TimeoutSeconds), 42);
        // Attribution fields left empty fall back to the defaults (and say so).
        SettingsDialog third(h.settings.get(), h.accounts.get());
        child<QLineEdit>(&third, u"attributionTitle"_s)->clear();
        QVERIFY(third.apply());
        QCOMPARE(h.client->config().title, ClientConfig::defaultTitle());
        QCOMPARE(child<QLineEdit>(&third, u"attributionTitle"_s)->placeholderText(),
                 ClientConfig::defaultTitle());
    }

    void badInputIsRefusedWithOneMessage_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("plain http")
            << u"baseUrl"_s << u"http://example.com/api/v1"_s << u"plain http"_s;
        QTest::newRow("not a url") << u"baseUrl"_s << u"openrouter"_s << u"not a"_s;
        QTest::newRow("ftp") << u"baseUrl"_s << u"ftp://example.com/api"_s << u"not a valid"_s;
        QTest::newRow("referer") << u"attributionReferer"_s << u"example dot com"_s
                                 << u"web address"_s;
        QTest::newRow("proxy host") << u"proxyHost"_s << u""_s << u"proxy's host"_s;
        QTest::newRow("proxy scheme") << u"proxyHost"_s << u"ftp://proxy"_s << u"socks5://"_s;
        QTest::newRow("relative data") << u"dataDir"_s << u"conversations"_s << u"full paths"_s;
    }
    void badInputIsRefusedWithOneMessage() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Harness h(m_server);
        SettingsDialog *d = h.open();
        if (field.startsWith(u"proxy"_s))
            child<QRadioButton>(d, u"proxy-manual"_s)->click();
        if (field == "dataDir"_L1)
            child<FolderField>(d, u"dataDir"_s)->setPath(value);
        else
            d->findChild<QLineEdit *>(field)->setText(value);
        const QUrl before = h.client->config().baseUrl;
        child<QPushButton>(d, u"okButton"_s)->click();
        QVERIFY(d->isVisible()); // stays open on the page with the problem
        QVERIFY(child<QLabel>(d, u"settingsProblem"_s)->isVisible());
        QVERIFY2(child<QLabel>(d, u"settingsProblem"_s)->text().contains(message),
                 qPrintable(child<QLabel>(d, u"settingsProblem"_s)->text()));
        QCOMPARE(d->currentPage(), field == "dataDir"_L1 ? SettingsDialog::Page::Storage
                                                         : SettingsDialog::Page::Network);
        QCOMPARE(h.client->config().baseUrl, before);
        QVERIFY(!h.settings->isSet(Settings::Key::BaseUrl));
    }

    void baseUrlOverrideWins() {
        Harness h(m_server);
        SettingsDialog *d = h.open();
        d->setBaseUrlOverride(u"--base-url"_s, m_server.baseUrl());
        QVERIFY(d->findChildren<QLabel *>().size() > 0);
        bool noted = false;
        for (const QLabel *label :
             child<NetworkSettingsPage>(d, u"networkPage"_s)->findChildren<QLabel *>())
            noted = noted || label->text().contains(u"--base-url overrides this setting"_s);
        QVERIFY(noted);
        child<QLineEdit>(d, u"baseUrl"_s)->setText(u"https://example.com/api/v1"_s);
        QVERIFY(d->apply());
        QCOMPARE(h.settings->string(Settings::Key::BaseUrl), u"https://example.com/api/v1"_s);
        QCOMPARE(h.client->config().baseUrl, m_server.baseUrl());
        // Without an override the setting decides; the key stays what it was.
        const ClientConfig fromSetting = reconfigured(*h.settings, h.client->config(), QUrl());
        QCOMPARE(fromSetting.baseUrl, QUrl(u"https://example.com/api/v1"_s));
        QCOMPARE(fromSetting.apiKey, h.client->config().apiKey);
    }

    void accountPageShowsFiguresAndSource() {
        const QString key = u"sk-or-v1-settings-account-0123456"_s;
        Harness h(m_server, key, KeySource::Stored);
        SpendIndicator spend(h.accounts.get());
        SettingsDialog *d = h.open();
        d->showPage(SettingsDialog::Page::Account);
        AccountPanel *panel = child<AccountPanel>(d, u"accountPanel"_s);
        QVERIFY(panel->isVisible());
        h.accounts->refreshAccount();
        QTRY_COMPARE_WITH_TIMEOUT(panel->spendableLabel()->text(), u"$74.50 left"_s, kTimeoutMs);
        QCOMPARE(panel->value(u"label"_s), u"sk-or-v1-se...456"_s);
        QCOMPARE(panel->value(u"usage"_s), u"$25.50"_s);
        QCOMPARE(panel->value(u"usageDaily"_s), u"$25.50"_s);
        QCOMPARE(panel->value(u"limit"_s), u"$100.00, reset monthly"_s);
        QCOMPARE(panel->value(u"limitRemaining"_s), u"$74.50"_s);
        QCOMPARE(panel->value(u"credits"_s), u"$74.75 of $100.50 left"_s);
        QCOMPARE(panel->value(u"rateLimit"_s), u"1000 requests per 1h"_s);
        QCOMPARE(spend.text(), u"$74.50 left"_s);
        QVERIFY(spend.toolTip().contains(u"Account credit: $74.75"_s));
        // A request's cost shows at once, before the server confirms it.
        h.accounts->monitor()->setRefreshDelayMs(60000);
        h.accounts->noteCost(0.5);
        QCOMPARE(spend.text(), u"$74.00 left"_s);
        QCOMPARE(panel->spendableLabel()->text(), u"$74.00 left"_s);
        QCOMPARE(panel->value(u"usage"_s), u"$26.00"_s);
        QVERIFY2(panel->sourceLabel()->text().contains(u"this session only"_s),
                 qPrintable(panel->sourceLabel()->text())); // stored nowhere yet
        QSignalSpy clicked(&spend, &SpendIndicator::accountRequested);
        spend.click();
        QCOMPARE(clicked.count(), 1);

        // A refused key is reported on the page.
        ClientConfig bad = h.client->config();
        bad.apiKey = u"sk-or-bad-0000000000000000"_s;
        h.client->setConfig(bad);
        h.accounts->refreshAccount();
        QTRY_VERIFY_WITH_TIMEOUT(panel->errorLabel()->isVisible(), kTimeoutMs);
        QVERIFY(panel->errorLabel()->text().contains(u"could not be read"_s));
        QVERIFY(!panel->errorLabel()->text().contains(bad.apiKey));
        QCOMPARE(spend.text(), u"Account unavailable"_s);
    }

    void signOutRemovesTheKeyEverywhere() {
        const QString key = u"sk-or-v1-settings-signout-0123456"_s;
        Harness h(m_server);
        QSignalSpy saved(h.accounts.get(), &AccountController::keySaved);
        h.accounts->useKey(key, true); // keychain, or the consented file where there is none
        QVERIFY(saved.wait(kTimeoutMs));
        const auto where = saved.first().at(0).value<KeyStore::Backend>();
        QVERIFY(where != KeyStore::Backend::None);
        QCOMPARE(h.storedKey(), key);
        SettingsDialog *d = h.open();
        d->showPage(SettingsDialog::Page::Account);
        AccountPanel *panel = child<AccountPanel>(d, u"accountPanel"_s);
        const QString source = panel->sourceLabel()->text();
        QVERIFY2(source.contains(where == KeyStore::Backend::Keychain
                                     ? u"the system keychain"_s
                                     : u"a file readable only by you"_s),
                 qPrintable(source));
        QVERIFY(panel->signOutButton()->isEnabled());

        QSignalSpy signedOut(h.accounts.get(), &AccountController::signedOut);
        answerNextMessageBox(u"Sign Out"_s);
        panel->signOutButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, kTimeoutMs);
        QVERIFY(signedOut.first().at(0).toString().isEmpty());
        QVERIFY(h.client->config().apiKey.isEmpty());
        QCOMPARE(h.client->config().keySource, KeySource::None);
        QVERIFY(h.storedKey().isEmpty());
        QVERIFY(!QFile::exists(h.dir.filePath(u"config/api-key"_s)));
        QVERIFY(!h.settings->flag(Settings::Key::KeyFileConsent));
        QVERIFY(panel->sourceLabel()->text().contains(u"No API key"_s));
        QVERIFY(!panel->signOutButton()->isEnabled());
    }

    void environmentKeyIsNamedAndSurvivesSignOut() {
        const QString envKey = u"sk-or-v1-settings-env-0123456789"_s;
        Harness h(m_server, envKey, KeySource::EnvOpenRouter);
        SettingsDialog *d = h.open();
        QVERIFY(child<AccountPanel>(d, u"accountPanel"_s)
                    ->sourceLabel()
                    ->text()
                    .contains(u"the environment variable OPENROUTER_API_KEY"_s));
        QSignalSpy signedOut(h.accounts.get(), &AccountController::signedOut);
        h.accounts->signOut();
        QVERIFY(signedOut.wait(kTimeoutMs));
        QCOMPARE(h.client->config().apiKey, envKey); // the environment still wins
    }

    void clearCacheEmptiesTheFolder() {
        Harness h(m_server);
        SettingsDialog *d = h.open();
        StorageSettingsPage *storage = child<StorageSettingsPage>(d, u"storagePage"_s);
        const QString cache = h.dir.filePath(u"cache"_s);
        QVERIFY(QDir().mkpath(cache + u"/nested"_s));
        for (const QString &name : {u"/models.json"_s, u"/nested/thumb.png"_s}) {
            QFile f(cache + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(2048, 'x'));
        }
        storage->setCacheDir(cache);
        QVERIFY(child<QLabel>(storage, u"cacheInfo"_s)
                    ->text()
                    .contains(QDir::toNativeSeparators(cache)));
        QVERIFY(child<QPushButton>(storage, u"clearCache"_s)->isEnabled());
        QCOMPARE(StorageSettingsPage::folderSize(cache), qint64(4096));
        QSignalSpy cleared(storage, &StorageSettingsPage::cacheCleared);
        child<QPushButton>(storage, u"clearCache"_s)->click();
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(StorageSettingsPage::folderSize(cache), qint64(0));
        QVERIFY(QDir(cache).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
        QVERIFY(child<QLabel>(storage, u"cacheInfo"_s)->text().contains(u"Cache cleared"_s));
        QVERIFY(!child<QPushButton>(storage, u"clearCache"_s)->isEnabled());
    }

    void languageSwitchesToGermanAtRunTime() {
        QVERIFY(Translations::shipped().contains(u"de"_s));
        Harness h(m_server);
        SettingsDialog *d = h.open();
        QCOMPARE(child<QLabel>(d, u"languageLabel"_s)->text(), u"&Language:"_s);
        QCOMPARE(child<QListWidget>(d, u"settingsPages"_s)->item(0)->text(), u"General"_s);
        QSignalSpy changed(d, &SettingsDialog::languageChanged);
        QComboBox *language = child<QComboBox>(d, u"language"_s);
        language->setCurrentIndex(language->findData(u"de"_s));
        QCOMPARE(language->currentText(), u"Deutsch"_s);
        child<QPushButton>(d, u"applyButton"_s)->click();
        QCOMPARE(h.settings->string(Settings::Key::Language), u"de"_s); // persisted
        QCOMPARE(Translations::current(), u"de"_s);
        // Visible labels change without reopening the dialog.
        QTRY_COMPARE(child<QLabel>(d, u"languageLabel"_s)->text(), u"&Sprache:"_s);
        QCOMPARE(child<QListWidget>(d, u"settingsPages"_s)->item(0)->text(), u"Allgemein"_s);
        QCOMPARE(d->windowTitle(), u"Einstellungen"_s);
        QCOMPARE(child<QPushButton>(d, u"cancelButton"_s)->text(), u"Abbrechen"_s);
        QCOMPARE(changed.count(), 1); // the shell rebuilds the window on this
        // A dialog opened now is German from the start; back to English switches back.
        SettingsDialog fresh(h.settings.get(), h.accounts.get());
        QCOMPARE(child<QListWidget>(&fresh, u"settingsPages"_s)->item(1)->text(), u"Netzwerk"_s);
        QCOMPARE(child<QComboBox>(&fresh, u"language"_s)->currentData().toString(), u"de"_s);
        language->setCurrentIndex(language->findData(u"en"_s));
        QVERIFY(d->apply());
        QTRY_COMPARE(child<QLabel>(d, u"languageLabel"_s)->text(), u"&Language:"_s);
        QCOMPARE(Translations::current(), u"en"_s);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
