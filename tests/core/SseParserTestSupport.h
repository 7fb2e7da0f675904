#pragma once

// What the SseParser tests share: feeding a parser in chunks (through feed() and feedViews()),
// and rendering what it reported for comparison.

#include "net/SseParser.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>

namespace orc::test::sse {

using orc::SseEvent;
using orc::SseParser;

constexpr qsizetype kNetworkChunk = 16 * 1024;

struct Run {
    QList<SseEvent> events;
    bool clean = false;            // finish()
    bool doneBeforeFinish = false; // isDone() right after the last feed
    qsizetype bufferedAfterFinish = -1;
};

// Feeds `chunks` in order into `parser` (which the caller may reuse) and finishes the stream.
// With `views`, through feedViews(), each chunk from a copy that is overwritten as soon as the
// call returns: a view kept past its feed would show the overwritten bytes.
inline Run parseWith(SseParser &parser, const QList<QByteArrayView> &chunks, bool views = false) {
    Run run;
    const SseParser::Sink sink = [&run](SseEvent &&ev) { run.events.append(std::move(ev)); };
    const SseParser::ViewSink viewSink = [&run](const orc::SseEventView &ev) {
        run.events.append(
            {ev.kind, ev.data.toByteArray(), ev.event.toByteArray(), ev.id.toByteArray()});
    };
    for (QByteArrayView chunk : chunks) {
        if (!views) {
            parser.feed(chunk, sink);
            continue;
        }
        QByteArray copy = chunk.toByteArray();
        parser.feedViews(copy, viewSink);
        copy.fill('#');
    }
    run.doneBeforeFinish = parser.isDone();
    run.clean = parser.finish();
    run.bufferedAfterFinish = parser.bufferedBytes();
    return run;
}

// Parses with both feed() and feedViews(); a difference between them shows as an extra event
// that no expectation contains.
inline Run parseChunks(const QList<QByteArrayView> &chunks) {
    SseParser parser;
    Run run = parseWith(parser, chunks);
    SseParser viewParser;
    const Run viewRun = parseWith(viewParser, chunks, true);
    if (!(viewRun.events == run.events) || viewRun.clean != run.clean ||
        viewRun.doneBeforeFinish != run.doneBeforeFinish ||
        viewRun.bufferedAfterFinish != run.bufferedAfterFinish)
        run.events.append({SseEvent::Kind::Comment, "feedViews() reported otherwise", {}, {}});
    return run;
}

inline Run parseInPiecesOf(QByteArrayView bytes, qsizetype size) {
    QList<QByteArrayView> chunks;
    for (qsizetype pos = 0; pos < bytes.size(); pos += size)
        chunks.append(bytes.sliced(pos, std::min(size, bytes.size() - pos)));
    return parseChunks(chunks);
}

// One byte at a time, with an empty feed after every byte (a CR pending across an empty feed
// must still pair with the LF that follows).
inline Run parseBytewise(QByteArrayView bytes) {
    QList<QByteArrayView> chunks;
    for (qsizetype pos = 0; pos < bytes.size(); ++pos) {
        chunks.append(bytes.sliced(pos, 1));
        chunks.append(QByteArrayView());
    }
    return parseChunks(chunks);
}

inline QByteArray render(const SseEvent &ev) {
    switch (ev.kind) {
    case SseEvent::Kind::Comment:
        return QByteArrayLiteral("comment:") + ev.data;
    case SseEvent::Kind::Done:
        return QByteArrayLiteral("done");
    case SseEvent::Kind::Data:
        break;
    }
    QByteArray out = QByteArrayLiteral("data");
    if (!ev.event.isEmpty())
        out += QByteArrayLiteral("[event=") + ev.event + ']';
    if (!ev.id.isEmpty())
        out += QByteArrayLiteral("[id=") + ev.id + ']';
    return out + ':' + ev.data;
}

inline QList<QByteArray> render(const QList<SseEvent> &events) {
    QList<QByteArray> out;
    for (const SseEvent &ev : events)
        out.append(render(ev));
    return out;
}

// Empty when `run` matches; otherwise a readable description of the difference.
inline QByteArray mismatch(const Run &run, const QList<QByteArray> &expected, bool clean) {
    const QList<QByteArray> got = render(run.events);
    if (got == expected && run.clean == clean && run.bufferedAfterFinish == 0)
        return {};
    return QByteArrayLiteral("got [") +
           got.join(QByteArrayLiteral("] [")).toPercentEncoding(" []:") +
           QByteArrayLiteral("] clean=") + QByteArray::number(run.clean) +
           QByteArrayLiteral(" buffered=") + QByteArray::number(run.bufferedAfterFinish) +
           QByteArrayLiteral("; expected [") +
           expected.join(QByteArrayLiteral("] [")).toPercentEncoding(" []:") +
           QByteArrayLiteral("] clean=") + QByteArray::number(clean);
}

inline bool parsesAsJsonObject(const QByteArray &payload) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    return error.error == QJsonParseError::NoError && doc.isObject();
}

inline QByteArray withLineEnds(QByteArray lf, QByteArrayView lineEnd) {
    return lf.replace('\n', lineEnd.toByteArray());
}

} // namespace orc::test::sse
