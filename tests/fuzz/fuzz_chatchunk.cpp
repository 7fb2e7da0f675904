// Fuzzes the decoding of chat-completion JSON: one stream chunk (ChatCodec::decodeChunk plus
// accumulate) and a whole non-streaming response (ChatCodec::decodeResponse). Any crash, sanitizer
// report or broken invariant aborts.
#include "api/ChatCodec.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    orc::ChatResult result;
    const auto chunk = orc::ChatCodec::decodeChunk(bytes);
    if (chunk) {
        // Folding the same chunk twice doubles the text and keeps one entry per tool index
        // (fragments without an index but with an id start a new call, by design).
        bool indexed = true;
        for (const orc::ToolCallDelta &d : chunk->toolCalls)
            indexed = indexed && d.index >= 0;
        orc::ChatCodec::accumulate(result, *chunk);
        const QString once = result.content;
        const qsizetype calls = result.toolCalls.size();
        orc::ChatCodec::accumulate(result, *chunk);
        if (result.content != once + chunk->content)
            std::abort();
        if (indexed && result.toolCalls.size() != calls)
            std::abort();
        if (result.chunkCount != 2)
            std::abort();
    }
    // Serialising what was accumulated never fails.
    if (QJsonDocument(result.toJson()).toJson().isEmpty())
        std::abort();

    const orc::ChatResult response = orc::ChatCodec::decodeResponse(bytes);
    if (response.state == orc::ChatResult::State::Completed && response.error.isError())
        std::abort();
    if (response.state == orc::ChatResult::State::Failed && !response.error.isError())
        std::abort();
    return 0;
}
