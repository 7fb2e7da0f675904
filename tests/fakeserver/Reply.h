#pragma once

#include <QByteArray>
#include <QList>

#include <functional>
#include <utility>

namespace orc::fake {

// What the server sends for one request, planned up front by a route handler and played by a
// ResponseWriter: a status line and headers, then body pieces, each written after its own delay,
// then an ending. Pieces with no delay are merged while planning, so a 100,000-token stream
// with tokenDelayMs 0 is a single buffer written in large slices.
struct Reply {
    enum class Framing {
        ContentLength, // total size known up front (the sum of all pieces)
        Chunked,       // Transfer-Encoding: chunked; each written slice is one chunk
    };
    enum class Ending {
        Finish,     // complete the body; the connection stays open when keep-alive allows
        Drop,       // close the connection after the pieces, without completing the body
        DropBefore, // close the connection before writing a single byte
        Hang,       // write nothing more and never finish (bounded by the server's hang cap)
    };
    struct Piece {
        int delayMs = 0; // waited before this piece is written
        QByteArray bytes;
    };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // framing/connection headers are added later
    Framing framing = Framing::ContentLength;
    Ending ending = Ending::Finish;
    bool sendHead = true; // false with Hang: not even a status line
    QList<Piece> pieces;
    // Called once: true when the ending was reached, false when the client went away first.
    std::function<void(bool completed)> onFinished;

    void append(int delayMs, const QByteArray &bytes) {
        if (delayMs <= 0 && !pieces.isEmpty())
            pieces.last().bytes.append(bytes);
        else
            pieces.append({delayMs, bytes});
    }
    void addHeader(const QByteArray &name, const QByteArray &value) {
        headers.append({name, value});
    }
    qint64 bodySize() const {
        qint64 n = 0;
        for (const Piece &p : pieces)
            n += p.bytes.size();
        return n;
    }

    static Reply json(int status, const QByteArray &body) {
        Reply r;
        r.status = status;
        r.addHeader(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json"));
        r.append(0, body);
        return r;
    }
};

} // namespace orc::fake
