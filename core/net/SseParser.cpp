#include "net/SseParser.h"

#include <algorithm>
#include <cstring>

namespace orc {

namespace {

// Unfinished lines up to this size keep their allocation for the next one; a larger buffer
// (a multi-MB image line) is released once its line is done.
constexpr qsizetype kKeepBufferCapacity = 64 * 1024;

const char *findOrEnd(const char *from, const char *end, char c) {
    const void *hit = std::memchr(from, c, size_t(end - from));
    return hit ? static_cast<const char *>(hit) : end;
}

QByteArrayView withoutLeadingSpace(QByteArrayView value) {
    return value.startsWith(' ') ? value.sliced(1) : value;
}

} // namespace

void SseParser::feed(QByteArrayView bytes, const Sink &sink) {
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
            m_buffer.append(p, end - p);
            return;
        }

        QByteArrayView line(p, eol - p);
        if (!m_buffer.isEmpty()) {
            m_buffer.append(line);
            line = m_buffer;
        }
        p = eol + 1;
        if (*eol == '\r') {
            if (p == end)
                m_lastWasCR = true;
            else if (*p == '\n')
                ++p;
        }
        processLine(line, sink);

        if (m_buffer.capacity() > kKeepBufferCapacity)
            m_buffer.clear();
        else
            m_buffer.truncate(0);
    }
}

void SseParser::processLine(QByteArrayView line, const Sink &sink) {
    if (m_atStart) {
        m_atStart = false;
        if (line.startsWith(QByteArrayView("\xEF\xBB\xBF")))
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        dispatch(sink);
        return;
    }
    if (line.front() == ':') {
        SseEvent comment;
        comment.kind = SseEvent::Kind::Comment;
        comment.data = withoutLeadingSpace(line.sliced(1)).toByteArray();
        sink(std::move(comment));
        return;
    }

    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    const QByteArrayView value =
        colon < 0 ? QByteArrayView() : withoutLeadingSpace(line.sliced(colon + 1));
    if (field == QByteArrayView("data")) {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
    } else if (field == QByteArrayView("event")) {
        m_event = value.toByteArray();
    } else if (field == QByteArrayView("id")) {
        if (!value.contains('\0'))
            m_id = value.toByteArray();
    }
    // "retry" and unknown fields are ignored.
}

void SseParser::dispatch(const Sink &sink) {
    if (!m_hasData) {
        m_event.clear();
        m_id.clear();
        return;
    }
    SseEvent ev;
    if (m_data == QByteArrayView("[DONE]")) {
        m_done = true;
        clearPending();
        ev.kind = SseEvent::Kind::Done;
    } else {
        ev.kind = SseEvent::Kind::Data;
        ev.data = std::move(m_data);
        ev.event = std::move(m_event);
        ev.id = std::move(m_id);
        m_data.clear();
        m_event.clear();
        m_id.clear();
        m_hasData = false;
    }
    sink(std::move(ev));
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

void SseParser::clearPending() {
    m_buffer.clear();
    m_data.clear();
    m_event.clear();
    m_id.clear();
    m_hasData = false;
    m_lastWasCR = false;
}

void SseParser::reset() {
    clearPending();
    m_atStart = true;
    m_done = false;
}

} // namespace orc
