#include "ApiError.h"

#include "Translate.h"
#include "domain/EnumNames.h"
#include "domain/ModelJson_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <atomic>
#include <cmath>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr auto tr = fileTr<"orc::ApiError">;

std::atomic<ApiError::Face> g_face{ApiError::Face::App};

// `withItems` with the items in place of %1, or `without` when there are none.
QString listing(const QStringList &items, const QString &withItems, const QString &without) {
    return items.isEmpty() ? without : withItems.arg(items.join(u", "_s));
}

// The hint for Kind::NoEndpoint: what to relax, by the constraint that excluded everything.
QString noEndpointHint(const ApiError &e) {
    if (e.constraint == "providers"_L1) {
        return listing(detail::readStringList(e.metadata.value("available_providers"_L1)),
                       tr("None of the allowed providers serves this model (it is served by %1): "
                          "change the provider list or allow fallbacks."),
                       tr("None of the allowed providers serves this model: change the provider "
                          "list or allow fallbacks."));
    }
    if (e.constraint == "data_policy"_L1 || e.constraint == "zdr"_L1)
        return tr("Your privacy settings exclude every provider of this model: see "
                  "https://openrouter.ai/settings/privacy.");
    if (e.constraint == "tools"_L1 || e.constraint == "parameters"_L1 ||
        e.constraint == "modalities"_L1)
        return tr("No provider of this model supports what the request asks for: remove those "
                  "parameters or choose another model.");
    if (e.constraint == "max_price"_L1)
        return tr("Every provider of this model costs more than the maximum price: raise it or "
                  "choose another model.");
    if (e.constraint == "quantizations"_L1)
        return tr("No provider of this model offers the requested quantizations: allow others "
                  "or choose another model.");
    return tr("No provider of this model satisfies the routing constraints: relax them or "
              "choose another model.");
}

} // namespace

void ApiError::setFace(Face face) {
    g_face = face;
}

ApiError::Face ApiError::face() {
    return g_face;
}

ApiError::Kind ApiError::kindForStatus(int s) {
    if (s == 401)
        return Kind::Auth;
    if (s == 402)
        return Kind::Credits;
    if (s == 403)
        return Kind::Moderation;
    if (s == 404)
        return Kind::NotFound;
    if (s == 429)
        return Kind::RateLimited;
    if (s == 408 || s >= 500)
        return Kind::Server;
    if (s >= 400)
        return Kind::BadRequest;
    return Kind::Server; // a non-error status carrying an error body: treat as provider trouble
}

ApiError ApiError::config(const QString &message) {
    ApiError e;
    e.kind = Kind::Config;
    e.message = message;
    return e;
}

ApiError ApiError::network(int networkError, const QString &message) {
    ApiError e;
    e.kind = Kind::Network;
    e.networkError = networkError;
    e.message = message;
    e.retryable = true;
    return e;
}

ApiError ApiError::timeout(int idleMs) {
    ApiError e;
    e.kind = Kind::Timeout;
    e.retryable = true;
    e.message = tr("No data arrived from the server for %1 s.").arg(idleMs / 1000.0, 0, 'g', 3);
    return e;
}

ApiError ApiError::overallTimeout(int limitMs) {
    ApiError e;
    e.kind = Kind::Timeout;
    e.message = tr("The call took longer than its overall time limit of %1 s.")
                    .arg(limitMs / 1000.0, 0, 'g', 3);
    return e;
}

ApiError ApiError::cancelled() {
    ApiError e;
    e.kind = Kind::Cancelled;
    e.message = tr("Cancelled.");
    return e;
}

ApiError ApiError::invalidResponse(const QString &message) {
    ApiError e;
    e.kind = Kind::InvalidResponse;
    e.message = message;
    return e;
}

ApiError ApiError::truncated() {
    ApiError e;
    e.kind = Kind::Truncated;
    e.retryable = true;
    e.message = tr("The stream ended before the reply was complete.");
    return e;
}

QString ApiError::hint() const {
    switch (kind) {
    case Kind::None:
    case Kind::Config:
    case Kind::Cancelled:
        return {};
    case Kind::Auth:
        if (face() == Face::Cli)
            return tr("Check your OpenRouter API key: set OPENROUTER_API_KEY (or "
                      "SKILL_OPENROUTER_API_KEY) in the environment. Keys are made at "
                      "https://openrouter.ai/keys.");
        return tr("Check your OpenRouter API key: set OPENROUTER_API_KEY (or "
                  "SKILL_OPENROUTER_API_KEY) or enter it in the settings. Keys are made at "
                  "https://openrouter.ai/keys.");
    case Kind::Credits:
        return tr("Add credits at https://openrouter.ai/settings/credits, or ask for fewer "
                  "max tokens.");
    case Kind::Moderation:
        return listing(reasons,
                       tr("The input was flagged by moderation (%1). Rephrase it or choose "
                          "another model."),
                       tr("The request was refused (moderation, guardrail or permission). "
                          "Rephrase the input or choose another model."));
    case Kind::NotFound:
        return tr("Check the model id (the catalog lists every model) or choose another model.");
    case Kind::NoEndpoint:
        return noEndpointHint(*this);
    case Kind::RateLimited:
        if (retryAfterMs >= 0)
            return tr("Rate limited: wait %1 s and try again. Free models have strict limits; "
                      "the paid variant is not limited this way.")
                .arg((retryAfterMs + 999) / 1000);
        return tr("Rate limited: wait a moment and try again. Free models have strict limits; "
                  "the paid variant is not limited this way.");
    case Kind::Server:
        return tr("The provider had trouble (HTTP %1). Try again shortly or choose another "
                  "model.")
            .arg(httpStatus);
    case Kind::BadRequest:
        return tr("The request was rejected as invalid; change the parameters or the input.");
    case Kind::Network:
        return tr("Check the network connection and the base URL.");
    case Kind::Timeout:
        return tr("Try again, or raise the timeout.");
    case Kind::InvalidResponse:
        if (code == "empty_response"_L1)
            return {}; // the server did answer like OpenRouter; the message says what to do
        return tr("The server did not answer like OpenRouter; check the base URL or proxy.");
    case Kind::Truncated:
        return tr("What arrived is kept; try again.");
    }
    return {};
}

QString ApiError::toString() const {
    QString text = message;
    if (!detail.isEmpty())
        text +=
            u" ("_s + (providerName.isEmpty() ? QString() : providerName + u": "_s) + detail + u')';
    const QString h = hint();
    if (!h.isEmpty())
        text += u' ' + h;
    return text;
}

// Indexed by ApiError::Kind, in declaration order.
constexpr QLatin1String kKindNames[] = {
    "none"_L1,        "config"_L1,       "network"_L1, "timeout"_L1,          "cancelled"_L1,
    "bad_request"_L1, "auth"_L1,         "credits"_L1, "moderation"_L1,       "not_found"_L1,
    "no_endpoint"_L1, "rate_limited"_L1, "server"_L1,  "invalid_response"_L1, "truncated"_L1};
static_assert(std::size(kKindNames) == std::size_t(ApiError::Kind::Truncated) + 1);

QString ApiError::kindName(Kind kind) {
    return enumName(kKindNames, kind, "unknown"_L1);
}

QJsonObject ApiError::toJson() const {
    QJsonObject o{
        {u"kind"_s, kindName(kind)}, {u"message"_s, message}, {u"retryable"_s, retryable}};
    if (httpStatus)
        o.insert(u"status"_s, httpStatus);
    if (!code.isEmpty())
        o.insert(u"code"_s, code);
    if (!errorType.isEmpty())
        o.insert(u"error_type"_s, errorType);
    if (!detail.isEmpty())
        o.insert(u"detail"_s, detail);
    if (!providerName.isEmpty())
        o.insert(u"provider"_s, providerName);
    if (!reasons.isEmpty())
        o.insert(u"reasons"_s, QJsonArray::fromStringList(reasons));
    if (!flaggedInput.isEmpty())
        o.insert(u"flagged_input"_s, flaggedInput);
    if (!constraint.isEmpty())
        o.insert(u"constraint"_s, constraint);
    if (retryAfterMs >= 0)
        o.insert(u"retry_after_ms"_s, retryAfterMs);
    if (midStream)
        o.insert(u"mid_stream"_s, true);
    const QString h = hint();
    if (!h.isEmpty())
        o.insert(u"hint"_s, h);
    return o;
}

void ApiError::redact(const QString &secret) {
    if (secret.size() < 8)
        return;
    const QString marker = u"[redacted key]"_s;
    message.replace(secret, marker);
    detail.replace(secret, marker);
    flaggedInput.replace(secret, marker);
    if (QJsonDocument(metadata).toJson().contains(secret.toUtf8()))
        metadata = QJsonObject{{u"redacted"_s, true}};
}

} // namespace orc
