#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace orc::fake {

// One complete HTTP/1.x request as it came off the wire.
struct HttpRequest {
    QByteArray method;    // e.g. "POST" (case preserved; methods are case-sensitive)
    QByteArray target;    // request-target as sent, e.g. "/api/v1/models?limit=3"
    QByteArray path;      // target without query, still percent-encoded ("/api/v1/models")
    QByteArray query;     // text after '?', without a '#fragment'; empty when absent
    int versionMinor = 1; // HTTP/1.<versionMinor>
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed, in order
    QByteArray body;             // de-chunked when the request used chunked transfer coding
    bool chunked = false;        // the body came with Transfer-Encoding: chunked
    bool keepAlive = true;       // the connection may carry another request after this one
    bool expectContinue = false; // the client sent "Expect: 100-continue"

    // Value of a header (name compared case-insensitively); repeated fields are joined with ", ".
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

// A pure, incremental HTTP/1.1 request parser (RFC 9112) with no I/O: feed it bytes split
// anywhere, one byte at a time included, and it queues every complete request in order
// (pipelining). Handles Content-Length and chunked request bodies (with extensions and
// trailers), case-insensitive header names, keep-alive rules of HTTP/1.0 and 1.1, and
// "Expect: 100-continue". Anything malformed or over a limit puts the parser in a terminal
// error state with the status code the server should answer with before closing:
// 400 malformed, 413 body too large, 414 request line too long, 431 header section too
// large, 501 unsupported transfer coding, 505 unsupported HTTP version.
class HttpRequestParser {
public:
    struct Limits {
        qsizetype maxRequestLineBytes = 16 * 1024;
        qsizetype maxHeaderBytes = 64 * 1024; // all field lines of one request (and trailers)
        int maxHeaderCount = 128;
        qint64 maxBodyBytes = 64 * 1024 * 1024;
    };

    HttpRequestParser();
    explicit HttpRequestParser(const Limits &limits);

    // Consumes `bytes`; returns false once the parser is in the error state (further input is
    // ignored). Complete requests become available through takeRequest().
    bool feed(QByteArrayView bytes);

    bool hasRequest() const { return !m_ready.isEmpty(); }
    qsizetype readyCount() const { return m_ready.size(); }
    HttpRequest takeRequest(); // precondition: hasRequest()

    bool hasError() const { return m_state == State::Error; }
    int errorStatus() const { return m_errorStatus; }          // 0 when there is no error
    QByteArray errorMessage() const { return m_errorMessage; } // human-readable reason

    // True once for a request whose header section asked for "100-continue" while its body has
    // not fully arrived: the server should then write "HTTP/1.1 100 Continue\r\n\r\n".
    bool takeContinueRequest();

    // True when no partial request is buffered (between requests).
    bool isIdle() const;
    qsizetype bufferedBytes() const { return m_buf.size() - m_pos; }
    const Limits &limits() const { return m_limits; }
    void reset();

private:
    enum class State {
        RequestLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Error
    };

    bool step(); // one parsing step; false when more input is needed
    bool takeLine(QByteArrayView &line, qsizetype limit, int overStatus, const char *overMessage);
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line, bool trailer);
    bool finishHeaders();
    bool parseChunkSize(QByteArrayView line);
    void completeRequest();
    bool fail(int status, const char *message);
    void compact();

    Limits m_limits;
    State m_state = State::RequestLine;
    QByteArray m_buf;
    qsizetype m_pos = 0;  // first unconsumed byte of m_buf
    qsizetype m_scan = 0; // bytes after m_pos already searched for '\n'
    HttpRequest m_current;
    qsizetype m_headerBytes = 0;
    qint64 m_remaining = 0; // body bytes still expected (Content-Length or current chunk)
    bool m_continuePending = false;
    QList<HttpRequest> m_ready;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace orc::fake
