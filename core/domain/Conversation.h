#pragma once

#include "domain/ChatRequest.h"
#include "domain/ChatResult.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace orc {

// A message as stored: one node of a conversation's tree. Editing a user message or
// regenerating a reply adds a sibling (same parent), so older branches stay reachable.
struct StoredMessage {
    enum class State {
        Complete,    // finished normally
        Streaming,   // being written right now
        Interrupted, // the app stopped while it was streaming (found at the next start)
        Stopped,     // the user pressed Stop; the partial reply is kept
        Failed,      // an error ended it; `errorText` says which
    };

    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 parentId = 0; // 0 = first message of the conversation
    QString role;        // user, assistant, system
    QString content;
    QString reasoning;
    QList<ContentPart> attachments; // non-text parts (images, PDFs, audio)
    QList<ToolCall> toolCalls;      // tool calls a reply asked for
    QJsonArray reasoningDetails;    // the provider's reasoning blocks, verbatim
    QString model;
    QString provider;
    QString generationId;
    State state = State::Complete;
    QString errorText;
    QJsonObject error; // ApiError::toJson() when failed
    std::optional<Usage> usage;
    std::optional<double> cost;
    qint64 timeToFirstTokenMs = -1;
    qint64 durationMs = -1;
    QString finishReason;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Filled by ConversationStore::thread(): position among siblings, for "< 2/3 >" switches.
    int siblingIndex = 0;
    int siblingCount = 1;

    static QString stateName(State state);
    static State stateFromName(const QString &name);
    ChatMessage toChatMessage() const; // for sending the thread back to the API
};

struct ConversationInfo {
    qint64 id = 0;
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool pinned = false;
    QString model;
    QString systemPrompt;
    QJsonObject params; // temperature, max_tokens, top_p, reasoning_effort, seed...
    double totalCost = 0;
    qint64 activeLeafId = 0;
    int messageCount = 0;
    bool deleted = false;
};

struct SearchHit {
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString conversationTitle;
    QString role;
    QString snippet; // with [ and ] around the matches
};

} // namespace orc
