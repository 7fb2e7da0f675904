#include "net/SseParser.h"

#include <algorithm>
#include <cstring>

namespace orc {

namespace {

// Unfinished lines up to this size keep their allocation for the next one; a larger buffer
// (a multi-MB image line) is released once its line is done.
constexpr qsizetype kKeepBufferCapacity = 64 * 1024;

// A line longer than this (an image as base64) reserves kLongLineReserve at once: so large a
// block is mapped memory whose pages are touched only as data arrives, and it grows in place,
// so no piece of the line is ever copied again to make room (the same copy in one go would
// stall the thread for tens of milliseconds on a multi-MB line).
constexpr qsizetype kLongLine = 1024 * 1024;
constexpr qsizetype kLongLineReserve = 64 * 1024 * 1024;

const char *findOrEnd(const char *from, const char *end, char c) {
    const void *hit = std::memchr(from, c, size_t(end - from));
    return hit ? static_cast<const char *>(hit) : end;
}

QByteArrayView withoutLeadingSpace(QByteArrayView value) {
    return value.startsWith(' ') ? value.sliced(1) : value;
}

} // namespace

void SseParser::feed(QByteArrayView bytes, const Sink &sink) {
    auto report = [&sink](const SseEventView &view, QByteArray *ownedData) {
        SseEvent ev;
        ev.kind = view.kind;
        ev.data = ownedData ? std::move(*ownedData) : view.data.toByteArray();
        ev.event = view.event.toByteArray();
        ev.id = view.id.toByteArray();
        sink(std::move(ev));
    };
    parse(bytes, report);
}

void SseParser::feedViews(QByteArrayView bytes, const ViewSink &sink) {
    auto report = [&sink](const SseEventView &view, QByteArray *) { sink(view); };
    parse(bytes, report);
}

template<typename Report>
void SseParser::parse(QByteArrayView bytes, Report &report) {
    if (m_done || bytes.isEmpty())
        return;
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    if (m_lastWasCR) {
        m_lastWasCR = false;
        if (*p == '\n')
            ++p; // the LF of a CRLF split across two feeds
    }

    // Next LF and CR at or after p, or `end`; each is searched again only once p has passed it,
    // so every byte is scanned at most once per character even with CR-only line ends.
    const char *nextLF = p;
    const char *nextCR = p;
    bool lfKnown = false;
    bool crKnown = false;
    while (p < end && !m_done) {
        if (!lfKnown || nextLF < p) {
            nextLF = findOrEnd(p, end, '\n');
            lfKnown = true;
        }
        if (!crKnown || nextCR < p) {
            nextCR = findOrEnd(p, end, '\r');
            crKnown = true;
        }
        const char *const eol = std::min(nextLF, nextCR);
        if (eol == end) {
            appendToLine(QByteArrayView(p, end - p));
            break;
        }

        QByteArrayView line(p, eol - p);
        const bool inInput = m_buffer.isEmpty();
        if (!inInput) {
            appendToLine(line);
            line = m_buffer;
        }
        p = eol + 1;
        if (*eol == '\r') {
            if (p == end)
                m_lastWasCR = true;
            else if (*p == '\n')
                ++p;
        }
        processLine(line, inInput, report);

        if (m_buffer.capacity() > kKeepBufferCapacity)
            m_buffer.clear();
        else
            m_buffer.truncate(0);
    }
    keepPendingData(); // the input goes away when this returns
}

void SseParser::appendToLine(QByteArrayView bytes) {
    const qsizetype needed = m_buffer.size() + bytes.size();
    if (needed > kLongLine && needed > m_buffer.capacity())
        m_buffer.reserve(std::max(kLongLineReserve, 2 * needed));
    const char *before = m_buffer.constData();
    const bool longLine = m_buffer.size() > kLongLine;
    m_buffer.append(bytes);
    if (longLine && m_buffer.constData() != before)
        ++m_longLineMoves;
}

template<typename Report>
void SseParser::processLine(QByteArrayView line, bool lineOutlivesCall, Report &report) {
    if (m_atStart) {
        m_atStart = false;
        if (line.startsWith(QByteArrayView("\xEF\xBB\xBF")))
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        dispatch(report);
        return;
    }
    if (line.front() == ':') {
        SseEventView comment;
        comment.kind = SseEvent::Kind::Comment;
        comment.data = withoutLeadingSpace(line.sliced(1));
        report(comment, nullptr);
        return;
    }

    const void *colonAt = std::memchr(line.data(), ':', size_t(line.size()));
    const qsizetype colon = colonAt ? static_cast<const char *>(colonAt) - line.data() : -1;
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    const QByteArrayView value =
        colon < 0 ? QByteArrayView() : withoutLeadingSpace(line.sliced(colon + 1));
    if (field == QByteArrayView("data")) {
        if (!m_hasData && lineOutlivesCall) {
            // The usual event: one data line, inside the input being parsed. Point at it.
            m_dataView = value;
            m_dataIsView = true;
        } else if (!m_hasData && !lineOutlivesCall && !value.isEmpty()) {
            // A line that came in pieces (a multi-MB image) lies in the line buffer: take it
            // without a copy (dropping the "data:" in front only moves the array's start).
            const qsizetype start = value.data() - m_buffer.constData();
            m_data = std::move(m_buffer);
            m_data.remove(0, start);
            ++m_linesTaken;
        } else {
            keepPendingData();
            if (m_hasData)
                m_data.append('\n');
            m_data.append(value);
        }
        m_hasData = true;
    } else if (field == QByteArrayView("event")) {
        m_event = value.toByteArray();
    } else if (field == QByteArrayView("id")) {
        if (!value.contains('\0'))
            m_id = value.toByteArray();
    }
    // "retry" and unknown fields are ignored.
}

template<typename Report>
void SseParser::dispatch(Report &report) {
    if (!m_hasData) {
        m_event.clear();
        m_id.clear();
        return;
    }
    SseEventView ev;
    const QByteArrayView data = m_dataIsView ? m_dataView : QByteArrayView(m_data);
    if (data == QByteArrayView("[DONE]")) {
        m_done = true;
        clearPending();
        ev.kind = SseEvent::Kind::Done;
        report(ev, nullptr);
        return;
    }
    ev.kind = SseEvent::Kind::Data;
    ev.data = data;
    ev.event = m_event;
    ev.id = m_id;
    report(ev, m_dataIsView ? nullptr : &m_data);
    clearEvent();
}

void SseParser::keepPendingData() {
    if (!m_dataIsView)
        return;
    m_data = m_dataView.toByteArray();
    m_dataView = {};
    m_dataIsView = false;
}

bool SseParser::finish() {
    if (!m_done && m_hasData && m_buffer.isEmpty() && m_data == QByteArrayView("[DONE]"))
        m_done = true;
    clearPending();
    return m_done;
}

qsizetype SseParser::bufferedBytes() const {
    return m_buffer.size() + m_data.size();
}

void SseParser::clearEvent() {
    m_data.clear();
    m_dataView = {};
    m_dataIsView = false;
    m_event.clear();
    m_id.clear();
    m_hasData = false;
}

void SseParser::clearPending() {
    m_buffer.clear();
    m_lastWasCR = false;
    clearEvent();
}

void SseParser::reset() {
    clearPending();
    m_atStart = true;
    m_done = false;
}

} // namespace orc
