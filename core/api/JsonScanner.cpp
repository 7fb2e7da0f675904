#include "api/JsonScanner_p.h"

namespace orc {

namespace {

constexpr int kMaxDepth = 64;

} // namespace

bool JsonScanner::validUtf8(const char *from, const char *to) const {
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

bool JsonScanner::string(QString *out) {
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

bool JsonScanner::number() {
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

bool JsonScanner::skip(int depth) {
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

} // namespace orc
