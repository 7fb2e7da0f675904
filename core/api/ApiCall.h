#pragma once

#include "api/ClientConfig.h"
#include "api/Endpoints.h"
#include "api/RequestBuilder.h"
#include "domain/ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace orc {

// One logical HTTP call to OpenRouter: sends the request RequestBuilder makes of a prepared
// request (Endpoints.h) and the configuration, retries transient failures with backoff and
// Retry-After, enforces an idle timeout and an optional overall limit (ClientConfig::maxTimeMs,
// retries included), and can be cancelled at any moment. `finished()` is emitted exactly once,
// after which status, body and error are final. The QNetworkReply is owned here and never
// outlives the call.
//
// In streaming mode a successful response body is not buffered: each piece is handed out
// through bytesReceived() as it arrives, and the call is retried only before the first one.
class ApiCall final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)
public:
    ApiCall(QNetworkAccessManager *network, const ClientConfig &config, PreparedRequest request,
            QObject *parent = nullptr);
    ~ApiCall() override;

    void start();  // asynchronous: results arrive through signals, even validation errors
    void cancel(); // stops at once; finished() follows with Kind::Cancelled (if still running)

    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    int httpStatus() const { return m_status; }
    QByteArray body() const { return m_body; } // buffered body (non-streamed responses)
    QByteArray takeBody();
    const ApiError &error() const { return m_error; }
    int attempts() const { return m_attempt; }
    bool bodyStreamed() const { return m_streamingBody; }
    QByteArray responseHeader(const QByteArray &name) const;
    QByteArray contentType() const { return responseHeader(QByteArrayLiteral("content-type")); }
    const PreparedRequest &request() const { return m_request; }
    // The HTTP request each attempt sends (RequestBuilder::build), key included.
    HttpRequest httpRequest() const { return RequestBuilder::build(m_config, m_request); }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    // The most response data the network thread had read ahead of us at any one time.
    qint64 maxReadAhead() const { return m_maxReadAhead; }

    static constexpr qint64 kMaxBufferedBody = qint64(512) * 1024 * 1024;
    // How far Qt's network thread may read a stream ahead of us. Qt hands data over only when
    // that thread falls idle, so without a bound a fast server's whole reply is read (and held)
    // before any of it is seen; with it the stream flows as it arrives, in flat memory.
    static constexpr qint64 kStreamReadBuffer = 1024 * 1024;
    // A stream is handed on in pieces of at most this size (bytesReceived).
    static constexpr qint64 kStreamPiece = 64 * 1024;
    // At most this much of a stream is handed on in one event-loop turn; the rest follows in
    // the next turn, so a reply that arrives faster than it is consumed (a 4K image as base64)
    // never holds the thread: Qt's network thread refills its buffer while we read.
    static constexpr qint64 kStreamTurnBytes = 4 * kStreamPiece;
    // Event-loop turns that handed on stream data, and the most data one of them handed on
    // (tests check that a large reply is spread over turns of at most kStreamTurnBytes).
    int deliveryTurns() const { return m_deliveryTurns; }
    qint64 maxTurnBytes() const { return m_maxTurnBytes; }

signals:
    // A failed attempt will be repeated as attempt number `nextAttempt` after `delayMs`.
    void retrying(int nextAttempt, int delayMs, const orc::ApiError &reason);
    // Streaming mode: a 2xx response began; its body follows through bytesReceived().
    void responseStarted(int httpStatus);
    void bytesReceived(const QByteArray &chunk);
    void finished();

private:
    void sendAttempt();
    // Restarts (more bytes may come) or stops the idle timer and reads the status once; false
    // when the reply is gone or finished, before or because of responseStarted's slots.
    bool beginReplyEvent(bool moreToCome);
    void onReadyRead();
    void deliverStream();
    void onReplyFinished();
    void concludeReply();
    void onIdleTimeout();
    void onOverallTimeout();
    void failOrRetry(ApiError error, bool retryAllowed);
    void finish(ApiError error);
    void releaseReply();
    void readStatus();

    QNetworkAccessManager *m_network;
    ClientConfig m_config;
    PreparedRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    QTimer m_overallTimer; // ClientConfig::maxTimeMs from start(), across retries
    QElapsedTimer m_clock;
    QByteArray m_body;
    QByteArray m_piece; // the buffer a stream is read into
    qint64 m_maxReadAhead = 0;
    int m_deliveryTurns = 0;
    qint64 m_maxTurnBytes = 0;
    ApiError m_error;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    int m_status = 0;
    int m_attempt = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_statusRead = false;
    bool m_streamingBody = false; // this attempt's body is handed out as it arrives
    bool m_bodyDelivered = false; // some body reached the consumer: no more retries
    bool m_timedOut = false;
    bool m_replyEnded = false;     // the reply finished: conclude once its data is handed on
    bool m_deliveryQueued = false; // the rest of the stream follows in the next turn
};

} // namespace orc
