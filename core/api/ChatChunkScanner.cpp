#include "ChatChunkScanner.h"

#include "api/JsonScanner_p.h"

#include <cstring>
#include <iterator>

namespace orc {

namespace {

// Whether a key is exactly `name`; with the length known at compile time the comparison is a
// few integer compares rather than a call.
template<std::size_t N>
bool is(QByteArrayView key, const char (&name)[N]) {
    return key.size() == qsizetype(N - 1) && std::memcmp(key.data(), name, N - 1) == 0;
}

// Keys seen in one object, to give up on duplicates (the general parser keeps the last).
class Seen {
public:
    bool add(int bit) {
        if (m_bits & (1u << bit))
            return false;
        m_bits |= 1u << bit;
        return true;
    }

private:
    quint32 m_bits = 0;
};

// One read(): the scanner over the bytes, the chunk being filled, and which of the remembered
// fields this chunk set (the others are cleared at the end, so nothing is left over from the
// chunk read before).
class Reader {
public:
    // The remembered fields, in the order of ChatChunkScanner's slots.
    enum Field { Id, Model, Provider, Role, FinishReason, NativeFinishReason, FieldCount };

    Reader(QByteArrayView json, ChatChunk &chunk, ChatChunkScanner::Recent *recent)
        : m_s(json)
        , m_c(chunk)
        , m_recent(recent) {}

    bool chunk();

    // Where the delta's content and reasoning strings lay in the input, quotes included; null
    // when the value was not a string.
    struct Span {
        const char *begin = nullptr;
        const char *end = nullptr;
    };
    Span contentSpan() const { return m_content; }
    Span reasoningSpan() const { return m_reasoning; }

private:
    // A string value read into `out`, its position kept in `span`.
    bool text(QString *out, Span *span) {
        if (m_s.peek() != '"')
            return m_s.stringOrEmpty(out);
        span->begin = m_s.here();
        if (!m_s.string(out))
            return false;
        span->end = m_s.here();
        return true;
    }
    // Read like JsonScanner::stringOrEmpty, but a plain ASCII string equal to the one
    // remembered for `field` shares its text, and a new one is remembered instead.
    bool recent(Field field, QString *out) {
        m_set |= 1u << field;
        QByteArrayView raw;
        if (!m_s.plainString(&raw))
            return m_s.stringOrEmpty(out);
        ChatChunkScanner::Recent &slot = m_recent[field];
        if (slot.text.isNull() || raw != QByteArrayView(slot.raw)) {
            slot.raw = raw.toByteArray();
            slot.text = QString::fromLatin1(raw);
        }
        if (!out->isSharedWith(slot.text))
            *out = slot.text;
        return true;
    }
    bool isSet(Field field) const { return m_set & (1u << field); }
    bool choices();
    bool choice();
    bool delta();
    void clearUnset();

    JsonScanner m_s;
    ChatChunk &m_c;
    ChatChunkScanner::Recent *m_recent; // one per Field
    quint32 m_set = 0;
    Span m_content;
    Span m_reasoning;
};

bool Reader::delta() {
    Seen seen;
    QString reasoningContent;
    const bool ok = m_s.object([&](QByteArrayView key) {
        if (is(key, "role"))
            return seen.add(0) && recent(Role, &m_c.role);
        if (is(key, "content"))
            return seen.add(1) && m_s.peek() != '[' && text(&m_c.content, &m_content);
        if (is(key, "reasoning"))
            return seen.add(2) && text(&m_c.reasoning, &m_reasoning);
        if (is(key, "reasoning_content"))
            return seen.add(3) && m_s.stringOrEmpty(&reasoningContent);
        if (is(key, "reasoning_details"))
            return seen.add(4) && m_s.ignorableArray();
        if (is(key, "tool_calls"))
            return seen.add(5) && m_s.ignorableArray();
        if (is(key, "images"))
            return seen.add(6) && m_s.ignorableArray();
        if (is(key, "annotations"))
            return seen.add(7) && m_s.ignorableArray();
        return m_s.skip(1);
    });
    if (ok && m_c.reasoning.isEmpty() && !reasoningContent.isEmpty())
        m_c.reasoning = std::move(reasoningContent);
    return ok;
}

bool Reader::choice() {
    m_c.hasChoice = true;
    Seen seen;
    return m_s.object([&](QByteArrayView key) {
        if (is(key, "finish_reason"))
            return seen.add(0) && recent(FinishReason, &m_c.finishReason);
        if (is(key, "native_finish_reason"))
            return seen.add(1) && recent(NativeFinishReason, &m_c.nativeFinishReason);
        if (is(key, "delta")) {
            // An empty or missing delta makes the general decoder read "message": not here.
            return seen.add(2) && m_s.peek() == '{' && delta() &&
                   ((isSet(Role) && !m_c.role.isEmpty()) || !m_c.content.isEmpty() ||
                    !m_c.reasoning.isEmpty());
        }
        if (is(key, "message") || is(key, "error"))
            return seen.add(3) && m_s.peek() == 'n' && m_s.skip(); // only a null is ignorable
        return m_s.skip(1);
    });
}

bool Reader::choices() {
    if (!m_s.eat('['))
        return false;
    if (m_s.eat(']'))
        return true;
    // The first choice is decoded; the others are validated and skipped.
    bool ok = m_s.peek() == '{' && choice();
    while (ok && m_s.eat(','))
        ok = m_s.skip(2);
    return ok && m_s.eat(']');
}

bool Reader::chunk() {
    m_c.hasChoice = false;
    m_c.content.clear();
    m_c.reasoning.clear();
    Seen seen;
    const bool ok = m_s.object([&](QByteArrayView key) {
        if (is(key, "id"))
            return seen.add(0) && recent(Id, &m_c.id);
        if (is(key, "model"))
            return seen.add(1) && recent(Model, &m_c.model);
        if (is(key, "provider"))
            return seen.add(2) && recent(Provider, &m_c.provider);
        if (is(key, "error") || is(key, "usage"))
            return seen.add(is(key, "error") ? 3 : 4) && m_s.peek() == 'n' && m_s.skip();
        if (is(key, "choices"))
            return seen.add(5) && m_s.peek() == '[' && choices();
        return m_s.skip(1);
    });
    if (!ok || !m_s.atEnd())
        return false;
    clearUnset();
    return true;
}

void Reader::clearUnset() {
    QString *fields[] = {&m_c.id,   &m_c.model,        &m_c.provider,
                         &m_c.role, &m_c.finishReason, &m_c.nativeFinishReason};
    static_assert(std::size(fields) == FieldCount);
    for (int f = 0; f < FieldCount; ++f)
        if (!isSet(Field(f)))
            fields[f]->clear();
}

} // namespace

bool ChatChunkScanner::read(QByteArrayView json, ChatChunk &chunk) {
    if (readLikeLast(json, chunk))
        return true;
    static_assert(std::tuple_size_v<decltype(m_recent)> == Reader::FieldCount);
    Reader reader(json, chunk, m_recent.data());
    if (!reader.chunk()) {
        m_last.json.clear();
        return false;
    }
    // Remember where the text that changes from chunk to chunk lies: the content, or for a
    // thinking model the reasoning.
    Reader::Span span;
    if (!chunk.content.isEmpty() && reader.contentSpan().begin) {
        span = reader.contentSpan();
        m_last.field = &ChatChunk::content;
    } else if (!chunk.reasoning.isEmpty() && reader.reasoningSpan().begin) {
        span = reader.reasoningSpan();
        m_last.field = &ChatChunk::reasoning;
    } else {
        m_last.json.clear();
        return true;
    }
    m_last.head = span.begin + 1 - json.data();
    m_last.tail = json.data() + json.size() - (span.end - 1);
    remember(json, chunk);
    return true;
}

bool ChatChunkScanner::readLikeLast(QByteArrayView json, ChatChunk &chunk) {
    const qsizetype head = m_last.head;
    const qsizetype tail = m_last.tail;
    if (m_last.json.isEmpty() || json.size() < head + tail ||
        std::memcmp(json.data(), m_last.json.constData(), size_t(head)) != 0 ||
        std::memcmp(json.data() + json.size() - tail,
                    m_last.json.constData() + m_last.json.size() - tail, size_t(tail)) != 0)
        return false;
    // Everything around the text is byte for byte what was decoded last time. If what lies
    // between the quotes is one valid string that ends exactly at the closing quote, this
    // chunk decodes as the last one did, with only that text changed.
    JsonScanner text(json.sliced(head - 1, json.size() - tail - head + 2));
    QString value;
    if (!text.string(&value) || !text.atEnd() || value.isEmpty())
        return false; // an empty text may leave the delta empty: the full scan judges that
    chunk.hasChoice = m_last.chunk.hasChoice;
    share(chunk.id, m_last.chunk.id);
    share(chunk.model, m_last.chunk.model);
    share(chunk.provider, m_last.chunk.provider);
    share(chunk.role, m_last.chunk.role);
    share(chunk.finishReason, m_last.chunk.finishReason);
    share(chunk.nativeFinishReason, m_last.chunk.nativeFinishReason);
    share(chunk.*otherText(m_last.field), m_last.chunk.*otherText(m_last.field));
    chunk.*m_last.field = std::move(value);
    remember(json, chunk);
    return true;
}

void ChatChunkScanner::remember(QByteArrayView json, const ChatChunk &chunk) {
    m_last.json.resize(json.size());
    std::memcpy(m_last.json.data(), json.data(), size_t(json.size()));
    m_last.chunk.hasChoice = chunk.hasChoice;
    share(m_last.chunk.id, chunk.id);
    share(m_last.chunk.model, chunk.model);
    share(m_last.chunk.provider, chunk.provider);
    share(m_last.chunk.role, chunk.role);
    share(m_last.chunk.finishReason, chunk.finishReason);
    share(m_last.chunk.nativeFinishReason, chunk.nativeFinishReason);
    // The changing text itself is not needed again; the other one is.
    share(m_last.chunk.*otherText(m_last.field), chunk.*otherText(m_last.field));
}

std::optional<ChatChunk> ChatChunkScanner::scan(QByteArrayView json) {
    ChatChunkScanner scanner;
    ChatChunk chunk;
    if (!scanner.read(json, chunk))
        return std::nullopt;
    return chunk;
}

} // namespace orc
