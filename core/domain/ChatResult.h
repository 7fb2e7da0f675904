#pragma once

#include "domain/ApiError.h"
#include "domain/ChatRequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace orc {

struct Usage {
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 totalTokens = 0;
    qint64 reasoningTokens = 0;
    qint64 cachedTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 imageTokens = 0;
    std::optional<double> cost; // USD charged; absent when the server did not say
    bool isByok = false;
    QJsonObject raw; // the usage object verbatim

    static Usage fromJson(const QJsonObject &usage);
    QJsonObject toJson() const; // stable shape for orcli
    bool operator==(const Usage &) const = default;
};

// An image returned by the model: a data URL (normally base64 PNG) or an https URL.
struct ChatImage {
    int index = 0;
    QString url;
    bool operator==(const ChatImage &) const = default;
};

struct ToolCallDelta {
    int index = -1; // -1 when the provider omitted it: applies to the last call
    QString id;
    QString type;
    QString name;
    QString arguments; // a fragment to append
};

// One decoded `chat.completion.chunk`.
struct ChatChunk {
    QString id, model, provider;
    bool hasChoice = false;
    QString role;
    QString content;
    QString reasoning;
    QJsonArray reasoningDetails;
    QList<ToolCallDelta> toolCalls;
    QList<ChatImage> images;
    QJsonArray annotations;
    QString finishReason;
    QString nativeFinishReason;
    std::optional<Usage> usage;
    std::optional<ApiError> error; // top-level "error" (or a choice's error)
};

// Everything a chat call produced, complete or partial. A cancelled, failed or truncated
// stream keeps all that arrived.
struct ChatResult {
    enum class State { Running, Completed, Failed, Cancelled, Truncated };

    State state = State::Running;
    QString id;    // generation id (gen-...), for /generation
    QString model; // the model that answered (may differ after fallback/routing)
    QString provider;
    QString content;
    QString reasoning;
    QJsonArray reasoningDetails;
    QList<ToolCall> toolCalls;
    QList<ChatImage> images;
    QJsonArray annotations;
    QString finishReason;
    QString nativeFinishReason;
    std::optional<Usage> usage;
    ApiError error;
    qint64 timeToFirstTokenMs = -1;
    qint64 durationMs = 0;
    int chunkCount = 0;
    int skippedEvents = 0; // stream events that were not JSON and could not be repaired
    int attempts = 0;

    bool ok() const { return state == State::Completed; }
    bool hasOutput() const {
        return !content.isEmpty() || !reasoning.isEmpty() || !toolCalls.isEmpty() ||
               !images.isEmpty();
    }
    static QString stateName(State state);
    QJsonObject toJson() const; // stable shape for orcli --format json
    ChatMessage toAssistantMessage() const;

    // What the JSON of every result (chat or image) holds: id, model, provider (null when
    // empty), state, usage, error (null when none), duration_ms and attempts.
    static QJsonObject outcomeJson(State state, const QString &id, const QString &model,
                                   const QString &provider, const std::optional<Usage> &usage,
                                   const ApiError &error, qint64 durationMs, int attempts);
};

} // namespace orc
