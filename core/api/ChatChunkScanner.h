#pragma once

#include "domain/ChatResult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <optional>

namespace orc {

// A fast path for ChatCodec::decodeChunk: one pass over the bytes of a streamed
// `chat.completion.chunk` with no QJsonDocument, for the shape nearly every chunk has (id,
// model, provider, and a first choice whose delta carries role, content and reasoning text).
// It answers only when it is sure to give exactly what the general decoder gives; anything
// else (tool calls, images, usage, errors, reasoning_details, content parts, duplicate keys,
// unusual escapes or numbers, invalid UTF-8 or JSON) is declined, and the caller decodes the
// chunk the general way. Differentially tested against ChatCodec::decodeChunkGeneral.
//
// A scanner kept for a whole stream also remembers the short strings that repeat in every
// chunk (id, model, provider, role, finish reasons): when the bytes are the same as last time,
// the chunk shares the earlier QString instead of allocating a new one.
class ChatChunkScanner {
public:
    // One chunk with a fresh scanner; nullopt when declined.
    static std::optional<ChatChunk> scan(QByteArrayView json);

    // Reads `json` into `chunk` and returns true, or declines with false (then `chunk` holds
    // nothing useful). `chunk` must be default-constructed or have been filled only by read():
    // the fields this fast path never sets (reasoning details, tool calls, images,
    // annotations, usage, error) are assumed empty and left alone; every other field is
    // overwritten. Reusing one chunk saves constructing and destroying one per event.
    bool read(QByteArrayView json, ChatChunk &chunk);

    // A string seen in the previous chunk: its raw JSON bytes and the decoded text.
    struct Recent {
        QByteArray raw;
        QString text;
    };

private:
    bool readLikeLast(QByteArrayView json, ChatChunk &chunk);
    void remember(QByteArrayView json, const ChatChunk &chunk);
    // Assigns unless both already hold the same shared string (the usual case in a stream).
    static void share(QString &to, const QString &from) {
        if (!to.isSharedWith(from))
            to = from;
    }
    // Of content and reasoning, the one that is not `text`.
    static QString ChatChunk::*otherText(QString ChatChunk::*text) {
        return text == &ChatChunk::content ? &ChatChunk::reasoning : &ChatChunk::content;
    }

    // id, model, provider, role, finish reason, native finish reason
    std::array<Recent, 6> m_recent;

    // The last chunk read, when its text (content or reasoning) was a non-empty string: its
    // bytes and fields, and how many bytes precede and follow that text. Streams repeat the
    // same JSON around each new piece of text, so the next chunk is usually these bytes with
    // only the text changed; then it is decoded by comparing the bytes around the text and
    // reading the text alone.
    struct Last {
        QByteArray json;    // empty: nothing to compare against
        qsizetype head = 0; // bytes up to and including the text's opening quote
        qsizetype tail = 0; // bytes from the text's closing quote to the end
        QString ChatChunk::*field = nullptr;
        ChatChunk chunk; // only the fields read() sets are used
    } m_last;
};

} // namespace orc
