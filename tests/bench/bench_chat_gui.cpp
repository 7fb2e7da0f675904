// Chat transcript benchmarks (issue 5), offscreen unless QT_QPA_PLATFORM says otherwise:
//  1. stream a 20,000-token reply at 2,000 tokens/s into a shown TranscriptView and report the
//     longest event-loop stall (gap between ticks of a 1 ms probe timer; target < 16 ms), plus
//     the longest single event in thread CPU time (what our code costs, without the time the
//     OS gave other processes) and the probe's gaps with nothing streaming (the machine's
//     noise); then check that every token is shown;
//  2. open a stored 1,000-message conversation (setThread + first paint; target < 300 ms) and
//     scroll through it one wheel notch at a time, painting each step;
//  3. resident memory (VmRSS) of an idle window with an empty transcript (the app target is
//     < 80 MB) and what a 10,000-message thread adds (target < 100 MB).
// Usage: bench_chat_gui [stream|open|memory]...   (default: all, memory first)
#include "EventLoopProbe.h"
#include "chat/MarkdownDocument.h"
#include "chat/MarkdownStyle.h"
#include "chat/TranscriptView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <ctime>
#include <random>

using namespace Qt::StringLiterals;
using namespace orc;
using orc::bench::Probe;
using orc::bench::rssMb;
using orc::bench::settle;
using orc::bench::threadCpuMs;
using orc::bench::TimedApplication;

namespace {

// Deterministic, realistic Markdown: prose, lists, code, tables, quotes.
class TextGen {
public:
    explicit TextGen(unsigned seed)
        : m_rng(seed) {}
    int pick(int n) { return int(m_rng() % unsigned(n)); }
    QString sentence() {
        static const char *words[] = {"the",           "model",    "returns", "a",      "value",
                                      "which",         "depends",  "on",      "input",  "tokens",
                                      "cache",         "latency",  "request", "stream", "function",
                                      "because",       "server",   "handles", "each",   "quickly",
                                      "`std::vector`", "**note**", "*fast*",  "result"};
        QString s;
        const int n = 8 + pick(14);
        for (int i = 0; i < n; ++i) {
            s += QString::fromLatin1(words[pick(int(std::size(words)))]);
            s += i + 1 < n ? u" "_s : u". "_s;
        }
        s[0] = s[0].toUpper();
        return s;
    }
    QString paragraph() {
        QString p;
        for (int i = 0, n = 2 + pick(4); i < n; ++i)
            p += sentence();
        return p.trimmed() + u"\n\n"_s;
    }
    QString block() {
        switch (pick(10)) {
        case 0:
        case 1: {
            QString l;
            for (int i = 0, n = 3 + pick(4); i < n; ++i)
                l += u"- "_s + sentence().trimmed() + u'\n';
            return l + u'\n';
        }
        case 2: {
            QString c = u"```cpp\n"_s;
            for (int i = 0, n = 6 + pick(20); i < n; ++i)
                c += u"    int value%1 = compute(%1, \"text\"); // step %1\n"_s.arg(i);
            return c + u"```\n\n"_s;
        }
        case 3: {
            QString t = u"| Name | Value | Note |\n|---|---|---|\n"_s;
            for (int i = 0, n = 3 + pick(5); i < n; ++i)
                t += u"| item %1 | %2 | %3 |\n"_s.arg(i).arg(pick(1000)).arg(sentence().left(30));
            return t + u'\n';
        }
        case 4:
            return u"> "_s + sentence() + u"\n\n"_s;
        case 5:
            return u"### "_s + sentence().left(40).trimmed() + u"\n\n"_s;
        default:
            return paragraph();
        }
    }

private:
    std::mt19937 m_rng;
};

// Splits text into ~4-character tokens the way a BPE stream looks (words with their space).
QStringList tokenize(const QString &text, int count) {
    QStringList tokens;
    qsizetype i = 0;
    while (i < text.size() && tokens.size() < count) {
        qsizetype j = i + 1;
        while (j < text.size() && j - i < 5 && !text[j].isSpace() && text[j - 1] != u'\n')
            ++j;
        tokens << text.mid(i, j - i);
        i = j;
    }
    return tokens;
}

StoredMessage msg(qint64 id, qint64 conversation, const QString &role, const QString &content) {
    StoredMessage m;
    m.id = id;
    m.conversationId = conversation;
    m.parentId = id - 1;
    m.role = role;
    m.content = content;
    if (role == "assistant"_L1) {
        m.model = u"anthropic/claude-sonnet-4"_s;
        Usage u;
        u.promptTokens = 1000 + id;
        u.completionTokens = content.size() / 4;
        m.usage = u;
        m.cost = 0.0000123 * double(id);
        m.timeToFirstTokenMs = 400;
        m.durationMs = 4000;
        m.finishReason = u"stop"_s;
    }
    return m;
}

QList<StoredMessage> makeThread(int count, qint64 conversation, unsigned seed) {
    TextGen gen(seed);
    QList<StoredMessage> thread;
    thread.reserve(count);
    for (int i = 1; i <= count; ++i) {
        if (i % 2) {
            thread << msg(i, conversation, u"user"_s, gen.sentence() + gen.sentence());
        } else {
            QString reply;
            for (int b = 0, n = 2 + gen.pick(6); b < n; ++b)
                reply += gen.block();
            thread << msg(i, conversation, u"assistant"_s, reply);
        }
    }
    return thread;
}

void benchStream(TimedApplication &app, QWidget *window, TranscriptView *view) {
    constexpr int kTokens = 20000;
    constexpr double kRate = 2000.0; // tokens per second
    TextGen gen(7);
    QString source;
    while (source.size() < kTokens * 6)
        source += gen.block();
    const QStringList tokens = tokenize(source, kTokens);
    const QString full = tokens.join(QString());

    // Baseline: the probe with nothing to do, as long as the stream will take.
    {
        Probe idle;
        idle.start();
        settle(int(kTokens / kRate * 1000));
        printf("stream: probe baseline with nothing streaming (machine noise): max gap %.1f ms, "
               "%d gaps > 16 ms\n",
               idle.maxGapMs, idle.over16);
    }

    StoredMessage user = msg(1, 1, u"user"_s, u"Explain everything, at length."_s);
    StoredMessage reply = msg(2, 1, u"assistant"_s, {});
    reply.state = StoredMessage::State::Streaming;
    reply.usage.reset();
    view->setThread({user, reply});
    settle(200);

    Probe probe;
    int sent = 0;
    QElapsedTimer clock;
    QTimer feeder;
    QEventLoop streaming;
    feeder.setTimerType(Qt::PreciseTimer);
    feeder.setInterval(1);
    QObject::connect(&feeder, &QTimer::timeout, view, [&] {
        const int due = qMin(kTokens, int(double(clock.nsecsElapsed()) / 1e9 * kRate));
        while (sent < due)
            view->appendDelta(2, tokens[sent++], {});
        if (sent == kTokens) {
            feeder.stop();
            streaming.quit();
        }
    });
    app.maxEventWallMs = app.maxEventCpuMs = 0;
    app.slowWall = app.slowCpu = app.paints = 0;
    app.paintCpuMs = 0;
    app.measuring = true;
    const double cpuStart = threadCpuMs();
    probe.start();
    clock.start();
    feeder.start();
    streaming.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    settle(TranscriptView::kFlushIntervalMs * 3); // the last tokens render
    app.measuring = false;
    probe.timer.stop();
    const double cpuMs = threadCpuMs() - cpuStart;

    MarkdownDocument reference(std::make_shared<const MarkdownStyle>(
        MarkdownStyle::fromPalette(view->palette(), view->font())));
    reference.setText(full);
    const bool allShown = view->renderedText(2) == reference.toPlainText();
    printf("stream: %d tokens (%lld chars) in %.2f s = %.0f tokens/s into a %dx%d window\n",
           kTokens, qlonglong(full.size()), seconds, kTokens / seconds, window->width(),
           window->height());
    printf("stream: max event-loop stall (1 ms probe) %.1f ms (target < 16), %d gaps > 16 ms\n",
           probe.maxGapMs, probe.over16);
    printf("stream: longest single event: %.1f ms wall, %.1f ms thread CPU (slowest in CPU: %s); "
           "events over 16 ms wall: %d, of which over 16 ms CPU: %d\n",
           app.maxEventWallMs, app.maxEventCpuMs, qPrintable(app.slowestEvent), app.slowWall,
           app.slowCpu);
    printf("stream: %d repaints, %.2f ms CPU each on average\n", app.paints,
           app.paintCpuMs / qMax(1, app.paints));
    printf("stream: the UI thread used %.0f ms of CPU in all (%.0f%% of one core, the 1 ms probe "
           "and feeder timers included)\n",
           cpuMs, cpuMs / (seconds * 10));
    printf("stream: every token shown: %s (%lld chars rendered)\n", allShown ? "yes" : "NO",
           qlonglong(view->renderedText(2).size()));
}

void benchOpen(QWidget *window, TranscriptView *view) {
    const QList<StoredMessage> thread = makeThread(1000, 2, 11);
    qint64 chars = 0;
    for (const StoredMessage &m : thread)
        chars += m.content.size();
    view->setThread({});
    settle(100);
    QElapsedTimer t;
    t.start();
    view->setThread(thread);
    const double setMs = double(t.nsecsElapsed()) / 1e6;
    window->repaint();
    const double paintMs = double(t.nsecsElapsed()) / 1e6;
    printf("open: 1,000 messages (%.1f MB of text): setThread %.1f ms, + first paint %.1f ms "
           "(target < 300)\n",
           double(chars) * 2 / 1e6, setMs, paintMs);
    settle(300);

    // Scroll from the bottom to the top, one wheel notch (3 lines) at a time, painting each step.
    QScrollBar *bar = view->verticalScrollBar();
    const int notch = bar->singleStep() * QApplication::wheelScrollLines();
    int steps = 0;
    double worst = 0, worstCpu = 0;
    QElapsedTimer total;
    total.start();
    const double cpu0 = threadCpuMs();
    while (bar->value() > 0) {
        QElapsedTimer step;
        step.start();
        const double c = threadCpuMs();
        bar->setValue(bar->value() - notch);
        window->repaint();
        worst = qMax(worst, double(step.nsecsElapsed()) / 1e6);
        worstCpu = qMax(worstCpu, threadCpuMs() - c);
        ++steps;
    }
    const double ms = double(total.nsecsElapsed()) / 1e6;
    const double cpu = threadCpuMs() - cpu0;
    printf("scroll: %d px in %d wheel steps of %d px, no pause: %.0f ms total (%.0f ms CPU), "
           "%.2f ms per step, slowest step %.1f ms wall / %.1f ms CPU\n",
           bar->maximum(), steps, notch, ms, cpu, ms / qMax(1, steps), worst, worstCpu);
    // The same, back down, with idle time between steps (as a user scrolls): prefetching has
    // measured and rendered what comes next.
    steps = 0;
    worst = worstCpu = 0;
    while (bar->value() < bar->maximum()) {
        settle(16);
        QElapsedTimer step;
        step.start();
        const double c = threadCpuMs();
        bar->setValue(bar->value() + notch);
        window->repaint();
        worst = qMax(worst, double(step.nsecsElapsed()) / 1e6);
        worstCpu = qMax(worstCpu, threadCpuMs() - c);
        ++steps;
    }
    printf("scroll: back down with a 16 ms pause per step: slowest step %.1f ms wall / %.1f ms "
           "CPU over %d steps\n",
           worst, worstCpu, steps);

    // The worst single message: a stored 20,000-token reply (~70,000 characters of Markdown).
    TextGen gen(7);
    QString big;
    while (big.size() < 70000)
        big += gen.block();
    view->setThread({});
    settle(100);
    QElapsedTimer t2;
    t2.start();
    const double c2 = threadCpuMs();
    view->setThread(
        {msg(1, 4, u"user"_s, u"Explain everything."_s), msg(2, 4, u"assistant"_s, big)});
    window->repaint();
    printf("open: a conversation ending in one %lld-character reply: %.1f ms wall / %.1f ms CPU "
           "(setThread + first paint)\n",
           qlonglong(big.size()), double(t2.nsecsElapsed()) / 1e6, threadCpuMs() - c2);
}

void benchMemory(QWidget *window, TranscriptView *view) {
    view->setThread({});
    settle(300);
    const double before = rssMb();
    QList<StoredMessage> thread = makeThread(10000, 3, 13);
    qint64 chars = 0;
    for (const StoredMessage &m : thread)
        chars += m.content.size();
    const double withData = rssMb();
    QElapsedTimer open;
    open.start();
    view->setThread(thread);
    window->repaint();
    printf("memory: opening the 10,000-message thread took %.1f ms (setThread + first paint)\n",
           double(open.nsecsElapsed()) / 1e6);
    QScrollBar *bar = view->verticalScrollBar();
    for (int i = 0; i <= 20; ++i) { // visit the whole conversation
        bar->setValue(bar->maximum() * i / 20);
        window->repaint();
        settle(30);
    }
    settle(500);
    const double after = rssMb();
    printf("memory: 10,000-message thread: %.1f MB of message text; RSS %.1f -> %.1f MB with the "
           "messages loaded -> %.1f MB shown and scrolled through\n",
           double(chars) * 2 / 1e6, before, withData, after);
    printf("memory: added by the 10,000 messages: %.1f MB in all (target < 100), of which the "
           "view %.1f MB\n",
           after - before, after - withData);
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QStringList what = app.arguments().mid(1);
    if (what.isEmpty())
        what = {u"memory"_s, u"stream"_s, u"open"_s};

    const double startRss = rssMb();
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *view = new TranscriptView(&window);
    layout->addWidget(view);
    window.resize(1000, 760);
    window.show();
    settle(500);
    printf("memory: idle window with an empty transcript: RSS %.1f MB (%.1f MB before the "
           "window)\n",
           rssMb(), startRss);

    for (const QString &part : std::as_const(what)) {
        if (part == "stream"_L1)
            benchStream(app, &window, view);
        else if (part == "open"_L1)
            benchOpen(&window, view);
        else if (part == "memory"_L1)
            benchMemory(&window, view);
        else
            qWarning("unknown part %s (stream, open or memory)", qPrintable(part));
    }
    return 0;
}
