#include "Routing.h"

#include "ErrorBodies.h"
#include "ModelCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace orc::fake {

namespace {

const QString kRoutingDocs =
    QStringLiteral("To learn more about provider routing, visit: "
                   "https://openrouter.ai/docs/guides/routing/provider-selection");
const QString kPrivacy = QStringLiteral("Configure: https://openrouter.ai/settings/privacy");

QStringList strings(const QJsonValue &value) {
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        if (!v.toString().isEmpty())
            out.append(v.toString());
    return out;
}

bool named(const FakeEndpoint &e, const QStringList &names) {
    for (const QString &n : names) {
        if (n.compare(e.provider->slug, Qt::CaseInsensitive) == 0 ||
            n.compare(e.provider->name, Qt::CaseInsensitive) == 0 ||
            n.compare(e.tag(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int rank(const FakeEndpoint &e, const QStringList &order) {
    for (qsizetype i = 0; i < order.size(); ++i)
        if (named(e, {order.at(i)}))
            return static_cast<int>(i);
    return static_cast<int>(order.size());
}

// max_price values are numbers in the docs and strings in the SDK: take both. -1 when absent.
double priceLimit(const QJsonObject &maxPrice, const QString &key) {
    const QJsonValue v = maxPrice.value(key);
    if (v.isDouble())
        return v.toDouble();
    bool ok = false;
    const double d = v.toString().toDouble(&ok);
    return ok ? d : -1;
}

// Request fields that are "parameters" in supported_parameters terms.
QStringList sentParameters(const QJsonObject &body) {
    static const QStringList known{QStringLiteral("temperature"),
                                   QStringLiteral("top_p"),
                                   QStringLiteral("top_k"),
                                   QStringLiteral("min_p"),
                                   QStringLiteral("top_a"),
                                   QStringLiteral("frequency_penalty"),
                                   QStringLiteral("presence_penalty"),
                                   QStringLiteral("repetition_penalty"),
                                   QStringLiteral("seed"),
                                   QStringLiteral("stop"),
                                   QStringLiteral("max_tokens"),
                                   QStringLiteral("logit_bias"),
                                   QStringLiteral("logprobs"),
                                   QStringLiteral("top_logprobs"),
                                   QStringLiteral("response_format"),
                                   QStringLiteral("tools"),
                                   QStringLiteral("tool_choice"),
                                   QStringLiteral("reasoning"),
                                   QStringLiteral("include_reasoning"),
                                   QStringLiteral("parallel_tool_calls")};
    QStringList out;
    for (const QString &k : known)
        if (body.contains(k))
            out.append(k);
    if (body.contains(QStringLiteral("max_completion_tokens")) &&
        !out.contains(QLatin1String("max_tokens")))
        out.append(QStringLiteral("max_tokens"));
    if (body.value(QStringLiteral("response_format")).toObject().value(QStringLiteral("type")) ==
        QLatin1String("json_schema"))
        out.append(QStringLiteral("structured_outputs"));
    return out;
}

RouteChoice failure(int status, const QString &message, const QJsonObject &metadata = {}) {
    RouteChoice c;
    c.status = status;
    c.errorBody = ErrorBodies::make(status, message, metadata, ErrorBodies::userId());
    return c;
}

QString priceText(double usdPerMillion) {
    return QString::number(usdPerMillion, 'g', 10);
}

// Filters and orders one model's endpoints, then walks them. Sets `choice.ok` on success.
RouteChoice routeModel(const ModelInfo &model, const QJsonObject &body) {
    const QJsonObject prefs = body.value(QStringLiteral("provider")).toObject();
    QList<FakeEndpoint> eps = ProviderData::endpointsFor(model);
    RouteChoice c;
    c.model = &model;
    if (eps.isEmpty()) { // routers and fake models: no provider routing
        c.ok = true;
        return c;
    }
    const bool allowFallbacks = prefs.value(QStringLiteral("allow_fallbacks")).toBool(true);
    const QStringList order = strings(prefs.value(QStringLiteral("order")));
    const QStringList only = strings(prefs.value(QStringLiteral("only")));
    const QStringList ignore = strings(prefs.value(QStringLiteral("ignore")));
    const auto keep = [&eps](auto predicate) {
        eps.erase(std::remove_if(eps.begin(), eps.end(),
                                 [&](const FakeEndpoint &e) { return !predicate(e); }),
                  eps.end());
        return !eps.isEmpty();
    };

    QStringList available;
    for (const FakeEndpoint &e : std::as_const(eps))
        available.append(e.provider->slug);
    const bool allowed = keep([&](const FakeEndpoint &e) {
        return (only.isEmpty() || named(e, only)) && !named(e, ignore) &&
               (allowFallbacks || order.isEmpty() || named(e, order));
    });
    if (!allowed) {
        const QStringList requested = !only.isEmpty()  ? only
                                      : allowFallbacks ? QStringList()
                                                       : order;
        return failure(
            404,
            QStringLiteral("No allowed providers are available for the selected "
                           "model."),
            {{QStringLiteral("available_providers"), QJsonArray::fromStringList(available)},
             {QStringLiteral("requested_providers"), QJsonArray::fromStringList(requested)}});
    }
    if (prefs.value(QStringLiteral("data_collection")).toString() == QLatin1String("deny") &&
        !keep([](const FakeEndpoint &e) { return !e.provider->trains; }))
        return failure(404, QStringLiteral("No endpoints found matching your data policy (Paid "
                                           "model training). %1")
                                .arg(kPrivacy));
    if (prefs.value(QStringLiteral("zdr")).toBool(false) &&
        !keep([](const FakeEndpoint &e) { return e.zdr; }))
        return failure(404, QStringLiteral("No endpoints found matching your data policy (Zero "
                                           "data retention). %1")
                                .arg(kPrivacy));
    const QStringList quantizations = strings(prefs.value(QStringLiteral("quantizations")));
    if (!quantizations.isEmpty() && !keep([&](const FakeEndpoint &e) {
            return quantizations.contains(e.quantization.isEmpty() ? QStringLiteral("unknown")
                                                                   : e.quantization,
                                          Qt::CaseInsensitive);
        }))
        return failure(404, QStringLiteral("No endpoints found matching the requested "
                                           "quantizations: %1. %2")
                                .arg(quantizations.join(QStringLiteral(", ")), kRoutingDocs));
    const QJsonObject maxPrice = prefs.value(QStringLiteral("max_price")).toObject();
    const double maxPrompt = priceLimit(maxPrice, QStringLiteral("prompt"));
    const double maxCompletion = priceLimit(maxPrice, QStringLiteral("completion"));
    if (!keep([&](const FakeEndpoint &e) {
            // request and image prices of fake endpoints are 0: any limit >= 0 passes
            return (maxPrompt < 0 || e.promptPrice * 1e6 <= maxPrompt + 1e-9) &&
                   (maxCompletion < 0 || e.completionPrice * 1e6 <= maxCompletion + 1e-9);
        })) {
        QStringList limits;
        if (maxPrompt >= 0)
            limits.append(QStringLiteral("prompt $%1/M").arg(priceText(maxPrompt)));
        if (maxCompletion >= 0)
            limits.append(QStringLiteral("completion $%1/M").arg(priceText(maxCompletion)));
        return failure(404, QStringLiteral("No endpoints found matching your max_price (%1). %2")
                                .arg(limits.join(QStringLiteral(", ")), kRoutingDocs));
    }
    if (!body.value(QStringLiteral("tools")).toArray().isEmpty() &&
        !keep([](const FakeEndpoint &e) {
            return e.supportedParameters.contains(QLatin1String("tools"));
        }))
        return failure(
            404, QStringLiteral("No endpoints found that support tool use. %1").arg(kRoutingDocs));
    if (prefs.value(QStringLiteral("require_parameters")).toBool(false)) {
        const QStringList sent = sentParameters(body);
        if (!keep([&](const FakeEndpoint &e) {
                return std::all_of(sent.cbegin(), sent.cend(), [&](const QString &p) {
                    return e.supportedParameters.contains(p);
                });
            }))
            return failure(404, QStringLiteral("No endpoints found that can handle the requested "
                                               "parameters. %1")
                                    .arg(kRoutingDocs));
    }

    // order: sort (string or object), else listing order with degraded endpoints last
    const QJsonValue sortValue = prefs.value(QStringLiteral("sort"));
    const QString sort = sortValue.isObject()
                             ? sortValue.toObject().value(QStringLiteral("by")).toString()
                             : sortValue.toString();
    std::stable_sort(eps.begin(), eps.end(), [&](const FakeEndpoint &a, const FakeEndpoint &b) {
        const int ra = rank(a, order);
        const int rb = rank(b, order);
        if (ra != rb)
            return ra < rb;
        if (sort == QLatin1String("price"))
            return a.promptPrice + a.completionPrice < b.promptPrice + b.completionPrice;
        if (sort == QLatin1String("throughput"))
            return a.throughputP50 > b.throughputP50;
        if (sort == QLatin1String("latency"))
            return a.latencyP50 < b.latencyP50;
        return (a.status < 0) < (b.status < 0);
    });
    for (const FakeEndpoint &e : std::as_const(eps)) {
        if (!e.isDown()) {
            c.ok = true;
            c.endpoint = e;
            return c;
        }
        c.providerFallback = true;
        if (!allowFallbacks)
            break;
    }
    const FakeEndpoint &last = allowFallbacks ? eps.last() : eps.first();
    return failure(502, QStringLiteral("Provider returned error"),
                   {{QStringLiteral("provider_name"), last.provider->name},
                    {QStringLiteral("raw"),
                     QStringLiteral("upstream connect error or disconnect/reset before headers")}});
}

QJsonObject preset(const QString &slug) {
    const auto obj = [](const char *json) {
        return QJsonDocument::fromJson(QByteArray(json)).object();
    };
    if (slug == QLatin1String("cheap-r1"))
        return obj(R"({"model":"deepseek/deepseek-r1",
                       "provider":{"sort":"price","data_collection":"deny"}})");
    if (slug == QLatin1String("private-fast"))
        return obj(R"({"model":"deepseek/deepseek-r1","models":["openai/gpt-4o-mini"],
                       "provider":{"zdr":true,"sort":"throughput"}})");
    if (slug == QLatin1String("pinned-fireworks"))
        return obj(R"({"model":"deepseek/deepseek-r1",
                       "provider":{"only":["fireworks"],"allow_fallbacks":false}})");
    return {};
}

} // namespace

bool Routing::applyPreset(QJsonObject &body, QByteArray &errorBody) {
    const QString model = body.value(QStringLiteral("model")).toString();
    const QString slug = model.mid(int(qstrlen("@preset/")));
    const QJsonObject config = preset(slug);
    if (config.isEmpty()) {
        errorBody = ErrorBodies::make(404, QStringLiteral("Preset \"%1\" not found").arg(slug), {},
                                      ErrorBodies::userId());
        return false;
    }
    body.insert(QStringLiteral("model"), config.value(QStringLiteral("model")));
    if (!body.contains(QStringLiteral("models")) && config.contains(QStringLiteral("models")))
        body.insert(QStringLiteral("models"), config.value(QStringLiteral("models")));
    QJsonObject provider = config.value(QStringLiteral("provider")).toObject();
    const QJsonObject own = body.value(QStringLiteral("provider")).toObject();
    for (auto it = own.begin(); it != own.end(); ++it)
        provider.insert(it.key(), it.value());
    body.insert(QStringLiteral("provider"), provider);
    return true;
}

RouteChoice Routing::choose(const QJsonObject &body, const ModelCatalog &catalog,
                            const ModelInfo &primary) {
    const RouteChoice first = routeModel(primary, body);
    if (first.ok)
        return first;
    for (const QString &id : strings(body.value(QStringLiteral("models")))) {
        const ModelInfo *fallback = catalog.find(id);
        if (!fallback || fallback->id == primary.id)
            continue;
        RouteChoice c = routeModel(*fallback, body);
        if (c.ok)
            return c;
    }
    return first;
}

} // namespace orc::fake
