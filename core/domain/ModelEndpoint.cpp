#include "ModelEndpoint.h"

#include "Translate.h"
#include "domain/FindByKey.h"
#include "domain/JsonFields_p.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr auto tr = fileTr<"orc::ModelEndpoint">;

// The keys read and written under the same name.
constexpr auto kEndpointFields = detail::jsonFields<ModelEndpoint>(
    "name model_id model_name provider_name tag context_length", &ModelEndpoint::name,
    &ModelEndpoint::modelId, &ModelEndpoint::modelName, &ModelEndpoint::providerName,
    &ModelEndpoint::tag, &ModelEndpoint::contextLength);
constexpr auto kProviderFields = detail::jsonFields<ProviderInfo>(
    "name slug privacy_policy_url terms_of_service_url status_page_url datacenters",
    &ProviderInfo::name, &ProviderInfo::slug, &ProviderInfo::privacyPolicyUrl,
    &ProviderInfo::termsOfServiceUrl, &ProviderInfo::statusPageUrl, &ProviderInfo::datacenters);

std::optional<double> perMillion(const std::optional<double> &perToken) {
    if (!perToken || *perToken < 0) // "-1": a router's price is not known up front
        return std::nullopt;
    // rounded to 1e-9 $/M so that "0.00000045" reads back as 0.45, not 0.45000000000000007
    return std::round(*perToken * 1e15) / 1e9;
}

std::optional<double> nonNegative(const QJsonValue &v) {
    const std::optional<double> d = detail::readNumber(v);
    return d && *d >= 0 ? d : std::nullopt;
}

QJsonValue numberOrNull(const std::optional<double> &v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString priceText(double perToken) {
    QString text = QString::number(perToken, 'f', 12);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

// The `data` member of a JSON document, whitespace padding allowed; a translated error naming
// the request (`what`, e.g. "GET /providers") else.
QJsonValue dataOf(const QByteArray &body, const QString &what, QString *error) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("The answer to %1 is not valid JSON (at byte %2): %3")
                         .arg(what)
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return QJsonValue::Undefined;
    }
    const QJsonValue data = doc.object().value("data"_L1);
    if (data.isUndefined() || data.isNull()) {
        if (error)
            *error = tr("The answer to %1 has no \"data\".").arg(what);
        return QJsonValue::Undefined;
    }
    return data;
}

QList<ModelEndpoint> endpointList(const QJsonArray &array) {
    return detail::listFromJson<ModelEndpoint>(array, [](const ModelEndpoint &e) {
        return !e.providerName.isEmpty() || !e.tag.isEmpty();
    });
}

template<typename Get>
std::optional<double> cheapest(const QList<ModelEndpoint> &endpoints, Get get) {
    std::optional<double> best;
    for (const ModelEndpoint &e : endpoints) {
        const std::optional<double> v = (e.*get)();
        if (v && (!best || *v < *best))
            best = v;
    }
    return best;
}

} // namespace

PercentileStats PercentileStats::fromJson(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    return {nonNegative(o.value("p50"_L1)), nonNegative(o.value("p75"_L1)),
            nonNegative(o.value("p90"_L1)), nonNegative(o.value("p99"_L1))};
}

QJsonValue PercentileStats::toJson() const {
    if (isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{u"p50"_s, numberOrNull(p50)},
                       {u"p75"_s, numberOrNull(p75)},
                       {u"p90"_s, numberOrNull(p90)},
                       {u"p99"_s, numberOrNull(p99)}};
}

QString ModelEndpoint::providerSlug() const {
    if (!tag.isEmpty())
        return tag.section(u'/', 0, 0).toLower();
    return providerName.toLower().replace(u' ', u'-');
}

std::optional<double> ModelEndpoint::promptPerMillion() const {
    return perMillion(promptPrice);
}

std::optional<double> ModelEndpoint::completionPerMillion() const {
    return perMillion(completionPrice);
}

ModelEndpoint ModelEndpoint::fromJson(const QJsonObject &o) {
    ModelEndpoint e;
    e.raw = o;
    detail::readFields<ModelEndpoint>(o, e, kEndpointFields);
    e.quantization = detail::readString(o.value("quantization"_L1)).toLower();
    e.maxCompletionTokens = detail::readCount(o.value("max_completion_tokens"_L1));
    e.maxPromptTokens = detail::readCount(o.value("max_prompt_tokens"_L1));
    const QJsonObject pricing = o.value("pricing"_L1).toObject();
    // "-1" (routers) is kept: it means "not known", which perMillion() reports as nullopt
    e.promptPrice = detail::readNumber(pricing.value("prompt"_L1));
    e.completionPrice = detail::readNumber(pricing.value("completion"_L1));
    e.requestPrice = detail::readNumber(pricing.value("request"_L1));
    e.imagePrice = detail::readNumber(pricing.value("image"_L1));
    e.discount = detail::readNumber(pricing.value("discount"_L1)).value_or(0);
    e.supportedParameters = detail::readStringList(o.value("supported_parameters"_L1));
    e.status = static_cast<int>(detail::readNumber(o.value("status"_L1)).value_or(0));
    e.uptime30m = nonNegative(o.value("uptime_last_30m"_L1));
    e.uptime5m = nonNegative(o.value("uptime_last_5m"_L1));
    e.uptime1d = nonNegative(o.value("uptime_last_1d"_L1));
    e.latency30m = PercentileStats::fromJson(o.value("latency_last_30m"_L1));
    e.throughput30m = PercentileStats::fromJson(o.value("throughput_last_30m"_L1));
    e.supportsImplicitCaching = detail::readBool(o.value("supports_implicit_caching"_L1));
    return e;
}

QJsonObject ModelEndpoint::toJson() const {
    QJsonObject o = raw;
    QJsonObject pricing = o.value("pricing"_L1).toObject();
    const auto price = [&pricing](const char *key, const std::optional<double> &v) {
        if (v)
            pricing.insert(QLatin1String(key), priceText(*v));
    };
    price("prompt", promptPrice);
    price("completion", completionPrice);
    price("request", requestPrice);
    price("image", imagePrice);
    detail::writeFields<ModelEndpoint>(o, *this, kEndpointFields);
    o.insert(u"quantization"_s, detail::nonEmptyOrNull(quantization));
    o.insert(u"max_completion_tokens"_s, detail::countOrNull(maxCompletionTokens));
    o.insert(u"max_prompt_tokens"_s, detail::countOrNull(maxPromptTokens));
    o.insert(u"pricing"_s, pricing);
    o.insert(u"supported_parameters"_s, QJsonArray::fromStringList(supportedParameters));
    o.insert(u"status"_s, status);
    o.insert(u"uptime_last_30m"_s, numberOrNull(uptime30m));
    o.insert(u"uptime_last_5m"_s, numberOrNull(uptime5m));
    o.insert(u"uptime_last_1d"_s, numberOrNull(uptime1d));
    o.insert(u"latency_last_30m"_s, latency30m.toJson());
    o.insert(u"throughput_last_30m"_s, throughput30m.toJson());
    o.insert(u"supports_implicit_caching"_s, supportsImplicitCaching);
    return o;
}

bool ModelEndpoints::parse(const QByteArray &body, ModelEndpoints *out, QString *error) {
    const QJsonValue data = dataOf(body, u"GET /models/{author}/{slug}/endpoints"_s, error);
    if (!data.isObject()) {
        if (error && !data.isUndefined())
            *error = tr("The answer to %1 is not a model with endpoints.")
                         .arg(u"GET /models/{author}/{slug}/endpoints"_s);
        return false;
    }
    const QJsonObject o = data.toObject();
    ModelEndpoints m;
    m.id = detail::readString(o.value("id"_L1));
    m.name = detail::readString(o.value("name"_L1));
    m.description = detail::readString(o.value("description"_L1));
    const QDateTime created = detail::readTimestamp(o.value("created"_L1));
    m.created = created.isValid() ? created.toSecsSinceEpoch() : 0;
    const QJsonObject arch = o.value("architecture"_L1).toObject();
    m.inputModalities = detail::readStringList(arch.value("input_modalities"_L1), true);
    m.outputModalities = detail::readStringList(arch.value("output_modalities"_L1), true);
    detail::modalitiesFromString(detail::readString(arch.value("modality"_L1)), &m.inputModalities,
                                 &m.outputModalities);
    m.endpoints = endpointList(o.value("endpoints"_L1).toArray());
    if (out)
        *out = std::move(m);
    if (error)
        error->clear();
    return true;
}

void ModelEndpoints::markZdr(const QList<ModelEndpoint> &zdrListing) {
    QSet<QString> keys;
    for (const ModelEndpoint &z : zdrListing)
        keys.insert(z.modelId + u'\n' + z.tag.toLower());
    for (ModelEndpoint &e : endpoints)
        e.zdr = keys.contains((e.modelId.isEmpty() ? id : e.modelId) + u'\n' + e.tag.toLower());
}

std::optional<double> ModelEndpoints::cheapestPromptPerMillion() const {
    return cheapest(endpoints, &ModelEndpoint::promptPerMillion);
}

std::optional<double> ModelEndpoints::cheapestCompletionPerMillion() const {
    return cheapest(endpoints, &ModelEndpoint::completionPerMillion);
}

bool parseZdrEndpoints(const QByteArray &body, QList<ModelEndpoint> *out, QString *error) {
    const QJsonValue data = dataOf(body, u"GET /endpoints/zdr"_s, error);
    if (!data.isArray()) {
        if (error && !data.isUndefined())
            *error = tr("The answer to %1 is not a list.").arg(u"GET /endpoints/zdr"_s);
        return false;
    }
    QList<ModelEndpoint> list = endpointList(data.toArray());
    for (ModelEndpoint &e : list)
        e.zdr = true;
    if (out)
        *out = std::move(list);
    return true;
}

ProviderInfo ProviderInfo::fromJson(const QJsonObject &o) {
    ProviderInfo p;
    detail::readFields<ProviderInfo>(o, p, kProviderFields);
    p.headquarters = detail::readString(o.value("headquarters"_L1)).toUpper();
    return p;
}

bool ProviderInfo::parseList(const QByteArray &body, QList<ProviderInfo> *out, QString *error) {
    const QJsonValue data = dataOf(body, u"GET /providers"_s, error);
    if (!data.isArray()) {
        if (error && !data.isUndefined())
            *error = tr("The answer to %1 is not a list.").arg(u"GET /providers"_s);
        return false;
    }
    QList<ProviderInfo> list;
    for (const QJsonValue &v : data.toArray()) {
        ProviderInfo p = fromJson(v.toObject());
        if (!p.slug.isEmpty() || !p.name.isEmpty())
            list.append(std::move(p));
    }
    if (out)
        *out = std::move(list);
    return true;
}

const ProviderInfo *ProviderInfo::find(const QList<ProviderInfo> &providers, const QString &key) {
    return findByKey(providers, key, &ProviderInfo::slug, &ProviderInfo::name);
}

} // namespace orc
