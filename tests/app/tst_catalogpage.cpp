// CatalogPage as a user meets it (offscreen): loading from the in-process fake server and from
// a cache file, the error state with Retry, search as you type with the "N of M" count, chips,
// the details pane, keyboard (arrows, Enter, Ctrl+F, Escape), favourites persisted.

#include "BuiltinModels.h"
#include "CatalogTestData.h"
#include "FakeOpenRouter.h"
#include "FindChild.h"
#include "api/OpenRouterClient.h"
#include "catalog/CatalogFilterBar.h"
#include "catalog/CatalogPage.h"
#include "catalog/CatalogProxy.h"
#include "catalog/CatalogTableView.h"
#include "catalog/ModelCatalogModel.h"
#include "catalog/ModelDetailsPane.h"
#include "store/CatalogCache.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/NoticeBanner.h"

#include "store/Settings.h"
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using orc::test::child;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using orc::CatalogCache;
using orc::CatalogPage;
using orc::ModelCapability;
using orc::ModelCatalogModel;
using orc::ModelInfo;

namespace {

constexpr int kTimeoutMs = 10000;

// A loopback URL where nothing listens.
QUrl deadUrl(quint16 *portOut = nullptr) {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return {};
    const quint16 port = probe.serverPort();
    probe.close();
    if (portOut)
        *portOut = port;
    return QUrl(u"http://127.0.0.1:%1/api/v1"_s.arg(port));
}

// One page with its client, over a cache folder that lives as long as it.
struct PageUnderTest {
    explicit PageUnderTest(const QUrl &baseUrl, const QString &cacheDir) {
        orc::ClientConfig config;
        config.baseUrl = baseUrl;
        config.retry.maxAttempts = 1;
        client = std::make_unique<orc::OpenRouterClient>(config);
        page = std::make_unique<CatalogPage>(client.get(), CatalogCache(cacheDir));
        page->resize(1200, 700);
    }
    ~PageUnderTest() {
        page.reset(); // before the client it uses
    }
    orc::CatalogFilterBar *bar() const { return page->filterBar(); }
    QString countText() const { return child<QLabel>(bar(), u"countLabel"_s)->text(); }
    int rows() const { return child<orc::CatalogProxy>(page, u"catalogProxy"_s)->rowCount(); }
    std::unique_ptr<orc::OpenRouterClient> client;
    std::unique_ptr<CatalogPage> page;
};

} // namespace

class TestCatalogPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<orc::fake::FakeOpenRouter> m_server;
    int m_cacheCount = 0;

    QString freshCacheDir() { return m_dir.filePath(u"cache%1"_s.arg(++m_cacheCount)); }
    // A cache folder holding the small catalogue, fetched `age` ago.
    QString smallCache(std::chrono::seconds age) {
        const QString dir = freshCacheDir();
        QString error;
        const bool saved =
            CatalogCache(dir).save(orc::test::smallCatalogJson(),
                                   QDateTime::currentDateTimeUtc().addSecs(-age.count()), &error);
        if (!saved)
            qWarning("cache not written: %s", qPrintable(error));
        return dir;
    }
    // A page showing the small catalogue from the cache (its refresh fails: dead server).
    std::unique_ptr<PageUnderTest> cachedPage() {
        auto t = std::make_unique<PageUnderTest>(deadUrl(), smallCache(60s));
        t->page->show();
        t->page->start();
        if (!QTest::qWaitFor([&] { return t->rows() == 6 && !t->page->isRefreshing(); },
                             kTimeoutMs))
            qWarning("the cached page did not load");
        return t;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"orstudio-tests"_s);
        QCoreApplication::setApplicationName(u"tst_catalogpage"_s);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<orc::fake::FakeOpenRouter>();
        m_server->setFixturesDir(QString()); // the built-in catalogue: known and small
        QVERIFY(m_server->listen());
    }

    void init() { QSettings().clear(); }

    void describeAge_data() {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << u"just now"_s;
        QTest::newRow("59 s") << qint64(59) << u"just now"_s;
        QTest::newRow("5 min") << qint64(5 * 60 + 20) << u"5 min ago"_s;
        QTest::newRow("3 h") << qint64(3 * 3600 + 100) << u"3 h ago"_s;
        QTest::newRow("1 day") << qint64(86400 + 5) << u"yesterday"_s;
        QTest::newRow("4 days") << qint64(4 * 86400) << u"4 days ago"_s;
    }
    void describeAge() {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(CatalogPage::describeAge(std::chrono::seconds(seconds)), text);
    }

    void loadsFromTheServerAndCachesIt() {
        const QString cacheDir = freshCacheDir();
        PageUnderTest t(m_server->baseUrl(), cacheDir);
        QSignalSpy settled(t.page.get(), &CatalogPage::settled);
        t.page->show();
        t.page->start();
        QVERIFY(t.page->isRefreshing());
        QCOMPARE(t.page->state(), CatalogPage::State::Loading);
        QVERIFY(child<orc::EmptyStateWidget>(t.page, u"catalogState"_s)->isVisible());
        QVERIFY(child<orc::EmptyStateWidget>(t.page, u"catalogState"_s)->isBusy());
        QVERIFY(child<QProgressBar>(t.page, u"catalogProgress"_s)->isVisible());

        QTRY_VERIFY_WITH_TIMEOUT(!t.page->isRefreshing(), kTimeoutMs);
        QTRY_VERIFY(settled.count() >= 1);
        QCOMPARE(t.page->state(), CatalogPage::State::Ready);
        QVERIFY(child<orc::CatalogTableView>(t.page, u"catalogView"_s)->isVisible());
        QVERIFY(!child<QProgressBar>(t.page, u"catalogProgress"_s)->isVisible());
        const int total = t.page->catalogModel()->rowCount();
        QVERIFY(total >= 10);
        QCOMPARE(t.countText(), u"%1 of %1 models"_s.arg(total));
        QCOMPARE(child<QLabel>(t.page, u"ageLabel"_s)->text(), u"Updated just now"_s);
        QVERIFY(!child<orc::NoticeBanner>(t.page, u"catalogBanner"_s)->isVisible());
        // The request asked for every output modality, so image-only models are listed too.
        // (The details pane may have asked for the selected model's endpoints since.)
        const QList<orc::fake::RecordedRequest> requests = m_server->requests();
        const auto models = std::find_if(requests.crbegin(), requests.crend(), [](const auto &r) {
            return r.path.endsWith(u"/models"_s);
        });
        QVERIFY(models != requests.crend());
        QCOMPARE(models->query.queryItemValue(u"output_modalities"_s), u"all"_s);

        const CatalogCache::Entry cached = CatalogCache(cacheDir).load();
        QVERIFY(cached.isOk());
        QCOMPARE(cached.models.size(), total);
        QVERIFY(cached.age && *cached.age < 60s);
        // Authors were offered in the picker.
        QCOMPARE(child<QComboBox>(t.bar(), u"authorCombo"_s)->count(),
                 int(t.page->catalogModel()->authors().size()) + 1);
    }

    void showsTheCacheAtOnceWithItsAge() {
        PageUnderTest t(deadUrl(), smallCache(5min + 10s));
        QSignalSpy painted(t.page.get(), &CatalogPage::catalogPainted);
        QSignalSpy models(t.page.get(), &CatalogPage::modelsChanged);
        t.page->show();
        t.page->start();
        QTRY_COMPARE_WITH_TIMEOUT(t.rows(), 6, kTimeoutMs);
        QCOMPARE(t.page->state(), CatalogPage::State::Ready);
        QCOMPARE(child<QLabel>(t.page, u"ageLabel"_s)->text(), u"Updated 5 min ago"_s);
        QTRY_VERIFY(painted.count() > 0);
        // The other pages hear of the catalogue.
        QCOMPARE(models.count(), 1);
        QCOMPARE(models.at(0).at(0).value<QList<ModelInfo>>().size(), 6);
        QCOMPARE(t.page->models().size(), 6);

        // The refresh against the dead server fails: the cached models stay, with a banner
        // that says why and offers Retry.
        QTRY_VERIFY_WITH_TIMEOUT(!t.page->isRefreshing(), kTimeoutMs);
        QCOMPARE(t.rows(), 6);
        QCOMPARE(t.page->state(), CatalogPage::State::Ready);
        QVERIFY(child<orc::NoticeBanner>(t.page, u"catalogBanner"_s)->isVisible());
        QVERIFY(child<orc::NoticeBanner>(t.page, u"catalogBanner"_s)
                    ->text()
                    .contains(u"could not be refreshed"_s));
        QVERIFY(child<orc::NoticeBanner>(t.page, u"catalogBanner"_s)
                    ->text()
                    .contains(u"network connection"_s));
        QVERIFY(child<orc::NoticeBanner>(t.page, u"catalogBanner"_s)->retryButton()->isVisible());
        QVERIFY(child<orc::NoticeBanner>(t.page, u"catalogBanner"_s)->retryButton()->isEnabled());
    }

    // While the client waits to try a dead server again, the loading panel says so (a silent
    // spinner for several seconds looks like a hang); the error state follows the last attempt.
    void loadingStateShowsRetries() {
        orc::ClientConfig config;
        config.baseUrl = deadUrl();
        config.retry.maxAttempts = 2;
        config.retry.baseDelayMs = 1500;
        config.retry.jitter = 0.0;
        orc::OpenRouterClient client(config);
        CatalogPage page(&client, CatalogCache(freshCacheDir()));
        page.show();
        page.start();
        orc::EmptyStateWidget *panel = child<orc::EmptyStateWidget>(&page, u"catalogState"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            panel->detail().contains(u"Connection refused. Retrying in 2 s (attempt 2)…"_s),
            kTimeoutMs);
        QCOMPARE(page.state(), CatalogPage::State::Loading);
        QVERIFY(panel->isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(page.state(), CatalogPage::State::Error, kTimeoutMs);
        QVERIFY2(!panel->detail().contains(u"Retrying"_s), qPrintable(panel->detail()));
    }

    void errorStateWithRetry() {
        quint16 port = 0;
        const QUrl url = deadUrl(&port);
        PageUnderTest t(url, freshCacheDir()); // no cache, no server
        t.page->show();
        t.page->start();
        QTRY_COMPARE_WITH_TIMEOUT(t.page->state(), CatalogPage::State::Error, kTimeoutMs);
        orc::EmptyStateWidget *panel = child<orc::EmptyStateWidget>(t.page, u"catalogState"_s);
        QVERIFY(panel->isVisible());
        QVERIFY(!child<orc::CatalogTableView>(t.page, u"catalogView"_s)->isVisible());
        QVERIFY(!child<orc::ModelDetailsPane>(t.page, u"modelDetails"_s)
                     ->isVisible()); // nothing to detail
        QCOMPARE(panel->title(), u"Can't reach OpenRouter"_s);
        QVERIFY2(panel->message().contains(u"Check the network connection"_s),
                 qPrintable(panel->message()));
        QVERIFY(panel->detail().contains(u"127.0.0.1:%1"_s.arg(port)));
        QPushButton *retry = panel->actionButton();
        QVERIFY(retry->isVisible());
        QCOMPARE(retry->text(), u"Retry"_s);
        QVERIFY(!panel->isBusy());
        QCOMPARE(t.countText(), u"0 of 0 models"_s);

        // The server comes up on that port; Retry loads the catalogue.
        orc::fake::FakeOpenRouter late;
        QVERIFY(late.listen(port));
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(t.page->isRefreshing());
        QCOMPARE(t.page->state(), CatalogPage::State::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(t.page->state(), CatalogPage::State::Ready, kTimeoutMs);
        QVERIFY(t.rows() > 0);
        QVERIFY(child<orc::CatalogTableView>(t.page, u"catalogView"_s)->isVisible());
        QVERIFY(child<orc::ModelDetailsPane>(t.page, u"modelDetails"_s)->isVisible());
        QVERIFY(child<orc::ModelDetailsPane>(t.page, u"modelDetails"_s)->hasModel());
    }

    void refreshKeepsFiltersAndSelection() {
        // The cache holds what the server serves, a day old; the first refresh fails.
        const QString dir = freshCacheDir();
        QVERIFY(CatalogCache(dir).save(orc::fake::BuiltinModels::json(),
                                       QDateTime::currentDateTimeUtc().addDays(-1)));
        PageUnderTest t(deadUrl(), dir);
        t.page->show();
        t.page->start();
        QTRY_VERIFY_WITH_TIMEOUT(t.rows() > 0 && !t.page->isRefreshing(), kTimeoutMs);
        QCOMPARE(child<QLabel>(t.page, u"ageLabel"_s)->text(), u"Updated yesterday"_s);
        QVERIFY(child<orc::NoticeBanner>(t.page, u"catalogBanner"_s)->isVisible());
        const int total = t.page->catalogModel()->rowCount();

        QTest::keyClicks(t.bar()->searchEdit(), u"gemini"_s);
        const int filtered = t.rows();
        QVERIFY(filtered > 1 && filtered < total);
        const QString chosen =
            child<orc::CatalogProxy>(t.page, u"catalogProxy"_s)
                ->modelId(
                    child<orc::CatalogProxy>(t.page, u"catalogProxy"_s)->index(filtered - 1, 0));
        QVERIFY(t.page->selectModel(chosen));

        // The server is back: Retry in the banner refreshes without touching filters or row.
        orc::ClientConfig config = t.client->config();
        config.baseUrl = m_server->baseUrl();
        t.client->setConfig(config);
        QTest::mouseClick(child<orc::NoticeBanner>(t.page, u"catalogBanner"_s)->retryButton(),
                          Qt::LeftButton);
        QVERIFY(t.page->isRefreshing());
        QVERIFY(child<QProgressBar>(t.page, u"catalogProgress"_s)->isVisible());
        QCOMPARE(t.page->state(), CatalogPage::State::Ready); // the old list stays usable
        QTRY_VERIFY_WITH_TIMEOUT(!t.page->isRefreshing(), kTimeoutMs);
        QVERIFY(!child<orc::NoticeBanner>(t.page, u"catalogBanner"_s)->isVisible());
        QCOMPARE(child<QLabel>(t.page, u"ageLabel"_s)->text(), u"Updated just now"_s);
        QCOMPARE(t.bar()->searchEdit()->text(), u"gemini"_s);
        QCOMPARE(t.rows(), filtered);
        QCOMPARE(t.page->currentModel().id(), chosen);
        QCOMPARE(child<orc::ModelDetailsPane>(t.page, u"modelDetails"_s)->model().id(), chosen);
    }

    void corruptCacheIsReportedAndTheServerStillLoads() {
        const QString dir = freshCacheDir();
        QVERIFY(QDir().mkpath(dir));
        QFile file(CatalogCache(dir).filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not json");
        file.close();
        PageUnderTest t(m_server->baseUrl(), dir);
        t.page->show();
        t.page->start();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<orc::NoticeBanner>(t.page, u"catalogBanner"_s)->isVisible() || t.rows() > 0,
            kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(t.page->state(), CatalogPage::State::Ready, kTimeoutMs);
        QTRY_VERIFY(!t.page->isRefreshing());
        QVERIFY(t.rows() > 0);
        // Fresh data replaced the problem: the banner is gone and the cache is repaired.
        QVERIFY(!child<orc::NoticeBanner>(t.page, u"catalogBanner"_s)->isVisible());
        QVERIFY(CatalogCache(dir).load().isOk());
    }

    void searchAsYouType() {
        auto t = cachedPage();
        QCOMPARE(t->countText(), u"6 of 6 models"_s);
        QLineEdit *search = t->bar()->searchEdit();
        QTest::keyClick(search, Qt::Key_P);
        QCOMPARE(t->rows(), 4); // cheap, vision-pro, painter, open/tiny
        QCOMPARE(t->countText(), u"4 of 6 models"_s);
        QTest::keyClick(search, Qt::Key_Backspace);
        QCOMPARE(t->rows(), 6);
        QTest::keyClicks(search, u"acme"_s);
        QCOMPARE(t->rows(), 3);
        QCOMPARE(t->countText(), u"3 of 6 models"_s);
        QTest::keyClicks(search, u" vision"_s);
        QCOMPARE(t->rows(), 1);
        QCOMPARE(t->countText(), u"1 of 6 models"_s);
        QCOMPARE(t->page->currentModel().id(), u"acme/vision-pro"_s);
        QVERIFY(child<QPushButton>(t->bar(), u"resetButton"_s)->isEnabled());

        QTest::keyClicks(search, u"xyz"_s);
        QCOMPARE(t->rows(), 0);
        QCOMPARE(t->page->state(), CatalogPage::State::NoMatch);
        QVERIFY(child<orc::EmptyStateWidget>(t->page, u"catalogState"_s)->isVisible());
        QVERIFY(child<orc::EmptyStateWidget>(t->page, u"catalogState"_s)
                    ->message()
                    .contains(u"acme visionxyz"_s));
        QVERIFY(!child<orc::ModelDetailsPane>(t->page, u"modelDetails"_s)->hasModel());
        // The empty state offers to reset the filters.
        QTest::mouseClick(child<orc::EmptyStateWidget>(t->page, u"catalogState"_s)->actionButton(),
                          Qt::LeftButton);
        QCOMPARE(search->text(), QString());
        QCOMPARE(t->rows(), 6);
        QCOMPARE(t->page->state(), CatalogPage::State::Ready);
        QVERIFY(!child<QPushButton>(t->bar(), u"resetButton"_s)->isEnabled());

        // Escape clears the search.
        QTest::keyClicks(search, u"painter"_s);
        QCOMPARE(t->rows(), 1);
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QCOMPARE(t->rows(), 6);
    }

    void chipsAndControlsFilter() {
        auto t = cachedPage();
        QToolButton *vision = t->bar()->chip(ModelCapability::Vision);
        QVERIFY(vision);
        QTest::mouseClick(vision, Qt::LeftButton);
        QVERIFY(vision->isChecked());
        QCOMPARE(t->rows(), 2);
        QCOMPARE(t->countText(), u"2 of 6 models"_s);
        QTest::mouseClick(t->bar()->chip(ModelCapability::ImageOutput), Qt::LeftButton);
        QCOMPARE(t->rows(), 1);
        QCOMPARE(t->page->currentModel().id(), u"pixel/painter"_s);
        QTest::mouseClick(t->bar()->chip(ModelCapability::ImageOutput), Qt::LeftButton);
        QCOMPARE(t->rows(), 2);

        child<QDoubleSpinBox>(t->bar(), u"maxPriceSpin"_s)->setValue(5);
        QCOMPARE(t->rows(), 1); // vision-pro at $2/M; painter at $10/M is out
        t->bar()->reset();
        QCOMPARE(t->rows(), 6);
        QVERIFY(!vision->isChecked());

        QComboBox *context = child<QComboBox>(t->bar(), u"minContextCombo"_s);
        context->setCurrentIndex(context->findData(qint64(128000)));
        QCOMPARE(t->rows(), 2);
        QComboBox *author = child<QComboBox>(t->bar(), u"authorCombo"_s);
        author->setCurrentIndex(author->findData(u"acme"_s));
        QCOMPARE(t->rows(), 1);
        QCOMPARE(t->countText(), u"1 of 6 models"_s);
        QTest::mouseClick(child<QPushButton>(t->bar(), u"resetButton"_s), Qt::LeftButton);
        QCOMPARE(t->rows(), 6);
        QCOMPARE(author->currentIndex(), 0);

        QTest::mouseClick(t->bar()->chip(ModelCapability::Free), Qt::LeftButton);
        QCOMPARE(t->rows(), 1);
        QCOMPARE(t->page->currentModel().id(), u"open/tiny:free"_s);
    }

    void selectingARowFillsTheDetails() {
        auto t = cachedPage();
        orc::ModelDetailsPane *details = child<orc::ModelDetailsPane>(t->page, u"modelDetails"_s);
        QVERIFY(t->page->selectModel(u"acme/vision-pro"_s));
        QVERIFY(details->hasModel());
        const QString text = details->browser()->toPlainText();
        QVERIFY(text.contains(u"Acme: Vision Pro"_s));
        QVERIFY(text.contains(u"Sees images and calls tools."_s));
        QVERIFY(text.contains(u"Pricing"_s));
        QVERIFY(text.contains(u"$2.00"_s));
        QVERIFY(text.contains(u"$6.00"_s));
        QVERIFY(text.contains(u"128,000 tokens"_s));
        QVERIFY(text.contains(u"4,096 tokens"_s)); // max completion tokens
        QVERIFY(text.contains(u"tool_choice"_s));
        QVERIFY(text.contains(u"text, image"_s));
        QVERIFY(text.contains(u"2024-06-01"_s));
        // The description is markdown: its list became a real list, not "- fast".
        QVERIFY(!text.contains(u"- fast"_s));
        QVERIFY(text.contains(u"fast"_s));
        QVERIFY(details->chatButton()->isVisible());
        QVERIFY(!details->imageButton()->isVisible());

        // Clicking another row replaces the details; an image model offers images.
        const int painterRow =
            child<orc::CatalogProxy>(t->page, u"catalogProxy"_s)->rowOfId(u"pixel/painter"_s);
        const QRect rect = child<orc::CatalogTableView>(t->page, u"catalogView"_s)
                               ->visualRect(child<orc::CatalogProxy>(t->page, u"catalogProxy"_s)
                                                ->index(painterRow, ModelCatalogModel::IdColumn));
        QTest::mouseClick(child<orc::CatalogTableView>(t->page, u"catalogView"_s)->viewport(),
                          Qt::LeftButton, {}, rect.center());
        QCOMPARE(details->model().id(), u"pixel/painter"_s);
        QVERIFY(details->browser()->toPlainText().contains(u"Paints pictures"_s));
        QVERIFY(details->imageButton()->isVisible());
        QSignalSpy images(t->page.get(), &CatalogPage::imageRequested);
        QSignalSpy chats(t->page.get(), &CatalogPage::chatRequested);
        QTest::mouseClick(details->imageButton(), Qt::LeftButton);
        QCOMPARE(images.count(), 1);
        QCOMPARE(images.at(0).at(0).value<ModelInfo>().id(), u"pixel/painter"_s);
        QTest::mouseClick(details->chatButton(), Qt::LeftButton);
        QCOMPARE(chats.count(), 1);
        QCOMPARE(chats.at(0).at(0).value<ModelInfo>().id(), u"pixel/painter"_s);

        // The router's variable prices are said as such, never as negative numbers.
        QVERIFY(t->page->selectModel(u"router/auto"_s));
        const QString router = details->browser()->toPlainText();
        QVERIFY(router.contains(u"variable"_s));
        QVERIFY(!router.contains(u"-1"_s));
        QVERIFY(!router.contains(u"$-"_s));
    }

    void keyboard() {
        auto t = cachedPage();
        QVERIFY(QTest::qWaitForWindowExposed(t->page.get()));
        t->page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(t->page.get()));
        child<orc::CatalogTableView>(t->page, u"catalogView"_s)
            ->sortByColumn(ModelCatalogModel::IdColumn, Qt::AscendingOrder);
        QVERIFY(t->page->selectModel(u"acme/cheap-text"_s));
        child<orc::CatalogTableView>(t->page, u"catalogView"_s)->setFocus();

        // Arrows move through rows and the details follow.
        QTest::keyClick(child<orc::CatalogTableView>(t->page, u"catalogView"_s), Qt::Key_Down);
        QCOMPARE(t->page->currentModel().id(), u"acme/nine"_s);
        QCOMPARE(child<orc::ModelDetailsPane>(t->page, u"modelDetails"_s)->model().id(),
                 u"acme/nine"_s);
        QTest::keyClick(child<orc::CatalogTableView>(t->page, u"catalogView"_s), Qt::Key_Down);
        QCOMPARE(t->page->currentModel().id(), u"acme/vision-pro"_s);
        QTest::keyClick(child<orc::CatalogTableView>(t->page, u"catalogView"_s), Qt::Key_Up);
        QCOMPARE(t->page->currentModel().id(), u"acme/nine"_s);

        // Enter opens the chat with the current model.
        QSignalSpy chats(t->page.get(), &CatalogPage::chatRequested);
        QTest::keyClick(child<orc::CatalogTableView>(t->page, u"catalogView"_s), Qt::Key_Return);
        QCOMPARE(chats.count(), 1);
        QCOMPARE(chats.at(0).at(0).value<ModelInfo>().id(), u"acme/nine"_s);

        // Ctrl+F focuses the search box; Down goes back to the list.
        QLineEdit *search = t->bar()->searchEdit();
        QVERIFY(!search->hasFocus());
        QSignalSpy activation(t->page.get(), &CatalogPage::activationRequested);
        QTest::keyClick(child<orc::CatalogTableView>(t->page, u"catalogView"_s), Qt::Key_F,
                        Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QCOMPARE(activation.count(), 1);
        QTest::keyClicks(search, u"tiny"_s);
        QCOMPARE(t->rows(), 1);
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(child<orc::CatalogTableView>(t->page, u"catalogView"_s)->hasFocus());
        QTest::keyClick(child<orc::CatalogTableView>(t->page, u"catalogView"_s), Qt::Key_Enter);
        QCOMPARE(chats.count(), 2);
        QCOMPARE(chats.at(1).at(0).value<ModelInfo>().id(), u"open/tiny:free"_s);

        // Ctrl+D stars the current model.
        QTest::keyClick(child<orc::CatalogTableView>(t->page, u"catalogView"_s), Qt::Key_D,
                        Qt::ControlModifier);
        QVERIFY(t->page->catalogModel()->isFavourite(u"open/tiny:free"_s));
    }

    void favouritesPersist() {
        {
            auto t = cachedPage();
            QVERIFY(t->page->selectModel(u"pixel/painter"_s));
            QToolButton *star =
                child<orc::ModelDetailsPane>(t->page, u"modelDetails"_s)->favouriteButton();
            QVERIFY(!star->isChecked());
            QTest::mouseClick(star, Qt::LeftButton);
            QVERIFY(star->isChecked());
            QVERIFY(t->page->catalogModel()->isFavourite(u"pixel/painter"_s));
            // The star column toggles too.
            const int row =
                child<orc::CatalogProxy>(t->page, u"catalogProxy"_s)->rowOfId(u"acme/nine"_s);
            const QRect rect =
                child<orc::CatalogTableView>(t->page, u"catalogView"_s)
                    ->visualRect(child<orc::CatalogProxy>(t->page, u"catalogProxy"_s)
                                     ->index(row, ModelCatalogModel::FavouriteColumn));
            QTest::mouseClick(child<orc::CatalogTableView>(t->page, u"catalogView"_s)->viewport(),
                              Qt::LeftButton, {}, rect.center());
            QVERIFY(t->page->catalogModel()->isFavourite(u"acme/nine"_s));
            QCOMPARE(orc::Settings().favouriteModels(),
                     (QStringList{u"acme/nine"_s, u"pixel/painter"_s}));
        }
        auto t = cachedPage(); // a new page, as after a restart
        QCOMPARE(t->page->catalogModel()->favourites(),
                 (QSet<QString>{u"acme/nine"_s, u"pixel/painter"_s}));
        QTest::mouseClick(child<QToolButton>(t->bar(), u"chip_favourites"_s), Qt::LeftButton);
        QCOMPARE(t->rows(), 2);
        QCOMPARE(t->countText(), u"2 of 6 models"_s);
        // Un-starring under the favourites filter removes the row at once.
        QVERIFY(t->page->selectModel(u"acme/nine"_s));
        QTest::mouseClick(
            child<orc::ModelDetailsPane>(t->page, u"modelDetails"_s)->favouriteButton(),
            Qt::LeftButton);
        QCOMPARE(t->rows(), 1);
        QCOMPARE(t->countText(), u"1 of 6 models"_s);
        QCOMPARE(orc::Settings().favouriteModels(), QStringList{u"pixel/painter"_s});
    }
};

QTEST_MAIN(TestCatalogPage)
#include "tst_catalogpage.moc"
