// CatalogLoader's refresh path against the in-process fake server whose catalogue changes between
// refreshes: an accepted refresh is cached and its changes are recorded (changesRecorded); a
// truncated, empty or cut catalogue is refused (refreshFailed) and the cache and history stay.

#include "FakeOpenRouter.h"
#include "TestSupport.h"
#include "api/OpenRouterClient.h"
#include "catalog/CatalogLoader.h"
#include "store/CatalogCache.h"
#include "store/CatalogHistory.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using orc::CatalogCache;
using orc::CatalogChange;
using orc::CatalogLoader;
using orc::fake::CatalogVariant;

namespace {

constexpr int kTimeoutMs = 10000;

} // namespace

class TestCatalogLoader : public QObject {
    Q_OBJECT

private:
    orc::fake::FakeOpenRouter m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<orc::OpenRouterClient> m_client;

    // Runs one refresh; true when it succeeded.
    static bool refresh(CatalogLoader &loader) {
        QSignalSpy finished(&loader, &CatalogLoader::refreshFinished);
        if (!loader.refresh() || !finished.wait(kTimeoutMs))
            return false;
        return finished.at(0).at(0).toBool();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.listen());
        orc::ClientConfig config;
        config.baseUrl = m_server.baseUrl();
        config.retry.maxAttempts = 1;
        m_client = std::make_unique<orc::OpenRouterClient>(config);
    }
    void init() { m_server.reset(); }

    void recordsChangesOfAnAcceptedRefresh() {
        const QString folder = m_dir.filePath(u"accepted"_s);
        CatalogLoader loader(m_client.get(), CatalogCache(folder));
        QSignalSpy changes(&loader, &CatalogLoader::changesRecorded);
        QSignalSpy loaded(&loader, &CatalogLoader::modelsLoaded);
        QVERIFY(refresh(loader));
        QCOMPARE(loaded.last().at(0).value<QList<orc::ModelInfo>>().size(), 13);
        QCOMPARE(changes.size(), 0); // nothing to compare the first catalogue with

        m_server.setCatalogVariant(CatalogVariant::Changed);
        QVERIFY(refresh(loader));
        QCOMPARE(changes.size(), 1);
        const auto list = changes.at(0).at(0).value<QList<CatalogChange>>();
        QCOMPARE(list.size(), 6); // 1 added, 1 removed, 4 changed
        QCOMPARE(list.at(0).modelId, u"fake/new-model"_s);
        QCOMPARE(list.at(1).modelId, u"anthropic/claude-sonnet-4.5"_s);
        orc::CatalogHistory history(loader.cache().historyPath());
        QCOMPARE(history.changesSince(QDateTime()), list);
        QCOMPARE(loader.cache().load().models.size(), 13);
    }

    void refusesTruncatedOrEmpty_data() {
        QTest::addColumn<CatalogVariant>("variant");
        QTest::newRow("shrunk") << CatalogVariant::Shrunk;
        QTest::newRow("empty") << CatalogVariant::Empty;
        QTest::newRow("cut") << CatalogVariant::Cut;
    }
    void refusesTruncatedOrEmpty() {
        QFETCH(CatalogVariant, variant);
        const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        CatalogLoader loader(m_client.get(), CatalogCache(folder));
        QVERIFY(refresh(loader));
        const QByteArray cached = orc::test::fileBytes(loader.cache().filePath());
        QVERIFY(!cached.isEmpty());

        m_server.setCatalogVariant(variant);
        QSignalSpy failed(&loader, &CatalogLoader::refreshFailed);
        QSignalSpy loaded(&loader, &CatalogLoader::modelsLoaded);
        QVERIFY(!refresh(loader));
        QCOMPARE(failed.size(), 1);
        const auto error = failed.at(0).at(0).value<orc::ApiError>();
        QVERIFY2(error.message.contains("was refused"_L1), qPrintable(error.message));
        QVERIFY(error.message.contains("The cached catalogue stays in use."_L1));
        QCOMPARE(loaded.size(), 0); // what the page shows stays
        QCOMPARE(orc::test::fileBytes(loader.cache().filePath()), cached);
        orc::CatalogHistory history(loader.cache().historyPath());
        QCOMPARE(history.refreshCount(), 1);
        QVERIFY(history.changesSince(QDateTime()).isEmpty());
    }
};

QTEST_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"
