#include "HttpConnection.h"

#include "HttpUtil.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTcpSocket>

namespace orc::fake {

namespace {
constexpr int kMaxQueuedRequests = 64;
}

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpRequestParser::Limits &limits,
                               int idleTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_parser(limits) {
    socket->setParent(this);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (!m_busy)
            closeAfterFlush();
    });
}

HttpConnection::~HttpConnection() {
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpConnection::start() {
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::bytesWritten);
    restartIdleTimer();
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

bool HttpConnection::isOpen() const {
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

qint64 HttpConnection::bytesToWrite() const {
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void HttpConnection::write(const QByteArray &bytes) {
    if (isOpen())
        m_socket->write(bytes);
}

void HttpConnection::restartIdleTimer() {
    if (m_idleTimer.interval() > 0)
        m_idleTimer.start();
}

void HttpConnection::onReadyRead() {
    if (!m_socket || m_closing)
        return;
    restartIdleTimer();
    // Stop reading while too many pipelined requests wait; the rest stays in the socket buffer
    // and is read when a response completes.
    while (m_socket->bytesAvailable() > 0 && m_queue.size() < kMaxQueuedRequests &&
           !m_parser.hasError()) {
        const QByteArray chunk = m_socket->read(256 * 1024);
        m_parser.feed(chunk);
        while (m_parser.hasRequest())
            m_queue.append(m_parser.takeRequest());
    }
    if (!m_busy && m_queue.isEmpty() && m_parser.takeContinueRequest())
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    dispatchNext();
}

void HttpConnection::dispatchNext() {
    if (m_busy || m_closing || !m_socket)
        return;
    if (!m_queue.isEmpty()) {
        m_busy = true;
        m_idleTimer.stop();
        const HttpRequest request = m_queue.takeFirst();
        emit requestReady(this, request);
        return;
    }
    if (m_parser.hasError()) {
        writeParseError();
        return;
    }
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void HttpConnection::writeParseError() {
    const int status = m_parser.errorStatus();
    QJsonObject error{{QStringLiteral("code"), status},
                      {QStringLiteral("message"), QString::fromLatin1(m_parser.errorMessage())}};
    const QByteArray body = http::compactJson({{QStringLiteral("error"), error}});
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + http::reasonPhrase(status) +
        "\r\ncontent-type: application/json\r\ncontent-length: " + QByteArray::number(body.size()) +
        "\r\ndate: " + http::httpDate(QDateTime::currentDateTimeUtc()) +
        "\r\nserver: fake-openrouter\r\nconnection: close\r\n\r\n";
    write(head + body);
    closeAfterFlush();
}

void HttpConnection::responseComplete(bool keepAlive) {
    m_busy = false;
    if (!keepAlive) {
        closeAfterFlush();
        return;
    }
    restartIdleTimer();
    if (m_queue.isEmpty() && m_parser.takeContinueRequest())
        write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    dispatchNext();
}

void HttpConnection::closeAfterFlush() {
    m_closing = true;
    m_idleTimer.stop();
    if (m_socket)
        m_socket->disconnectFromHost(); // emits disconnected once pending data is written
    else
        onDisconnected();
}

void HttpConnection::abort() {
    m_closing = true;
    m_idleTimer.stop();
    if (m_socket)
        m_socket->abort();
    onDisconnected();
}

void HttpConnection::onDisconnected() {
    m_closing = true;
    m_idleTimer.stop();
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    emit closed(this);
    deleteLater();
}

} // namespace orc::fake
