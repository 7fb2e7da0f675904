#pragma once

#include "domain/Conversation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace orc {

// A frozen reader of the older shape the store must still import, and never writes:
// conversation exports of version 1 (and API requests) list messages in the chat API's shape,
//   {"role", "content": "text" or [parts], "reasoning", "model"}, with parts
//   {"type": "text", "text"}, {"type": "image_url", "image_url": {"url", "detail"}},
//   {"type": "file", "file": {"filename", "file_data"}},
//   {"type": "input_audio", "input_audio": {"data", "format"}}.
// (Schema 2 databases held attachments in that part shape too; ConversationSchema converts
// them in SQL.) It stays as it is when the wire codec changes: old files do not change.
namespace LegacyMessages {

QList<ContentPart> parts(const QJsonArray &contentParts);
// role, content (text parts joined by a new line), the other parts as attachments,
// reasoning and model.
StoredMessage message(const QJsonObject &apiMessage);

} // namespace LegacyMessages

} // namespace orc
