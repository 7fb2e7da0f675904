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

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace orc::fake {

// One request as the fake server received it, for assertions in tests.
struct RecordedRequest {
    QByteArray method;
    QString path;   // e.g. "/api/v1/chat/completions"
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
//   "fault/garbage"        -> 200 with a body that is not JSON (non-stream) / a garbage data: line
//   "fault/slow"           -> tokens every slowDelayMs() (default 200 ms)
//   "fault/moderation"     -> 403 with metadata reasons/flagged_input/provider_name/model_slug
//   "fault/empty-choices"  -> 200 with "choices": []
//   "fault/error-200"      -> non-stream: 200, whitespace padding, then an error JSON body
//   "fault/huge-image"     -> an image chunk whose data URL is hugeImageBytes() long
//   "fault/hang"           -> reads the request and never answers
//   "fault/400", "fault/404" -> those errors
// Non-stream replies send the status early, then whitespace keep-alive padding units
// ("\n         \n"), then the JSON. Streams start with ": OPENROUTER PROCESSING" comments and
// end with a finish chunk, a usage chunk (with cost) and "data: [DONE]".
//
// Account: `/key`, `/credits`, `/generation?id=` (404 on the first lookup of an id, then 200).
class FakeOpenRouter : public QObject
{
    Q_OBJECT
public:
    explicit FakeOpenRouter(QObject *parent = nullptr);
    ~FakeOpenRouter() override;

    bool listen(quint16 port = 0);         // binds 127.0.0.1
    QUrl baseUrl() const;                  // http://127.0.0.1:<port>/api/v1
    quint16 port() const;

    void setFixturesDir(const QString &dir); // <shared>/fixtures/openrouter, or empty
    QString fixturesDir() const;

    // Knobs (all have sensible defaults, settable from tests and the standalone program).
    void setTokenDelayMs(int ms);      // delay between stream chunks for normal models (0)
    void setSlowDelayMs(int ms);       // delay for fault/slow (200)
    void setPaddingUnits(int n);       // whitespace units before non-stream JSON (3)
    void setPaddingDelayMs(int ms);    // delay between padding units (10)
    void setHugeImageBytes(qint64 n);  // fault/huge-image payload size (64 MiB)

    QList<RecordedRequest> requests() const;
    RecordedRequest lastRequest() const;
    int requestCount(const QString &path = {}) const;
    void clearRequests();
    void reset(); // requests, fault counters and generation lookups

signals:
    void requestReceived(const orc::fake::RecordedRequest &request);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace orc::fake
