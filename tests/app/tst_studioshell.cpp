// StudioShell against the fake server: a language change rebuilds the main window in the new
// language without a restart, keeping the page, the open conversation, what was typed and the
// window's size; moving the data folder (from the settings dialog) moves the conversations and
// switches over at once, and a move that cannot happen changes nothing and says why.
#include "FindChild.h"
#include "tst_settingsdialog_harness.h"

#include "CatalogTestData.h"
#include "MainWindow.h"
#include "account/AccountController.h"
#include "api/OpenRouterClient.h"
#include "catalog/CatalogFilterBar.h"
#include "catalog/CatalogPage.h"
#include "chat/ChatPage.h"
#include "chat/Composer.h"
#include "settings/FolderField.h"
#include "settings/GeneralSettingsPage.h"
#include "settings/SettingsDialog.h"
#include "settings/StorageSettingsPage.h"
#include "settings/Translations.h"
#include "shell/DesktopIntegration.h"
#include "shell/StudioShell.h"
#include "store/ConversationStore.h"
#include "store/KeyStore.h"
#include "store/Settings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using orc::test::child;
using namespace orc;
using namespace orc::test;
using namespace Qt::StringLiterals;

namespace {

struct Fixture {
    explicit Fixture(fake::FakeOpenRouter &server)
        : h(server, u"sk-or-v1-studioshell-0123456789"_s, KeySource::Stored)
        , settings(h.settings.get()) {
        auto store =
            std::make_unique<ConversationStore>(h.dir.filePath(u"olddata/conversations.sqlite"_s));
        QString error;
        if (!store->open(&error))
            qWarning("%s", qPrintable(error));
        conversation = store->createConversation(u"Kept across"_s, u"fake/echo"_s);
        const QString cache = h.dir.filePath(u"cache"_s);
        CatalogCache(cache).save(test::smallCatalogJson());
        shell = std::make_unique<StudioShell>(
            StudioShell::Parts{settings, h.client.get(), h.accounts.get(), CatalogCache(cache)},
            std::move(store));
        MainWindow *w = shell->window();
        w->resize(900, 640);
        w->show();
        w->start();
        QVERIFY(w->chatPage()->openConversation(conversation));
        w->showPage(MainWindow::Page::Chat);
        w->chatPage()->composer()->setText(u"half-written thought"_s);
        w->catalogPage()->filterBar()->searchEdit()->setText(u"echo"_s);
    }
    ~Fixture() { shell.reset(); }

    // What must survive a rebuild.
    void verifyKept() const {
        MainWindow *w = shell->window();
        QCOMPARE(w->currentPage(), MainWindow::Page::Chat);
        QCOMPARE(w->chatPage()->conversationId(), conversation);
        QCOMPARE(w->chatPage()->composer()->text(), u"half-written thought"_s);
        QCOMPARE(w->catalogPage()->filterBar()->searchEdit()->text(), u"echo"_s);
        QVERIFY(w->isVisible());
        QTRY_COMPARE(w->size(), QSize(900, 640));
    }

    Harness h; // settings file, client, key store, accounts
    Settings *settings;
    std::unique_ptr<StudioShell> shell;
    qint64 conversation = 0;
};

} // namespace

class TestStudioShell : public QObject {
    Q_OBJECT
    fake::FakeOpenRouter m_server;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.listen());
        QVERIFY(Translations::apply(u"en"_s));
    }
    void cleanup() { Translations::apply(u"en"_s); }

    void languageChangeRebuildsTheWindowKeepingWhatWasTyped() {
        QVERIFY(Translations::shipped().contains(u"de"_s));
        Fixture f(m_server);
        QPointer<MainWindow> before = f.shell->window();
        QCOMPARE(child<QTabWidget>(before, u"pages"_s)->tabText(0), u"Models"_s);
        QCOMPARE(before->menuBar()->actions().first()->text(), u"&File"_s);

        f.shell->desktop()->showSettings();
        SettingsDialog *d = f.shell->desktop()->settingsDialog();
        QComboBox *language = child<QComboBox>(d, u"language"_s);
        language->setCurrentIndex(language->findData(u"de"_s));
        QSignalSpy rebuilt(f.shell.get(), &StudioShell::rebuilt);
        child<QPushButton>(d, u"applyButton"_s)->click();
        QVERIFY(rebuilt.wait(kTimeoutMs));

        // A new window in German, no restart; the old one is gone.
        QVERIFY(before.isNull());
        MainWindow *after = f.shell->window();
        QCOMPARE(child<QTabWidget>(after, u"pages"_s)->tabText(0), u"Modelle"_s);
        QCOMPARE(after->menuBar()->actions().first()->text(), u"&Datei"_s);
        f.verifyKept();
        // The settings dialog is open again where it was, in German too.
        SettingsDialog *again = f.shell->desktop()->settingsDialog();
        QVERIFY(again && again->isVisible());
        QCOMPARE(again->windowTitle(), u"Einstellungen"_s);
        QCOMPARE(again->currentPage(), SettingsDialog::Page::General);
    }

    void movingTheDataFolderFromTheDialogMovesTheConversations() {
        Fixture f(m_server);
        const QString old = f.h.dir.filePath(u"olddata"_s);
        const QString target = f.h.dir.filePath(u"moved/data"_s);
        f.shell->desktop()->showSettings(int(SettingsDialog::Page::Storage));
        SettingsDialog *d = f.shell->desktop()->settingsDialog();
        child<FolderField>(d, u"dataDir"_s)->setPath(target);
        QSignalSpy rebuilt(f.shell.get(), &StudioShell::rebuilt);
        answerNextMessageBox(u"Move Data"_s);
        child<QPushButton>(d, u"okButton"_s)->click();
        QVERIFY(rebuilt.wait(kTimeoutMs));

        QCOMPARE(QFileInfo(f.shell->store()->path()).absolutePath(), target);
        QCOMPARE(f.settings->dataDir(), target);
        QVERIFY(QFile::exists(target + u"/conversations.sqlite"_s));
        QVERIFY(!QFile::exists(old + u"/conversations.sqlite"_s));
        QCOMPARE(f.shell->store()->conversations().size(), 1);
        QCOMPARE(f.shell->store()->conversations().first().title, u"Kept across"_s);
        f.verifyKept();
        QVERIFY(f.shell->window()->statusBar()->currentMessage().contains(target));
    }

    void aMoveThatCannotHappenChangesNothingAndSaysWhy() {
        Fixture f(m_server);
        const QString old = f.h.dir.filePath(u"olddata"_s);
        const QString target = f.h.dir.filePath(u"taken"_s);
        QDir().mkpath(target);
        QFile someoneElses(target + u"/conversations.sqlite"_s);
        QVERIFY(someoneElses.open(QIODevice::WriteOnly));
        someoneElses.write("not ours");
        someoneElses.close();

        const DataFolderMove::Result result = f.shell->moveData(target);
        QVERIFY(!result.moved);
        QCOMPARE(QFileInfo(f.shell->store()->path()).absolutePath(), old);
        QCOMPARE(f.settings->dataDir(), old);
        QCOMPARE(f.shell->store()->conversations().size(), 1);
        QCOMPARE(QFile(target + u"/conversations.sqlite"_s).size(), qint64(8));
        f.verifyKept();
        auto *box = f.shell->window()->findChild<QMessageBox *>(u"dataMoveResult"_s);
        QVERIFY(box && box->isVisible());
        QVERIFY2(box->text().contains(u"not moved"_s), qPrintable(box->text()));
        QVERIFY(box->text().contains(u"conversations.sqlite"_s));
    }
};

QTEST_MAIN(TestStudioShell)
#include "tst_studioshell.moc"
