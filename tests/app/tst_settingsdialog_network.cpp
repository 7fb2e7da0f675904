// Settings > Network's proxy login and Settings > Storage's data-folder question: the proxy user
// name in the settings file, its password in the keychain (never in the file) and both on the
// application proxy, checked against a proxy that demands Proxy-Authorization; a changed
// conversations folder asks to move the data, and each answer does what it says.
#include "FindChild.h"
#include "tst_settingsdialog_harness.h"

#include "settings/FolderField.h"
#include "settings/NetworkSettingsPage.h"
#include "settings/ProxySettings.h"
#include "settings/StorageSettingsPage.h"

#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using orc::test::child;
using namespace orc;
using namespace orc::test;
using namespace Qt::StringLiterals;

namespace {

// An HTTP proxy that answers 407 unless Proxy-Authorization carries `user`:`password`, and
// then answers the request itself ("proxied <request line>").
class AuthProxy : public QTcpServer {
public:
    AuthProxy(QString user, QString password)
        : m_expected("Basic " + (user + u':' + password).toUtf8().toBase64()) {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    int refused = 0;
    QStringList served; // request lines answered

private:
    void serve(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        qsizetype end;
        while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            buffer.remove(0, end + 4);
            QByteArray auth;
            for (const QByteArray &line : lines)
                if (line.toLower().startsWith("proxy-authorization:"))
                    auth = line.mid(line.indexOf(':') + 1).trimmed();
            if (auth != m_expected) {
                ++refused;
                socket->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                              "Proxy-Authenticate: Basic realm=\"test\"\r\n"
                              "Content-Length: 0\r\n\r\n");
                continue;
            }
            const QByteArray body = "proxied " + lines.first().trimmed();
            served << QString::fromUtf8(lines.first().trimmed());
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }
    QByteArray m_expected;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// GET through the application proxy; the body, or "error: <code>".
QString fetch() {
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(
        manager.get(QNetworkRequest(QUrl(u"http://api.example.test/v1/ping"_s))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(kTimeoutMs))
        return u"timeout"_s;
    if (reply->error() != QNetworkReply::NoError)
        return u"error: %1"_s.arg(int(reply->error()));
    return QString::fromUtf8(reply->readAll());
}

void write(const QString &file, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestSettingsNetwork : public QObject {
    Q_OBJECT
    fake::FakeOpenRouter m_server;

    static void useProxy(NetworkSettingsPage *network, quint16 port, const QString &user,
                         const QString &password) {
        child<QRadioButton>(network, u"proxy-manual"_s)->click();
        child<QLineEdit>(network, u"proxyHost"_s)->setText(u"127.0.0.1"_s);
        child<QSpinBox>(network, u"proxyPort"_s)->setValue(port);
        child<QLineEdit>(network, u"proxyUser"_s)->setText(user);
        child<QLineEdit>(network, u"proxyPassword"_s)->setText(password);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.listen());
    }
    void cleanup() {
        ProxySettings::setPassword({});
        ProxySettings::apply(ProxySettings::Mode::System, {}, 0);
    }

    void proxyLoginReachesTheProxyAndTheKeychain() {
        AuthProxy proxy(u"alice"_s, u"s3cret"_s);
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        Harness h(m_server);
        h.store->setAllowFile(true); // where no keychain exists, the consented file
        SettingsDialog *d = h.open();
        QVERIFY(child<QLineEdit>(d, u"proxyPassword"_s)->echoMode() == QLineEdit::Password);

        // Without a password the proxy refuses.
        useProxy(child<NetworkSettingsPage>(d, u"networkPage"_s), proxy.serverPort(), u"alice"_s,
                 QString());
        QVERIFY(d->apply());
        QCOMPARE(fetch(), u"error: %1"_s.arg(int(QNetworkReply::ProxyAuthenticationRequiredError)));
        QVERIFY(proxy.refused > 0);

        // With it, the request goes through, authenticated.
        QSignalSpy stored(d, &SettingsDialog::proxyPasswordStored);
        child<QLineEdit>(d, u"proxyPassword"_s)->setText(u"s3cret"_s);
        QVERIFY(d->apply());
        QCOMPARE(QNetworkProxy::applicationProxy().user(), u"alice"_s);
        QCOMPARE(QNetworkProxy::applicationProxy().password(), u"s3cret"_s);
        QCOMPARE(fetch(), u"proxied GET http://api.example.test/v1/ping HTTP/1.1"_s);
        QCOMPARE(proxy.served.size(), 1);

        // The user name is a setting; the password is in the keychain, never in the file.
        QVERIFY(stored.wait(kTimeoutMs));
        QCOMPARE(stored.first().at(0).toString(), QString());
        QVERIFY(h.settings->sync());
        QFile ini(h.dir.filePath(u"settings.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY(text.contains("alice"));
        QVERIFY(!text.contains("s3cret"));
        KeyStore passwords(KeyStore::proxyPasswordOptions(h.store->options()));
        QSignalSpy loaded(&passwords, &KeyStore::loaded);
        passwords.load();
        QVERIFY(loaded.wait(kTimeoutMs));
        QCOMPARE(loaded.first().at(0).toString(), u"s3cret"_s);
        if (qEnvironmentVariableIsSet("ORC_EXPECT_KEYCHAIN"))
            QCOMPARE(loaded.first().at(1).value<KeyStore::Backend>(), KeyStore::Backend::Keychain);

        // At the next start the password comes back from the keychain onto the proxy.
        ProxySettings::setPassword({});
        ProxySettings::apply(*h.settings);
        QCOMPARE(QNetworkProxy::applicationProxy().password(), QString());
        bool done = false;
        ProxySettings::loadPassword(*h.settings, h.store->options(), this,
                                    [&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs);
        QCOMPARE(QNetworkProxy::applicationProxy().password(), u"s3cret"_s);
        SettingsDialog again(h.settings.get(), h.accounts.get());
        QCOMPARE(child<QLineEdit>(&again, u"proxyPassword"_s)->text(), u"s3cret"_s);

        // Clearing the password removes it from the keychain.
        QSignalSpy cleared(d, &SettingsDialog::proxyPasswordStored);
        child<QLineEdit>(d, u"proxyPassword"_s)->clear();
        QVERIFY(d->apply());
        QVERIFY(cleared.wait(kTimeoutMs));
        passwords.load();
        QVERIFY(loaded.wait(kTimeoutMs));
        QCOMPARE(loaded.last().at(0).toString(), QString());
    }

    void changedDataFolderAsksToMove_data() {
        QTest::addColumn<QString>("answer");
        QTest::newRow("move") << u"Move Data"_s;
        QTest::newRow("leave") << u"Do Not Move"_s;
        QTest::newRow("cancel") << u"Cancel"_s;
    }
    void changedDataFolderAsksToMove() {
        QFETCH(QString, answer);
        Harness h(m_server);
        const QString old = h.dir.filePath(u"olddata"_s);
        write(old + u"/conversations.sqlite"_s, "db");
        SettingsDialog *d = h.open();
        const QString target = h.dir.filePath(u"newdata"_s);
        child<FolderField>(d, u"dataDir"_s)->setPath(target);
        child<QSpinBox>(d, u"timeout"_s)->setValue(77);
        QSignalSpy moveRequested(d, &SettingsDialog::dataMoveRequested);
        answerNextMessageBox(answer);
        const bool applied = d->apply();

        QCOMPARE(applied, answer != "Cancel"_L1);
        QCOMPARE(QFile(old + u"/conversations.sqlite"_s).size(), qint64(2)); // untouched here
        if (answer == "Move Data"_L1) {
            // The shell moves it; the setting switches only once the data is there.
            QCOMPARE(moveRequested.count(), 1);
            QCOMPARE(moveRequested.first().at(0).toString(), target);
            QCOMPARE(h.settings->dataDir(), old);
            QCOMPARE(h.settings->integer(Settings::Key::TimeoutSeconds), 77);
        } else if (answer == "Do Not Move"_L1) {
            QCOMPARE(moveRequested.count(), 0);
            QCOMPARE(h.settings->dataDir(), target);
        } else {
            QCOMPARE(moveRequested.count(), 0);
            QCOMPARE(h.settings->dataDir(), old);
            QCOMPARE(h.settings->integer(Settings::Key::TimeoutSeconds), 120); // nothing saved
        }
    }
};

QTEST_MAIN(TestSettingsNetwork)
#include "tst_settingsdialog_network.moc"
