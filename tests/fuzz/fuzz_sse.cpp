// libFuzzer target for orc::SseParser.
//
// Each input is parsed (1) whole, (2) split in two at a position derived from the data, (3) in
// chunks of data-derived sizes (empty chunks included) and (4) one byte at a time for small
// inputs. All must report the same events and the same finish() result, and that result must
// match a deliberately simple whole-input reference parser written from the WHATWG rules.
// Structural invariants are checked as well. Any violation calls abort().

#include "net/SseParser.h"

#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using orc::SseEvent;
using orc::SseParser;

struct Outcome {
    QList<SseEvent> events;
    bool doneBeforeFinish = false;
    bool clean = false;
};

[[noreturn]] void fail(const char *what) {
    std::fprintf(stderr, "fuzz_sse: invariant broken: %s\n", what);
    std::abort();
}

void check(bool ok, const char *what) {
    if (!ok)
        fail(what);
}

Outcome parseChunks(SseParser &parser, const QList<QByteArrayView> &chunks) {
    Outcome out;
    const SseParser::Sink sink = [&out](SseEvent &&ev) { out.events.append(std::move(ev)); };
    for (QByteArrayView chunk : chunks) {
        parser.feed(chunk, sink);
        if (parser.isDone())
            check(parser.bufferedBytes() == 0, "bytes are held after [DONE]");
    }
    out.doneBeforeFinish = parser.isDone();
    out.clean = parser.finish();
    check(parser.isDone() == out.clean, "isDone() differs from finish()");
    check(parser.finish() == out.clean, "finish() is not idempotent");
    check(parser.bufferedBytes() == 0, "finish() left bytes buffered");
    return out;
}

// Through feedViews(), each chunk from a copy overwritten once the call returns, so a view kept
// past its feed shows up as different data.
Outcome parseChunkViews(const QList<QByteArrayView> &chunks) {
    SseParser parser;
    Outcome out;
    const SseParser::ViewSink sink = [&out](const orc::SseEventView &ev) {
        out.events.append(
            {ev.kind, ev.data.toByteArray(), ev.event.toByteArray(), ev.id.toByteArray()});
    };
    for (QByteArrayView chunk : chunks) {
        QByteArray copy = chunk.toByteArray();
        parser.feedViews(copy, sink);
        copy.fill('#');
    }
    out.doneBeforeFinish = parser.isDone();
    out.clean = parser.finish();
    check(parser.bufferedBytes() == 0, "finish() left bytes buffered (views)");
    return out;
}

void checkSame(const Outcome &a, const Outcome &b, const char *what);

Outcome parseChunks(const QList<QByteArrayView> &chunks) {
    SseParser parser;
    Outcome out = parseChunks(parser, chunks);
    checkSame(out, parseChunkViews(chunks), "feedViews() differs from feed()");
    return out;
}

// The simplest correct parser: whole input, one line at a time.
Outcome reference(QByteArrayView in) {
    Outcome out;
    QByteArray data;
    QByteArray event;
    QByteArray id;
    bool hasData = false;
    bool done = false;
    qsizetype pos = 0;
    bool firstLine = true;
    while (!done) {
        qsizetype eol = pos;
        while (eol < in.size() && in[eol] != '\n' && in[eol] != '\r')
            ++eol;
        if (eol == in.size())
            break; // an unterminated last line never counts
        QByteArrayView line = in.sliced(pos, eol - pos);
        pos = eol + 1;
        if (in[eol] == '\r' && pos < in.size() && in[pos] == '\n')
            ++pos;
        if (firstLine && line.startsWith(QByteArrayView("\xEF\xBB\xBF")))
            line = line.sliced(3);
        firstLine = false;

        if (line.isEmpty()) {
            if (hasData && data == QByteArrayView("[DONE]")) {
                out.events.append({SseEvent::Kind::Done, {}, {}, {}});
                done = true;
            } else if (hasData) {
                out.events.append({SseEvent::Kind::Data, data, event, id});
            }
            data.clear();
            event.clear();
            id.clear();
            hasData = false;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        QByteArrayView field = colon < 0 ? line : line.first(colon);
        QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
        if (colon == 0) {
            out.events.append({SseEvent::Kind::Comment, value.toByteArray(), {}, {}});
        } else if (field == QByteArrayView("data")) {
            data += hasData ? QByteArray("\n") + value.toByteArray() : value.toByteArray();
            hasData = true;
        } else if (field == QByteArrayView("event")) {
            event = value.toByteArray();
        } else if (field == QByteArrayView("id") && !value.contains('\0')) {
            id = value.toByteArray();
        }
    }
    out.doneBeforeFinish = done;
    out.clean = done || (hasData && data == QByteArrayView("[DONE]") && pos == in.size());
    return out;
}

void checkStructure(const Outcome &out) {
    bool sawDone = false;
    for (const SseEvent &ev : out.events) {
        check(!sawDone, "an event was reported after Done");
        switch (ev.kind) {
        case SseEvent::Kind::Done:
            sawDone = true;
            break;
        case SseEvent::Kind::Comment:
            check(!ev.data.contains('\n') && !ev.data.contains('\r'), "line end in a comment");
            check(ev.event.isEmpty() && ev.id.isEmpty(), "comment with event fields");
            break;
        case SseEvent::Kind::Data:
            check(!ev.data.contains('\r'), "CR in event data");
            check(ev.data != "[DONE]", "[DONE] reported as data");
            check(!ev.event.contains('\n') && !ev.event.contains('\r'), "line end in event type");
            check(!ev.id.contains('\n') && !ev.id.contains('\r') && !ev.id.contains('\0'),
                  "line end or NUL in id");
            break;
        }
    }
    check(sawDone == out.doneBeforeFinish, "Done event and isDone() disagree");
    check(!sawDone || out.clean, "Done seen but finish() reports truncation");
}

void checkSame(const Outcome &a, const Outcome &b, const char *what) {
    if (a.events.size() != b.events.size())
        fail(what);
    for (qsizetype i = 0; i < a.events.size(); ++i) {
        if (!(a.events[i] == b.events[i]))
            fail(what);
    }
    check(a.doneBeforeFinish == b.doneBeforeFinish && a.clean == b.clean, what);
}

// Deterministic pseudo-random numbers seeded from the input itself, so the fuzzer's mutations
// also explore how the bytes are split.
struct SplitRandom {
    quint64 state;
    explicit SplitRandom(QByteArrayView bytes)
        : state(14695981039346656037ull) {
        for (char c : bytes)
            state = (state ^ quint8(c)) * 1099511628211ull;
    }
    quint64 next() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size) {
    const QByteArrayView input(reinterpret_cast<const char *>(bytes), qsizetype(size));

    const Outcome whole = parseChunks({input});
    checkStructure(whole);
    checkSame(whole, reference(input), "parser differs from the reference parser");

    SplitRandom random(input);
    const qsizetype cut = qsizetype(random.next() % (quint64(input.size()) + 1));
    checkSame(whole, parseChunks({input.first(cut), input.sliced(cut)}), "two-part split differs");

    QList<QByteArrayView> chunks;
    for (qsizetype pos = 0; pos < input.size();) {
        const qsizetype len = std::min(qsizetype(random.next() % 40), input.size() - pos);
        chunks.append(input.sliced(pos, len)); // zero-length chunks included on purpose
        pos += len;
    }
    checkSame(whole, parseChunks(chunks), "data-derived chunking differs");

    if (input.size() <= 4096) {
        chunks.clear();
        for (qsizetype pos = 0; pos < input.size(); ++pos)
            chunks.append(input.sliced(pos, 1));
        checkSame(whole, parseChunks(chunks), "byte-at-a-time differs");
    }

    // A parser that has seen another stream behaves like a fresh one after reset().
    SseParser reused;
    parseChunks(reused, {QByteArrayView("data: x\n\nevent: e\ndata: pending\r")});
    reused.reset();
    checkSame(whole, parseChunks(reused, {input}), "reset() parser differs");
    return 0;
}
