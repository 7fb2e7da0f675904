#pragma once

#include "ChatChunkBuilder.h"
#include "Reply.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace orc::fake {

// What the fake model "says", independent of how it is delivered.
struct ChatAnswer {
    struct ToolCall {
        QByteArray id;
        QByteArray name;
        QList<QByteArray> argumentFragments; // streamed one per chunk; joined when not streaming
    };
    enum class Fault {
        None,
        MidstreamError, // content, then an in-band error chunk (code 502), then [DONE]
        Drop,           // content, then the connection closes without [DONE]
        Garbage,        // a data: line that is not JSON (stream) / a body that is not JSON
        EmptyChoices,   // "choices": []
        Error200,       // 200, then an error body (non-stream) / a bare error event (stream)
        // A stream that ends cleanly after its finish and usage chunks but sends no [DONE]. The
        // official SDK ends a stream where the connection ends, [DONE] or not
        // (@openrouter/sdk esm/lib/event-streams.js, `if (r.done) return {done: true}`).
        NoDone,
        // One content delta whose string holds a lone UTF-8 lead byte (0xC3 before the closing
        // quote): a provider that cut a character in two. Issue 13's fault tests sent this.
        BadUtf8,
    };

    QList<QByteArray> reasoning; // reasoning deltas
    QByteArray reasoningSignature;
    QString reasoningFormat = QStringLiteral("anthropic-claude-v1");
    QList<QByteArray> content; // content deltas (tokens)
    QList<ToolCall> toolCalls;
    QByteArray imageUrl; // a data: URL; empty when no image
    QString finishReason = QStringLiteral("stop");
    QString nativeFinishReason = QStringLiteral("stop");
    QJsonObject usage;
    ChatChunkBuilder::UsageShape usageShape = ChatChunkBuilder::UsageShape::RepeatFinish;
    Fault fault = Fault::None;
    QByteArray error200Body; // for Error200
};

struct ChatTiming {
    int chunkDelayMs = 0;
    int tokensPerDelay = 1; // content tokens (each its own event) sent per chunk delay
    int processingComments = 1;
    int paddingUnits = 3;
    int paddingDelayMs = 10;
};

// Turns a ChatAnswer into the bytes OpenRouter would send: an SSE stream (§4) or a padded
// non-stream JSON body (§1.4, §3.9), with the answer's fault injected where it belongs.
class ChatRenderer {
public:
    static Reply stream(const ChatChunkBuilder &builder, const ChatAnswer &answer,
                        const ChatTiming &timing);
    static Reply nonStream(const ChatChunkBuilder &builder, const ChatAnswer &answer,
                           const ChatTiming &timing);
    static QByteArray joined(const QList<QByteArray> &parts);
};

} // namespace orc::fake
