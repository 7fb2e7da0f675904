// The composer's cost estimate while typing (issue 15): a shown chat page with a long stored
// conversation (default 2,000 messages) and a priced model; 1,500 characters are typed one key
// every 25 ms (a fast typist) and every top-level event is timed. Prints the longest UI-thread
// stall (wall clock and this thread's CPU time; target < 16 ms), the cost of one estimate over
// the whole conversation, and the estimate shown at the end.
// Usage: bench_composer_estimate [messages]
#include "api/OpenRouterClient.h"
#include "chat/ChatPage.h"
#include "chat/ChatSession.h"
#include "chat/Composer.h"
#include "chat/ComposerEdit.h"
#include "chat/ComposerEstimate.h"
#include "store/ConversationStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace orc;

namespace {

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Times every top-level event: wall clock and this thread's CPU time.
class TimedApplication final : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override {
        if (m_depth++ > 0 || !measuring) {
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        const double cpu0 = threadCpuMs();
        QElapsedTimer wall;
        wall.start();
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        const double wallMs = double(wall.nsecsElapsed()) / 1e6;
        const double cpu = threadCpuMs() - cpu0;
        if (wallMs > maxWallMs) {
            maxWallMs = wallMs;
            slowest = QString::fromLatin1(receiver->metaObject()->className()) + u'/' +
                      QString::number(int(event->type()));
        }
        maxCpuMs = qMax(maxCpuMs, cpu);
        over16 += wallMs > 16;
        return r;
    }
    bool measuring = false;
    double maxWallMs = 0, maxCpuMs = 0;
    int over16 = 0;
    QString slowest;

private:
    int m_depth = 0;
};

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    const int messages = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    QTemporaryDir dir;
    ConversationStore store(dir.filePath(u"c.sqlite"_s));
    if (!store.open())
        return 1;
    const qint64 id = store.createConversation(u"long"_s, u"bench/model"_s);
    qint64 parent = 0;
    for (int i = 0; i < messages; ++i) {
        StoredMessage m;
        m.parentId = parent;
        m.role = i % 2 ? u"assistant"_s : u"user"_s;
        m.content = QString(i % 2 ? 1200 : 300, QChar(u'a' + i % 26));
        parent = store.appendMessage(id, m);
    }
    ClientConfig config;
    config.apiKey = u"sk-or-bench"_s;
    config.baseUrl = QUrl(u"http://127.0.0.1:9/api/v1"_s);
    OpenRouterClient client(config);
    ChatPage page(&client, &store);
    const ModelInfo model = ModelInfo::fromJson(
        {{u"id"_s, u"bench/model"_s},
         {u"context_length"_s, 1000000},
         {u"pricing"_s, QJsonObject{{u"prompt"_s, u"0.000003"_s},
                                    {u"completion"_s, u"0.000015"_s},
                                    {u"input_cache_read"_s, u"0.0000003"_s}}},
         {u"top_provider"_s, QJsonObject{{u"max_completion_tokens"_s, 64000}}}});
    page.setModels({model});
    page.resize(1200, 800);
    page.show();
    QElapsedTimer opening;
    opening.start();
    if (!page.openConversation(id))
        return 1;
    QTest::qWait(200);
    std::printf("conversation: %d messages, opened in %.0f ms\n", messages,
                double(opening.elapsed()));

    ComposerEstimate *estimate = page.estimate();
    page.composer()->setText(QString(2000, u'q'));
    QElapsedTimer one;
    one.start();
    constexpr int kRuns = 50;
    for (int i = 0; i < kRuns; ++i)
        estimate->update();
    std::printf("one estimate (2,000 typed characters, history counted): %.3f ms\n",
                double(one.nsecsElapsed()) / 1e6 / kRuns);
    QElapsedTimer history;
    history.start();
    for (int i = 0; i < 10; ++i)
        estimate->setHistory(page.session()->thread(), QString());
    std::printf("counting the history's tokens (on a thread change): %.2f ms\n",
                double(history.nsecsElapsed()) / 1e6 / 10);
    page.composer()->setText(QString());

    ComposerEdit *editor = page.composer()->editor();
    editor->setFocus();
    const QString text = u"How much would it cost to summarise all of this in three lines? "_s;
    constexpr int kKeys = 1500;
    int typed = 0;
    QTimer typist;
    typist.setInterval(25);
    QObject::connect(&typist, &QTimer::timeout, [&] {
        QTest::keyClick(editor, text.at(typed % text.size()).toLatin1());
        if (++typed == kKeys)
            typist.stop();
    });
    app.measuring = true;
    typist.start();
    while (typed < kKeys)
        QTest::qWait(50);
    QTest::qWait(ComposerEstimate::kPauseMs * 2);
    app.measuring = false;
    std::printf("typed %d keys, one every 25 ms: longest UI-thread stall %.2f ms wall (%s), "
                "%.2f ms CPU; %d events over 16 ms\n",
                kKeys, app.maxWallMs, qPrintable(app.slowest), app.maxCpuMs, app.over16);
    std::printf("estimate shown: %s (%lld prompt tokens)\n",
                qPrintable(page.composer()->estimateLabel()->text()),
                static_cast<long long>(estimate->range().promptTokens));
    return 0;
}
