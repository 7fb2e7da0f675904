#pragma once

#include "domain/ChatRequest.h"
#include "domain/ChatResult.h"

#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonObject>

namespace orc {

// Pure JSON translation for /chat/completions: requests out, chunks and responses in.
// No network, no QObject: golden-file tested and fuzzed.
namespace ChatCodec {

QJsonObject encodeRequest(const ChatRequest &request);
QByteArray encodeRequestBytes(const ChatRequest &request); // compact JSON
QJsonObject encodeMessage(const ChatMessage &message);
// The inverse of encodeMessage, tolerant of missing fields (for imports and the store).
ChatMessage decodeMessage(const QJsonObject &message);

// Decodes one SSE data payload. Returns nullopt (and sets `error`) when it is not a JSON object.
// Common chunks take ChatChunkScanner's fast path; the rest go to decodeChunkGeneral().
std::optional<ChatChunk> decodeChunk(QByteArrayView json, QString *error = nullptr);
// The same through QJsonDocument, for every chunk (the reference the fast path is tested against).
std::optional<ChatChunk> decodeChunkGeneral(QByteArrayView json, QString *error = nullptr);

// Folds a chunk into a result: appends content/reasoning, merges tool-call fragments by index
// and reasoning_details by (index, type), keeps the last usage, finish reason and error.
void accumulate(ChatResult &result, const ChatChunk &chunk);

// Decodes a complete non-streaming response body (leading whitespace padding allowed). An
// error object (top-level or inside the choice) yields state Failed with the partial output.
ChatResult decodeResponse(QByteArrayView body);
// The reply held no choice at all (an empty response): retryable, code "empty_response". The
// same error whether the reply was streamed or not.
ApiError emptyResponse();
// Parses JSON like QJsonDocument::fromJson, but invalid UTF-8 inside strings becomes U+FFFD
// instead of failing the whole document (a provider that cut a character in two).
QJsonDocument parseLenient(QByteArrayView json, QJsonParseError *error = nullptr);

} // namespace ChatCodec

} // namespace orc
