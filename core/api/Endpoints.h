#pragma once

#include "domain/ChatRequest.h"
#include "domain/ImageRequest.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace orc {

class Endpoints;

// One request to one OpenRouter endpoint before it meets a configuration: the method, the path
// under the base URL, the query, the JSON body and how it is sent. Only Endpoints makes these,
// so every request is one of the operations listed there. RequestBuilder turns one into the
// concrete HTTP request (URL, headers) that ApiCall sends and `orcli --dry-run` prints.
class PreparedRequest {
public:
    const QByteArray &method() const { return m_method; }
    const QString &path() const { return m_path; } // e.g. "/chat/completions"
    const QUrlQuery &query() const { return m_query; }
    const QByteArray &body() const { return m_body; } // compact JSON; empty for GET
    bool streaming() const { return m_streaming; }    // asks for text/event-stream
    bool needsKey() const { return m_needsKey; }      // fails before sending without a key
    bool sendsKey() const { return m_sendsKey; }      // false: no Authorization header

private:
    friend class Endpoints;
    PreparedRequest() = default;

    QByteArray m_method = QByteArrayLiteral("GET");
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    bool m_streaming = false;
    bool m_needsKey = true;
    bool m_sendsKey = true;
};

// Every OpenRouter endpoint OR Studio uses, and the one place that names their paths and query
// parameters (tst_endpointpaths fails when one is written anywhere else in core/ or app/).
// Send a request with OpenRouterClient (its typed operations, or send()); preview it with
// OpenRouterClient::describe(). Adding an endpoint: one function here, plus a typed operation
// on OpenRouterClient when callers want decoded values.
class Endpoints {
public:
    Endpoints() = delete;

    // POST /chat/completions; streamed when request.stream is true.
    static PreparedRequest chatCompletions(const ChatRequest &request);
    // POST /images asking for `n` images at once (ImageCodec::encodeImagesRequest).
    static PreparedRequest images(const ImageRequest &request, int n, bool stream);
    // GET /images/models: the Images API's models and their parameters (no key needed).
    static PreparedRequest imageModels();
    // GET /models?output_modalities=all: the whole catalogue, image-only models included
    // (no key needed).
    static PreparedRequest models();
    // GET /models/{author}/{slug}/endpoints: the providers serving one model, with prices,
    // quantization, uptime, latency and throughput (ModelEndpoints::parse; no key needed).
    static PreparedRequest modelEndpoints(const QString &modelId);
    // GET /providers: every provider's name, slug and policies (ProviderInfo::parseList).
    static PreparedRequest providers();
    // GET /endpoints/zdr: every zero-data-retention endpoint (parseZdrEndpoints).
    static PreparedRequest zdrEndpoints();
    static PreparedRequest key();     // GET /key
    static PreparedRequest credits(); // GET /credits
    // GET /generation?id=ID: cost and statistics of a finished generation.
    static PreparedRequest generation(const QString &id);
    // GET /activity[?date=YYYY-MM-DD]: the account's use per day and endpoint over the last 30
    // completed UTC days (a management key is needed). An invalid `date`: every day.
    static PreparedRequest activity(const QDate &date = QDate());

    // OAuth PKCE (openrouter-api.md §7.6). The consent page the browser opens, on the site of
    // `baseUrl` (https://openrouter.ai/auth for https://openrouter.ai/api/v1), with the
    // callback, the S256 challenge of the verifier and an optional label for the new key.
    static QUrl authorizeUrl(const QUrl &baseUrl, const QUrl &callbackUrl,
                             const QString &codeChallenge, const QString &keyLabel = {});
    // POST /auth/keys: exchanges the code the browser brought back for a key. Sends no key.
    static PreparedRequest authKeys(const QString &code, const QString &codeVerifier);

private:
    static PreparedRequest get(const QString &path, const QUrlQuery &query = {},
                               bool needsKey = true);
    static PreparedRequest post(const QString &path, QByteArray body, bool streaming = false);
};

} // namespace orc
