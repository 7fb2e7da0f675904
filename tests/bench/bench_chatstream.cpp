// Chat-stream throughput over loopback: the real client (OpenRouterClient + ChatStream, SSE
// parsing, chunk decoding, accumulation) against the standalone fake server in its own process.
#include "TestSupport.h"

#include "api/OpenRouterClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    double seconds = 0;
    qint64 deltas = 0;
    qint64 bytes = 0;
    bool ok = false;
};

Run streamOnce(OpenRouterClient &client, int tokens) {
    ChatRequest r;
    r.model = u"fake/tokens"_s;
    r.maxTokens = tokens;
    r.messages = {ChatMessage::user(u"count"_s)};
    Run run;
    QElapsedTimer clock;
    clock.start();
    ChatStream *s = client.chat(r);
    QObject::connect(s, &ChatStream::contentDelta, s, [&run](const QString &t) {
        ++run.deltas;
        run.bytes += t.size();
    });
    QSignalSpy finished(s, &ChatStream::finished);
    finished.wait(600000);
    run.seconds = clock.nsecsElapsed() / 1e9;
    run.ok = s->result().ok();
    if (!run.ok)
        std::fprintf(stderr, "stream failed: %s\n", qPrintable(s->result().error.toString()));
    delete s;
    return run;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QProcess server;
    const QString url =
        orc::test::startStandaloneFake(server, QStringLiteral(ORC_FAKE_SERVER_PATH));
    if (url.isEmpty()) {
        std::fprintf(stderr, "cannot start %s\n", ORC_FAKE_SERVER_PATH);
        return 1;
    }

    ClientConfig config;
    config.baseUrl = QUrl(url);
    config.apiKey = u"sk-or-v1-bench"_s;
    OpenRouterClient client(config);

    std::printf("chat-stream throughput over loopback (fake server at %s)\n", qPrintable(url));
    for (int tokens : {20000, 100000}) {
        streamOnce(client, 1000); // warm the connection
        QList<double> rates;
        Run last;
        for (int i = 0; i < 5; ++i) {
            last = streamOnce(client, tokens);
            if (!last.ok || last.deltas != tokens) {
                std::fprintf(stderr, "expected %d deltas, got %lld\n", tokens, last.deltas);
                return 1;
            }
            rates << last.deltas / last.seconds;
        }
        std::sort(rates.begin(), rates.end());
        std::printf("  %6d tokens: median %.0f tokens/s (min %.0f, max %.0f), %.1f ms per run\n",
                    tokens, rates[2], rates.first(), rates.last(), tokens / rates[2] * 1000.0);
    }
    server.terminate();
    server.waitForFinished(3000);
    return 0;
}
