#pragma once

#include "domain/Conversation.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace orc {

// The store's own JSON shape of a message, versioned and independent of the chat API's wire
// names (a change of the wire codec never changes what is kept). Version 1:
//
//   {
//     "v": 1,                                   the format version (always written)
//     "parts": [                                non-text content, in order
//       {"kind": "image", "url": "data:image/png;base64,…" or "https://…", "detail": "high"},
//       {"kind": "file", "name": "report.pdf", "url": "data:application/pdf;base64,…"},
//       {"kind": "audio", "format": "wav", "base64": "UklGR…"},
//       {"kind": "text", "text": "…"}
//     ],
//     "tool_calls": [{"id": "call_1", "type": "function", "name": "weather",
//                     "arguments": "{\"location\":\"Florence\"}"}],
//     "reasoning_details": [ … ],               provider reasoning blocks, kept verbatim
//     "usage": {"prompt": 10, "completion": 20, "total": 30, "reasoning": 0, "cached": 0,
//               "cache_write": 0, "image": 0, "cost": 0.0012, "byok": false,
//               "as_reported": { … }},          the usage object exactly as the server sent it
//     "error": { … }                            ApiError::toJson() of a failed reply
//   }
//
// That is the "body" kept in the `messages.body` column (the other fields are columns, for
// queries and full-text search). The full form, used by exports, adds:
//
//     "role", "content", "reasoning", "model", "provider", "generation_id",
//     "state" (complete|streaming|interrupted|stopped|failed), "error_text", "cost",
//     "ttft_ms", "duration_ms", "finish_reason", "created_at", "updated_at" (ISO 8601, UTC)
//
// Keys with empty or default values are left out; readers treat a missing key as its default.
namespace MessageFormat {

inline constexpr int kVersion = 1;

QJsonObject encodeBody(const StoredMessage &message);
// Fills the body fields of `message`; false (with a reason in `error`) for a newer version or a
// value that is not a JSON object.
bool decodeBody(const QJsonObject &body, StoredMessage &message, QString *error = nullptr);
// Compact JSON text of encodeBody(), and its inverse (for the database column).
QString encodeBodyText(const StoredMessage &message);
bool decodeBodyText(const QString &text, StoredMessage &message, QString *error = nullptr);

// The full form (body plus the scalar fields). Ids are not part of it.
QJsonObject encode(const StoredMessage &message);
std::optional<StoredMessage> decode(const QJsonObject &json, QString *error = nullptr);

QJsonObject encodeUsage(const Usage &usage);
Usage decodeUsage(const QJsonObject &usage);

} // namespace MessageFormat

} // namespace orc
