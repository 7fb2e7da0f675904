#pragma once

#include "api/ApiCall.h"
#include "api/ChatChunkScanner.h"
#include "api/OrderedDecoder.h"
#include "domain/ChatRequest.h"
#include "domain/ChatResult.h"
#include "net/SseParser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace orc {

// A running chat completion, streamed or not. Emits deltas as they arrive and finished()
// exactly once; result() then holds everything that arrived, whatever the outcome
// (completed, failed mid-stream, cancelled, truncated). Large events and replies (images as
// base64) are parsed on a worker thread, still delivered in stream order.
class ChatStream final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatStream)
public:
    ChatStream(ApiCall *call, ChatRequest request, QObject *parent = nullptr);

    void start();
    void cancel();

    const ChatRequest &request() const { return m_request; }
    const ChatResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    ApiCall *call() const { return m_call; }
    // Events this large (an image as base64) are parsed on a worker thread; tests lower it.
    void setOffThreadBytes(qsizetype bytes);
    const OrderedDecoder &decoder() const { return m_decoder; }

signals:
    void responseStarted();
    void keepAlive(); // an SSE comment (": OPENROUTER PROCESSING"): still working
    void contentDelta(const QString &text);
    void reasoningDelta(const QString &text);
    void toolCallDelta(const orc::ToolCallDelta &delta);
    void imageReceived(const orc::ChatImage &image);
    void usageReceived(const orc::Usage &usage);
    void retrying(int nextAttempt, int delayMs, const orc::ApiError &reason);
    void finished();

private:
    void onBytes(const QByteArray &bytes);
    void onEvent(const SseEventView &event);
    void decodeHere(QByteArrayView data);
    void undecodable(QByteArrayView data, const QString &parseError);
    void applyChunk(const ChatChunk &chunk);
    void applyResponse(const ChatResult &decoded);
    // Emits the signals for output that arrived, in the order streams and replies share.
    void emitOutput(const QString &reasoning, const QString &content,
                    const QList<ToolCallDelta> &toolCalls, const QList<ChatImage> &images,
                    const std::optional<Usage> &usage);
    void dropPendingFragment();
    void onCallFinished();
    void complete(ChatResult::State state, const ApiError &error = {});

    QPointer<ApiCall> m_call;
    ChatRequest m_request;
    ChatResult m_result;
    SseParser m_parser;
    QElapsedTimer m_clock;
    bool m_finished = false;
    bool m_sawStreamError = false;
    bool m_sawChoice = false;     // some chunk had a choice: the reply was not empty
    QByteArray m_pendingFragment; // an unparsable event kept in case the next one completes it
    ChatChunkScanner m_scanner;   // the fast path, remembering what repeats between chunks
    ChatChunk m_fastChunk;        // filled by m_scanner only, reused for every event
    OrderedDecoder m_decoder;     // large events (images) are parsed on a worker, in order
    qsizetype m_offThreadBytes = OrderedDecoder::kDefaultOffThreadBytes;
};

} // namespace orc

Q_DECLARE_METATYPE(orc::ToolCallDelta)
Q_DECLARE_METATYPE(orc::ChatImage)
Q_DECLARE_METATYPE(orc::Usage)
