#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSize>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <utility>

namespace orc::fake::test {

// What a request observed: status, headers, body, and when each piece of it arrived.
struct ProbeResult {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool timedOut = false;
    QHash<QByteArray, QByteArray> headers; // raw response headers, names lower-cased
    QByteArray body;
    qint64 headersAtMs = -1; // since the request was sent
    qint64 finishedAtMs = -1;
    QList<qint64> readAtMs; // one entry per readyRead
    QList<qsizetype> readSizes;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const;     // body parsed as a JSON object (leading whitespace allowed)
    QString errorMessage() const; // error.message of an OpenRouter error body
};

struct SseEvent {
    bool comment = false;
    QByteArray data; // comment text without ':' or the data payload
    QJsonObject json() const;
};

// QNetworkAccessManager-driven requests with a hard timeout (the request is aborted when it
// expires), plus a raw-socket helper and a minimal SSE splitter for checking exact bytes.
class HttpProbe {
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    static constexpr const char *kKey =
        "sk-or-v1-0000000000000000000000000000000000000000000000000000000000000000";

    explicit HttpProbe(const QUrl &baseUrl);

    ProbeResult get(const QString &path, const Headers &headers = {}, int timeoutMs = 15000);
    ProbeResult post(const QString &path, const QJsonObject &body, const Headers &headers = {},
                     int timeoutMs = 15000);
    ProbeResult chat(const QJsonObject &body, const QByteArray &key = kKey, int timeoutMs = 15000);
    // `onRead` may return false to abort the request (a client that goes away mid-stream).
    ProbeResult send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                     const Headers &headers, int timeoutMs,
                     const std::function<bool(const ProbeResult &)> &onRead = {});

    QUrl url(const QString &path) const; // path relative to the base URL ("/models")
    QNetworkAccessManager &nam() { return m_nam; }

    static QJsonObject chatBody(const QString &model, bool stream,
                                const QString &prompt = QStringLiteral("hello big world"));
    static QList<SseEvent> sse(const QByteArray &body);
    // JSON helpers for chat answers
    static QList<QJsonObject> dataChunks(const QByteArray &sseBody); // without comments, [DONE]
    static QString deltaText(const QList<QJsonObject> &chunks, const char *field = "content");
    static QJsonObject firstChoice(const QJsonObject &chunkOrCompletion);
    static QStringList modelIds(const QJsonObject &listing);
    static QSize pngSize(const QString &dataUrl); // pixel size of a data:image/png URL
    static QByteArray auth(const QByteArray &key = kKey) { return "Bearer " + key; }

    // Writes `bytes` to 127.0.0.1:port and collects what comes back until the peer closes, the
    // timeout expires, or `enough` returns true for the bytes received so far.
    static QByteArray raw(quint16 port, const QByteArray &bytes, int timeoutMs,
                          const std::function<bool(const QByteArray &)> &enough = {},
                          bool *closedByPeer = nullptr);

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

} // namespace orc::fake::test
