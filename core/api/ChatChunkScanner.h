#pragma once

#include "domain/ChatResult.h"

#include <QByteArrayView>

#include <optional>

namespace orc {

// A fast path for ChatCodec::decodeChunk: one pass over the bytes of a streamed
// `chat.completion.chunk` with no QJsonDocument, for the shape nearly every chunk has (id,
// model, provider, and a first choice whose delta carries role, content and reasoning text).
// It answers only when it is sure to give exactly what the general decoder gives; anything
// else (tool calls, images, usage, errors, reasoning_details, content parts, duplicate keys,
// unusual escapes or numbers, invalid UTF-8 or JSON) returns nullopt, and the caller decodes
// the chunk the general way. Differentially tested against ChatCodec::decodeChunkGeneral.
namespace ChatChunkScanner {

std::optional<ChatChunk> scan(QByteArrayView json);

} // namespace ChatChunkScanner

} // namespace orc
