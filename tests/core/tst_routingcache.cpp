// RoutingCache: the routing listings kept on disk like the catalogue (raw body + meta sidecar,
// atomic writes, age and staleness, corrupt files read as empty with an error).
#include "FakeOpenRouter.h"
#include "api/OpenRouterClient.h"
#include "store/CacheFile.h"
#include "store/RoutingCache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

class TestRoutingCache : public QObject {
    Q_OBJECT
    fake::FakeOpenRouter m_server;

    template<typename T, typename Fetch>
    T fetch(Fetch call) {
        ClientConfig c;
        c.baseUrl = m_server.baseUrl();
        OpenRouterClient client(c);
        std::optional<T> got;
        call(client, [&](const T &value, const ApiError &e) {
            QVERIFY2(!e.isError(), qPrintable(e.toString()));
            got = value;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000); }();
        return got.value_or(T{});
    }

    ModelEndpoints r1() {
        return fetch<ModelEndpoints>([this](OpenRouterClient &c, auto done) {
            c.fetchModelEndpoints(u"deepseek/deepseek-r1"_s, this, done);
        });
    }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void missingIsNotAnError() {
        QTemporaryDir dir;
        const RoutingCache cache(dir.path());
        const auto entry = cache.modelEndpoints(u"deepseek/deepseek-r1"_s);
        QCOMPARE(entry.status, RoutingCache::Status::Missing);
        QVERIFY(entry.errorString.isEmpty());
        QVERIFY(entry.isStale(RoutingCache::kFreshFor));
        QCOMPARE(cache.providers().status, RoutingCache::Status::Missing);
    }

    void listingsRoundTrip() {
        QTemporaryDir dir;
        const RoutingCache cache(dir.path());
        const ModelEndpoints endpoints = r1();
        QCOMPARE(endpoints.endpoints.size(), 10);
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-60);
        QString error;
        QVERIFY2(cache.saveModelEndpoints(endpoints, at, &error), qPrintable(error));
        const auto entry = cache.modelEndpoints(u"deepseek/deepseek-r1"_s);
        QVERIFY(entry.isOk());
        QCOMPARE(entry.value, endpoints);
        QCOMPARE(entry.fetchedAt.toSecsSinceEpoch(), at.toSecsSinceEpoch());
        QVERIFY(entry.age && entry.age->count() >= 59 && entry.age->count() < 120);
        QVERIFY(!entry.isStale(RoutingCache::kFreshFor));
        QVERIFY(entry.isStale(std::chrono::seconds(10)));
        // another model is not that one
        QCOMPARE(cache.modelEndpoints(u"openai/gpt-4o-mini"_s).status,
                 RoutingCache::Status::Missing);

        const auto providers = fetch<QList<ProviderInfo>>(
            [this](OpenRouterClient &c, auto done) { c.fetchProviders(this, done); });
        QVERIFY(!providers.isEmpty());
        QVERIFY(cache.saveProviders(providers, at));
        QCOMPARE(cache.providers().value, providers);

        const auto zdr = fetch<QList<ModelEndpoint>>(
            [this](OpenRouterClient &c, auto done) { c.fetchZdrEndpoints(this, done); });
        QVERIFY(!zdr.isEmpty());
        QVERIFY(cache.saveZdrEndpoints(zdr, at));
        QCOMPARE(cache.zdrEndpoints().value, zdr);

        QVERIFY(cache.clear());
        QCOMPARE(cache.providers().status, RoutingCache::Status::Missing);
        QCOMPARE(cache.modelEndpoints(u"deepseek/deepseek-r1"_s).status,
                 RoutingCache::Status::Missing);
    }

    void fileNamesAreSafeAndDistinct() {
        const RoutingCache cache(u"/tmp/x"_s);
        const QString a = cache.modelEndpointsPath(u"meta-llama/llama-3.3-70b-instruct:free"_s);
        const QString b = cache.modelEndpointsPath(u"meta-llama/llama-3.3-70b-instruct"_s);
        QVERIFY(a != b);
        const QString name = a.section(u'/', -1);
        QVERIFY2(!name.contains(u':') && name.endsWith(u".json"_s), qPrintable(name));
        QCOMPARE(RoutingCache::metaPathFor(a), a.chopped(5) + u".meta.json"_s);
    }

    void aMismatchedSidecarMakesTheAgeUnknown() {
        QTemporaryDir dir;
        const RoutingCache cache(dir.path());
        QVERIFY(cache.saveModelEndpoints(r1()));
        QFile meta(RoutingCache::metaPathFor(cache.modelEndpointsPath(u"deepseek/deepseek-r1"_s)));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write(R"({"format":1,"fetched_at":"2026-01-01T00:00:00.000Z","size":3,"sha256":"x"})");
        meta.close();
        const auto entry = cache.modelEndpoints(u"deepseek/deepseek-r1"_s);
        QVERIFY(entry.isOk()); // still usable
        QVERIFY(!entry.age);
        QVERIFY(entry.isStale(RoutingCache::kFreshFor));
    }

    void corruptFilesReadAsEmptyWithAnError() {
        QTemporaryDir dir;
        const RoutingCache cache(dir.path());
        QVERIFY(cache.saveModelEndpoints(r1()));
        const QString path = cache.modelEndpointsPath(u"deepseek/deepseek-r1"_s);
        QString error;
        QVERIFY(CacheFile::writeAtomically(path, "{\"data\": [1, 2", &error));
        const auto entry = cache.modelEndpoints(u"deepseek/deepseek-r1"_s);
        QCOMPARE(entry.status, RoutingCache::Status::Corrupt);
        QVERIFY(entry.value.endpoints.isEmpty());
        QVERIFY2(entry.errorString.contains(u"corrupt"_s), qPrintable(entry.errorString));

        // a file that holds another model's endpoints is not served for this one
        ModelEndpoints other = r1();
        QVERIFY(CacheFile::writeAtomically(path, RoutingCache::modelEndpointsBody([&] {
                                               other.id = u"someone/else"_s;
                                               return other;
                                           }()),
                                           &error));
        QCOMPARE(cache.modelEndpoints(u"deepseek/deepseek-r1"_s).status,
                 RoutingCache::Status::Corrupt);
    }

    void refusesWhatCannotBeKept() {
        QTemporaryDir dir;
        const RoutingCache cache(dir.path());
        QString error;
        QVERIFY(
            !cache.saveModelEndpoints(ModelEndpoints{}, QDateTime::currentDateTimeUtc(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!cache.saveProviders({}, QDateTime(), &error));
        QVERIFY(!error.isEmpty());
        // a file where the folder should be: the write fails with a message, nothing crashes
        QFile blocker(dir.filePath(u"routing"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!cache.saveProviders({}, QDateTime::currentDateTimeUtc(), &error));
        QVERIFY2(error.contains(u"routing"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRoutingCache)
#include "tst_routingcache.moc"
