#include "store/KeyStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"sk-or-v1-keystore-test-0123456789"_s;

KeyStore::Options options(const QString &filePath, bool allowFile) {
    KeyStore::Options o;
    o.service = u"OR Studio test %1"_s.arg(QCoreApplication::applicationPid());
    o.filePath = filePath;
    o.allowFile = allowFile;
    return o;
}
} // namespace

// Runs in two environments: the one ctest gives (the set-up script starts an unlocked
// gnome-keyring in a private D-Bus session, and sets ORC_EXPECT_KEYCHAIN=1), and a child
// process without any session bus, where no keychain can exist.
class TestKeyStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static bool noKeychainChild() { return qEnvironmentVariableIsSet("ORC_TEST_NO_KEYCHAIN"); }

private slots:
    void keychainRoundTrip() {
        if (noKeychainChild())
            return; // the child process checks the other path
        const QString file = m_dir.filePath(u"roundtrip/api-key"_s);
        KeyStore store(options(file, true));
        QSignalSpy saved(&store, &KeyStore::saved);
        store.save(kKey);
        QVERIFY(saved.wait(10000));
        const auto to = saved.first().at(0).value<KeyStore::Backend>();
        if (to != KeyStore::Backend::Keychain) {
            // Only acceptable where no keychain exists; the set-up script guarantees one.
            QVERIFY2(!qEnvironmentVariableIsSet("ORC_EXPECT_KEYCHAIN"),
                     qPrintable(u"keychain expected but: "_s + store.keychainError()));
            QVERIFY(store.keychainUnavailable());
            QCOMPARE(to, KeyStore::Backend::File); // consent was given
            return;
        }
        QVERIFY(!QFile::exists(file)); // never a second copy in a file
        QSignalSpy loaded(&store, &KeyStore::loaded);
        store.load();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().at(0).toString(), kKey);
        QCOMPARE(loaded.first().at(1).value<KeyStore::Backend>(), KeyStore::Backend::Keychain);
        QSignalSpy removed(&store, &KeyStore::removed);
        store.remove();
        QVERIFY(removed.wait(10000));
        QVERIFY2(removed.first().at(0).toString().isEmpty(),
                 qPrintable(removed.first().at(0).toString()));
        loaded.clear();
        store.load();
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.first().at(0).toString().isEmpty());
        QCOMPARE(loaded.first().at(1).value<KeyStore::Backend>(), KeyStore::Backend::None);
    }

    void withoutKeychainNeedsConsent() {
        if (!noKeychainChild()) {
            // Re-run this test in a child that has no session bus at all.
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"ORC_TEST_NO_KEYCHAIN"_s, u"1"_s);
            env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/orc-test-bus"_s);
            env.remove(u"DISPLAY"_s);
            env.remove(u"ORC_EXPECT_KEYCHAIN"_s);
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {u"withoutKeychainNeedsConsent"_s});
            QVERIFY(child.waitForFinished(60000));
            const QByteArray out = child.readAll();
            QVERIFY2(child.exitCode() == 0, out.constData());
            QVERIFY2(out.contains("PASS   : TestKeyStore::withoutKeychainNeedsConsent()"),
                     out.constData());
            return;
        }
        const QString file = m_dir.filePath(u"nokeychain/api-key"_s);
        KeyStore refusing(options(file, false));
        QSignalSpy saved(&refusing, &KeyStore::saved);
        refusing.save(kKey);
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.first().at(0).value<KeyStore::Backend>(), KeyStore::Backend::None);
        const QString why = saved.first().at(1).toString();
        QVERIFY2(why.contains(u"No system keychain"_s), qPrintable(why));
        QVERIFY(!why.contains(kKey));
        QVERIFY(refusing.keychainUnavailable());
        QVERIFY(!QFile::exists(file));

        KeyStore consenting(options(file, true));
        QSignalSpy saved2(&consenting, &KeyStore::saved);
        consenting.save(kKey);
        QVERIFY(saved2.wait(20000));
        QCOMPARE(saved2.first().at(0).value<KeyStore::Backend>(), KeyStore::Backend::File);
        QVERIFY(QFile::exists(file));
        QCOMPARE(QFile::permissions(file) &
                     ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFileDevice::Permissions());
        QSignalSpy loaded(&consenting, &KeyStore::loaded);
        consenting.load();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().at(0).toString(), kKey);
        QCOMPARE(loaded.first().at(1).value<KeyStore::Backend>(), KeyStore::Backend::File);
        QSignalSpy removed(&consenting, &KeyStore::removed);
        consenting.remove();
        QVERIFY(removed.wait(20000));
        QVERIFY(!QFile::exists(file)); // sign out removes it everywhere
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
