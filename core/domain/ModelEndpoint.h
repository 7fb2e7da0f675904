#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace orc {

// p50/p75/p90/p99 of a measurement over the last 30 minutes; nullopt when not reported.
struct PercentileStats {
    std::optional<double> p50, p75, p90, p99;
    bool isEmpty() const { return !p50 && !p75 && !p90 && !p99; }
    static PercentileStats fromJson(const QJsonValue &value);
    QJsonValue toJson() const; // null when empty
    bool operator==(const PercentileStats &) const = default;
};

// One provider serving one model: an entry of `GET /models/{author}/{slug}/endpoints` or of
// `GET /endpoints/zdr` (the SDK's PublicEndpoint). Prices are USD per token as listed;
// uptime in percent; latency in seconds (time to first token); throughput in tokens/s.
struct ModelEndpoint {
    QString name;    // "DeepInfra | deepseek/deepseek-r1"
    QString modelId; // "deepseek/deepseek-r1"
    QString modelName;
    QString providerName; // "DeepInfra": what chat responses report as `provider`
    QString tag;          // "deepinfra/fp8": the slug, with the quantization when it has one
    QString quantization; // "fp8", "bf16", "unknown"...; empty when null
    qint64 contextLength = 0;
    qint64 maxCompletionTokens = 0; // 0: not limited below the context
    qint64 maxPromptTokens = 0;
    std::optional<double> promptPrice, completionPrice, requestPrice, imagePrice;
    double discount = 0;
    QStringList supportedParameters;
    int status = 0; // 0 healthy; negative: degraded or down
    std::optional<double> uptime30m, uptime5m, uptime1d;
    PercentileStats latency30m, throughput30m;
    bool supportsImplicitCaching = false;
    bool zdr = false; // listed by GET /endpoints/zdr (set by markZdr(); not in this listing)
    QJsonObject raw;  // the entry verbatim, fields this type does not model included

    // The provider slug ("deepinfra"), from the tag; what order/only/ignore take.
    QString providerSlug() const;
    // USD per million tokens, the unit of max_price and of the app's tables.
    std::optional<double> promptPerMillion() const;
    std::optional<double> completionPerMillion() const;
    bool isDegraded() const { return status < 0; }
    bool supports(const QString &parameter) const {
        return supportedParameters.contains(parameter);
    }

    // Tolerant: absent, null and mistyped fields fall back to "not given", unknown ones are
    // kept in `raw`. An entry without provider_name and tag is skipped by the list readers.
    static ModelEndpoint fromJson(const QJsonObject &object);
    QJsonObject toJson() const; // `raw` with the typed fields written over it
    bool operator==(const ModelEndpoint &) const = default;
};

// `GET /models/{author}/{slug}/endpoints`: the model and its endpoints.
struct ModelEndpoints {
    QString id;
    QString name;
    QString description;
    qint64 created = 0;
    QStringList inputModalities, outputModalities;
    QList<ModelEndpoint> endpoints;

    // Parses the whole response body (`{"data":{...}}`). Returns false with a translated
    // `error` when it is not that shape.
    static bool parse(const QByteArray &body, ModelEndpoints *out, QString *error = nullptr);
    // Marks the endpoints that `zdrListing` (from GET /endpoints/zdr) lists, by model and tag.
    void markZdr(const QList<ModelEndpoint> &zdrListing);
    // The cheapest prompt + completion price per million tokens among the endpoints.
    std::optional<double> cheapestPromptPerMillion() const;
    std::optional<double> cheapestCompletionPerMillion() const;
    bool operator==(const ModelEndpoints &) const = default;
};

// `GET /endpoints/zdr`: every endpoint with zero data retention.
bool parseZdrEndpoints(const QByteArray &body, QList<ModelEndpoint> *out, QString *error = nullptr);

// One entry of `GET /providers`.
struct ProviderInfo {
    QString name; // "DeepInfra"
    QString slug; // "deepinfra"
    QString privacyPolicyUrl, termsOfServiceUrl, statusPageUrl;
    QString headquarters;    // ISO 3166 alpha-2, empty when null
    QStringList datacenters; // ISO 3166 alpha-2

    static ProviderInfo fromJson(const QJsonObject &object);
    static bool parseList(const QByteArray &body, QList<ProviderInfo> *out,
                          QString *error = nullptr);
    // By slug or name, case-insensitive (what a user types for --provider-only).
    static const ProviderInfo *find(const QList<ProviderInfo> &providers, const QString &key);
    bool operator==(const ProviderInfo &) const = default;
};

} // namespace orc

Q_DECLARE_METATYPE(orc::ModelEndpoint)
Q_DECLARE_METATYPE(orc::ModelEndpoints)
Q_DECLARE_METATYPE(orc::ProviderInfo)
