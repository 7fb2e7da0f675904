#pragma once

#include "domain/Conversation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace orc {

// Frozen readers of the older shapes the store must still understand, and never writes:
// - schema 2 kept a message's attachments as chat-API content parts
//   ({"type": "image_url", "image_url": {"url", "detail"}}, {"type": "file", "file":
//   {"filename", "file_data"}}, {"type": "input_audio", "input_audio": {"data", "format"}},
//   {"type": "text", "text"}) and its usage as the server's usage object;
// - conversation exports of version 1 (and API requests) list messages in that same shape:
//   {"role", "content": "text" or [parts], "reasoning", "model"}.
// They stay as they are even when the wire codec changes: old files do not change.
namespace LegacyMessages {

QList<ContentPart> parts(const QJsonArray &contentParts);
// role, content (text parts joined by a new line), the other parts as attachments,
// reasoning and model.
StoredMessage message(const QJsonObject &apiMessage);

} // namespace LegacyMessages

} // namespace orc
