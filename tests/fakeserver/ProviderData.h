#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace orc::fake {

struct ModelInfo;

// One inference provider as the fake knows it: what `GET /providers` lists, plus the data
// policy the real service keeps to itself (the public endpoint listing has no policy fields;
// the web UI shows them, see SOURCES.md) and that `provider.data_collection` filters on.
struct FakeProvider {
    QString name;         // "DeepInfra": provider_name in listings and `provider` in chat responses
    QString slug;         // "deepinfra": what order/only/ignore take
    bool trains = false;  // may train on / keep prompts: excluded by data_collection "deny"
    QString headquarters; // ISO 3166 alpha-2, or empty (null)
    QStringList datacenters;
};

// One endpoint (a provider serving a model), in the units the listing uses.
struct FakeEndpoint {
    const FakeProvider *provider = nullptr;
    QString modelId;
    QString quantization; // "fp8", "bf16", ... or empty (null)
    int contextLength = 0;
    int maxCompletionTokens = 0; // 0: null
    double promptPrice = 0;      // USD per token
    double completionPrice = 0;  // USD per token
    double uptime30m = 100;      // percent
    double latencyP50 = 0;       // seconds to first token
    double throughputP50 = 0;    // tokens per second
    int status = 0;              // 0 ok; negative: degraded (<= -5: down, requests there fail)
    bool zdr = false;            // listed by GET /endpoints/zdr
    QStringList supportedParameters;

    bool isDown() const { return status <= -5; }
    QString tag() const;                                // "deepinfra/fp8" or "deepinfra"
    QJsonObject toJson(const QString &modelName) const; // PublicEndpoint
};

// The providers of the fake world and the endpoints of every catalogue model, all generated
// deterministically: "deepseek/deepseek-r1" is hand-written with 10 providers that differ in
// price, quantization, context, max output, uptime, latency, throughput, status and policy;
// other models get 1 to 4 endpoints derived from a hash of their id, the first one always the
// model author's own provider at the catalogue price (so routing without preferences answers
// as it did before routing existed).
class ProviderData {
public:
    static const QList<FakeProvider> &providers();
    static const FakeProvider *findProvider(const QString &slugOrName); // case-insensitive
    static const FakeProvider *authorProvider(const QString &modelId);

    // Endpoints of a model, in listing order (empty for routers and fake/* ids).
    static QList<FakeEndpoint> endpointsFor(const ModelInfo &model);

    // GET /providers, GET /endpoints/zdr and GET /models/{author}/{slug}/endpoints bodies.
    static QByteArray providersJson();
    static QByteArray zdrJson(const QList<ModelInfo> &catalog);
    static QByteArray endpointsJson(const ModelInfo &model);
};

} // namespace orc::fake
