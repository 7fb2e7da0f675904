// Compare benchmarks (issue 16), against the standalone fake server in its own process:
//  memory   peak resident memory (VmHWM) of 6 parallel 100,000-token answers (core CompareRun);
//  overhead wall time of a comparison beyond its slowest target, 1 target versus 6 (target:
//           under 50 ms more for 6);
//  gui      the Compare page (offscreen unless QT_QPA_PLATFORM says otherwise) with 6 columns
//           streaming 2,000 tokens/s each: the longest UI-thread stall (gap between ticks of a
//           1 ms probe timer; target < 16 ms) and the gaps over 16 ms.
// Usage: bench_compare [memory|overhead|gui]...   (default: all, memory first)
// Numbers only: nothing here asserts a timing.
#include "EventLoopProbe.h"
#include "StandaloneFake.h"
#include "TestSupport.h"
#include "api/OpenRouterClient.h"
#include "chat/CompareRun.h"
#include "compare/CompareColumn.h"
#include "compare/ComparePage.h"
#include "store/ConversationStore.h"

#include <QApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace orc;
using orc::bench::Probe;
using orc::bench::settle;
using orc::bench::statusMb;
using orc::bench::threadCpuMs;
using orc::bench::TimedApplication;

namespace {

constexpr int kColumns = 6;

OpenRouterClient *makeClient(const QString &url, QObject *parent) {
    ClientConfig config;
    config.baseUrl = QUrl(url);
    config.apiKey = u"sk-or-v1-bench"_s;
    return new OpenRouterClient(config, parent);
}

// Runs `targets` copies of `model` with `maxTokens`; returns the finished run's outcomes and the
// wall time from start() to finished().
QList<CompareOutcome> compareOnce(OpenRouterClient *client, int targets, const QString &model,
                                  int maxTokens, double *wallMs) {
    ChatRequest request;
    request.messages << ChatMessage::user(u"bench"_s);
    request.maxTokens = maxTokens;
    request.stream = true;
    CompareRun run(client, request, QList<CompareTarget>(targets, CompareTarget{model, {}}));
    QEventLoop loop;
    QObject::connect(&run, &CompareRun::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    run.start();
    if (!run.isFinished())
        loop.exec();
    *wallMs = double(clock.nsecsElapsed()) / 1e6;
    return run.outcomes();
}

void benchMemory(const QString &url) {
    OpenRouterClient *client = makeClient(url, nullptr);
    double wall = 0;
    compareOnce(client, 1, u"fake/tokens"_s, 1000, &wall); // warm up the connections
    const double before = statusMb("VmHWM");
    const double rssBefore = statusMb("VmRSS");
    const QList<CompareOutcome> out =
        compareOnce(client, kColumns, u"fake/tokens"_s, 100000, &wall);
    qint64 chars = 0;
    for (const CompareOutcome &o : out)
        chars += o.last() ? o.last()->content.size() : 0;
    std::printf("memory: %d parallel answers of 100,000 tokens (%lld chars in all) in %.1f s\n",
                kColumns, qlonglong(chars), wall / 1000);
    std::printf("memory: peak RSS %.1f MB (%.1f MB before, +%.1f MB); RSS after %.1f MB "
                "(%.1f MB before)\n",
                statusMb("VmHWM"), before, statusMb("VmHWM") - before, statusMb("VmRSS"),
                rssBefore);
    delete client;
}

void benchOverhead(const QString &url) {
    OpenRouterClient *client = makeClient(url, nullptr);
    double wall = 0;
    compareOnce(client, kColumns, u"fake/tokens"_s, 50, &wall); // open the connections
    for (int targets : {1, kColumns}) {
        QList<double> overheads;
        QList<double> slowest;
        for (int rep = 0; rep < 7; ++rep) {
            const QList<CompareOutcome> out =
                compareOnce(client, targets, u"fake/tokens"_s, 400, &wall);
            qint64 longest = 0;
            for (const CompareOutcome &o : out)
                longest = std::max(longest, o.last() ? o.last()->durationMs : 0);
            overheads << wall - double(longest);
            slowest << double(longest);
        }
        std::sort(overheads.begin(), overheads.end());
        std::sort(slowest.begin(), slowest.end());
        std::printf("overhead: %d target(s) of 400 tokens at 2,000 tokens/s: slowest target "
                    "%.0f ms (median), wall time beyond it: median %.1f ms, worst %.1f ms\n",
                    targets, slowest.at(slowest.size() / 2), overheads.at(overheads.size() / 2),
                    overheads.last());
    }
    delete client;
}

QString longMarkdown(int words) {
    static const char *vocabulary[] = {"the",      "model",   "returns", "a",      "value",
                                       "which",    "depends", "on",      "input",  "`code`",
                                       "**bold**", "*fast*",  "stream",  "tokens", "cache"};
    QString text;
    for (int i = 0; i < words; ++i) {
        text += QString::fromLatin1(vocabulary[(i * 7 + i / 13) % int(std::size(vocabulary))]);
        if (i % 97 == 96)
            text += u"\n\n- item\n- item\n\n"_s;
        else if (i % 41 == 40)
            text += u".\n\n"_s;
        else
            text += u' ';
    }
    return text;
}

void benchGui(TimedApplication &app, const QString &url) {
    constexpr int kWords = 20000; // 10 s at 2,000 tokens/s
    QTemporaryDir dir;
    ConversationStore store(dir.filePath(u"conversations.sqlite"_s));
    store.open();
    OpenRouterClient *client = makeClient(url, nullptr);
    auto *page = new ComparePage(client, &store, dir.path());
    page->resize(1280, 800);
    page->show();
    settle(300);
    {
        Probe idle;
        idle.start();
        settle(3000);
        std::printf("gui: probe baseline with nothing streaming (machine noise): max gap %.1f ms, "
                    "%d gaps > 16 ms\n",
                    idle.maxGapMs, idle.over16);
    }
    page->setTargets(QStringList(kColumns, u"fake/echo"_s));
    page->setPrompt(longMarkdown(kWords));
    QSignalSpy finished(page, &ComparePage::finished);
    Probe probe;
    const double cpu0 = threadCpuMs();
    QElapsedTimer clock;
    clock.start();
    app.maxEventWallMs = app.maxEventCpuMs = 0;
    app.slowWall = app.slowCpu = app.paints = 0;
    app.paintCpuMs = 0;
    app.measuring = true;
    QElapsedTimer runClock;
    runClock.start();
    page->run();
    std::printf("gui: starting the comparison (run()) took %.1f ms\n",
                double(runClock.nsecsElapsed()) / 1e6);
    probe.start();
    finished.wait(120000);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    settle(CompareColumn::kRenderIntervalMs * 3);
    probe.timer.stop();
    app.measuring = false;
    const double cpuMs = threadCpuMs() - cpu0;
    qint64 chars = 0;
    for (CompareColumn *c : page->columns())
        chars += c->text().size();
    std::printf("gui: %d columns x %d tokens at 2,000 tokens/s each (%lld chars) in %.1f s into a "
                "%dx%d page\n",
                kColumns, kWords, qlonglong(chars), seconds, page->width(), page->height());
    std::printf("gui: max UI-thread stall (1 ms probe) %.1f ms (target < 16), %d gaps > 16 ms\n",
                probe.maxGapMs, probe.over16);
    std::printf("gui: longest single event: %.1f ms wall, %.1f ms thread CPU (slowest in CPU: "
                "%s); events over 16 ms wall: %d, of which over 16 ms CPU: %d\n",
                app.maxEventWallMs, app.maxEventCpuMs, qPrintable(app.slowestEvent), app.slowWall,
                app.slowCpu);
    std::printf("gui: %d repaints, %.2f ms CPU each on average\n", app.paints,
                app.paintCpuMs / qMax(1, app.paints));
    std::printf("gui: the UI thread used %.0f ms of CPU (%.0f%% of one core)\n", cpuMs,
                cpuMs / (seconds * 10));
    delete page;
    delete client;
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QStringList parts = app.arguments().mid(1);
    if (parts.isEmpty())
        parts = {u"memory"_s, u"overhead"_s, u"gui"_s};
    // 2,000 tokens/s: two content events every millisecond.
    QProcess paced;
    const QString pacedUrl = orc::test::startStandaloneFake(
        paced, QStringLiteral(ORC_FAKE_SERVER_PATH),
        {u"--token-delay-ms"_s, u"1"_s, u"--tokens-per-delay"_s, u"2"_s});
    QProcess fast; // as fast as the loopback goes
    const QString fastUrl =
        orc::test::startStandaloneFake(fast, QStringLiteral(ORC_FAKE_SERVER_PATH));
    if (pacedUrl.isEmpty() || fastUrl.isEmpty()) {
        std::fprintf(stderr, "cannot start %s\n", ORC_FAKE_SERVER_PATH);
        return 1;
    }
    for (const QString &part : parts) {
        if (part == "memory"_L1)
            benchMemory(fastUrl);
        else if (part == "overhead"_L1)
            benchOverhead(pacedUrl);
        else if (part == "gui"_L1)
            benchGui(app, pacedUrl);
        else
            std::fprintf(stderr, "unknown part %s (memory, overhead, gui)\n", qPrintable(part));
        std::fflush(stdout);
    }
    return 0;
}
