#pragma once

#include "HttpRequestParser.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace orc::fake {

// One accepted TCP connection: parses requests (pipelined ones are queued and served strictly
// in order, one response at a time), answers "Expect: 100-continue", reports each request
// through requestReady(), and offers the writer a guarded socket. Parse errors are answered
// with a JSON error and the connection is closed. Idle connections close after idleTimeoutMs.
// The socket is held in a QPointer: once the peer has gone, writes are silently dropped.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, const HttpRequestParser::Limits &limits, int idleTimeoutMs,
                   QObject *parent);
    ~HttpConnection() override;

    void start();
    bool isOpen() const;
    qint64 bytesToWrite() const;
    void write(const QByteArray &bytes);

    // The response to the current request is complete: close when !keepAlive, otherwise go on
    // with the next queued request.
    void responseComplete(bool keepAlive);
    void closeAfterFlush(); // graceful FIN once written data has left
    void abort();           // immediate close; unsent data is discarded

signals:
    void requestReady(orc::fake::HttpConnection *connection, const orc::fake::HttpRequest &request);
    void bytesWritten();
    void closed(orc::fake::HttpConnection *connection);

private:
    void onReadyRead();
    void onDisconnected();
    void dispatchNext();
    void writeParseError();
    void restartIdleTimer();

    QPointer<QTcpSocket> m_socket;
    HttpRequestParser m_parser;
    QList<HttpRequest> m_queue;
    QTimer m_idleTimer;
    bool m_busy = false;
    bool m_closing = false;
    bool m_closedEmitted = false;
};

} // namespace orc::fake
