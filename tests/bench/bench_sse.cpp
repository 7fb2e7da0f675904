// SSE parser throughput, fed the way QNetworkReply delivers bytes (16 KiB reads):
//  (a) a realistic token stream: many small "data: {chunk JSON}\n\n" events with keep-alive
//      comments, about 50 MB in all;
//  (b) one 30 MB image line (a base64 data URL inside one chunk), then [DONE].
// Prints the median of several runs in MB/s (1 MB = 10^6 bytes).

#include "net/SseParser.h"

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <cstdio>

namespace {

constexpr qsizetype kReadSize = 16 * 1024;
constexpr int kRuns = 7;

QByteArray tokenStream(qsizetype targetBytes, qsizetype *events) {
    static const char *const words[] = {"Ol\xC3\xA1",
                                        " the",
                                        " quick",
                                        " brown",
                                        " fox",
                                        " jumps",
                                        " over",
                                        "\\n",
                                        " \\\"lazy\\\"",
                                        " dog",
                                        " \xF0\x9F\x99\x82",
                                        "."};
    QByteArray out;
    out.reserve(targetBytes + 1024);
    qsizetype count = 0;
    for (int i = 0; out.size() < targetBytes; ++i) {
        if (i % 50 == 0)
            out += ": OPENROUTER PROCESSING\n\n";
        out += "data: {\"id\":\"gen-1777319809-KRozO9hOQbdWkZAi8Zj7\",\"object\":\"chat.completion."
               "chunk\",\"created\":1777319809,\"model\":\"openai/gpt-5.4-nano-20260317\","
               "\"provider\":\"OpenAI\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"";
        out += words[i % std::size(words)];
        out += "\",\"role\":\"assistant\"},\"finish_reason\":null,\"native_finish_reason\":null}]}"
               "\n\n";
        ++count;
    }
    out += "data: [DONE]\n\n";
    *events = count;
    return out;
}

QByteArray imageStream(qsizetype base64Bytes) {
    QByteArray out;
    out.reserve(base64Bytes + 1024);
    out +=
        "data: {\"id\":\"gen-1764489310-zNAMOJKnB5Hsu6GOHcsm\",\"choices\":[{\"index\":0,\"delta\":"
        "{\"role\":\"assistant\",\"content\":\"\",\"images\":[{\"type\":\"image_url\","
        "\"image_url\":{\"url\":\"data:image/png;base64,";
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    quint32 state = 1;
    for (qsizetype i = 0; i < base64Bytes; ++i) {
        state = state * 1664525u + 1013904223u;
        out += alphabet[(state >> 24) & 63];
    }
    out += "\"},\"index\":0}]},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";
    return out;
}

struct Result {
    double mbPerSecond;
    qsizetype dataEvents;
    qsizetype payloadBytes;
};

Result parseOnce(const QByteArray &stream) {
    orc::SseParser parser;
    qsizetype dataEvents = 0;
    qsizetype payloadBytes = 0;
    const orc::SseParser::Sink sink = [&](orc::SseEvent &&ev) {
        if (ev.kind == orc::SseEvent::Kind::Data) {
            ++dataEvents;
            payloadBytes += ev.data.size();
        }
    };
    QElapsedTimer timer;
    timer.start();
    const QByteArrayView view(stream);
    for (qsizetype pos = 0; pos < view.size(); pos += kReadSize)
        parser.feed(view.sliced(pos, std::min(kReadSize, view.size() - pos)), sink);
    const bool clean = parser.finish();
    const qint64 ns = std::max<qint64>(timer.nsecsElapsed(), 1);
    if (!clean) {
        std::fprintf(stderr, "bench_sse: stream did not end with [DONE]\n");
        std::exit(1);
    }
    return {double(stream.size()) / 1e6 / (double(ns) / 1e9), dataEvents, payloadBytes};
}

void report(const char *name, const QByteArray &stream, qsizetype expectedEvents) {
    QList<double> rates;
    Result last{};
    for (int run = 0; run < kRuns; ++run) {
        last = parseOnce(stream);
        if (last.dataEvents != expectedEvents) {
            std::fprintf(stderr, "bench_sse: %s: %lld events, expected %lld\n", name,
                         qlonglong(last.dataEvents), qlonglong(expectedEvents));
            std::exit(1);
        }
        rates.append(last.mbPerSecond);
    }
    std::sort(rates.begin(), rates.end());
    const double median = rates.at(rates.size() / 2);
    const double mb = double(stream.size()) / 1e6;
    std::printf("%-26s %7.1f MB, %8lld events: median %8.1f MB/s (min %.1f, max %.1f, %d runs)",
                name, mb, qlonglong(last.dataEvents), median, rates.first(), rates.last(), kRuns);
    if (last.dataEvents > 1)
        std::printf(", %.2f M events/s", double(last.dataEvents) * median / mb / 1e6);
    std::printf("\n");
}

} // namespace

int main() {
#ifndef __OPTIMIZE__
    std::printf("warning: unoptimized build; numbers are not representative\n");
#endif
    std::printf("SSE parser, fed in %lld KiB reads\n", qlonglong(kReadSize / 1024));

    qsizetype tokenEvents = 0;
    const QByteArray tokens = tokenStream(50 * 1000 * 1000, &tokenEvents);
    report("(a) token stream", tokens, tokenEvents);

    const QByteArray image = imageStream(30 * 1000 * 1000);
    report("(b) one 30 MB image line", image, 1);
    return 0;
}
