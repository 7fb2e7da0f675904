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
    QByteArray id;    // value of this event's own "id:" field, empty when absent (unlike a
                      // browser's lastEventId it does not carry over to later events)

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

// The same event as views into the parser's input or its own buffers, valid only during the
// sink call that receives it. Lets a consumer that decodes events at once skip copying them.
struct SseEventView {
    SseEvent::Kind kind = SseEvent::Kind::Data;
    QByteArrayView data;
    QByteArrayView event;
    QByteArrayView id;
};

// Incremental SSE parser (WHATWG framing) with no network: feed it bytes split anywhere
// (one byte at a time included), LF, CR or CRLF line ends, and it reports complete events in
// order. Lines may be arbitrarily long (multi-MB base64 images): the buffer is unbounded, bytes
// already searched are never searched again (at most one memchr pass per line-end character),
// and a line is copied out of the buffer only once it is complete, so the cost is O(n).
//
// Details: comments are reported at once, even between the data lines of one event, and never
// change the pending event; a blank line dispatches the pending event only if it had a data
// line ("data:" alone gives an empty payload); unknown fields and "retry:" are ignored; an "id:"
// value holding a NUL byte is ignored; one UTF-8 byte order mark at the very start is skipped.
// The sink must not call back into the parser.
class SseParser {
public:
    using Sink = std::function<void(SseEvent &&)>;

    using ViewSink = std::function<void(const SseEventView &)>;

    // Parses as much of `bytes` as forms complete lines; the rest is kept for the next call.
    // Everything after the [DONE] event is ignored.
    void feed(QByteArrayView bytes, const Sink &sink);
    // The same, reporting views: an event whose single data line lies whole in `bytes` is not
    // copied at all. The views die when the sink returns.
    void feedViews(QByteArrayView bytes, const ViewSink &sink);

    // Call when the byte stream has ended. Returns true when the stream ended cleanly with
    // [DONE]; false means truncated (a pending partial event is dropped, as the spec says).
    // A complete final "data: [DONE]" line whose closing blank line never came (seen in a real
    // capture) also counts as a clean end; no Done event is reported for it, but isDone()
    // becomes true. Idempotent; call reset() before parsing another stream.
    bool finish();

    bool isDone() const { return m_done; }
    // Bytes held while waiting for more input: the unfinished line plus the pending event data.
    qsizetype bufferedBytes() const;
    // Data lines handed on from the line buffer itself, without a copy, and the times a line
    // longer than 1 MiB moved to grow (tests check that a multi-MB line that comes in pieces
    // is neither copied to grow nor when it completes).
    int linesTaken() const { return m_linesTaken; }
    int longLineMoves() const { return m_longLineMoves; }
    void reset();

private:
    // `Report` is called as report(const SseEventView &, QByteArray *ownedData), where ownedData is
    // the parser's own buffer holding the data (which the callee may take) or null for a view.
    template<typename Report>
    void parse(QByteArrayView bytes, Report &report);
    template<typename Report>
    void processLine(QByteArrayView line, bool lineOutlivesCall, Report &report);
    template<typename Report>
    void dispatch(Report &report);
    void appendToLine(QByteArrayView bytes); // to the unfinished line in m_buffer
    void keepPendingData();
    void clearEvent();   // the event being collected
    void clearPending(); // that, and the unfinished line

    QByteArray m_buffer;      // the unfinished last line; it holds no line end, so it is never
                              // scanned again (the next line end can only be in new input)
    bool m_lastWasCR = false; // the last line ended with a CR at the end of a feed: skip one LF
    bool m_atStart = true;    // no line processed yet (for the byte order mark)
    QByteArray m_data;
    QByteArrayView m_dataView; // the pending data while it is one line of the current input
    bool m_dataIsView = false;
    QByteArray m_event;
    QByteArray m_id;
    bool m_hasData = false;
    bool m_done = false;
    int m_linesTaken = 0;
    int m_longLineMoves = 0;
};

} // namespace orc
