#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include "CatalogVariant.h"

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace orc::fake {

// One request as the fake server received it, for assertions in tests.
struct RecordedRequest {
    QByteArray method;
    QString path; // e.g. "/api/v1/chat/completions"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QJsonObject json; // body parsed as JSON object when it is one
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// A faithful OpenRouter stand-in on 127.0.0.1 (port 0 = any free port) that speaks real
// HTTP/1.1 and SSE. Behaviour is chosen by the request, as the real service would:
//
// Auth (inference and account calls): no Authorization -> 401 "No cookie auth credentials
// found"; key starting "sk-or-bad" -> 401 "User not found."; "sk-or-broke" -> 402 insufficient
// credits. Any other key is accepted.
//
// Models: `/models` serves <fixtures>/models.json (the 414-model capture) when a fixtures dir
// is set, else a built-in set covering every capability; honours output_modalities (default
// text; "all"), input_modalities, supported_parameters, offset/limit.
//
// Chat (`/chat/completions`), by model id:
//   any catalog model or "fake/echo" -> reply "Echo: <last user text>", streamed word by word
//   "fake/tokens"          -> exactly max_tokens tokens (default 100): "t0 t1 t2 ..." one per chunk
//   "fake/reasoning"       -> reasoning deltas, then content
//   "fake/tools"           -> a streamed tool call in fragments (finish_reason tool_calls)
//   image-output models and "fake/image" with modalities containing "image" -> a real PNG whose
//                             pixel size follows image_config aspect_ratio and image_size
//   "fixture/<name>"       -> replays <fixtures>/sse/<name>.sse (stream) byte for byte
//   unknown ids            -> 400 "<id> is not a valid model ID"
// Faults, by model id (counters are per model id and cleared by reset()):
//   "fault/429"            -> always 429 with Retry-After: 1 (seconds)
//   "fault/429-once", "fault/429-twice" -> 429 (Retry-After: 1) that many times, then success
//   "fault/429-date"       -> 429 once with an HTTP-date Retry-After, then success
//   "fault/503-once"       -> 503 once, then success; "fault/500", "fault/502" -> always
//   "fault/408-once"       -> 408 once, then success
//   "fault/midstream-error"-> some content, then an in-band error chunk (code 502), then [DONE]
//   "fault/drop"           -> some content, then the connection is closed without [DONE]
//   "fault/drop-before"    -> connection closed before any response byte, once, then success
//                             ("once" as a QNetworkAccessManager request sees it: see
//                             setDropBeforeCount())
//   "fault/garbage"        -> 200 with a body that is not JSON (non-stream) / a garbage data: line
//   "fault/slow"           -> tokens every slowDelayMs() (default 200 ms)
//   "fault/moderation"     -> 403 with metadata reasons/flagged_input/provider_name/model_slug
//   "fault/empty-choices"  -> 200 with "choices": []
//   "fault/error-200"      -> non-stream: 200, whitespace padding, then an error JSON body
//   "fault/huge-image"     -> an image chunk whose data URL is hugeImageBytes() long
//   "fault/hang"           -> reads the request and never answers
//   "fault/400", "fault/404" -> those errors
//   "fault/no-done"        -> a stream with finish and usage chunks, then a clean end without
//   [DONE] "fault/bad-utf8"       -> one content delta holding invalid UTF-8 (a lone 0xC3 lead
//   byte) "fault/html-200"       -> 200 text/html (a login page), stream requested or not
//   "fault/keepalive-only" -> a stream of ": OPENROUTER PROCESSING" comments only (100 ms apart)
//   "fault/429-20", "fault/503-20" -> always that error with Retry-After: 20
// Non-stream replies send the status early, then whitespace keep-alive padding units
// ("\n         \n"), then the JSON. Streams start with ": OPENROUTER PROCESSING" comments and
// end with a finish chunk, a usage chunk (with cost) and "data: [DONE]".
//
// Account: `/key`, `/credits`, `/generation?id=` (404 on the first lookup of an id, then 200).
//
// Routing (Routing.h, ProviderData.h; sources in SOURCES.md): `/models/{author}/{slug}/endpoints`,
// `/providers` and `/endpoints/zdr` list a generated provider world ("deepseek/deepseek-r1" has
// 10 endpoints); chat requests to catalogue models honour the `provider` object, the `models`
// fallback list and "@preset/<slug>" models, report the serving provider in `provider`, and
// answer OpenRouter's 404 bodies when no endpoint matches. Without preferences the model
// author's own provider answers (as before routing existed).
//
// Details of the implementation (tests/fakeserver/*.cpp):
// - Paths live under /api/v1 (plus the OAuth consent page at /auth). Unknown paths get a 404
//   JSON error, a wrong method a 405. `/models`, `/models/count` and `/images/models` need no
//   key; `/models` is gzip-encoded when the client accepts gzip (QNetworkAccessManager does).
// - `/models` list filters: output_modalities is a comma list matching models with ANY of the
//   listed outputs; input_modalities and supported_parameters need ALL listed values;
//   offset/limit page the result (limit 1..1000, else 400) and set links.next to the
//   "/api/v1/models?..." of the next page. Built-in models (e.g. the image-only
//   "black-forest-labs/flux.2-pro") are accepted by chat and /images even when the fixture
//   listing is served.
// - Output modalities: `modalities` defaults to ["text"]; a catalogue model must support every
//   requested modality, else 404 "No endpoints found that support the requested output
//   modalities: image, text" (so image-only models need exactly ["image"]). Image models answer
//   with an image when "image" is requested, text too when "text" is. image_config aspect_ratio
//   follows the 1K table of §5.1; image_size 0.5K/1K/2K/4K scales it by 1/2, 1, 2, 4; other
//   values give a 400.
// - "fake/tokens" finishes with "stop" (max_tokens only sets the count, at most 1,000,000);
//   other models truncate at max_tokens with finish_reason "length".
// - "fake/tools" answers a message list that ends with a role "tool" message with text
//   ("Tool result: ..."); it calls the tool named by tool_choice, else the first of `tools`,
//   with arguments built from the JSON schema ("weather"/{"location":"Florence, Italy"} when no
//   tools are sent).
// - Usage chunks vary between the three real shapes: repeated finish (echo, tokens, faults),
//   empty delta (reasoning, images), "choices": [] (tools, empty-choices).
// - fault/429 and 429-once/-date carry X-RateLimit-* headers (reset in epoch ms) as OpenRouter's
//   own limits do; 429-twice sends the captured upstream body; 503-once has no Retry-After.
//   fault/huge-image: the data URL is hugeImageBytes() rounded up to a whole base64 quantum
//   (at most 3 bytes more) and decodes to a valid 64x64 PNG padded with an ancillary chunk.
//   fault/hang is bounded: the server closes such a connection after 10 minutes.
// - `/generation`: ids this server never issued stay 404; an id whose stream the client
//   aborted reports "cancelled": true.
// - `/images` (POST) and `/images/models` implement the dedicated Images API (§5.4);
//   "fake/image" also streams there. OAuth: GET /auth?callback_url=...&code_challenge=...
//   &code_challenge_method=S256 issues a code and redirects (302) to callback_url?code=...
//   (without callback_url it shows the code in a page); POST /api/v1/auth/keys checks it.
// - Requests with a malformed head or body get 400 (413 body too large, 431 headers too large,
//   414 request line too long, 501/505 unsupported coding/version) and the connection closes.
class FakeOpenRouter : public QObject {
    Q_OBJECT
public:
    explicit FakeOpenRouter(QObject *parent = nullptr);
    ~FakeOpenRouter() override;

    bool listen(quint16 port = 0); // binds 127.0.0.1
    QUrl baseUrl() const;          // http://127.0.0.1:<port>/api/v1
    quint16 port() const;
    QUrl authUrl() const; // http://127.0.0.1:<port>/auth (OpenRouter's consent page)

    void setFixturesDir(const QString &dir); // <shared>/fixtures/openrouter, or empty
    // What /models serves from now on (see CatalogVariant); reset() goes back to Normal.
    void setCatalogVariant(CatalogVariant variant);
    CatalogVariant catalogVariant() const;
    QString fixturesDir() const;

    // Knobs (all have sensible defaults, settable from tests and the standalone program).
    void setTokenDelayMs(int ms);      // delay between stream chunks for normal models (0)
    void setSlowDelayMs(int ms);       // delay for fault/slow (200)
    void setPaddingUnits(int n);       // whitespace units before non-stream JSON (3)
    void setPaddingDelayMs(int ms);    // delay between padding units (10)
    void setHugeImageBytes(qint64 n);  // fault/huge-image payload size (64 MiB)
    void setProcessingComments(int n); // ": OPENROUTER PROCESSING" comments opening a stream (1)
    void setAuthCodeLifetimeMs(qint64 ms); // OAuth codes expire after this (10 min)
    void setMaxRequestBodyBytes(qint64 n); // larger request bodies get 413 (64 MiB)
    // How many fault/drop-before HTTP requests are dropped before it answers (2). Qt 6.4's HTTP
    // stack resends a request once by itself when the connection closes before any response
    // byte (and not again until a request succeeds on that channel), so with 2 a
    // QNetworkAccessManager request fails exactly once with RemoteHostClosedError and the
    // client's own retry succeeds. Use 1 for a single drop at the TCP level (invisible to QNAM).
    void setDropBeforeCount(int n);
    int tokenDelayMs() const;
    int slowDelayMs() const;
    int paddingUnits() const;
    int paddingDelayMs() const;
    qint64 hugeImageBytes() const;
    int processingComments() const;
    int dropBeforeCount() const;
    bool servesFixtureModels() const; // /models serves <fixtures>/models.json

    // OAuth PKCE: make `code` redeemable at POST /auth/keys with a verifier whose S256 (or,
    // with method "plain", the verifier itself) equals `codeChallenge`. An empty challenge
    // accepts any verifier.
    void registerAuthCode(const QString &code, const QString &codeChallenge,
                          const QString &method = QStringLiteral("S256"));

    int connectionCount() const;     // connections open right now
    int acceptedConnections() const; // connections accepted since construction

    QList<RecordedRequest> requests() const;
    RecordedRequest lastRequest() const;
    int requestCount(const QString &path = {}) const; // "/api/v1/x" or "/x"; empty = all
    void clearRequests();
    void reset(); // requests, fault counters, generation lookups and the catalogue variant
    // Moves every recorded generation `ms` into the past (GET /activity reports completed days).
    void backdateGenerations(qint64 ms);

signals:
    void requestReceived(const orc::fake::RecordedRequest &request);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace orc::fake
