#pragma once

#include "Reply.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace orc::fake {

class HttpConnection;

// Plays one Reply on a connection without ever blocking the event loop: writes the head, then
// every piece after its delay (QTimer), slicing big pieces and pausing while more than a
// high-water mark of bytes wait in the socket, then performs the ending. It is a child of the
// connection, so a client that disconnects mid-stream simply destroys it (onFinished(false)).
class ResponseWriter : public QObject {
    Q_OBJECT
public:
    ResponseWriter(HttpConnection *connection, Reply reply, bool keepAlive, int hangCapMs);
    ~ResponseWriter() override;

    void start();

private:
    void writeHead();
    void pump();
    void onBytesWritten();
    void writeSlice(const QByteArray &bytes);
    void reachEnding();
    void finished(bool completed);

    QPointer<HttpConnection> m_connection;
    Reply m_reply;
    bool m_keepAlive;
    int m_hangCapMs;
    qsizetype m_index = 0;      // current piece
    qsizetype m_offset = 0;     // bytes of the current piece already written
    bool m_delayServed = false; // the current piece has had its delay
    bool m_waitingForDelay = false;
    bool m_waitingForDrain = false;
    bool m_done = false;
    QTimer m_timer;
};

} // namespace orc::fake
