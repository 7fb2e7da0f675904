#include "HttpRequestParser.h"

#include <algorithm>

namespace orc::fake {

namespace {

bool isTokenChar(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView s) {
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

bool isOws(char c) {
    return c == ' ' || c == '\t';
}

QByteArrayView trimOws(QByteArrayView s) {
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && isOws(s[b]))
        ++b;
    while (e > b && isOws(s[e - 1]))
        --e;
    return s.sliced(b, e - b);
}

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b) {
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Splits a comma-separated field value into trimmed, non-empty elements.
QList<QByteArrayView> splitList(QByteArrayView value) {
    QList<QByteArrayView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i == value.size() || value[i] == ',') {
            const QByteArrayView part = trimOws(value.sliced(start, i - start));
            if (!part.isEmpty())
                out.append(part);
            start = i + 1;
        }
    }
    return out;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const {
    QByteArray joined;
    bool found = false;
    for (const auto &[key, value] : headers) {
        if (equalsIgnoreCase(key, name)) {
            if (found)
                joined += ", ";
            joined += value;
            found = true;
        }
    }
    return joined;
}

bool HttpRequest::hasHeader(QByteArrayView name) const {
    return std::any_of(headers.begin(), headers.end(),
                       [name](const auto &h) { return equalsIgnoreCase(h.first, name); });
}

HttpRequestParser::HttpRequestParser() = default;

HttpRequestParser::HttpRequestParser(const Limits &limits)
    : m_limits(limits) {}

void HttpRequestParser::reset() {
    const Limits limits = m_limits;
    *this = HttpRequestParser(limits);
}

bool HttpRequestParser::isIdle() const {
    return m_state == State::RequestLine && m_pos == m_buf.size();
}

HttpRequest HttpRequestParser::takeRequest() {
    return m_ready.takeFirst();
}

bool HttpRequestParser::takeContinueRequest() {
    const bool pending = m_continuePending;
    m_continuePending = false;
    return pending;
}

bool HttpRequestParser::fail(int status, const char *message) {
    m_state = State::Error;
    m_errorStatus = status;
    m_errorMessage = message;
    m_continuePending = false;
    m_buf.clear();
    m_pos = 0;
    m_scan = 0;
    return false;
}

void HttpRequestParser::compact() {
    if (m_pos == m_buf.size()) {
        m_buf.clear();
        m_pos = 0;
    } else if (m_pos > 64 * 1024 && m_pos > m_buf.size() / 2) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
}

bool HttpRequestParser::feed(QByteArrayView bytes) {
    if (m_state == State::Error)
        return false;
    m_buf.append(bytes.data(), bytes.size());
    while (m_state != State::Error && step()) {
    }
    if (m_state == State::Error)
        return false;
    compact();
    return true;
}

// Cuts one line (without its LF or CRLF) starting at m_pos; false when no full line is buffered
// yet (or on error, which the caller notices through m_state).
bool HttpRequestParser::takeLine(QByteArrayView &line, qsizetype limit, int overStatus,
                                 const char *overMessage) {
    const qsizetype from = m_pos + m_scan;
    const qsizetype nl = m_buf.indexOf('\n', from);
    if (nl < 0) {
        m_scan = m_buf.size() - m_pos;
        if (m_scan > limit)
            fail(overStatus, overMessage);
        return false;
    }
    qsizetype end = nl;
    if (end > m_pos && m_buf[end - 1] == '\r')
        --end;
    if (end - m_pos > limit) {
        fail(overStatus, overMessage);
        return false;
    }
    line = QByteArrayView(m_buf.constData() + m_pos, end - m_pos);
    m_pos = nl + 1;
    m_scan = 0;
    return true;
}

bool HttpRequestParser::step() {
    switch (m_state) {
    case State::RequestLine: {
        QByteArrayView line;
        if (!takeLine(line, m_limits.maxRequestLineBytes, 414, "request line too long"))
            return false;
        if (line.isEmpty()) // RFC 9112 2.2: ignore empty lines before a request line
            return true;
        return parseRequestLine(line);
    }
    case State::Headers:
    case State::Trailers: {
        QByteArrayView line;
        const qsizetype left = m_limits.maxHeaderBytes - m_headerBytes;
        if (!takeLine(line, std::max<qsizetype>(left, 0), 431, "header section too large"))
            return false;
        m_headerBytes += line.size() + 2;
        if (m_headerBytes > m_limits.maxHeaderBytes)
            return fail(431, "header section too large");
        if (line.isEmpty()) {
            if (m_state == State::Trailers) {
                completeRequest();
                return true;
            }
            return finishHeaders();
        }
        return parseHeaderLine(line, m_state == State::Trailers);
    }
    case State::Body: {
        const qsizetype avail = m_buf.size() - m_pos;
        if (avail == 0)
            return false;
        const qsizetype n = static_cast<qsizetype>(std::min<qint64>(avail, m_remaining));
        m_current.body.append(m_buf.constData() + m_pos, n);
        m_pos += n;
        m_remaining -= n;
        if (m_remaining == 0)
            completeRequest();
        return true;
    }
    case State::ChunkSize: {
        QByteArrayView line;
        if (!takeLine(line, 1024, 400, "chunk size line too long"))
            return false;
        return parseChunkSize(line);
    }
    case State::ChunkData: {
        const qsizetype avail = m_buf.size() - m_pos;
        if (avail == 0)
            return false;
        const qsizetype n = static_cast<qsizetype>(std::min<qint64>(avail, m_remaining));
        m_current.body.append(m_buf.constData() + m_pos, n);
        m_pos += n;
        m_remaining -= n;
        if (m_remaining == 0)
            m_state = State::ChunkDataEnd;
        return true;
    }
    case State::ChunkDataEnd: {
        QByteArrayView line;
        if (!takeLine(line, 2, 400, "missing CRLF after chunk data"))
            return false;
        if (!line.isEmpty())
            return fail(400, "missing CRLF after chunk data");
        m_state = State::ChunkSize;
        return true;
    }
    case State::Error:
        return false;
    }
    return false;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line) {
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0)
        return fail(400, "malformed request line");
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method))
        return fail(400, "invalid method");
    if (target.isEmpty() || std::any_of(target.begin(), target.end(), [](char c) {
            return static_cast<unsigned char>(c) <= 0x20 || c == 0x7f;
        }))
        return fail(400, "invalid request target");
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' ||
        version[5] < '0' || version[5] > '9' || version[7] < '0' || version[7] > '9')
        return fail(400, "malformed HTTP version");
    if (version[5] != '1')
        return fail(505, "HTTP version not supported");

    m_current = HttpRequest();
    m_current.method = method.toByteArray();
    m_current.target = target.toByteArray();
    m_current.versionMinor = version[7] - '0';

    QByteArrayView pathAndQuery = target;
    if (target == "*") {
        // asterisk-form (OPTIONS *): no path
    } else if (target.startsWith('/')) {
        // origin-form
    } else if (target.startsWith("http://") || target.startsWith("https://")) {
        // absolute-form: drop scheme and authority
        const qsizetype authority = target.indexOf("//") + 2;
        const qsizetype slash = target.indexOf('/', authority);
        const qsizetype question = target.indexOf('?', authority);
        if (slash >= 0 && (question < 0 || slash < question))
            pathAndQuery = target.sliced(slash);
        else if (question >= 0)
            pathAndQuery = target.sliced(question);
        else
            pathAndQuery = "/";
    } else {
        return fail(400, "invalid request target");
    }
    const qsizetype hash = pathAndQuery.indexOf('#');
    if (hash >= 0)
        pathAndQuery = pathAndQuery.first(hash);
    const qsizetype q = pathAndQuery.indexOf('?');
    m_current.path = (q < 0 ? pathAndQuery : pathAndQuery.first(q)).toByteArray();
    if (m_current.path.isEmpty())
        m_current.path = "/";
    if (q >= 0)
        m_current.query = pathAndQuery.sliced(q + 1).toByteArray();

    m_headerBytes = 0;
    m_state = State::Headers;
    return true;
}

bool HttpRequestParser::parseHeaderLine(QByteArrayView line, bool trailer) {
    if (isOws(line.front()))
        return fail(400, "obsolete line folding is not accepted");
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return fail(400, "malformed header field");
    const QByteArrayView name = line.first(colon);
    if (!isToken(name)) // also rejects whitespace between the name and the colon
        return fail(400, "invalid header field name");
    const QByteArrayView value = trimOws(line.sliced(colon + 1));
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return fail(400, "invalid character in header field value");
    }
    if (trailer)
        return true; // trailers are validated and counted, not kept
    if (m_current.headers.size() >= m_limits.maxHeaderCount)
        return fail(431, "too many header fields");
    m_current.headers.append({name.toByteArray().toLower(), value.toByteArray()});
    return true;
}

bool HttpRequestParser::finishHeaders() {
    HttpRequest &r = m_current;
    int hostCount = 0;
    bool hasContentLength = false;
    qint64 contentLength = 0;
    bool hasTransferEncoding = false;
    bool connectionClose = false;
    bool connectionKeepAlive = false;

    for (const auto &[name, value] : r.headers) {
        if (name == "host") {
            ++hostCount;
        } else if (name == "content-length") {
            for (QByteArrayView element : splitList(value)) {
                if (element.size() > 18 || !std::all_of(element.begin(), element.end(), [](char c) {
                        return c >= '0' && c <= '9';
                    }))
                    return fail(400, "invalid Content-Length");
                const qint64 n = element.toLongLong();
                if (hasContentLength && n != contentLength)
                    return fail(400, "conflicting Content-Length values");
                hasContentLength = true;
                contentLength = n;
            }
            if (splitList(value).isEmpty())
                return fail(400, "invalid Content-Length");
        } else if (name == "transfer-encoding") {
            const QList<QByteArrayView> codings = splitList(value);
            if (codings.isEmpty())
                return fail(400, "invalid Transfer-Encoding");
            for (qsizetype i = 0; i < codings.size(); ++i) {
                const bool chunked = equalsIgnoreCase(codings[i], "chunked");
                if (chunked && (r.chunked || i != codings.size() - 1))
                    return fail(400, "chunked must be the final transfer coding, once");
                if (!chunked)
                    return fail(501, "transfer coding not implemented");
                r.chunked = true;
            }
            hasTransferEncoding = true;
        } else if (name == "connection") {
            for (QByteArrayView option : splitList(value)) {
                if (equalsIgnoreCase(option, "close"))
                    connectionClose = true;
                else if (equalsIgnoreCase(option, "keep-alive"))
                    connectionKeepAlive = true;
            }
        } else if (name == "expect") {
            if (equalsIgnoreCase(value, "100-continue"))
                r.expectContinue = true;
        }
    }

    if (r.versionMinor >= 1 && hostCount != 1)
        return fail(400, hostCount == 0 ? "missing Host header" : "more than one Host header");
    if (hostCount > 1)
        return fail(400, "more than one Host header");
    if (hasTransferEncoding && hasContentLength)
        return fail(400, "both Transfer-Encoding and Content-Length");
    if (hasTransferEncoding && r.versionMinor == 0)
        return fail(400, "Transfer-Encoding in an HTTP/1.0 request");
    if (hasTransferEncoding && !r.chunked)
        return fail(400, "request body length cannot be determined");
    if (contentLength > m_limits.maxBodyBytes)
        return fail(413, "request body too large");

    r.keepAlive = !connectionClose && (r.versionMinor >= 1 || connectionKeepAlive);

    if (r.chunked) {
        m_state = State::ChunkSize;
        m_continuePending = r.expectContinue;
    } else if (contentLength > 0) {
        m_remaining = contentLength;
        r.body.reserve(static_cast<qsizetype>(std::min<qint64>(contentLength, 1 << 20)));
        m_state = State::Body;
        m_continuePending = r.expectContinue;
    } else {
        completeRequest();
    }
    return true;
}

bool HttpRequestParser::parseChunkSize(QByteArrayView line) {
    qsizetype i = 0;
    qint64 size = 0;
    while (i < line.size() && hexValue(line[i]) >= 0) {
        if (i >= 15)
            return fail(400, "chunk size too long");
        size = size * 16 + hexValue(line[i]);
        ++i;
    }
    if (i == 0)
        return fail(400, "invalid chunk size");
    QByteArrayView rest = line.sliced(i);
    while (!rest.isEmpty() && isOws(rest.front()))
        rest = rest.sliced(1);
    if (!rest.isEmpty()) {
        if (rest.front() != ';')
            return fail(400, "invalid chunk size");
        // chunk extensions: validated loosely (no control characters) and ignored
        for (char c : rest) {
            const auto u = static_cast<unsigned char>(c);
            if ((u < 0x20 && c != '\t') || u == 0x7f)
                return fail(400, "invalid chunk extension");
        }
    }
    if (m_current.body.size() + size > m_limits.maxBodyBytes)
        return fail(413, "request body too large");
    if (size == 0) {
        m_state = State::Trailers;
        return true;
    }
    m_remaining = size;
    m_state = State::ChunkData;
    return true;
}

void HttpRequestParser::completeRequest() {
    m_continuePending = false;
    m_ready.append(std::move(m_current));
    m_current = HttpRequest();
    m_remaining = 0;
    m_state = State::RequestLine;
}

} // namespace orc::fake
