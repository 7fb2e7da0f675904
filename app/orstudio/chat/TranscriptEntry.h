#pragma once

#include "chat/MarkdownDocument.h"
#include "domain/Conversation.h"

#include <memory>
#include <optional>

namespace orc {

class MessageCard;

// What the transcript keeps per message: the message itself, its rendered documents (built when
// the message is first shown and dropped again when it has been off screen for a while), the
// measured height at the current width and the bits of UI state that survive a reload.
struct TranscriptEntry {
    StoredMessage message;
    std::shared_ptr<MarkdownDocument> body;      // null until rendered
    std::shared_ptr<MarkdownDocument> reasoning; // null until rendered or when there is none
    QString notice;                              // "Retrying in 3 s…"
    std::optional<bool> reasoningExpanded;       // the user's choice, when they made one

    int index = 0;            // position in the transcript
    int lineBreaks = -1;      // cached count of line breaks in the content, for estimates
    int height = 0;           // exact when heightExact, else an estimate
    bool heightExact = false; // measured at the transcript's current width
    bool dirty = false;       // streamed text not rendered yet
    quint64 lastUsed = 0;     // for dropping rendered documents least recently shown first
    MessageCard *card = nullptr;

    bool isUser() const { return message.role == QLatin1String("user"); }
    bool isStreaming() const { return message.state == StoredMessage::State::Streaming; }
    // Reasoning shows expanded while nothing else has arrived, collapsed once the reply starts.
    bool reasoningShown() const { return reasoningExpanded.value_or(message.content.isEmpty()); }
};

} // namespace orc
