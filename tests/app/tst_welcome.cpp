// The first-run welcome dialog against the fake server: a pasted key is checked at once
// (label, limit, what is left), refused and malformed keys cannot be saved, "Sign in with
// OpenRouter" runs the PKCE flow through a stand-in browser, and keys end up in the keychain,
// or, where none exists, in a 0600 file only after the user ticks the consent box.
#include "FakeOpenRouter.h"
#include "FindChild.h"
#include "account/AccountController.h"
#include "account/WelcomeDialog.h"
#include "api/OAuthFlow.h"
#include "api/OpenRouterClient.h"
#include "store/KeyStore.h"
#include "store/Settings.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using orc::test::child;
using namespace orc;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;
const QString kKey = u"sk-or-v1-welcome-test-0123456789abcdef"_s;

// With ORC_SCREENSHOT_DIR set, saves what the test sees (for looking at the dialog's states).
void screenshot(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("ORC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200); // the dialog fits its height to the new content first
    widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

bool noKeychainChild() {
    return qEnvironmentVariableIsSet("ORC_TEST_NO_KEYCHAIN");
}

// One app's worth of account plumbing against the fake server, in a private folder.
struct Harness {
    explicit Harness(fake::FakeOpenRouter &server, const QString &envKey = {}) {
        settings = std::make_unique<Settings>(
            std::make_unique<QSettings>(dir.filePath(u"settings.ini"_s), QSettings::IniFormat));
        ClientConfig config;
        config.baseUrl = server.baseUrl();
        if (!envKey.isEmpty()) {
            config.apiKey = envKey;
            config.keySource = KeySource::EnvOpenRouter;
        }
        client = std::make_unique<OpenRouterClient>(config);
        KeyStore::Options options;
        options.service = u"OR Studio welcome test %1"_s.arg(QCoreApplication::applicationPid());
        options.filePath = dir.filePath(u"config/api-key"_s);
        store = std::make_unique<KeyStore>(options);
        accounts = std::make_unique<AccountController>(client.get(), settings.get(), store.get());
        // As at start-up: learn whether a keychain exists before the dialog opens.
        accounts->setStartupState(AccountController::readStoredKey(*store));
        dialog = std::make_unique<WelcomeDialog>(accounts.get());
        dialog->show();
    }
    ~Harness() {
        dialog.reset();
        QSignalSpy removed(store.get(), &KeyStore::removed);
        store->remove();
        removed.wait(kTimeoutMs);
    }

    QString storedKey() {
        QSignalSpy loaded(store.get(), &KeyStore::loaded);
        store->load();
        if (!loaded.wait(kTimeoutMs))
            return u"<no answer>"_s;
        return loaded.first().at(0).toString();
    }
    QByteArray settingsBytes() {
        settings->sync();
        QFile f(dir.filePath(u"settings.ini"_s));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString keyFile() const { return dir.filePath(u"config/api-key"_s); }

    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<OpenRouterClient> client;
    std::unique_ptr<KeyStore> store;
    std::unique_ptr<AccountController> accounts;
    std::unique_ptr<WelcomeDialog> dialog;
};

} // namespace

class TestWelcome : public QObject {
    Q_OBJECT
    fake::FakeOpenRouter m_server;
    QNetworkAccessManager m_browser; // plays the user's browser for the sign-in

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.listen());
    }
    void init() { m_server.reset(); }

    void keyProblems_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << u""_s << u"Paste"_s;
        QTest::newRow("spaces") << u"sk or v1 abcdefghijklmnop"_s << u"no spaces"_s;
        QTest::newRow("newline") << u"sk-or-v1-abc\ndefghijklmnop"_s << u"no spaces"_s;
        QTest::newRow("non-ascii") << u"sk-or-v1-\u00e4bcdefghijklmnop"_s << u"ASCII"_s;
        QTest::newRow("short") << u"sk-or-v1"_s << u"too short"_s;
        QTest::newRow("quoted ok") << u"  \"sk-or-v1-0123456789abcdef\"  "_s << QString();
        QTest::newRow("ok") << kKey << QString();
    }
    void keyProblems() {
        QFETCH(QString, key);
        QFETCH(QString, problem);
        const QString got = WelcomeDialog::keyProblem(key);
        if (problem.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(problem), qPrintable(got));
    }

    void pastedKeyIsCheckedAtOnce() {
        if (noKeychainChild())
            return;
        Harness h(m_server);
        QVERIFY(!child<QPushButton>(h.dialog, u"saveButton"_s)->isEnabled());
        QSignalSpy checked(h.dialog.get(), &WelcomeDialog::checkFinished);
        child<QLineEdit>(h.dialog, u"keyField"_s)->setFocus();
        QTest::keyClicks(child<QLineEdit>(h.dialog, u"keyField"_s),
                         kKey); // a paste arrives as one edit; typing too
        QCOMPARE(child<QLineEdit>(h.dialog, u"keyField"_s)->echoMode(), QLineEdit::Password);
        QVERIFY(checked.wait(kTimeoutMs)); // no button press needed
        QCOMPARE(checked.count(), 1);      // debounced: one check for the whole key
        const QString result = child<QLabel>(h.dialog, u"checkResult"_s)->text();
        QVERIFY2(result.contains(u"sk-or-v1-we...def"_s), qPrintable(result)); // the label
        QVERIFY2(result.contains(u"$100.00, reset monthly"_s), qPrintable(result));
        QVERIFY2(result.contains(u"$74.50"_s), qPrintable(result)); // limit remaining
        QVERIFY2(result.contains(u"$74.75"_s), qPrintable(result)); // credits 100.50 - 25.75
        QVERIFY(!result.contains(kKey));
        QVERIFY(child<QLabel>(h.dialog, u"checkResult"_s)->isVisible());
        QVERIFY(child<QPushButton>(h.dialog, u"saveButton"_s)->isEnabled());
        screenshot(h.dialog.get(), u"welcome-checked"_s);
        // The check used the pasted key; the app's client was not touched.
        const fake::RecordedRequest request = m_server.requests().constFirst();
        QCOMPARE(request.header("authorization"), "Bearer "_ba + kKey.toUtf8());
        QCOMPARE(m_server.requestCount(u"/key"_s), 1);
        QCOMPARE(m_server.requestCount(u"/credits"_s), 1);
        QVERIFY(h.client->config().apiKey.isEmpty());
    }

    void refusedAndMalformedKeysCannotBeSaved() {
        if (noKeychainChild())
            return;
        Harness h(m_server);
        QSignalSpy checked(h.dialog.get(), &WelcomeDialog::checkFinished);
        child<QLineEdit>(h.dialog, u"keyField"_s)->setText(u"sk-or-bad-0123456789abcdef"_s);
        QVERIFY(checked.wait(kTimeoutMs));
        QVERIFY2(child<QLabel>(h.dialog, u"checkResult"_s)
                     ->text()
                     .contains(u"does not accept this key"_s),
                 qPrintable(child<QLabel>(h.dialog, u"checkResult"_s)->text()));
        screenshot(h.dialog.get(), u"welcome-refused"_s);
        QVERIFY(!child<QPushButton>(h.dialog, u"saveButton"_s)->isEnabled());
        h.dialog->save(); // refused even when forced
        QVERIFY(h.dialog->isVisible());

        m_server.clearRequests();
        child<QLineEdit>(h.dialog, u"keyField"_s)->setText(u"sk or v1 0123456789"_s);
        QVERIFY(child<QLabel>(h.dialog, u"checkResult"_s)->text().contains(u"no spaces"_s));
        QVERIFY(!child<QPushButton>(h.dialog, u"saveButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(h.dialog, u"checkButton"_s)->isEnabled());
        QTest::qWait(600); // longer than the debounce: still nothing sent
        QCOMPARE(m_server.requestCount(), 0);

        // A key with nothing left to spend can be saved, with a warning.
        child<QLineEdit>(h.dialog, u"keyField"_s)->setText(u"sk-or-broke-0123456789abcdef"_s);
        QVERIFY(checked.wait(kTimeoutMs));
        QVERIFY2(
            child<QLabel>(h.dialog, u"checkResult"_s)->text().contains(u"nothing left to spend"_s),
            qPrintable(child<QLabel>(h.dialog, u"checkResult"_s)->text()));
        QVERIFY(child<QPushButton>(h.dialog, u"saveButton"_s)->isEnabled());
    }

    // Runs twice: here, where the test environment provides an unlocked keychain (or not),
    // and in a child process without any session bus, where no keychain can exist.
    void saveKeepsTheKeyProperly() {
        Harness h(m_server);
        if (noKeychainChild())
            QVERIFY(h.accounts->keychainMissing());
        QSignalSpy checked(h.dialog.get(), &WelcomeDialog::checkFinished);
        child<QLineEdit>(h.dialog, u"keyField"_s)->setText(kKey);
        QVERIFY(checked.wait(kTimeoutMs));
        QVERIFY(child<QPushButton>(h.dialog, u"saveButton"_s)->isEnabled());

        if (!h.accounts->keychainMissing()) {
            QVERIFY2(
                child<QLabel>(h.dialog, u"storageLabel"_s)->text().contains(u"system keychain"_s),
                qPrintable(child<QLabel>(h.dialog, u"storageLabel"_s)->text()));
            QVERIFY(!child<QCheckBox>(h.dialog, u"fileConsent"_s)->isVisible());
            child<QPushButton>(h.dialog, u"saveButton"_s)->click();
            QTRY_COMPARE_WITH_TIMEOUT(h.dialog->result(), int(QDialog::Accepted), kTimeoutMs);
            QCOMPARE(h.accounts->storedIn(), KeyStore::Backend::Keychain);
            QCOMPARE(h.storedKey(), kKey);
            QVERIFY(!QFile::exists(h.keyFile()));
        } else {
            // Said plainly, with the file's path, before anything is written.
            const QString storage = child<QLabel>(h.dialog, u"storageLabel"_s)->text();
            QVERIFY2(storage.contains(u"No system keychain"_s), qPrintable(storage));
            QVERIFY2(storage.contains(h.keyFile().toHtmlEscaped()), qPrintable(storage));
            QVERIFY(child<QCheckBox>(h.dialog, u"fileConsent"_s)->isVisible());
            QVERIFY(!child<QCheckBox>(h.dialog, u"fileConsent"_s)->isChecked());
            QCOMPARE(child<QPushButton>(h.dialog, u"saveButton"_s)->text(), u"Use Until I Quit"_s);
            screenshot(h.dialog.get(), u"welcome-no-keychain"_s);
            child<QCheckBox>(h.dialog, u"fileConsent"_s)->click();
            QCOMPARE(child<QPushButton>(h.dialog, u"saveButton"_s)->text(), u"Save and Continue"_s);
            child<QPushButton>(h.dialog, u"saveButton"_s)->click();
            QTRY_COMPARE_WITH_TIMEOUT(h.dialog->result(), int(QDialog::Accepted), kTimeoutMs);
            QCOMPARE(h.accounts->storedIn(), KeyStore::Backend::File);
            QVERIFY(QFile::exists(h.keyFile()));
            QCOMPARE(QFile::permissions(h.keyFile()) &
                         (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther |
                          QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther),
                     QFileDevice::Permissions());
            QCOMPARE(h.storedKey(), kKey);
            QVERIFY(h.settings->flag(Settings::Key::KeyFileConsent));
        }
        QCOMPARE(h.client->config().apiKey, kKey);
        QCOMPARE(h.client->config().keySource, KeySource::Stored);
        QVERIFY(!h.settingsBytes().contains(kKey.toUtf8()));
    }

    void withoutKeychainTheUserDecides() {
        if (!noKeychainChild()) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"ORC_TEST_NO_KEYCHAIN"_s, u"1"_s);
            env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/orc-test-bus"_s);
            env.remove(u"DISPLAY"_s);
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s); // no display without X either
            env.remove(u"WAYLAND_DISPLAY"_s);
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {u"saveKeepsTheKeyProperly"_s, u"withoutKeychainTheUserDecides"_s,
                         u"signInWithOpenRouter"_s});
            QVERIFY(child.waitForFinished(120000));
            const QByteArray out = child.readAll();
            QVERIFY2(child.exitCode() == 0, out.constData());
            for (const char *name : {"saveKeepsTheKeyProperly", "withoutKeychainTheUserDecides",
                                     "signInWithOpenRouter"})
                QVERIFY2(out.contains(QByteArray("PASS   : TestWelcome::"_ba + name + "()")),
                         out.constData());
            return;
        }
        // Declining the file: the key is used for this session and nothing is written.
        Harness h(m_server);
        QVERIFY(h.accounts->keychainMissing());
        QSignalSpy checked(h.dialog.get(), &WelcomeDialog::checkFinished);
        child<QLineEdit>(h.dialog, u"keyField"_s)->setText(kKey);
        QVERIFY(checked.wait(kTimeoutMs));
        child<QPushButton>(h.dialog, u"saveButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(h.dialog->result(), int(QDialog::Accepted), kTimeoutMs);
        QCOMPARE(h.accounts->storedIn(), KeyStore::Backend::None);
        QCOMPARE(h.client->config().apiKey, kKey);
        QVERIFY(!QFile::exists(h.keyFile()));
        QVERIFY(!h.settings->flag(Settings::Key::KeyFileConsent));
        QVERIFY(h.storedKey().isEmpty());
    }

    void signInWithOpenRouter() {
        Harness h(m_server);
        QUrl opened;
        h.dialog->setUrlOpener([this, &opened](const QUrl &url) {
            opened = url;
            QNetworkRequest request(url); // the browser: consent page, then its redirect
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *page = m_browser.get(request);
            connect(page, &QNetworkReply::finished, page, &QObject::deleteLater);
            return true;
        });
        QSignalSpy signedIn(h.dialog.get(), &WelcomeDialog::signInFinished);
        QTest::mouseClick(child<QPushButton>(h.dialog, u"signInButton"_s), Qt::LeftButton);
        QVERIFY(
            !child<QPushButton>(h.dialog, u"signInButton"_s)->isEnabled()); // one flow at a time
        QVERIFY(signedIn.wait(kTimeoutMs));
        QCOMPARE(signedIn.first().at(0).toBool(), true);
        QCOMPARE(opened.host(), u"127.0.0.1"_s);
        QCOMPARE(opened.path(), u"/auth"_s);
        QCOMPARE(QUrlQuery(opened).queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QVERIFY(h.dialog->signInFlow() && !h.dialog->signInFlow()->isRunning());
        QCOMPARE(m_server.requestCount(u"/auth/keys"_s), 1);

        if (!h.accounts->keychainMissing()) {
            // Checked, then stored and used without another click.
            QTRY_COMPARE_WITH_TIMEOUT(h.dialog->result(), int(QDialog::Accepted), kTimeoutMs);
            QCOMPARE(h.accounts->storedIn(), KeyStore::Backend::Keychain);
        } else {
            // Nothing is kept without consent: the dialog waits for the user.
            QTRY_VERIFY_WITH_TIMEOUT(h.dialog->checkedStatus().isValid(), kTimeoutMs);
            QVERIFY(h.dialog->isVisible());
            QVERIFY(child<QLabel>(h.dialog, u"signInStatus"_s)->text().contains(u"Tick the box"_s));
            QVERIFY(!QFile::exists(h.keyFile()));
            child<QCheckBox>(h.dialog, u"fileConsent"_s)->click();
            child<QPushButton>(h.dialog, u"saveButton"_s)->click();
            QTRY_COMPARE_WITH_TIMEOUT(h.dialog->result(), int(QDialog::Accepted), kTimeoutMs);
            QCOMPARE(h.accounts->storedIn(), KeyStore::Backend::File);
        }
        const QString key = h.client->config().apiKey;
        QVERIFY2(key.startsWith(u"sk-or-"_s), qPrintable(key));
        QCOMPARE(h.storedKey(), key);
        QVERIFY(child<QLabel>(h.dialog, u"checkResult"_s)
                    ->text()
                    .contains(u"Limit"_s)); // the new key, checked
    }

    void cancelledSignInLeavesTheDialogUsable() {
        if (noKeychainChild())
            return;
        Harness h(m_server);
        h.dialog->setUrlOpener([](const QUrl &) { return false; }); // no browser here
        QSignalSpy signedIn(h.dialog.get(), &WelcomeDialog::signInFinished);
        child<QPushButton>(h.dialog, u"signInButton"_s)->click();
        QVERIFY(child<QLabel>(h.dialog, u"signInStatus"_s)
                    ->text()
                    .contains(u"No browser could be opened"_s));
        QVERIFY(h.dialog->findChild<QPushButton *>(u"copyLinkButton"_s)->isVisible());
        h.dialog->findChild<QPushButton *>(u"cancelSignInButton"_s)->click();
        QCOMPARE(signedIn.count(), 1);
        QCOMPARE(signedIn.first().at(0).toBool(), false);
        QVERIFY(child<QPushButton>(h.dialog, u"signInButton"_s)->isEnabled());
        QVERIFY(!child<QLabel>(h.dialog, u"signInStatus"_s)->isVisible());
        QVERIFY(h.client->config().apiKey.isEmpty());
    }

    void environmentKeyStillWins() {
        if (noKeychainChild())
            return;
        const QString envKey = u"sk-or-v1-from-the-environment-0000"_s;
        Harness h(m_server, envKey);
        QVERIFY(
            child<QLabel>(h.dialog, u"storageLabel"_s)->text().contains(u"OPENROUTER_API_KEY"_s));
        QSignalSpy checked(h.dialog.get(), &WelcomeDialog::checkFinished);
        child<QLineEdit>(h.dialog, u"keyField"_s)->setText(kKey);
        QVERIFY(checked.wait(kTimeoutMs));
        child<QCheckBox>(h.dialog, u"fileConsent"_s)->setChecked(true);
        child<QPushButton>(h.dialog, u"saveButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(h.dialog->result(), int(QDialog::Accepted), kTimeoutMs);
        QCOMPARE(h.storedKey(), kKey); // kept for when the variable is gone
        QCOMPARE(h.client->config().apiKey, envKey);
        QCOMPARE(h.client->config().keySource, KeySource::EnvOpenRouter);
    }

    void continueWithoutKey() {
        if (noKeychainChild())
            return;
        Harness h(m_server);
        child<QPushButton>(h.dialog, u"skipButton"_s)->click();
        QCOMPARE(h.dialog->result(), int(QDialog::Rejected));
        QVERIFY(h.client->config().apiKey.isEmpty());
        QVERIFY(h.storedKey().isEmpty());
        QCOMPARE(m_server.requestCount(), 0);
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
