#include "ResponseWriter.h"

#include "HttpConnection.h"
#include "HttpUtil.h"

#include <QDateTime>

namespace orc::fake {

namespace {
constexpr qint64 kHighWater = 1024 * 1024; // pause writing above this many unsent bytes
constexpr qint64 kLowWater = 256 * 1024;
constexpr qsizetype kMaxSlice = 256 * 1024;
} // namespace

ResponseWriter::ResponseWriter(HttpConnection *connection, Reply reply, bool keepAlive,
                               int hangCapMs)
    : QObject(connection)
    , m_connection(connection)
    , m_reply(std::move(reply))
    , m_keepAlive(keepAlive && m_reply.ending == Reply::Ending::Finish)
    , m_hangCapMs(hangCapMs) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_reply.ending == Reply::Ending::Hang && m_index >= m_reply.pieces.size()) {
            // the hang cap: even a hanging request ends some time
            if (m_connection)
                m_connection->abort();
            return;
        }
        m_waitingForDelay = false;
        pump();
    });
    connect(connection, &HttpConnection::bytesWritten, this, &ResponseWriter::onBytesWritten);
}

ResponseWriter::~ResponseWriter() {
    if (!m_done)
        finished(false);
}

void ResponseWriter::finished(bool completed) {
    if (m_done)
        return;
    m_done = true;
    if (m_reply.onFinished) {
        const auto callback = std::move(m_reply.onFinished);
        m_reply.onFinished = nullptr;
        callback(completed);
    }
}

void ResponseWriter::start() {
    if (m_reply.ending == Reply::Ending::DropBefore) {
        finished(true);
        if (m_connection)
            m_connection->closeAfterFlush();
        return;
    }
    if (m_reply.sendHead)
        writeHead();
    pump();
}

void ResponseWriter::writeHead() {
    QByteArray head;
    head.reserve(512);
    head += "HTTP/1.1 " + QByteArray::number(m_reply.status) + ' ' +
            http::reasonPhrase(m_reply.status) + "\r\n";
    for (const auto &[name, value] : m_reply.headers)
        head += name + ": " + value + "\r\n";
    head += "date: " + http::httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    head += "server: fake-openrouter\r\n";
    head += "access-control-allow-origin: *\r\n";
    head += "x-content-type-options: nosniff\r\n";
    if (m_reply.framing == Reply::Framing::Chunked)
        head += "transfer-encoding: chunked\r\n";
    else
        head += "content-length: " + QByteArray::number(m_reply.bodySize()) + "\r\n";
    head += m_keepAlive ? "connection: keep-alive\r\n\r\n" : "connection: close\r\n\r\n";
    if (m_connection)
        m_connection->write(head);
}

void ResponseWriter::writeSlice(const QByteArray &bytes) {
    if (!m_connection || bytes.isEmpty())
        return;
    if (m_reply.framing == Reply::Framing::Chunked) {
        QByteArray framed;
        framed.reserve(bytes.size() + 16);
        framed += QByteArray::number(bytes.size(), 16) + "\r\n";
        framed += bytes;
        framed += "\r\n";
        m_connection->write(framed);
    } else {
        m_connection->write(bytes);
    }
}

void ResponseWriter::pump() {
    while (!m_done && m_index < m_reply.pieces.size()) {
        if (!m_connection || !m_connection->isOpen())
            return; // the destructor reports the cancellation
        if (m_waitingForDelay)
            return;
        if (m_connection->bytesToWrite() > kHighWater) {
            m_waitingForDrain = true;
            return;
        }
        Reply::Piece &piece = m_reply.pieces[m_index];
        if (m_offset == 0 && piece.delayMs > 0 && !m_delayServed) {
            m_delayServed = true;
            m_waitingForDelay = true;
            m_timer.start(piece.delayMs);
            return;
        }
        const qsizetype n = std::min(kMaxSlice, piece.bytes.size() - m_offset);
        if (m_offset == 0 && n == piece.bytes.size())
            writeSlice(piece.bytes);
        else
            writeSlice(piece.bytes.mid(m_offset, n));
        m_offset += n;
        if (m_offset >= piece.bytes.size()) {
            piece.bytes = QByteArray(); // free what has been written
            ++m_index;
            m_offset = 0;
            m_delayServed = false;
        }
    }
    if (!m_done && m_index >= m_reply.pieces.size())
        reachEnding();
}

void ResponseWriter::onBytesWritten() {
    if (m_waitingForDrain && m_connection && m_connection->bytesToWrite() < kLowWater) {
        m_waitingForDrain = false;
        pump();
    }
}

void ResponseWriter::reachEnding() {
    switch (m_reply.ending) {
    case Reply::Ending::Finish: {
        if (m_reply.framing == Reply::Framing::Chunked && m_connection)
            m_connection->write(QByteArrayLiteral("0\r\n\r\n"));
        finished(true);
        QPointer<HttpConnection> connection = m_connection;
        const bool keepAlive = m_keepAlive;
        deleteLater();
        if (connection)
            connection->responseComplete(keepAlive);
        return;
    }
    case Reply::Ending::Drop:
        finished(true);
        if (m_connection)
            m_connection->closeAfterFlush();
        return;
    case Reply::Ending::DropBefore:
        return; // handled in start()
    case Reply::Ending::Hang:
        if (!m_timer.isActive() && m_hangCapMs > 0)
            m_timer.start(m_hangCapMs);
        return;
    }
}

} // namespace orc::fake
