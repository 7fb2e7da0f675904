// Fuzzes the decoding of chat-completion JSON: one stream chunk (ChatCodec::decodeChunk plus
// accumulate), a short stream through one ChatChunkScanner (the input's lines, in order, then
// each again) and a whole non-streaming response (ChatCodec::decodeResponse). Any crash,
// sanitizer report or broken invariant aborts.
#include "api/ChatChunkScanner.h"
#include "api/ChatCodec.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

bool sameText(const orc::ChatChunk &a, const orc::ChatChunk &b) {
    return a.id == b.id && a.model == b.model && a.provider == b.provider &&
           a.hasChoice == b.hasChoice && a.role == b.role && a.content == b.content &&
           a.reasoning == b.reasoning && a.finishReason == b.finishReason &&
           a.nativeFinishReason == b.nativeFinishReason;
}

// A scanner kept across chunks (and a reused chunk) must decode each exactly as a fresh one.
void checkStream(QByteArrayView bytes) {
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start <= bytes.size();) {
        qsizetype end = start;
        while (end < bytes.size() && bytes[end] != '\n')
            ++end;
        lines << bytes.sliced(start, end - start);
        start = end + 1;
    }
    orc::ChatChunkScanner scanner;
    orc::ChatChunk chunk;
    for (int round = 0; round < 2; ++round) {
        for (QByteArrayView line : std::as_const(lines)) {
            const bool read = scanner.read(line, chunk);
            const auto fresh = orc::ChatChunkScanner::scan(line);
            if (read != fresh.has_value() || (read && !sameText(chunk, *fresh)))
                std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkStream(bytes);

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
