#include "ProviderData.h"

#include "HttpUtil.h"
#include "ModelCatalog.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <cmath>

namespace orc::fake {

namespace {

QStringList list(std::initializer_list<const char *> items) {
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromLatin1(i));
    return out;
}

// Names and slugs as OpenRouter spells them (SDK ProviderName enum, provider pages).
const QList<FakeProvider> &table() {
    static const QList<FakeProvider> providers{
        {QStringLiteral("OpenAI"), QStringLiteral("openai"), false, QStringLiteral("US"),
         list({"US"})},
        {QStringLiteral("Anthropic"), QStringLiteral("anthropic"), false, QStringLiteral("US"),
         list({"US"})},
        {QStringLiteral("Google AI Studio"), QStringLiteral("google-ai-studio"), false,
         QStringLiteral("US"), list({"US"})},
        {QStringLiteral("Google"), QStringLiteral("google-vertex"), false, QStringLiteral("US"),
         list({"US", "BE", "NL"})},
        {QStringLiteral("DeepSeek"), QStringLiteral("deepseek"), true, QStringLiteral("CN"),
         list({"CN"})},
        {QStringLiteral("Mistral"), QStringLiteral("mistral"), false, QStringLiteral("FR"),
         list({"FR", "SE"})},
        {QStringLiteral("Black Forest Labs"), QStringLiteral("black-forest-labs"), false,
         QStringLiteral("DE"), list({"US"})},
        {QStringLiteral("Alibaba"), QStringLiteral("alibaba"), true, QStringLiteral("CN"),
         list({"CN", "SG"})},
        {QStringLiteral("xAI"), QStringLiteral("xai"), false, QStringLiteral("US"), list({"US"})},
        {QStringLiteral("DeepInfra"), QStringLiteral("deepinfra"), false, QStringLiteral("US"),
         list({"US"})},
        {QStringLiteral("Together"), QStringLiteral("together"), false, QStringLiteral("US"),
         list({"US"})},
        {QStringLiteral("Fireworks"), QStringLiteral("fireworks"), false, QStringLiteral("US"),
         list({"US"})},
        {QStringLiteral("Novita"), QStringLiteral("novita"), false, QStringLiteral("SG"),
         list({"US", "SG"})},
        {QStringLiteral("Parasail"), QStringLiteral("parasail"), false, QStringLiteral("US"),
         list({"US"})},
        {QStringLiteral("SambaNova"), QStringLiteral("sambanova"), false, QStringLiteral("US"),
         list({"US"})},
        {QStringLiteral("Nebius"), QStringLiteral("nebius"), false, QStringLiteral("NL"),
         list({"FI", "NL"})},
        {QStringLiteral("Chutes"), QStringLiteral("chutes"), true, QString(), QStringList()},
        {QStringLiteral("BaseTen"), QStringLiteral("baseten"), false, QStringLiteral("US"),
         list({"US"})},
        {QStringLiteral("Fake"), QStringLiteral("fake"), false, QString(), QStringList()},
    };
    return providers;
}

// The third-party pool other models draw from, after their author's own provider.
const QStringList &pool() {
    static const QStringList slugs =
        list({"deepinfra", "together", "fireworks", "novita", "parasail", "nebius", "baseten"});
    return slugs;
}

QJsonObject percentiles(double p50, bool higherIsBetter) {
    // p75..p99 spread the way real listings do: worse at the tail
    const double f = higherIsBetter ? 0.8 : 1.3;
    const auto round3 = [](double v) { return std::round(v * 1000) / 1000; };
    return {{QStringLiteral("p50"), round3(p50)},
            {QStringLiteral("p75"), round3(p50 * f)},
            {QStringLiteral("p90"), round3(p50 * f * f)},
            {QStringLiteral("p99"), round3(p50 * f * f * f)}};
}

// "0.0000004" as the real listings write prices: fixed notation, no trailing zeros
QString priceText(double perToken) {
    QString text = QString::number(perToken, 'f', 12);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QStringList without(QStringList params, std::initializer_list<const char *> drop) {
    for (const char *d : drop)
        params.removeAll(QString::fromLatin1(d));
    return params;
}

struct Showcase {
    const char *slug;
    const char *quantization;
    int context;
    int maxOutput;
    double promptPerM; // <0: the catalogue price
    double completionPerM;
    double uptime;
    double latency;
    double throughput;
    int status;
    bool zdr;
};

// deepseek/deepseek-r1: 10 providers, hand-written so tests can reason about the choices.
constexpr Showcase kShowcase[] = {
    {"deepseek", "fp8", 163840, 163840, -1, -1, 99.1, 1.9, 28, 0, false},
    {"deepinfra", "fp4", 163840, 163840, 0.45, 2.15, 99.8, 0.8, 42, 0, true},
    {"together", "fp8", 163840, 32768, 3.00, 7.00, 99.9, 0.5, 95, 0, true},
    {"fireworks", "fp8", 163840, 163840, 3.00, 8.00, 99.5, 0.6, 80, 0, true},
    {"novita", "fp8", 64000, 16000, 0.70, 2.50, 97.2, 1.4, 30, 0, false},
    {"parasail", "bf16", 128000, 128000, 0.79, 4.00, 99.0, 0.9, 55, -1, false},
    {"sambanova", "bf16", 32768, 8192, 5.00, 7.00, 98.0, 0.3, 210, 0, true},
    {"nebius", "fp8", 163840, 163840, 0.80, 2.40, 99.6, 1.1, 35, 0, false},
    {"chutes", "unknown", 163840, 163840, 0.30, 1.20, 62.0, 2.5, 20, -10, false},
    {"baseten", "fp4", 163840, 131072, 2.55, 5.95, 99.7, 0.4, 150, 0, true},
};

} // namespace

QString FakeEndpoint::tag() const {
    return quantization.isEmpty() || quantization == QLatin1String("unknown")
               ? provider->slug
               : provider->slug + QLatin1Char('/') + quantization;
}

QJsonObject FakeEndpoint::toJson(const QString &modelName) const {
    const bool tools = supportedParameters.contains(QLatin1String("tools"));
    const bool toolChoice = supportedParameters.contains(QLatin1String("tool_choice"));
    return {
        {QStringLiteral("name"), QStringLiteral("%1 | %2").arg(provider->name, modelId)},
        {QStringLiteral("model_id"), modelId},
        {QStringLiteral("model_name"), modelName},
        {QStringLiteral("context_length"), contextLength},
        {QStringLiteral("pricing"),
         QJsonObject{{QStringLiteral("prompt"), priceText(promptPrice)},
                     {QStringLiteral("completion"), priceText(completionPrice)},
                     {QStringLiteral("request"), QStringLiteral("0")},
                     {QStringLiteral("image"), QStringLiteral("0")},
                     {QStringLiteral("discount"), 0}}},
        {QStringLiteral("provider_name"), provider->name},
        {QStringLiteral("tag"), tag()},
        {QStringLiteral("quantization"),
         quantization.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(quantization)},
        {QStringLiteral("max_completion_tokens"),
         maxCompletionTokens > 0 ? QJsonValue(maxCompletionTokens) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("max_prompt_tokens"), QJsonValue::Null},
        {QStringLiteral("supported_parameters"), QJsonArray::fromStringList(supportedParameters)},
        {QStringLiteral("status"), status},
        {QStringLiteral("uptime_last_30m"), uptime30m},
        {QStringLiteral("uptime_last_5m"), isDown() ? 0.0 : std::min(100.0, uptime30m + 0.5)},
        {QStringLiteral("uptime_last_1d"), std::max(0.0, uptime30m - 0.3)},
        {QStringLiteral("supports_implicit_caching"), false},
        {QStringLiteral("supports_tool_choice"),
         QJsonObject{{QStringLiteral("auto"), tools},
                     {QStringLiteral("function"), toolChoice},
                     {QStringLiteral("none"), tools},
                     {QStringLiteral("required"), toolChoice}}},
        {QStringLiteral("latency_last_30m"), percentiles(latencyP50, false)},
        {QStringLiteral("throughput_last_30m"), percentiles(throughputP50, true)},
    };
}

const QList<FakeProvider> &ProviderData::providers() {
    return table();
}

const FakeProvider *ProviderData::findProvider(const QString &slugOrName) {
    for (const FakeProvider &p : table()) {
        if (p.slug.compare(slugOrName, Qt::CaseInsensitive) == 0 ||
            p.name.compare(slugOrName, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const FakeProvider *ProviderData::authorProvider(const QString &modelId) {
    const QString author = modelId.section(QLatin1Char('/'), 0, 0).remove(QLatin1Char('~'));
    static const QHash<QString, QString> slugs{
        {QStringLiteral("openai"), QStringLiteral("openai")},
        {QStringLiteral("anthropic"), QStringLiteral("anthropic")},
        {QStringLiteral("google"), QStringLiteral("google-ai-studio")},
        {QStringLiteral("meta-llama"), QStringLiteral("deepinfra")},
        {QStringLiteral("deepseek"), QStringLiteral("deepseek")},
        {QStringLiteral("mistralai"), QStringLiteral("mistral")},
        {QStringLiteral("black-forest-labs"), QStringLiteral("black-forest-labs")},
        {QStringLiteral("qwen"), QStringLiteral("alibaba")},
        {QStringLiteral("x-ai"), QStringLiteral("xai")},
    };
    return findProvider(slugs.value(author, QStringLiteral("fake")));
}

QList<FakeEndpoint> ProviderData::endpointsFor(const ModelInfo &model) {
    QList<FakeEndpoint> out;
    if (model.id.startsWith(QLatin1String("fake/")) || model.promptPrice < 0)
        return out; // routers ("-1" prices) and the fake's own models have no endpoints
    const int context =
        std::max(4096, model.json.value(QStringLiteral("context_length")).toInt(128000));
    const int topMax = model.json.value(QStringLiteral("top_provider"))
                           .toObject()
                           .value(QStringLiteral("max_completion_tokens"))
                           .toInt(0);
    const bool free = model.id.endsWith(QLatin1String(":free"));

    if (model.id == QLatin1String("deepseek/deepseek-r1")) {
        QStringList params = model.supportedParameters; // R1's hosts call tools, bar one
        for (const char *p : {"tools", "tool_choice", "response_format", "structured_outputs"})
            if (!params.contains(QLatin1String(p)))
                params.append(QString::fromLatin1(p));
        for (const Showcase &s : kShowcase) {
            FakeEndpoint e;
            e.provider = findProvider(QString::fromLatin1(s.slug));
            e.modelId = model.id;
            e.quantization = QString::fromLatin1(s.quantization);
            e.contextLength = s.context;
            e.maxCompletionTokens = s.maxOutput;
            e.promptPrice = s.promptPerM < 0 ? model.promptPrice : s.promptPerM / 1e6;
            e.completionPrice =
                s.completionPerM < 0 ? model.completionPrice : s.completionPerM / 1e6;
            e.uptime30m = s.uptime;
            e.latencyP50 = s.latency;
            e.throughputP50 = s.throughput;
            e.status = s.status;
            e.zdr = s.zdr;
            // some providers lack tool calling or structured outputs
            e.supportedParameters =
                e.provider->slug == QLatin1String("novita")
                    ? without(params, {"tools", "tool_choice"})
                : e.provider->slug == QLatin1String("sambanova")
                    ? without(params, {"response_format", "structured_outputs", "seed"})
                    : params;
            out.append(e);
        }
        return out;
    }

    const QByteArray digest = QCryptographicHash::hash(model.id.toUtf8(), QCryptographicHash::Sha1);
    const auto byte = [&digest](int i) {
        return static_cast<quint8>(digest.at(i % digest.size()));
    };
    static const QStringList quantizations = list({"fp8", "bf16", "fp4", "int8", "fp16"});
    const int count = 1 + byte(0) % 4;
    QStringList used;
    for (int i = 0; i < count; ++i) {
        FakeEndpoint e;
        if (i == 0) {
            e.provider = authorProvider(model.id);
        } else {
            QString slug = pool().at(byte(i) % pool().size());
            for (int step = 1; used.contains(slug); ++step)
                slug = pool().at((byte(i) + step) % pool().size());
            e.provider = findProvider(slug);
        }
        used.append(e.provider->slug);
        e.modelId = model.id;
        // the author's own endpoint is the catalogue's; others cost 0.8x .. 1.5x of it
        const double factor = i == 0 ? 1.0 : 0.8 + (byte(i + 4) % 8) / 10.0;
        e.promptPrice = free ? 0 : model.promptPrice * factor;
        e.completionPrice = free ? 0 : model.completionPrice * factor;
        e.quantization = i == 0 ? QString() : quantizations.at(byte(i + 8) % quantizations.size());
        e.contextLength = i == 0 ? context : std::max(4096, context / (1 + byte(i + 12) % 2));
        e.maxCompletionTokens = i == 0 ? topMax : std::min(context, 8192 << (byte(i + 2) % 3));
        e.uptime30m = 95.0 + (byte(i + 5) % 50) / 10.0;
        e.latencyP50 = 0.3 + (byte(i + 6) % 20) / 10.0;
        e.throughputP50 = 20 + byte(i + 7) % 180;
        e.zdr = !e.provider->trains && byte(i + 9) % 2 == 0;
        e.supportedParameters = model.supportedParameters;
        out.append(e);
    }
    return out;
}

QByteArray ProviderData::providersJson() {
    QJsonArray data;
    for (const FakeProvider &p : table()) {
        if (p.slug == QLatin1String("fake"))
            continue;
        QJsonArray centers;
        for (const QString &c : p.datacenters)
            centers.append(c);
        data.append(QJsonObject{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("slug"), p.slug},
            {QStringLiteral("privacy_policy_url"),
             QStringLiteral("https://%1.example/privacy").arg(p.slug)},
            {QStringLiteral("terms_of_service_url"),
             QStringLiteral("https://%1.example/terms").arg(p.slug)},
            {QStringLiteral("status_page_url"),
             p.trains ? QJsonValue(QJsonValue::Null)
                      : QJsonValue(QStringLiteral("https://status.%1.example").arg(p.slug))},
            {QStringLiteral("headquarters"),
             p.headquarters.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.headquarters)},
            {QStringLiteral("datacenters"),
             centers.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(centers)},
        });
    }
    return http::compactJson({{QStringLiteral("data"), data}});
}

QByteArray ProviderData::zdrJson(const QList<ModelInfo> &catalog) {
    QJsonArray data;
    for (const ModelInfo &m : catalog) {
        const QString name = m.json.value(QStringLiteral("name")).toString(m.id);
        for (const FakeEndpoint &e : endpointsFor(m))
            if (e.zdr)
                data.append(e.toJson(name));
    }
    return http::compactJson({{QStringLiteral("data"), data}});
}

QByteArray ProviderData::endpointsJson(const ModelInfo &model) {
    const QString name = model.json.value(QStringLiteral("name")).toString(model.id);
    QJsonArray endpoints;
    for (const FakeEndpoint &e : endpointsFor(model))
        endpoints.append(e.toJson(name));
    const QJsonObject arch = model.json.value(QStringLiteral("architecture")).toObject();
    const auto orNull = [](const QJsonValue &v) {
        return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
    };
    const QJsonObject architecture{
        {QStringLiteral("input_modalities"), QJsonArray::fromStringList(model.inputModalities)},
        {QStringLiteral("output_modalities"), QJsonArray::fromStringList(model.outputModalities)},
        {QStringLiteral("modality"), orNull(arch.value(QStringLiteral("modality")))},
        {QStringLiteral("tokenizer"), orNull(arch.value(QStringLiteral("tokenizer")))},
        {QStringLiteral("instruct_type"), orNull(arch.value(QStringLiteral("instruct_type")))},
    };
    return http::compactJson(
        {{QStringLiteral("data"),
          QJsonObject{
              {QStringLiteral("id"), model.id},
              {QStringLiteral("name"), name},
              {QStringLiteral("created"), model.json.value(QStringLiteral("created")).toInteger()},
              {QStringLiteral("description"),
               model.json.value(QStringLiteral("description")).toString()},
              {QStringLiteral("architecture"), architecture},
              {QStringLiteral("endpoints"), endpoints}}}});
}

} // namespace orc::fake
