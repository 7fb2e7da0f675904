#pragma once

#include "ProviderData.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace orc::fake {

class ModelCatalog;
struct ModelInfo;

// What routing decided for one chat request.
struct RouteChoice {
    bool ok = false;
    int status = 0;                   // when !ok: the HTTP status of the error
    QByteArray errorBody;             // when !ok: the error JSON
    const ModelInfo *model = nullptr; // the model that serves (the primary or a fallback)
    FakeEndpoint endpoint;            // endpoint.provider is null for models without endpoints
    bool providerFallback = false;    // a provider before it in the order was down
};

// Provider routing as OpenRouter documents it (see SOURCES.md), applied to the fake's endpoint
// table (ProviderData):
// - the `models` list: the primary `model` first, then each fallback in order, tried when a
//   model has no endpoint left after filtering or all of its endpoints are down;
// - filters in this order, the first that leaves nothing names the error: only/ignore (and
//   order with allow_fallbacks false) -> 404 "No allowed providers are available for the
//   selected model." (metadata available_providers/requested_providers); data_collection "deny"
//   -> 404 "... data policy (Paid model training) ..."; zdr -> 404 "... (Zero data retention)";
//   quantizations; max_price {prompt, completion, request, image} in USD per million tokens
//   (numbers or strings); tools present -> only endpoints supporting tools ("No endpoints found
//   that support tool use"); require_parameters -> endpoints supporting every sent parameter;
// - order: the listed providers first, in that order (slugs or names, any case); sort "price"
//   (prompt + completion), "throughput" (p50, highest first), "latency" (p50, lowest first), as
//   a string or {"by": ..., "partition": ...}; otherwise listing order, degraded (status < 0)
//   endpoints last. Deterministic (the real default balances load by price).
// - walking that order, a down endpoint (status <= -5) is skipped when allow_fallbacks is not
//   false (RouteChoice::providerFallback), else the request fails with 502 "Provider returned
//   error" naming it.
// The error of the primary model is the one answered when no model can serve.
class Routing {
public:
    // Replaces an "@preset/<slug>" model by the preset's configuration: its model, `models`
    // and `provider` are defaults the request's own fields override (the provider object key by
    // key). Returns false with a 404 body for an unknown preset. Presets: "cheap-r1"
    // (deepseek/deepseek-r1, sort price, data_collection deny), "private-fast"
    // (deepseek/deepseek-r1 then openai/gpt-4o-mini, zdr, sort throughput) and "pinned-fireworks"
    // (deepseek/deepseek-r1, only fireworks, no fallbacks).
    static bool applyPreset(QJsonObject &body, QByteArray &errorBody);

    static RouteChoice choose(const QJsonObject &body, const ModelCatalog &catalog,
                              const ModelInfo &primary);
};

} // namespace orc::fake
