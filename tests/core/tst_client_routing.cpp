// Routing through the API client against the fake OpenRouter: the three listings as typed
// values, chat requests steered by RoutingPreferences and fallback models (the served provider
// and model in the result), and the 404 "no endpoint" answer as ApiError::Kind::NoEndpoint.
#include "ClientFixture.h"
#include "api/OpenRouterClient.h"

#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {
const QString kR1 = u"deepseek/deepseek-r1"_s;
}

class TestClientRouting : public QObject, public test::ClientFixture {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startServer()); }
    void init() { m_server.reset(); }

    void listings() {
        OpenRouterClient client(config());
        std::optional<ModelEndpoints> endpoints;
        client.fetchModelEndpoints(kR1, this, [&](const ModelEndpoints &m, const ApiError &e) {
            QVERIFY2(!e.isError(), qPrintable(e.toString()));
            endpoints = m;
        });
        QTRY_VERIFY_WITH_TIMEOUT(endpoints.has_value(), 5000);
        QCOMPARE(m_server.lastRequest().path, u"/api/v1/models/deepseek/deepseek-r1/endpoints"_s);
        QCOMPARE(endpoints->id, kR1);
        QCOMPARE(endpoints->endpoints.size(), 10);
        QCOMPARE(endpoints->endpoints.at(1).providerName, u"DeepInfra"_s);
        QCOMPARE(endpoints->endpoints.at(1).providerSlug(), u"deepinfra"_s);
        QCOMPARE(endpoints->endpoints.at(1).promptPerMillion(), std::optional<double>(0.45));
        QCOMPARE(endpoints->endpoints.at(8).status, -10); // Chutes is down

        std::optional<QList<ProviderInfo>> providers;
        client.fetchProviders(this, [&](const QList<ProviderInfo> &p, const ApiError &e) {
            QVERIFY(!e.isError());
            providers = p;
        });
        QTRY_VERIFY_WITH_TIMEOUT(providers.has_value(), 5000);
        QVERIFY(ProviderInfo::find(*providers, u"fireworks"_s));
        QVERIFY(!ProviderInfo::find(*providers, u"no-such-provider"_s));

        std::optional<QList<ModelEndpoint>> zdr;
        client.fetchZdrEndpoints(this, [&](const QList<ModelEndpoint> &z, const ApiError &e) {
            QVERIFY(!e.isError());
            zdr = z;
        });
        QTRY_VERIFY_WITH_TIMEOUT(zdr.has_value(), 5000);
        QCOMPARE(m_server.lastRequest().path, u"/api/v1/endpoints/zdr"_s);
        endpoints->markZdr(*zdr);
        QStringList zdrProviders;
        for (const ModelEndpoint &e : endpoints->endpoints)
            if (e.zdr)
                zdrProviders << e.providerName;
        QCOMPARE(zdrProviders, (QStringList{u"DeepInfra"_s, u"Together"_s, u"Fireworks"_s,
                                            u"SambaNova"_s, u"BaseTen"_s}));

        // an unknown model: a 404 of its own kind, not a routing failure
        std::optional<ApiError> missing;
        client.fetchModelEndpoints(u"nope/nothing"_s, this,
                                   [&](const ModelEndpoints &, const ApiError &e) { missing = e; });
        QTRY_VERIFY_WITH_TIMEOUT(missing.has_value(), 5000);
        QCOMPARE(missing->kind, ApiError::Kind::NotFound);
    }

    void listingsNeedNoKey() {
        OpenRouterClient client(config(QString()));
        std::optional<ApiError> error;
        client.fetchProviders(this, [&](const QList<ProviderInfo> &p, const ApiError &e) {
            QVERIFY(!p.isEmpty());
            error = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 5000);
        QVERIFY(!error->isError());
        QVERIFY(m_server.lastRequest().header("authorization").isEmpty());
    }

    void chatIsSteered_data() {
        QTest::addColumn<bool>("stream");
        QTest::newRow("stream") << true;
        QTest::newRow("non-stream") << false;
    }
    void chatIsSteered() {
        QFETCH(bool, stream);
        OpenRouterClient client(config());
        ChatRequest r = request(kR1, stream);
        r.provider.sort.by = u"throughput"_s;
        r.provider.setPrivate(true);
        ChatResult result = run(client, r);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.provider, u"SambaNova"_s);
        QCOMPARE(m_server.lastRequest().json.value("provider"_L1).toObject(),
                 r.provider.toProviderObject());

        // the primary has no endpoint left: the fallback model answers and the result says so
        r.provider = {};
        r.provider.only = {u"openai"_s};
        r.models = {u"openai/gpt-4o-mini"_s};
        result = run(client, r);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.model, u"openai/gpt-4o-mini"_s);
        QCOMPARE(result.provider, u"OpenAI"_s);
    }

    void noEndpointIsItsOwnError() {
        OpenRouterClient client(config());
        ChatRequest r = request(kR1, true);
        r.provider.zdr = true;
        r.provider.only = {u"novita"_s};
        const ChatResult result = run(client, r);
        QCOMPARE(result.state, ChatResult::State::Failed);
        QCOMPARE(result.error.kind, ApiError::Kind::NoEndpoint);
        QCOMPARE(result.error.constraint, u"zdr"_s);
        QCOMPARE(result.error.httpStatus, 404);
        QVERIFY(!result.hasOutput());
        QCOMPARE(m_server.requestCount(u"/chat/completions"_s), 1); // not retried
    }
};

QTEST_GUILESS_MAIN(TestClientRouting)
#include "tst_client_routing.moc"
