#pragma once

// A JSON tokenizer over raw bytes for the fast chat-chunk path (ChatChunkScanner): no DOM, no
// allocation except for the strings asked for. It validates as strictly as QJsonDocument does
// for what it accepts and gives up (returns false) on anything it does not model: exponents,
// numbers longer than 24 characters, raw control characters, invalid UTF-8 or escapes, nesting
// deeper than 64. Private to core.

#include <QByteArrayView>
#include <QString>

#include <bit>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace orc {

class JsonScanner {
public:
    explicit JsonScanner(QByteArrayView json)
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
    bool key(QByteArrayView *out) { return plainString(out) && eat(':'); }
    // An object whose keys are plain ASCII: `member(key)` is called for each member with the
    // scanner at its value, and reads or skips that value. False when `member` gives up or
    // the object is malformed.
    template<typename Member>
    bool object(Member &&member) {
        if (!eat('{'))
            return false;
        if (eat('}'))
            return true;
        QByteArrayView name;
        do {
            if (!key(&name) || !member(name))
                return false;
        } while (eat(','));
        return eat('}');
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
    // A string made of plain ASCII (no escapes), as the raw bytes between its quotes; false,
    // with nothing consumed, for any other value.
    bool plainString(QByteArrayView *out) {
        if (peek() != '"')
            return false;
        const char *start = m_p + 1;
        const char *q = plainRun(start);
        if (q >= m_end || *q != '"')
            return false;
        *out = QByteArrayView(start, q - start);
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

} // namespace orc
