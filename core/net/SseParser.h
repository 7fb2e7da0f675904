#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace orc {

// One complete Server-Sent Event, or a comment line.
struct SseEvent {
    enum class Kind {
        Data,    // an event with at least one data line; `data` joins them with '\n'
        Comment, // a line starting with ':' (OpenRouter's ": OPENROUTER PROCESSING" keep-alive)
        Done,    // the terminating "data: [DONE]" event; nothing after it is reported
    };
    Kind kind = Kind::Data;
    QByteArray data;  // Data: payload; Comment: text after ':' with one leading space removed
    QByteArray event; // value of an "event:" field, empty when absent
    QByteArray id;    // value of an "id:" field, empty when absent
};

// Incremental SSE parser (WHATWG framing) with no network: feed it bytes split anywhere
// (one byte at a time included), LF, CR or CRLF line ends, and it reports complete events in
// order. Lines may be arbitrarily long (multi-MB base64 images): the buffer is unbounded and
// each byte is scanned once, never re-split from the start.
class SseParser
{
public:
    using Sink = std::function<void(SseEvent &&)>;

    // Parses as much of `bytes` as forms complete lines; the rest is kept for the next call.
    void feed(QByteArrayView bytes, const Sink &sink);

    // Call when the byte stream has ended. Returns true when the stream ended cleanly with
    // [DONE]; false means truncated (a pending partial event is dropped, as the spec says).
    bool finish();

    bool isDone() const { return m_done; }
    qsizetype bufferedBytes() const;
    void reset();

private:
    void processLine(QByteArrayView line, const Sink &sink);
    void dispatch(const Sink &sink);

    QByteArray m_buffer;     // unconsumed bytes
    qsizetype m_scanned = 0; // bytes of m_buffer already searched for a line end
    bool m_lastWasCR = false;
    QByteArray m_data;
    QByteArray m_event;
    QByteArray m_id;
    bool m_hasData = false;
    bool m_done = false;
};

} // namespace orc
