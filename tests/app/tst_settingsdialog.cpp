// The settings dialog over core Settings: every field round-trips through the settings file,
// takes effect at once (client configuration, proxy, theme, composer flag), bad input is
// refused with one clear message, the Account page says where the key came from and signs out
// everywhere, the cache can be cleared, and the language switches to German at run time.
#include "FakeOpenRouter.h"
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
        GeneralSettingsPage *general = d->generalPage();
        NetworkSettingsPage *network = d->networkPage();
        StorageSettingsPage *storage = d->storagePage();
        d->setModelChoices({u"openai/gpt-4o"_s, u"fake/echo"_s}, {u"fake/image"_s});
        QCOMPARE(general->chatModelBox()->count(), 2);

        general->themeBox()->setCurrentIndex(general->themeBox()->findData(u"dark"_s));
        general->sendWithEnterBox()->setChecked(true);
        general->chatModelBox()->setEditText(u"fake/echo"_s);
        general->imageModelBox()->setEditText(u"fake/image"_s);
        network->baseUrlField()->setText(u"http://127.0.0.1:9/api/v1"_s);
        network->titleField()->setText(u"My Studio"_s);
        network->refererField()->setText(u"https://example.com/studio"_s);
        network->timeoutBox()->setValue(42);
        network->maxTimeBox()->setValue(300);
        network->retriesBox()->setValue(2);
        network->proxyButton(u"manual"_s)->click();
        network->proxyHostField()->setText(u"proxy.test"_s);
        network->proxyPortBox()->setValue(3128);
        network->proxyUserField()->setText(u"alice"_s);
        const QString data = h.dir.filePath(u"data"_s);
        const QString images = h.dir.filePath(u"pictures"_s);
        storage->dataField()->setPath(data);
        storage->imagesField()->setPath(images);

        QSignalSpy applied(d, &SettingsDialog::applied);
        d->okButton()->click();
        QCOMPARE(applied.count(), 1);
        QVERIFY(!d->isVisible());

        // Persisted in the settings file ...
        Settings reread(
            std::make_unique<QSettings>(h.dir.filePath(u"settings.ini"_s), QSettings::IniFormat));
        QCOMPARE(reread.string(Settings::Key::Theme), u"dark"_s);
        QCOMPARE(reread.flag(Settings::Key::SendWithEnter), true);
        QCOMPARE(reread.string(Settings::Key::DefaultChatModel), u"fake/echo"_s);
        QCOMPARE(reread.string(Settings::Key::DefaultImageModel), u"fake/image"_s);
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
        QCOMPARE(again.generalPage()->themeBox()->currentData().toString(), u"dark"_s);
        QVERIFY(again.generalPage()->sendWithEnterBox()->isChecked());
        QCOMPARE(again.generalPage()->chatModelBox()->currentText(), u"fake/echo"_s);
        QCOMPARE(again.generalPage()->imageModelBox()->currentText(), u"fake/image"_s);
        QCOMPARE(again.networkPage()->baseUrlField()->text(), u"http://127.0.0.1:9/api/v1"_s);
        QCOMPARE(again.networkPage()->titleField()->text(), u"My Studio"_s);
        QCOMPARE(again.networkPage()->timeoutBox()->value(), 42);
        QCOMPARE(again.networkPage()->maxTimeBox()->value(), 300);
        QCOMPARE(again.networkPage()->proxyUserField()->text(), u"alice"_s);
        QCOMPARE(again.networkPage()->retriesBox()->value(), 2);
        QVERIFY(again.networkPage()->proxyButton(u"manual"_s)->isChecked());
        QVERIFY(again.networkPage()->proxyHostField()->isEnabled());
        QCOMPARE(again.networkPage()->proxyPortBox()->value(), 3128);
        QCOMPARE(QDir::fromNativeSeparators(again.storagePage()->dataField()->path()), data);
        QCOMPARE(QDir::fromNativeSeparators(again.storagePage()->imagesField()->path()), images);

        // Other proxy modes and the light theme apply too; Cancel changes nothing.
        again.networkPage()->proxyButton(u"none"_s)->click();
        QVERIFY(!again.networkPage()->proxyHostField()->isEnabled());
        again.generalPage()->themeBox()->setCurrentIndex(1); // light
        QVERIFY(again.apply());
        QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
        QVERIFY(!Appearance::isDark(QApplication::palette()));
        again.networkPage()->proxyButton(u"system"_s)->click();
        again.networkPage()->timeoutBox()->setValue(99);
        again.reject();
        QCOMPARE(h.settings->string(Settings::Key::ProxyMode), u"none"_s);
        QCOMPARE(h.settings->integer(Settings::Key::TimeoutSeconds), 42);
        // Attribution fields left empty fall back to the defaults (and say so).
        SettingsDialog third(h.settings.get(), h.accounts.get());
        third.networkPage()->titleField()->clear();
        QVERIFY(third.apply());
        QCOMPARE(h.client->config().title, ClientConfig::defaultTitle());
        QCOMPARE(third.networkPage()->titleField()->placeholderText(),
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
            d->networkPage()->proxyButton(u"manual"_s)->click();
        if (field == "dataDir"_L1)
            d->storagePage()->dataField()->setPath(value);
        else
            d->findChild<QLineEdit *>(field)->setText(value);
        const QUrl before = h.client->config().baseUrl;
        d->okButton()->click();
        QVERIFY(d->isVisible()); // stays open on the page with the problem
        QVERIFY(d->problemLabel()->isVisible());
        QVERIFY2(d->problemLabel()->text().contains(message),
                 qPrintable(d->problemLabel()->text()));
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
        for (const QLabel *label : d->networkPage()->findChildren<QLabel *>())
            noted = noted || label->text().contains(u"--base-url overrides this setting"_s);
        QVERIFY(noted);
        d->networkPage()->baseUrlField()->setText(u"https://example.com/api/v1"_s);
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
        AccountPanel *panel = d->accountPanel();
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
        AccountPanel *panel = d->accountPanel();
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
        QVERIFY(d->accountPanel()->sourceLabel()->text().contains(
            u"the environment variable OPENROUTER_API_KEY"_s));
        QSignalSpy signedOut(h.accounts.get(), &AccountController::signedOut);
        h.accounts->signOut();
        QVERIFY(signedOut.wait(kTimeoutMs));
        QCOMPARE(h.client->config().apiKey, envKey); // the environment still wins
    }

    void clearCacheEmptiesTheFolder() {
        Harness h(m_server);
        SettingsDialog *d = h.open();
        StorageSettingsPage *storage = d->storagePage();
        const QString cache = h.dir.filePath(u"cache"_s);
        QVERIFY(QDir().mkpath(cache + u"/nested"_s));
        for (const QString &name : {u"/models.json"_s, u"/nested/thumb.png"_s}) {
            QFile f(cache + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(2048, 'x'));
        }
        storage->setCacheDir(cache);
        QVERIFY(storage->cacheLabel()->text().contains(QDir::toNativeSeparators(cache)));
        QVERIFY(storage->clearCacheButton()->isEnabled());
        QCOMPARE(StorageSettingsPage::folderSize(cache), qint64(4096));
        QSignalSpy cleared(storage, &StorageSettingsPage::cacheCleared);
        storage->clearCacheButton()->click();
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(StorageSettingsPage::folderSize(cache), qint64(0));
        QVERIFY(QDir(cache).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
        QVERIFY(storage->cacheLabel()->text().contains(u"Cache cleared"_s));
        QVERIFY(!storage->clearCacheButton()->isEnabled());
    }

    void languageSwitchesToGermanAtRunTime() {
        QVERIFY(Translations::shipped().contains(u"de"_s));
        Harness h(m_server);
        SettingsDialog *d = h.open();
        QCOMPARE(d->generalPage()->languageLabel()->text(), u"&Language:"_s);
        QCOMPARE(d->pageList()->item(0)->text(), u"General"_s);
        QSignalSpy changed(d, &SettingsDialog::languageChanged);
        QComboBox *language = d->generalPage()->languageBox();
        language->setCurrentIndex(language->findData(u"de"_s));
        QCOMPARE(language->currentText(), u"Deutsch"_s);
        d->applyButton()->click();
        QCOMPARE(h.settings->string(Settings::Key::Language), u"de"_s); // persisted
        QCOMPARE(Translations::current(), u"de"_s);
        // Visible labels change without reopening the dialog.
        QTRY_COMPARE(d->generalPage()->languageLabel()->text(), u"&Sprache:"_s);
        QCOMPARE(d->pageList()->item(0)->text(), u"Allgemein"_s);
        QCOMPARE(d->windowTitle(), u"Einstellungen"_s);
        QCOMPARE(d->cancelButton()->text(), u"Abbrechen"_s);
        QCOMPARE(changed.count(), 1); // the shell rebuilds the window on this
        // A dialog opened now is German from the start; back to English switches back.
        SettingsDialog fresh(h.settings.get(), h.accounts.get());
        QCOMPARE(fresh.pageList()->item(1)->text(), u"Netzwerk"_s);
        QCOMPARE(fresh.generalPage()->languageBox()->currentData().toString(), u"de"_s);
        language->setCurrentIndex(language->findData(u"en"_s));
        QVERIFY(d->apply());
        QTRY_COMPARE(d->generalPage()->languageLabel()->text(), u"&Language:"_s);
        QCOMPARE(Translations::current(), u"en"_s);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
