// Routing values: RoutingPreferences serialised exactly to the `provider` object (field by
// field), routing profiles and their JSON, the endpoint/provider/ZDR listings read from the
// documented shapes (tests/data/routing, sources in tests/fakeserver/SOURCES.md), and the 404
// "no endpoint" bodies classified as ApiError::Kind::NoEndpoint.
#include "TestSupport.h"
#include "api/ChatCodec.h"
#include "api/ErrorCodec.h"
#include "domain/ModelEndpoint.h"
#include "domain/Routing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const char *json) {
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestRouting : public QObject {
    Q_OBJECT

private slots:
    void emptyPreferencesSendNothing() {
        const RoutingPreferences p;
        QVERIFY(p.isEmpty());
        QCOMPARE(p.toProviderObject(), QJsonObject());
        ChatRequest r;
        r.model = u"m/x"_s;
        r.messages = {ChatMessage::user(u"hi"_s)};
        QVERIFY(!ChatCodec::encodeRequest(r).contains("provider"_L1));
        QVERIFY(!ChatCodec::encodeRequest(r).contains("models"_L1));
    }

    void eachFieldAlone_data() {
        QTest::addColumn<RoutingPreferences>("prefs");
        QTest::addColumn<QByteArray>("json");
        const auto row = [](const char *name, auto set, const char *json) {
            RoutingPreferences p;
            set(p);
            QTest::newRow(name) << p << QByteArray(json);
        };
        row(
            "order",
            [](auto &p) {
                p.order = {u"deepinfra"_s, u"together"_s};
            },
            R"({"order":["deepinfra","together"]})");
        row(
            "only", [](auto &p) { p.only = {u"fireworks"_s}; }, R"({"only":["fireworks"]})");
        row(
            "ignore", [](auto &p) { p.ignore = {u"chutes"_s}; }, R"({"ignore":["chutes"]})");
        row(
            "quantizations",
            [](auto &p) {
                p.quantizations = {u"fp8"_s, u"bf16"_s};
            },
            R"({"quantizations":["fp8","bf16"]})");
        row(
            "sort string", [](auto &p) { p.sort.by = u"price"_s; }, R"({"sort":"price"})");
        row(
            "sort object",
            [](auto &p) {
                p.sort = {u"latency"_s, u"none"_s};
            },
            R"({"sort":{"by":"latency","partition":"none"}})");
        row(
            "allow_fallbacks false", [](auto &p) { p.allowFallbacks = false; },
            R"({"allow_fallbacks":false})");
        row(
            "allow_fallbacks true", [](auto &p) { p.allowFallbacks = true; },
            R"({"allow_fallbacks":true})");
        row(
            "require_parameters", [](auto &p) { p.requireParameters = true; },
            R"({"require_parameters":true})");
        row(
            "data_collection", [](auto &p) { p.dataCollection = u"deny"_s; },
            R"({"data_collection":"deny"})");
        row(
            "zdr", [](auto &p) { p.zdr = true; }, R"({"zdr":true})");
        row(
            "zdr false is sent", [](auto &p) { p.zdr = false; }, R"({"zdr":false})");
        row(
            "max_price prompt", [](auto &p) { p.maxPrice.prompt = 0.5; },
            R"({"max_price":{"prompt":0.5}})");
        row(
            "max_price all",
            [](auto &p) {
                p.maxPrice = {1, 2, 0.01, 0.04};
            },
            R"({"max_price":{"completion":2,"image":0.04,"prompt":1,"request":0.01}})");
        row(
            "private", [](auto &p) { p.setPrivate(true); },
            R"({"data_collection":"deny","zdr":true})");
    }
    void eachFieldAlone() {
        QFETCH(RoutingPreferences, prefs);
        QFETCH(QByteArray, json);
        QCOMPARE(compact(prefs.toProviderObject()), json);
        QVERIFY(!prefs.isEmpty());
        // and back: the value survives its own wire form
        QCOMPARE(RoutingPreferences::fromProviderObject(prefs.toProviderObject()), prefs);
    }

    void goldenRequestWithEveryField() {
        ChatRequest r;
        r.model = u"deepseek/deepseek-r1"_s;
        r.models = {u"openai/gpt-4o-mini"_s, u"@preset/cheap-r1"_s};
        r.messages = {ChatMessage::user(u"hi"_s)};
        RoutingPreferences &p = r.provider;
        p.order = {u"deepinfra"_s, u"together/fp8"_s};
        p.only = {u"deepinfra"_s, u"together"_s, u"fireworks"_s};
        p.ignore = {u"chutes"_s};
        p.quantizations = {u"fp8"_s, u"bf16"_s};
        p.sort = {u"throughput"_s, u"none"_s};
        p.allowFallbacks = false;
        p.requireParameters = true;
        p.setPrivate(true);
        p.maxPrice = {1.5, 4, 0, 0.01};
        const QJsonObject golden =
            QJsonDocument::fromJson(test::readData(u"requests/routing_provider.json"_s)).object();
        QVERIFY(!golden.isEmpty());
        QCOMPARE(compact(ChatCodec::encodeRequest(r)), compact(golden));
    }

    void sdkStringsAndOddValuesAreRead() {
        // the SDK sends max_price as strings; lists may come as comma strings; nulls are unset
        const RoutingPreferences p = RoutingPreferences::fromProviderObject(object(
            R"({"max_price":{"prompt":"0.25","completion":"x","request":-1},"only":"a, b",
                "order":null,"sort":{"by":"Price"},"zdr":null,"allow_fallbacks":"false",
                "quantizations":["FP8"],"enforce_distillable_text":true})"));
        QCOMPARE(p.maxPrice.prompt, std::optional<double>(0.25));
        QVERIFY(!p.maxPrice.completion && !p.maxPrice.request);
        QCOMPARE(p.only, (QStringList{u"a"_s, u"b"_s}));
        QVERIFY(p.order.isEmpty());
        QCOMPARE(p.sort, (ProviderSort{u"price"_s, u"model"_s}));
        QVERIFY(!p.zdr);
        QCOMPARE(p.allowFallbacks, std::optional<bool>(false));
        QCOMPARE(p.quantizations, QStringList{u"fp8"_s});
        QVERIFY(RoutingPreferences::fromProviderObject({}).isEmpty());
    }

    void overridesApplyFieldByField() {
        RoutingPreferences base;
        base.sort.by = u"price"_s;
        base.only = {u"a"_s};
        base.maxPrice.prompt = 1;
        RoutingPreferences mine;
        mine.sort.by = u"latency"_s;
        mine.maxPrice.completion = 2;
        const RoutingPreferences merged = base.overriddenBy(mine);
        QCOMPARE(merged.sort.by, u"latency"_s);
        QCOMPARE(merged.only, QStringList{u"a"_s});
        QCOMPARE(merged.maxPrice.prompt, std::optional<double>(1));
        QCOMPARE(merged.maxPrice.completion, std::optional<double>(2));
        QCOMPARE(base.overriddenBy({}), base);
    }

    void builtInProfiles() {
        const QList<RoutingProfile> all = RoutingProfile::builtIns();
        QCOMPARE(all.size(), 5);
        const auto provider = [&](const char *id) {
            const RoutingProfile *p = RoutingProfile::find(all, QLatin1String(id));
            return p ? compact(p->preferences.toProviderObject()) : QByteArray("missing");
        };
        QCOMPARE(provider("default"), QByteArray("{}"));
        QCOMPARE(provider("cheapest"), QByteArray(R"({"sort":"price"})"));
        QCOMPARE(provider("fastest"), QByteArray(R"({"sort":"throughput"})"));
        QCOMPARE(provider("lowest-latency"), QByteArray(R"({"sort":"latency"})"));
        QCOMPARE(provider("private"), QByteArray(R"({"data_collection":"deny","zdr":true})"));
        QVERIFY(RoutingProfile::find(all, u"PRIVATE"_s)->preferences.isPrivate());
        QVERIFY(RoutingProfile::find(all, u"Lowest latency"_s)); // by (untranslated) name
        for (const RoutingProfile &p : all)
            QVERIFY(p.builtIn);
        QVERIFY(RoutingProfile::listToJson(all).isEmpty()); // built-ins are never saved
    }

    void userProfilesRoundTrip() {
        RoutingProfile mine;
        mine.id = u"eu-only"_s;
        mine.name = u"EU only"_s;
        mine.preferences.only = {u"nebius"_s, u"mistral"_s};
        mine.preferences.allowFallbacks = false;
        mine.preferences.maxPrice.prompt = 2;
        mine.fallbackModels = {u"mistralai/mistral-small-3.2"_s};
        const QJsonArray saved = RoutingProfile::listToJson({mine});
        QCOMPARE(compact(saved.at(0).toObject()),
                 QByteArray(R"({"id":"eu-only","models":["mistralai/mistral-small-3.2"],)"
                            R"("name":"EU only","provider":{"allow_fallbacks":false,)"
                            R"("max_price":{"prompt":2},"only":["nebius","mistral"]}})"));
        QStringList warnings;
        const QList<RoutingProfile> loaded = RoutingProfile::listFromJson(saved, &warnings);
        QCOMPARE(loaded, QList<RoutingProfile>{mine});
        QVERIFY(warnings.isEmpty());

        // bad and duplicate entries are skipped with a warning each; nothing else is lost
        QJsonArray messy = saved;
        messy.append(object(R"({"provider":{"zdr":true}})"));
        messy.append(saved.at(0));
        messy.append(object(R"({"name":"Night Owl"})")); // an id is made from the name
        const QList<RoutingProfile> kept = RoutingProfile::listFromJson(messy, &warnings);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(1).id, u"night-owl"_s);
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings.at(0).startsWith(u"Routing profile 2:"_s));

        // a user profile cannot shadow a built-in
        RoutingProfile shadow;
        shadow.id = u"cheapest"_s;
        shadow.name = u"Cheapest"_s;
        shadow.preferences.sort.by = u"latency"_s;
        const QList<RoutingProfile> all = RoutingProfile::withBuiltIns({shadow, mine});
        QCOMPARE(all.size(), 6);
        QCOMPARE(RoutingProfile::find(all, u"cheapest"_s)->preferences.sort.by, u"price"_s);
        QVERIFY(!RoutingProfile::find(all, u"eu only"_s)->builtIn);
    }

    void documentedEndpointListing() {
        ModelEndpoints m;
        QString error;
        QVERIFY2(ModelEndpoints::parse(test::readData(u"routing/endpoints_sdk_example.json"_s), &m,
                                       &error),
                 qPrintable(error));
        QCOMPARE(m.id, u"openai/gpt-4"_s);
        QCOMPARE(m.created, 1692901234);
        QCOMPARE(m.inputModalities, QStringList{u"text"_s});
        QCOMPARE(m.endpoints.size(), 1);
        const ModelEndpoint &e = m.endpoints.first();
        QCOMPARE(e.providerName, u"OpenAI"_s);
        QCOMPARE(e.providerSlug(), u"openai"_s);
        QCOMPARE(e.quantization, u"fp16"_s);
        QCOMPARE(e.contextLength, 8192);
        QCOMPARE(e.maxCompletionTokens, 4096);
        QCOMPARE(e.promptPerMillion().value(), 30.0);
        QCOMPARE(e.completionPerMillion().value(), 60.0);
        QCOMPARE(e.uptime30m, std::optional<double>(99.5));
        QCOMPARE(e.uptime1d, std::optional<double>(99.8));
        QCOMPARE(e.latency30m.p50, std::optional<double>(0.25));
        QCOMPARE(e.throughput30m.p99, std::optional<double>(15.1));
        QVERIFY(e.supportsImplicitCaching);
        QVERIFY(e.supports(u"top_p"_s));
        QCOMPARE(e.status, 0);
        // toJson writes the same fields back
        QCOMPARE(ModelEndpoint::fromJson(e.toJson()), ModelEndpoint::fromJson(e.toJson()));
        QCOMPARE(ModelEndpoint::fromJson(e.toJson()).promptPrice, e.promptPrice);
    }

    void oddEndpointListing() {
        ModelEndpoints m;
        QString error;
        QVERIFY2(ModelEndpoints::parse(test::readData(u"routing/endpoints_odd.json"_s), &m, &error),
                 qPrintable(error));
        QCOMPARE(m.created, 1737381095);                      // a numeric string
        QCOMPARE(m.outputModalities, QStringList{u"text"_s}); // from "modality"
        QCOMPARE(m.endpoints.size(), 2);                      // no provider and non-objects skipped
        const ModelEndpoint &e = m.endpoints.at(0);
        QCOMPARE(e.contextLength, 163840);
        QCOMPARE(e.quantization, u"fp4"_s);
        QCOMPARE(e.promptPerMillion().value(), 0.45);
        QVERIFY(qAbs(e.completionPerMillion().value() - 2.15) < 1e-9);
        QCOMPARE(e.requestPrice, std::optional<double>(0));
        QVERIFY(!e.imagePrice);
        QCOMPARE(e.discount, 0.1);
        QCOMPARE(e.maxCompletionTokens, 0);
        QCOMPARE(e.supportedParameters, (QStringList{u"tools"_s, u"temperature"_s}));
        QCOMPARE(e.status, -2);
        QVERIFY(e.isDegraded());
        QVERIFY(!e.uptime30m);
        QCOMPARE(e.uptime5m, std::optional<double>(97.5));
        QVERIFY(e.latency30m.isEmpty());
        QCOMPARE(e.throughput30m.p50, std::optional<double>(42));
        QVERIFY(!e.throughput30m.p75);
        QVERIFY(e.raw.contains("a_field_from_the_future"_L1)); // kept verbatim
        QVERIFY(e.toJson().contains("a_field_from_the_future"_L1));
        // a router's "-1" price is "not known", not negative
        QVERIFY(!m.endpoints.at(1).promptPerMillion());
        QCOMPARE(m.cheapestPromptPerMillion(), std::optional<double>(0.45));

        for (const QByteArray &bad :
             {QByteArray("not json"), QByteArray("{}"), QByteArray(R"({"data":[]})"),
              QByteArray(R"({"data":null})")}) {
            QVERIFY(!ModelEndpoints::parse(bad, &m, &error));
            QVERIFY2(error.contains(u"GET /models/{author}/{slug}/endpoints"_s), qPrintable(error));
        }
    }

    void providersAndZdr() {
        QList<ProviderInfo> providers;
        QString error;
        QVERIFY2(ProviderInfo::parseList(test::readData(u"routing/providers_sdk_shape.json"_s),
                                         &providers, &error),
                 qPrintable(error));
        QCOMPARE(providers.size(), 3); // the entry with neither name nor slug is skipped
        QCOMPARE(providers.at(0).datacenters, QStringList{u"US"_s});
        QCOMPARE(providers.at(0).statusPageUrl, u"https://status.deepinfra.com/"_s);
        QVERIFY(providers.at(1).privacyPolicyUrl.isEmpty());
        QCOMPARE(providers.at(2).headquarters, u"NL"_s);
        QVERIFY(providers.at(2).datacenters.isEmpty());
        QCOMPARE(ProviderInfo::find(providers, u"NEBIUS"_s), &providers.at(2));
        QCOMPARE(ProviderInfo::find(providers, u"DeepInfra"_s), &providers.at(0));
        QVERIFY(!ProviderInfo::find(providers, u"groq"_s));
        QVERIFY(!ProviderInfo::parseList(R"({"data":{}})", &providers, &error));

        QList<ModelEndpoint> zdr;
        QVERIFY2(parseZdrEndpoints(test::readData(u"routing/zdr_sdk_example.json"_s), &zdr, &error),
                 qPrintable(error));
        QCOMPARE(zdr.size(), 1);
        QVERIFY(zdr.first().zdr);
        ModelEndpoints m;
        QVERIFY(ModelEndpoints::parse(test::readData(u"routing/endpoints_sdk_example.json"_s), &m));
        QVERIFY(!m.endpoints.first().zdr);
        m.markZdr(zdr);
        QVERIFY(m.endpoints.first().zdr);
        m.markZdr({});
        QVERIFY(!m.endpoints.first().zdr);
    }

    void noEndpointErrors_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("constraint");
        const auto kind = [](ApiError::Kind k) { return static_cast<int>(k); };
        const auto error = [](const char *message) -> QByteArray {
            return QByteArray("{\"error\":{\"message\":\"") + message + "\",\"code\":404}}";
        };
        QTest::newRow("no allowed providers (REAL)")
            << test::readData(u"routing/error_no_allowed_providers.json"_s)
            << kind(ApiError::Kind::NoEndpoint) << u"providers"_s;
        QTest::newRow("tool_choice (REAL)") << test::readData(u"routing/error_tool_choice.json"_s)
                                            << kind(ApiError::Kind::NoEndpoint) << u"tools"_s;
        QTest::newRow("zdr") << error(
                                    "No endpoints found matching your data policy (Zero data "
                                    "retention). Configure: https://openrouter.ai/settings/privacy")
                             << kind(ApiError::Kind::NoEndpoint) << u"zdr"_s;
        QTest::newRow("training") << error("No endpoints found matching your data policy (Paid "
                                           "model training). Configure: "
                                           "https://openrouter.ai/settings/privacy")
                                  << kind(ApiError::Kind::NoEndpoint) << u"data_policy"_s;
        QTest::newRow("guardrail") << error("No endpoints available matching your guardrail "
                                            "restrictions and data policy. Configure: "
                                            "https://openrouter.ai/settings/privacy")
                                   << kind(ApiError::Kind::NoEndpoint) << u"data_policy"_s;
        QTest::newRow("tool use") << error("No endpoints found that support tool use. To learn "
                                           "more about provider routing, visit: "
                                           "https://openrouter.ai/docs/provider-routing")
                                  << kind(ApiError::Kind::NoEndpoint) << u"tools"_s;
        QTest::newRow("cache control") << error("No endpoints found that support cache control")
                                       << kind(ApiError::Kind::NoEndpoint) << u"parameters"_s;
        QTest::newRow("parameters") << error("No endpoints found that can handle the requested "
                                             "parameters.")
                                    << kind(ApiError::Kind::NoEndpoint) << u"parameters"_s;
        QTest::newRow("modalities") << error("No endpoints found that support the requested "
                                             "output modalities: image, text")
                                    << kind(ApiError::Kind::NoEndpoint) << u"modalities"_s;
        QTest::newRow("quantizations") << error("No endpoints found matching the requested "
                                                "quantizations: int4.")
                                       << kind(ApiError::Kind::NoEndpoint) << u"quantizations"_s;
        QTest::newRow("max_price") << error("No endpoints found matching your max_price (prompt "
                                            "$0.1/M).")
                                   << kind(ApiError::Kind::NoEndpoint) << u"max_price"_s;
        QTest::newRow("model without endpoints")
            << error("No endpoints found for nousresearch/hermes-3-llama-3.1-405b:free.")
            << kind(ApiError::Kind::NotFound) << QString();
        QTest::newRow("not a 404") << QByteArray(R"({"error":{"message":"No endpoints found that )"
                                                 R"(support tool use.","code":400}})")
                                   << kind(ApiError::Kind::BadRequest) << QString();
    }
    void noEndpointErrors() {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, constraint);
        const int status = QJsonDocument::fromJson(body)
                               .object()
                               .value("error"_L1)
                               .toObject()
                               .value("code"_L1)
                               .toInt();
        const ApiError e = ErrorCodec::fromHttpResponse(status, body, -1);
        QCOMPARE(static_cast<int>(e.kind), kind);
        QCOMPARE(e.constraint, constraint);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!e.hint().isEmpty());
        if (e.kind == ApiError::Kind::NoEndpoint) {
            QCOMPARE(e.toJson().value("kind"_L1).toString(), u"no_endpoint"_s);
            QCOMPARE(e.toJson().value("constraint"_L1).toString(), constraint);
            QVERIFY(!e.retryable);
        }
        if (constraint == "providers"_L1) // the hint names who does serve the model
            QVERIFY2(e.hint().contains(u"google-ai-studio, liquid"_s), qPrintable(e.hint()));
        if (constraint == "zdr"_L1 || constraint == "data_policy"_L1)
            QVERIFY(e.hint().contains(u"settings/privacy"_s));
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
