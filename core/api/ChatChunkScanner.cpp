#include "ChatChunkScanner.h"

#include <QString>

namespace orc::ChatChunkScanner {

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

bool delta(Scanner &s, ChatChunk &c) {
    if (!s.eat('{'))
        return false;
    if (s.eat('}'))
        return true;
    Seen seen;
    QByteArrayView key;
    QString reasoningContent;
    do {
        if (!s.key(&key))
            return false;
        bool ok = true;
        if (key == "role") {
            ok = seen.add(0) && s.stringOrEmpty(&c.role);
        } else if (key == "content") {
            ok = seen.add(1) && s.peek() != '[' && s.stringOrEmpty(&c.content);
        } else if (key == "reasoning") {
            ok = seen.add(2) && s.stringOrEmpty(&c.reasoning);
        } else if (key == "reasoning_content") {
            ok = seen.add(3) && s.stringOrEmpty(&reasoningContent);
        } else if (key == "reasoning_details") {
            ok = seen.add(4) && s.ignorableArray();
        } else if (key == "tool_calls") {
            ok = seen.add(5) && s.ignorableArray();
        } else if (key == "images") {
            ok = seen.add(6) && s.ignorableArray();
        } else if (key == "annotations") {
            ok = seen.add(7) && s.ignorableArray();
        } else {
            ok = s.skip(1);
        }
        if (!ok)
            return false;
    } while (s.eat(','));
    if (c.reasoning.isEmpty())
        c.reasoning = reasoningContent;
    return s.eat('}');
}

bool choice(Scanner &s, ChatChunk &c) {
    if (!s.eat('{'))
        return false;
    c.hasChoice = true;
    if (s.eat('}'))
        return true;
    Seen seen;
    QByteArrayView key;
    do {
        if (!s.key(&key))
            return false;
        bool ok = true;
        if (key == "finish_reason") {
            ok = seen.add(0) && s.stringOrEmpty(&c.finishReason);
        } else if (key == "native_finish_reason") {
            ok = seen.add(1) && s.stringOrEmpty(&c.nativeFinishReason);
        } else if (key == "delta") {
            // An empty or missing delta makes the general decoder read "message": not here.
            ok = seen.add(2) && s.peek() == '{' && delta(s, c) &&
                 (!c.role.isEmpty() || !c.content.isEmpty() || !c.reasoning.isEmpty());
        } else if (key == "message" || key == "error") {
            ok = seen.add(3) && s.peek() == 'n' && s.skip(); // only a null is ignorable
        } else {
            ok = s.skip(1);
        }
        if (!ok)
            return false;
    } while (s.eat(','));
    return s.eat('}');
}

} // namespace

std::optional<ChatChunk> scan(QByteArrayView json) {
    Scanner s(json);
    ChatChunk c;
    if (!s.eat('{'))
        return std::nullopt;
    if (!s.eat('}')) {
        Seen seen;
        QByteArrayView key;
        do {
            if (!s.key(&key))
                return std::nullopt;
            bool ok = true;
            if (key == "id") {
                ok = seen.add(0) && s.stringOrEmpty(&c.id);
            } else if (key == "model") {
                ok = seen.add(1) && s.stringOrEmpty(&c.model);
            } else if (key == "provider") {
                ok = seen.add(2) && s.stringOrEmpty(&c.provider);
            } else if (key == "error" || key == "usage") {
                ok = seen.add(key == "error" ? 3 : 4) && s.peek() == 'n' && s.skip();
            } else if (key == "choices") {
                ok = seen.add(5) && s.peek() == '[';
                if (ok) {
                    s.eat('[');
                    if (!s.eat(']')) {
                        // The first choice is decoded; the others are validated and skipped.
                        ok = s.peek() == '{' && choice(s, c);
                        while (ok && s.eat(','))
                            ok = s.skip(2);
                        ok = ok && s.eat(']');
                    }
                }
            } else {
                ok = s.skip(1);
            }
            if (!ok)
                return std::nullopt;
        } while (s.eat(','));
        if (!s.eat('}'))
            return std::nullopt;
    }
    if (!s.atEnd())
        return std::nullopt;
    return c;
}

} // namespace orc::ChatChunkScanner
