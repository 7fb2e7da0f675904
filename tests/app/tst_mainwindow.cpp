// The application shell: three pages, menus, routing from the catalogue to the chat and image
// pages, the find shortcut from another page, the status bar, window geometry persisted.

#include "CatalogTestData.h"
#include "FindChild.h"
#include "MainWindow.h"
#include "api/OpenRouterClient.h"
#include "catalog/CatalogFilterBar.h"
#include "catalog/CatalogPage.h"
#include "chat/ChatPage.h"
#include "compare/ComparePage.h"
#include "image/ImageStudioPage.h"
#include "store/CatalogCache.h"
#include "store/ConversationStore.h"
#include "store/Settings.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using orc::test::child;
using namespace Qt::StringLiterals;
using orc::MainWindow;
using orc::ModelInfo;

namespace {

QUrl deadUrl() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"http://127.0.0.1:%1/api/v1"_s.arg(port));
}

QStringList menuTitles(const QMainWindow &window) {
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QAction *findAction(const QMainWindow &window, const QString &text) {
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<orc::OpenRouterClient> m_client;
    std::unique_ptr<orc::ConversationStore> m_store;
    QString m_cacheDir;

    std::unique_ptr<MainWindow> makeWindow() {
        auto window = std::make_unique<MainWindow>(m_client.get(), orc::CatalogCache(m_cacheDir),
                                                   m_store.get());
        window->show();
        window->start();
        if (!QTest::qWaitFor(
                [&] {
                    return window->catalogPage()->models().size() == 6 &&
                           !window->catalogPage()->isRefreshing();
                },
                10000))
            qWarning("the catalogue did not load");
        return window;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        orc::ClientConfig config;
        config.baseUrl = deadUrl(); // offline: the catalogue comes from the cache
        config.retry.maxAttempts = 1;
        m_client = std::make_unique<orc::OpenRouterClient>(config);
        m_store = std::make_unique<orc::ConversationStore>(m_dir.filePath(u"c.sqlite"_s));
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        m_cacheDir = m_dir.filePath(u"cache"_s);
        QVERIFY(orc::CatalogCache(m_cacheDir).save(orc::test::smallCatalogJson()));
    }

    void init() { QSettings().clear(); }

    void pagesMenusAndStatusBar() {
        auto window = makeWindow();
        QTabWidget *tabs = child<QTabWidget>(window, u"pages"_s);
        QCOMPARE(tabs->count(), 5);
        QCOMPARE(tabs->tabText(0), u"Models"_s);
        QCOMPARE(tabs->tabText(1), u"Chat"_s);
        QCOMPARE(tabs->tabText(2), u"Images"_s);
        QCOMPARE(tabs->tabText(3), u"Usage"_s);
        QCOMPARE(tabs->tabText(4), u"Compare"_s);
        QCOMPARE(window->currentPage(), MainWindow::Page::Models);
        QCOMPARE(menuTitles(*window),
                 (QStringList{u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Help"_s}));
        QVERIFY(findAction(*window, u"&About OR Studio"_s));
        QVERIFY(findAction(*window, u"&Refresh Catalog"_s));
        QVERIFY(findAction(*window, u"&Find Model"_s));
        QVERIFY(!window->windowIcon().isNull());

        const QString version = MainWindow::versionText();
        QVERIFY(version.contains(QString::fromLatin1(qVersion())));
        QVERIFY(version.contains(QCoreApplication::applicationVersion()));

        QCOMPARE(child<QLabel>(window, u"connectionLabel"_s)->text(), u"127.0.0.1"_s);
        QVERIFY(child<QLabel>(window, u"connectionLabel"_s)
                    ->toolTip()
                    .contains(m_client->config().baseUrl.toString()));
    }

    void theKeyNeverShows() {
        orc::ClientConfig config = m_client->config();
        config.apiKey = u"sk-or-v1-secret-value-0123456789"_s;
        config.keySource = orc::KeySource::EnvOpenRouter;
        m_client->setConfig(config);
        auto window = makeWindow();
        const QString label = child<QLabel>(window, u"connectionLabel"_s)->text();
        QCOMPARE(label, u"127.0.0.1"_s);
        QVERIFY(!label.contains(u"secret"_s));
        QVERIFY(!child<QLabel>(window, u"connectionLabel"_s)->toolTip().contains(u"secret"_s));
        // Nowhere in the window, once the catalogue is shown.
        for (const QLabel *l : window->findChildren<QLabel *>())
            QVERIFY2(!l->text().contains(u"secret"_s) && !l->toolTip().contains(u"secret"_s),
                     qPrintable(l->objectName()));
        config.apiKey.clear();
        config.keySource = orc::KeySource::None;
        m_client->setConfig(config);
    }

    void catalogueOpensChatAndImages() {
        auto window = makeWindow();
        orc::CatalogPage *catalog = window->catalogPage();
        QVERIFY(catalog->selectModel(u"acme/vision-pro"_s));
        emit catalog->chatRequested(catalog->currentModel());
        QCOMPARE(window->currentPage(), MainWindow::Page::Chat);
        QCOMPARE(window->chatPage()->model().id(), u"acme/vision-pro"_s);

        window->showPage(MainWindow::Page::Models);
        QVERIFY(catalog->selectModel(u"pixel/painter"_s));
        emit catalog->imageRequested(catalog->currentModel());
        QCOMPARE(window->currentPage(), MainWindow::Page::Images);
        QCOMPARE(window->imagePage()->model().id(), u"pixel/painter"_s);
    }

    void keyboardSwitchesPages() {
        auto window = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), MainWindow::Page::Chat);
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), MainWindow::Page::Images);
        QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), MainWindow::Page::Usage);
        QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), MainWindow::Page::Compare);
        // Ctrl+F from another page brings the catalogue forward with the search focused.
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), MainWindow::Page::Models);
        QTRY_VERIFY(window->catalogPage()->filterBar()->searchEdit()->hasFocus());
        QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), MainWindow::Page::Models);
    }

    // The Compare page's "Continue" saved a conversation: the chat page opens it.
    void compareContinueOpensTheChat() {
        auto window = makeWindow();
        window->showPage(MainWindow::Page::Compare);
        const qint64 id = m_store->createConversation(u"compared"_s, u"fake/echo"_s);
        QVERIFY(id > 0);
        emit window->comparePage()->conversationCreated(id);
        QCOMPARE(window->currentPage(), MainWindow::Page::Chat);
        QCOMPARE(window->chatPage()->conversationId(), id);
    }

    void geometryPersists() {
        QRect saved;
        {
            auto window = makeWindow();
            window->resize(900, 640);
            QTRY_COMPARE(window->size(), QSize(900, 640));
            saved = window->geometry();
            QVERIFY(window->close());
        }
        QVERIFY(!orc::Settings().bytes(orc::Settings::Key::WindowGeometry).isEmpty());
        auto again = makeWindow();
        QCOMPARE(again->size(), saved.size());
    }
};

int main(int argc, char *argv[]) {
    // Settings, conversations and the gallery go to a throwaway home.
    static QTemporaryDir home;
    const QByteArray root = home.path().toUtf8();
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/config");
    qputenv("XDG_DATA_HOME", root + "/data");
    qputenv("XDG_CACHE_HOME", root + "/cache");
    qunsetenv("OPENROUTER_API_KEY");
    qunsetenv("SKILL_OPENROUTER_API_KEY");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"orstudio-tests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
