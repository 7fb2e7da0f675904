#include "ChatChunkScanner.h"

#include <QString>

#include <bit>
#include <cstring>
#include <iterator>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace orc {

namespace {

constexpr int kMaxDepth = 64;

class Scanner {
public:
    explicit Scanner(QByteArrayView json)
        : m_p(json.data())
        , m_end(json.data() + json.size()) {}

    void ws() {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool eat(char c) {
        ws();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    char peek() {
        ws();
        return m_p < m_end ? *m_p : '\0';
    }
    bool atEnd() {
        ws();
        return m_p == m_end;
    }
    const char *here() const { return m_p; }

    // A JSON string; `out` may be null to only validate and skip it.
    bool string(QString *out);
    // An object key made of plain ASCII (no escapes), as raw bytes; false otherwise.
    bool key(QByteArrayView *out) {
        ws();
        if (m_p >= m_end || *m_p != '"')
            return false;
        const char *start = m_p + 1;
        const char *q = plainRun(start);
        if (q >= m_end || *q != '"')
            return false;
        *out = QByteArrayView(start, q - start);
        m_p = q + 1;
        return eat(':');
    }
    // Any JSON value, validated and skipped.
    bool skip(int depth = 0);
    bool skipNull() { return literal("null", 4); }
    // A value read the way QJsonValue::toString() reads it: a string, else "".
    bool stringOrEmpty(QString *out) {
        if (peek() == '"')
            return string(out);
        out->clear();
        return skip();
    }
    // Like stringOrEmpty, but a plain ASCII string equal to the one in `slot` shares its text,
    // and a new one replaces it there.
    bool recentOrEmpty(ChatChunkScanner::Recent &slot, QString *out) {
        if (peek() != '"') {
            out->clear();
            return skip();
        }
        const char *start = m_p + 1;
        const char *q = plainRun(start);
        if (q >= m_end || *q != '"')
            return string(out);
        const QByteArrayView raw(start, q - start);
        if (slot.text.isNull() || raw != QByteArrayView(slot.raw)) {
            slot.raw = raw.toByteArray();
            slot.text = QString::fromLatin1(raw);
        }
        if (!out->isSharedWith(slot.text))
            *out = slot.text;
        m_p = q + 1;
        return true;
    }
    // The value is null, or an array that is empty: what the general decoder ignores. Any
    // other array is beyond this fast path; other types are ignored by toArray() as well.
    bool ignorableArray() {
        if (peek() != '[')
            return skip();
        const char *start = m_p;
        ++m_p;
        if (eat(']'))
            return true;
        m_p = start;
        return false;
    }

private:
    // The end of a run of printable ASCII other than '"' and '\\'.
    const char *plainRun(const char *p) const {
#ifdef __SSE2__
        // Sixteen bytes at a time: as signed bytes, both controls (< 0x20) and non-ASCII
        // (>= 0x80, negative) compare less than 0x20.
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        const __m128i space = _mm_set1_epi8(0x20);
        while (m_end - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i stop =
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                             _mm_cmplt_epi8(v, space));
            const int mask = _mm_movemask_epi8(stop);
            if (mask != 0)
                return p + std::countr_zero(unsigned(mask));
            p += 16;
        }
#endif
        while (p < m_end) {
            const auto c = static_cast<unsigned char>(*p);
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                break;
            ++p;
        }
        return p;
    }
    bool literal(const char *word, int length) {
        ws();
        if (m_end - m_p < length || qstrncmp(m_p, word, length) != 0)
            return false;
        m_p += length;
        return true;
    }
    bool number();
    bool validUtf8(const char *from, const char *to) const;
    static int hex(char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }
    bool hex4(const char *at, char16_t *out) const {
        if (m_end - at < 4)
            return false;
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hex(at[i]);
            if (h < 0)
                return false;
            v = v * 16 + h;
        }
        *out = char16_t(v);
        return true;
    }

    const char *m_p;
    const char *m_end;
};

bool Scanner::validUtf8(const char *from, const char *to) const {
    const auto *s = reinterpret_cast<const unsigned char *>(from);
    const auto *e = reinterpret_cast<const unsigned char *>(to);
    while (s < e) {
        const unsigned char c = *s;
        if (c < 0x80) {
            ++s;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (e - s <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((s[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i] & 0x3F);
        }
        // No overlong forms, no surrogates, nothing above U+10FFFF.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        s += extra + 1;
    }
    return true;
}

bool Scanner::string(QString *out) {
    ws();
    if (m_p >= m_end || *m_p != '"')
        return false;
    ++m_p;
    // The common case: plain ASCII up to the closing quote.
    const char *plainEnd = plainRun(m_p);
    if (plainEnd < m_end && *plainEnd == '"') {
        if (out)
            *out = QString::fromLatin1(m_p, plainEnd - m_p);
        m_p = plainEnd + 1;
        return true;
    }
    if (out)
        out->clear();
    const char *segment = m_p;
    bool ascii = true;
    while (true) {
        if (m_p >= m_end)
            return false;
        const unsigned char c = static_cast<unsigned char>(*m_p);
        if (c == '"' || c == '\\') {
            if (!ascii && !validUtf8(segment, m_p))
                return false;
            if (out && m_p > segment)
                out->append(QString::fromUtf8(segment, m_p - segment));
            if (c == '"') {
                ++m_p;
                return true;
            }
            // An escape.
            if (m_end - m_p < 2)
                return false;
            const char e = m_p[1];
            char16_t ch = 0;
            m_p += 2;
            switch (e) {
            case '"':
                ch = u'"';
                break;
            case '\\':
                ch = u'\\';
                break;
            case '/':
                ch = u'/';
                break;
            case 'b':
                ch = u'\b';
                break;
            case 'f':
                ch = u'\f';
                break;
            case 'n':
                ch = u'\n';
                break;
            case 'r':
                ch = u'\r';
                break;
            case 't':
                ch = u'\t';
                break;
            case 'u': {
                if (!hex4(m_p, &ch))
                    return false;
                m_p += 4;
                if (ch >= 0xDC00 && ch <= 0xDFFF)
                    return false; // a lone low surrogate
                if (ch >= 0xD800 && ch <= 0xDBFF) {
                    char16_t low = 0;
                    if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u' ||
                        !hex4(m_p + 2, &low) || low < 0xDC00 || low > 0xDFFF)
                        return false; // not a proper pair
                    m_p += 6;
                    if (out) {
                        out->append(QChar(ch));
                        out->append(QChar(low));
                    }
                    segment = m_p;
                    ascii = true;
                    continue;
                }
                break;
            }
            default:
                return false;
            }
            if (out)
                out->append(QChar(ch));
            segment = m_p;
            ascii = true;
            continue;
        }
        if (c < 0x20)
            return false; // raw control characters: let the general parser judge
        if (c >= 0x80)
            ascii = false;
        ++m_p;
    }
}

bool Scanner::number() {
    ws();
    const char *start = m_p;
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p >= m_end)
        return false;
    if (*m_p == '0') {
        ++m_p;
    } else if (*m_p >= '1' && *m_p <= '9') {
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
    } else {
        return false;
    }
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        const char *digits = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        if (m_p == digits)
            return false;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E'))
        return false; // exponents (and overflow) are left to the general parser
    return m_p - start <= 24;
}

bool Scanner::skip(int depth) {
    if (depth > kMaxDepth)
        return false;
    switch (peek()) {
    case '"':
        return string(nullptr);
    case '{':
        ++m_p;
        if (eat('}'))
            return true;
        do {
            if (!string(nullptr) || !eat(':') || !skip(depth + 1))
                return false;
        } while (eat(','));
        return eat('}');
    case '[':
        ++m_p;
        if (eat(']'))
            return true;
        do {
            if (!skip(depth + 1))
                return false;
        } while (eat(','));
        return eat(']');
    case 't':
        return literal("true", 4);
    case 'f':
        return literal("false", 5);
    case 'n':
        return skipNull();
    default:
        return number();
    }
}

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
    bool recent(Field field, QString *out) {
        m_set |= 1u << field;
        return m_s.recentOrEmpty(m_recent[field], out);
    }
    bool isSet(Field field) const { return m_set & (1u << field); }
    bool choice();
    bool delta();
    void clearUnset();

    Scanner m_s;
    ChatChunk &m_c;
    ChatChunkScanner::Recent *m_recent; // one per Field
    quint32 m_set = 0;
    Span m_content;
    Span m_reasoning;
};

bool Reader::delta() {
    if (!m_s.eat('{'))
        return false;
    if (m_s.eat('}'))
        return true;
    Seen seen;
    QByteArrayView key;
    QString reasoningContent;
    do {
        if (!m_s.key(&key))
            return false;
        bool ok = true;
        if (is(key, "role")) {
            ok = seen.add(0) && recent(Role, &m_c.role);
        } else if (is(key, "content")) {
            ok = seen.add(1) && m_s.peek() != '[' && text(&m_c.content, &m_content);
        } else if (is(key, "reasoning")) {
            ok = seen.add(2) && text(&m_c.reasoning, &m_reasoning);
        } else if (is(key, "reasoning_content")) {
            ok = seen.add(3) && m_s.stringOrEmpty(&reasoningContent);
        } else if (is(key, "reasoning_details")) {
            ok = seen.add(4) && m_s.ignorableArray();
        } else if (is(key, "tool_calls")) {
            ok = seen.add(5) && m_s.ignorableArray();
        } else if (is(key, "images")) {
            ok = seen.add(6) && m_s.ignorableArray();
        } else if (is(key, "annotations")) {
            ok = seen.add(7) && m_s.ignorableArray();
        } else {
            ok = m_s.skip(1);
        }
        if (!ok)
            return false;
    } while (m_s.eat(','));
    if (m_c.reasoning.isEmpty() && !reasoningContent.isEmpty())
        m_c.reasoning = std::move(reasoningContent);
    return m_s.eat('}');
}

bool Reader::choice() {
    if (!m_s.eat('{'))
        return false;
    m_c.hasChoice = true;
    if (m_s.eat('}'))
        return true;
    Seen seen;
    QByteArrayView key;
    do {
        if (!m_s.key(&key))
            return false;
        bool ok = true;
        if (is(key, "finish_reason")) {
            ok = seen.add(0) && recent(FinishReason, &m_c.finishReason);
        } else if (is(key, "native_finish_reason")) {
            ok = seen.add(1) && recent(NativeFinishReason, &m_c.nativeFinishReason);
        } else if (is(key, "delta")) {
            // An empty or missing delta makes the general decoder read "message": not here.
            ok = seen.add(2) && m_s.peek() == '{' && delta() &&
                 ((isSet(Role) && !m_c.role.isEmpty()) || !m_c.content.isEmpty() ||
                  !m_c.reasoning.isEmpty());
        } else if (is(key, "message") || is(key, "error")) {
            ok = seen.add(3) && m_s.peek() == 'n' && m_s.skip(); // only a null is ignorable
        } else {
            ok = m_s.skip(1);
        }
        if (!ok)
            return false;
    } while (m_s.eat(','));
    return m_s.eat('}');
}

bool Reader::chunk() {
    m_c.hasChoice = false;
    m_c.content.clear();
    m_c.reasoning.clear();
    if (!m_s.eat('{'))
        return false;
    if (!m_s.eat('}')) {
        Seen seen;
        QByteArrayView key;
        do {
            if (!m_s.key(&key))
                return false;
            bool ok = true;
            if (is(key, "id")) {
                ok = seen.add(0) && recent(Id, &m_c.id);
            } else if (is(key, "model")) {
                ok = seen.add(1) && recent(Model, &m_c.model);
            } else if (is(key, "provider")) {
                ok = seen.add(2) && recent(Provider, &m_c.provider);
            } else if (is(key, "error") || is(key, "usage")) {
                ok = seen.add(is(key, "error") ? 3 : 4) && m_s.peek() == 'n' && m_s.skip();
            } else if (is(key, "choices")) {
                ok = seen.add(5) && m_s.peek() == '[';
                if (ok) {
                    m_s.eat('[');
                    if (!m_s.eat(']')) {
                        // The first choice is decoded; the others are validated and skipped.
                        ok = m_s.peek() == '{' && choice();
                        while (ok && m_s.eat(','))
                            ok = m_s.skip(2);
                        ok = ok && m_s.eat(']');
                    }
                }
            } else {
                ok = m_s.skip(1);
            }
            if (!ok)
                return false;
        } while (m_s.eat(','));
        if (!m_s.eat('}'))
            return false;
    }
    if (!m_s.atEnd())
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
    Scanner text(json.sliced(head - 1, json.size() - tail - head + 2));
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
