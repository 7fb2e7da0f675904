// The fake server's provider routing: the endpoint, provider and ZDR listings in the shapes of
// the official SDK, and chat requests steered by the `provider` object, the `models` fallback
// list and @preset/ models, with the real 404 bodies when nothing matches.
#include "FakeOpenRouter.h"
#include "HttpProbe.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using orc::fake::FakeOpenRouter;
using orc::fake::test::HttpProbe;
using orc::fake::test::ProbeResult;
using namespace Qt::StringLiterals;

namespace {

const QString kR1 = QStringLiteral("deepseek/deepseek-r1");

QJsonObject parse(const char *json) {
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestFakeServerRouting : public QObject {
    Q_OBJECT

    FakeOpenRouter m_server;
    std::unique_ptr<HttpProbe> m_probe;

    // A non-streamed chat with `extra` merged into the body.
    ProbeResult chat(const QString &model, const QJsonObject &extra = {}) {
        QJsonObject body = HttpProbe::chatBody(model, false);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return m_probe->chat(body);
    }
    QString servedBy(const QString &model, const QJsonObject &extra = {}) {
        const ProbeResult r = chat(model, extra);
        if (r.status != 200)
            return QStringLiteral("HTTP %1: %2").arg(r.status).arg(r.errorMessage());
        return r.json().value(QStringLiteral("provider")).toString();
    }
    static QJsonObject provider(const char *json) {
        return {{QStringLiteral("provider"), parse(json)}};
    }

private slots:
    void initTestCase() {
        QVERIFY(m_server.listen());
        m_probe = std::make_unique<HttpProbe>(m_server.baseUrl());
    }
    void init() {
        m_server.reset();
        m_server.setFixturesDir(QString());
        m_server.setPaddingUnits(0);
    }

    void endpointListingHasTheSdkShape() {
        const ProbeResult r =
            m_probe->get(QStringLiteral("/models/deepseek/deepseek-r1/endpoints"));
        QCOMPARE(r.status, 200);
        const QJsonObject data = r.json().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("id")).toString(), kR1);
        for (const char *key : {"name", "created", "description", "architecture", "endpoints"})
            QVERIFY2(data.contains(QLatin1String(key)), key);
        const QJsonArray endpoints = data.value(QStringLiteral("endpoints")).toArray();
        QCOMPARE(endpoints.size(), 10);
        QSet<QString> providers, quantizations;
        QSet<double> prices;
        for (const QJsonValue &v : endpoints) {
            const QJsonObject e = v.toObject();
            // every field ListEndpointsResponse/PublicEndpoint requires, with its type
            QVERIFY(e.value(QStringLiteral("name")).isString());
            QCOMPARE(e.value(QStringLiteral("model_id")).toString(), kR1);
            QVERIFY(e.value(QStringLiteral("model_name")).isString());
            QVERIFY(e.value(QStringLiteral("context_length")).toInt() > 0);
            QVERIFY(e.value(QStringLiteral("pricing"))
                        .toObject()
                        .value(QStringLiteral("prompt"))
                        .isString());
            QVERIFY(e.value(QStringLiteral("pricing"))
                        .toObject()
                        .value(QStringLiteral("completion"))
                        .isString());
            QVERIFY(e.value(QStringLiteral("tag")).isString());
            QVERIFY(e.value(QStringLiteral("supported_parameters")).isArray());
            QVERIFY(e.value(QStringLiteral("supports_implicit_caching")).isBool());
            QVERIFY(e.value(QStringLiteral("supports_tool_choice"))
                        .toObject()
                        .contains(QStringLiteral("required")));
            QVERIFY(e.value(QStringLiteral("uptime_last_30m")).isDouble());
            for (const char *stats : {"latency_last_30m", "throughput_last_30m"})
                for (const char *p : {"p50", "p75", "p90", "p99"})
                    QVERIFY(e.value(QLatin1String(stats))
                                .toObject()
                                .value(QLatin1String(p))
                                .isDouble());
            QVERIFY(e.contains(QStringLiteral("max_completion_tokens")));
            QVERIFY(e.contains(QStringLiteral("status")));
            providers.insert(e.value(QStringLiteral("provider_name")).toString());
            quantizations.insert(e.value(QStringLiteral("quantization")).toString());
            prices.insert(e.value(QStringLiteral("pricing"))
                              .toObject()
                              .value(QStringLiteral("prompt"))
                              .toString()
                              .toDouble());
        }
        QCOMPARE(providers.size(), 10);
        QVERIFY(quantizations.size() >= 4);
        QCOMPARE(prices.size(), 9); // Together and Fireworks share a prompt price
        // the first endpoint is the author's own, at the catalogue price
        const QJsonObject first = endpoints.first().toObject();
        QCOMPARE(first.value(QStringLiteral("provider_name")).toString(), u"DeepSeek"_s);
        QCOMPARE(first.value(QStringLiteral("tag")).toString(), u"deepseek/fp8"_s);
        QCOMPARE(first.value(QStringLiteral("pricing"))
                     .toObject()
                     .value(QStringLiteral("prompt"))
                     .toString(),
                 u"0.0000004"_s);
        // no key needed, like /models
        QVERIFY(m_server.lastRequest().header("authorization").isEmpty());
    }

    void endpointListingIsDeterministicForEveryModel() {
        const QByteArray a =
            m_probe->get(QStringLiteral("/models/openai/gpt-4o-mini/endpoints")).body;
        const QByteArray b =
            m_probe->get(QStringLiteral("/models/openai/gpt-4o-mini/endpoints")).body;
        QCOMPARE(a, b);
        const QJsonArray eps = QJsonDocument::fromJson(a)
                                   .object()
                                   .value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("endpoints"))
                                   .toArray();
        QVERIFY(!eps.isEmpty() && eps.size() <= 4);
        QCOMPARE(eps.first().toObject().value(QStringLiteral("provider_name")).toString(),
                 u"OpenAI"_s);
        // routers and unknown models
        QCOMPARE(m_probe->get(QStringLiteral("/models/openrouter/auto/endpoints"))
                     .json()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("endpoints"))
                     .toArray()
                     .size(),
                 0);
        const ProbeResult missing = m_probe->get(QStringLiteral("/models/nope/nothing/endpoints"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorMessage(), u"No endpoints found for nope/nothing."_s);
        // with the 414-model capture, listed models have endpoints too
        if (orc::test::hasFixtures()) {
            m_server.setFixturesDir(orc::test::fixturesDir());
            const ProbeResult r =
                m_probe->get(QStringLiteral("/models/deepseek/deepseek-chat-v3.1/endpoints"));
            QCOMPARE(r.status, 200);
            QVERIFY(!r.json()
                         .value(QStringLiteral("data"))
                         .toObject()
                         .value(QStringLiteral("endpoints"))
                         .toArray()
                         .isEmpty());
        }
    }

    void providersAndZdrListings() {
        const ProbeResult providers = m_probe->get(QStringLiteral("/providers"));
        QCOMPARE(providers.status, 200);
        const QJsonArray data = providers.json().value(QStringLiteral("data")).toArray();
        QVERIFY(data.size() >= 15);
        QStringList slugs;
        for (const QJsonValue &v : data) {
            const QJsonObject p = v.toObject();
            QVERIFY(p.value(QStringLiteral("name")).isString());
            QVERIFY(p.value(QStringLiteral("slug")).isString());
            QVERIFY(p.contains(QStringLiteral("privacy_policy_url"))); // required, nullable
            slugs << p.value(QStringLiteral("slug")).toString();
        }
        QVERIFY(slugs.contains(u"deepinfra"_s));
        QVERIFY(!slugs.contains(u"fake"_s));

        const ProbeResult zdr = m_probe->get(QStringLiteral("/endpoints/zdr"));
        QCOMPARE(zdr.status, 200);
        QStringList r1Zdr;
        for (const QJsonValue &v : zdr.json().value(QStringLiteral("data")).toArray()) {
            const QJsonObject e = v.toObject();
            QVERIFY(e.contains(QStringLiteral("provider_name")));
            if (e.value(QStringLiteral("model_id")).toString() == kR1)
                r1Zdr << e.value(QStringLiteral("provider_name")).toString();
        }
        QCOMPARE(r1Zdr, (QStringList{u"DeepInfra"_s, u"Together"_s, u"Fireworks"_s, u"SambaNova"_s,
                                     u"BaseTen"_s}));
        QCOMPARE(m_probe->post(QStringLiteral("/providers"), {}).status, 405);
    }

    void servedProviderIsReported() {
        // no preferences: the author's own endpoint, as before routing existed
        QCOMPARE(servedBy(kR1), u"DeepSeek"_s);
        QCOMPARE(servedBy(u"openai/gpt-4o-mini"_s), u"OpenAI"_s);
        // streamed: every chunk names the provider
        QJsonObject body = HttpProbe::chatBody(kR1, true);
        body.insert(QStringLiteral("provider"), parse(R"({"order":["fireworks"]})"));
        const ProbeResult r = m_probe->chat(body);
        QCOMPARE(r.status, 200);
        const QList<QJsonObject> chunks = HttpProbe::dataChunks(r.body);
        QVERIFY(!chunks.isEmpty());
        for (const QJsonObject &c : chunks)
            QCOMPARE(c.value(QStringLiteral("provider")).toString(), u"Fireworks"_s);
    }

    void sortOrderOnlyIgnore_data() {
        QTest::addColumn<QByteArray>("prefs");
        QTest::addColumn<QString>("served");
        // Chutes is the cheapest but down (status -10): price falls back to the next, DeepSeek
        QTest::newRow("price") << QByteArray(R"({"sort":"price"})") << u"DeepSeek"_s;
        QTest::newRow("price object")
            << QByteArray(R"({"sort":{"by":"price","partition":"none"}})") << u"DeepSeek"_s;
        QTest::newRow("throughput") << QByteArray(R"({"sort":"throughput"})") << u"SambaNova"_s;
        QTest::newRow("latency") << QByteArray(R"({"sort":"latency"})") << u"SambaNova"_s;
        QTest::newRow("order slugs")
            << QByteArray(R"({"order":["nebius","together"]})") << u"Nebius"_s;
        QTest::newRow("order names any case")
            << QByteArray(R"({"order":["TOGETHER"]})") << u"Together"_s;
        QTest::newRow("order down first")
            << QByteArray(R"({"order":["chutes","novita"]})") << u"Novita"_s;
        QTest::newRow("only") << QByteArray(R"({"only":["baseten","parasail"]})") << u"BaseTen"_s;
        QTest::newRow("only + sort")
            << QByteArray(R"({"only":["baseten","parasail"],"sort":"price"})") << u"Parasail"_s;
        QTest::newRow("ignore") << QByteArray(R"({"ignore":["deepseek"]})") << u"DeepInfra"_s;
        QTest::newRow("deny data collection")
            << QByteArray(R"({"data_collection":"deny","ignore":["deepinfra"]})") << u"Together"_s;
        QTest::newRow("zdr + price")
            << QByteArray(R"({"zdr":true,"sort":"price"})") << u"DeepInfra"_s;
        QTest::newRow("quantizations")
            << QByteArray(R"({"quantizations":["bf16"],"sort":"latency"})") << u"SambaNova"_s;
        QTest::newRow("max_price")
            << QByteArray(R"({"max_price":{"prompt":0.75,"completion":3},"sort":"throughput"})")
            << u"DeepInfra"_s;
        QTest::newRow("max_price strings")
            << QByteArray(R"({"max_price":{"prompt":"0.5"}})") << u"DeepSeek"_s;
        QTest::newRow("tag") << QByteArray(R"({"only":["parasail/bf16"]})") << u"Parasail"_s;
    }
    void sortOrderOnlyIgnore() {
        QFETCH(QByteArray, prefs);
        QFETCH(QString, served);
        QCOMPARE(
            servedBy(kR1, {{QStringLiteral("provider"), QJsonDocument::fromJson(prefs).object()}}),
            served);
    }

    void usageCostFollowsTheServedEndpoint() {
        const QJsonObject usage = chat(kR1, provider(R"({"order":["sambanova"]})"))
                                      .json()
                                      .value(QStringLiteral("usage"))
                                      .toObject();
        const int in = usage.value(QStringLiteral("prompt_tokens")).toInt();
        const int out = usage.value(QStringLiteral("completion_tokens")).toInt();
        QVERIFY(in > 0 && out > 0);
        QVERIFY(qAbs(usage.value(QStringLiteral("cost")).toDouble() -
                     (in * 5.0 + out * 7.0) / 1e6) < 1e-8);
    }

    void noEndpointBodies_data() {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString docs =
            u" To learn more about provider routing, visit: https://openrouter.ai/docs/guides/routing/provider-selection"_s;
        QTest::newRow("only unknown")
            << QByteArray(R"({"provider":{"only":["groq"]}})") << 404
            << u"No allowed providers are available for the selected model."_s;
        QTest::newRow("ignore all")
            << QByteArray(R"({"provider":{"only":["deepseek"],"ignore":["DeepSeek"]}})") << 404
            << u"No allowed providers are available for the selected model."_s;
        QTest::newRow("order, no fallbacks")
            << QByteArray(R"({"provider":{"order":["groq"],"allow_fallbacks":false}})") << 404
            << u"No allowed providers are available for the selected model."_s;
        QTest::newRow("data policy")
            << QByteArray(R"({"provider":{"data_collection":"deny","only":["deepseek"]}})") << 404
            << u"No endpoints found matching your data policy (Paid model training). Configure: https://openrouter.ai/settings/privacy"_s;
        QTest::newRow("zdr")
            << QByteArray(R"({"provider":{"zdr":true,"only":["novita","nebius"]}})") << 404
            << u"No endpoints found matching your data policy (Zero data retention). Configure: https://openrouter.ai/settings/privacy"_s;
        QTest::newRow("quantizations")
            << QByteArray(R"({"provider":{"quantizations":["int4"]}})") << 404
            << u"No endpoints found matching the requested quantizations: int4."_s + docs;
        QTest::newRow("max_price")
            << QByteArray(R"({"provider":{"max_price":{"prompt":0.1}}})") << 404
            << u"No endpoints found matching your max_price (prompt $0.1/M)."_s + docs;
        QTest::newRow("tools")
            << QByteArray(
                   R"({"provider":{"only":["novita"]},"tools":[{"type":"function","function":{"name":"f","parameters":{}}}]})")
            << 404 << u"No endpoints found that support tool use."_s + docs;
        QTest::newRow("require_parameters")
            << QByteArray(R"({"provider":{"require_parameters":true},"logprobs":true})") << 404
            << u"No endpoints found that can handle the requested parameters."_s + docs;
        QTest::newRow("pinned down, no fallbacks")
            << QByteArray(R"({"provider":{"order":["chutes"],"allow_fallbacks":false}})") << 502
            << u"Provider returned error"_s;
    }
    void noEndpointBodies() {
        QFETCH(QByteArray, extra);
        QFETCH(int, status);
        QFETCH(QString, message);
        const ProbeResult r = chat(kR1, QJsonDocument::fromJson(extra).object());
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorMessage(), message);
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), status);
        if (message.startsWith(u"No allowed"_s)) {
            const QJsonObject meta = error.value(QStringLiteral("metadata")).toObject();
            QVERIFY(meta.value(QStringLiteral("available_providers")).toArray().size() >= 1);
            QVERIFY(meta.contains(QStringLiteral("requested_providers")));
        }
        if (status == 502)
            QCOMPARE(error.value(QStringLiteral("metadata"))
                         .toObject()
                         .value(QStringLiteral("provider_name"))
                         .toString(),
                     u"Chutes"_s);
    }

    void modelFallbacks() {
        // the primary has nothing left: the next model in `models` answers, and says so
        const QJsonObject extra{{QStringLiteral("models"), QJsonArray{u"openai/gpt-4o-mini"_s}},
                                {QStringLiteral("provider"), parse(R"({"only":["openai"]})")}};
        const QJsonObject r = chat(kR1, extra).json();
        QCOMPARE(r.value(QStringLiteral("model")).toString(), u"openai/gpt-4o-mini"_s);
        QCOMPARE(r.value(QStringLiteral("provider")).toString(), u"OpenAI"_s);
        // `models` alone: the first is the primary
        QJsonObject body = HttpProbe::chatBody(QString(), false);
        body.remove(QStringLiteral("model"));
        body.insert(QStringLiteral("models"), QJsonArray{kR1, u"openai/gpt-4o-mini"_s});
        QCOMPARE(m_probe->chat(body).json().value(QStringLiteral("model")).toString(), kR1);
        // nobody can serve: the primary model's reason is answered
        const ProbeResult none =
            chat(kR1, {{QStringLiteral("models"), QJsonArray{u"openai/gpt-4o-mini"_s}},
                       {QStringLiteral("provider"), parse(R"({"only":["groq"]})")}});
        QCOMPARE(none.status, 404);
        QVERIFY(none.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("metadata"))
                    .toObject()
                    .value(QStringLiteral("available_providers"))
                    .toArray()
                    .contains(u"deepseek"_s));
    }

    void presets() {
        QCOMPARE(servedBy(u"@preset/cheap-r1"_s), u"DeepInfra"_s); // price, no Chutes (trains)
        QCOMPARE(servedBy(u"@preset/private-fast"_s), u"SambaNova"_s);
        QCOMPARE(servedBy(u"@preset/pinned-fireworks"_s), u"Fireworks"_s);
        // the request's own provider fields override the preset's, key by key
        QCOMPARE(servedBy(u"@preset/cheap-r1"_s, provider(R"({"sort":"latency"})")),
                 u"SambaNova"_s);
        const QJsonObject r = chat(u"@preset/cheap-r1"_s).json();
        QCOMPARE(r.value(QStringLiteral("model")).toString(), kR1);
        const ProbeResult unknown = chat(u"@preset/nope"_s);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorMessage(), u"Preset \"nope\" not found"_s);
    }
};

QTEST_GUILESS_MAIN(TestFakeServerRouting)
#include "tst_fakeserver_routing.moc"
