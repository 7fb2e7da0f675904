// The API client's streaming end to end against the fake OpenRouter server on 127.0.0.1:
// deltas and usage, cancelling at any moment (also from inside the stream's own signals),
// partial results kept on errors, drops and garbage, reasoning and tool calls, the real
// captures, a huge image in one SSE line, and a fast 26 MB stream read in bounded pieces.
#include "ClientFixture.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace orc;
using namespace Qt::StringLiterals;

class TestClientStream : public QObject, public test::ClientFixture {
    Q_OBJECT

private:
    // A config for a fake in its own process, so that it can outrun the client; an empty base
    // URL when it did not start.
    ClientConfig standaloneConfig(QProcess &server) {
        ClientConfig c = config();
        const QString url = test::startStandaloneFake(server, QStringLiteral(ORC_FAKE_SERVER_PATH));
        c.baseUrl = url.isEmpty() ? QUrl() : QUrl(url);
        return c;
    }
    ChatRequest tokensRequest(int count) {
        ChatRequest r = request(u"fake/tokens"_s);
        r.maxTokens = count;
        return r;
    }

private slots:
    void initTestCase() { QVERIFY(startServer()); }
    void init() { m_server.reset(); }

    void streamsDeltasAndUsage() {
        OpenRouterClient client(config());
        ChatStream *s = client.chat(request(u"fake/echo"_s));
        QSignalSpy deltas(s, &ChatStream::contentDelta);
        QSignalSpy usage(s, &ChatStream::usageReceived);
        QSignalSpy keepAlive(s, &ChatStream::keepAlive);
        QSignalSpy finished(s, &ChatStream::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(s->result().state, ChatResult::State::Completed);
        QCOMPARE(s->result().content, u"Echo: hello there"_s);
        QVERIFY2(deltas.count() >= 3, "the reply must arrive in several deltas");
        QString joined;
        for (const auto &args : deltas)
            joined += args.at(0).toString();
        QCOMPARE(joined, s->result().content);
        QCOMPARE(usage.count(), 1);
        QVERIFY(s->result().usage && s->result().usage->cost);
        QCOMPARE(s->result().finishReason, u"stop"_s);
        QVERIFY(keepAlive.count() >= 1);
        QVERIFY(s->result().id.startsWith(u"gen-"_s));
        QVERIFY(s->result().timeToFirstTokenMs >= 0);
        QCOMPARE(m_server.lastRequest().header("accept"), "text/event-stream"_ba);
        delete s;
    }

    void nonStreamWithLongPadding() {
        m_server.setPaddingUnits(200);
        m_server.setPaddingDelayMs(1);
        OpenRouterClient client(config());
        const ChatResult r = run(client, request(u"fake/echo"_s, false));
        m_server.setPaddingUnits(3);
        m_server.setPaddingDelayMs(10);
        QCOMPARE(r.state, ChatResult::State::Completed);
        QCOMPARE(r.content, u"Echo: hello there"_s);
    }

    void cancelMidStreamKeepsPartialText() {
        OpenRouterClient client(config());
        // a long prompt makes a long echo: the cancel lands mid-stream
        ChatRequest r = request(u"fault/slow"_s, true, u"word "_s.repeated(60).trimmed());
        m_server.setSlowDelayMs(50);
        ChatStream *s = client.chat(r);
        QSignalSpy deltas(s, &ChatStream::contentDelta);
        QSignalSpy finished(s, &ChatStream::finished);
        QTRY_VERIFY_WITH_TIMEOUT(deltas.count() >= 3, 10000);
        QVERIFY(!s->isFinished());
        s->cancel();
        QCOMPARE(finished.count(), 1); // synchronous and exactly once
        s->cancel();                   // harmless twice
        QCOMPARE(finished.count(), 1);
        QCOMPARE(s->result().state, ChatResult::State::Cancelled);
        QCOMPARE(s->result().error.kind, ApiError::Kind::Cancelled);
        QString joined;
        for (const auto &args : deltas)
            joined += args.at(0).toString();
        QVERIFY(!joined.isEmpty());
        QCOMPARE(s->result().content, joined);
        QTest::qWait(200); // no more deltas after a cancel
        QCOMPARE(s->result().content, joined);
        QCOMPARE(s->findChildren<QNetworkReply *>().size(), 0);
        delete s;
        m_server.setSlowDelayMs(200);
    }

    void cancelAtEveryMoment() {
        OpenRouterClient client(config());
        for (int delayMs : {0, 1, 5, 20, 60}) {
            ChatStream *s = client.chat(request(u"fake/echo"_s));
            QSignalSpy finished(s, &ChatStream::finished);
            if (delayMs)
                QTest::qWait(delayMs);
            s->cancel();
            QVERIFY(finished.count() == 1 || finished.wait(5000));
            QCOMPARE(finished.count(), 1);
            QVERIFY(s->result().state == ChatResult::State::Cancelled ||
                    s->result().state == ChatResult::State::Completed);
            delete s;
        }
        // deleting a running stream aborts it cleanly
        ChatStream *s = client.chat(request(u"fault/slow"_s));
        QTest::qWait(30);
        delete s;
        QTest::qWait(50);
        QCOMPARE(client.findChildren<QNetworkReply *>().size(), 0);
    }

    // A slot may cancel from inside the stream's own signals: when the response starts, on the
    // first piece of the body, on the first delta. The call ends once, cancelled, with no
    // reply left behind and nothing delivered after the cancel.
    void cancelFromInsideTheStreamSignals_data() {
        QTest::addColumn<QString>("where");
        QTest::newRow("responseStarted") << u"responseStarted"_s;
        QTest::newRow("bytesReceived") << u"bytesReceived"_s;
        QTest::newRow("contentDelta") << u"contentDelta"_s;
    }
    void cancelFromInsideTheStreamSignals() {
        QFETCH(QString, where);
        OpenRouterClient client(config());
        ChatRequest r = request(u"fake/tokens"_s);
        r.maxTokens = 5000;
        ChatStream *s = client.chat(r);
        int deltasAfterCancel = 0;
        bool cancelled = false;
        const auto cancel = [&] {
            if (!cancelled) {
                cancelled = true;
                s->cancel();
            }
        };
        if (where == "responseStarted"_L1)
            connect(s, &ChatStream::responseStarted, this, cancel);
        else if (where == "bytesReceived"_L1)
            connect(s->call(), &ApiCall::bytesReceived, this, cancel);
        else
            connect(s, &ChatStream::contentDelta, this, cancel);
        connect(s, &ChatStream::contentDelta, this, [&] { deltasAfterCancel += cancelled; });
        QSignalSpy finished(s, &ChatStream::finished);
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QVERIFY(cancelled);
        QCOMPARE(s->result().state, ChatResult::State::Cancelled);
        QCOMPARE(deltasAfterCancel, where == "contentDelta"_L1 ? 1 : 0); // the one cancelling
        QVERIFY(!s->result().content.contains(u"t4999"_s));
        delete s;
        QCOMPARE(client.findChildren<QNetworkReply *>().size(), 0);
    }

    void midStreamErrorKeepsPartial() {
        OpenRouterClient client(config());
        const ChatResult r = run(client, request(u"fault/midstream-error"_s));
        QCOMPARE(r.state, ChatResult::State::Failed);
        QVERIFY(r.error.midStream);
        QVERIFY(!r.content.isEmpty());
        QCOMPARE(r.attempts, 1); // output had started: never retried (it would bill twice)
        QCOMPARE(m_server.requestCount(), 1);
    }

    void droppedStreamKeepsPartial() {
        OpenRouterClient client(config());
        const ChatResult r = run(client, request(u"fault/drop"_s));
        QVERIFY2(r.state == ChatResult::State::Failed || r.state == ChatResult::State::Truncated,
                 qPrintable(ChatResult::stateName(r.state)));
        QVERIFY(r.error.kind == ApiError::Kind::Network ||
                r.error.kind == ApiError::Kind::Truncated);
        QVERIFY(!r.content.isEmpty());
        QCOMPARE(m_server.requestCount(), 1);
    }

    void garbage() {
        OpenRouterClient client(config());
        ChatResult r = run(client, request(u"fault/garbage"_s, false));
        QCOMPARE(r.state, ChatResult::State::Failed);
        QCOMPARE(r.error.kind, ApiError::Kind::InvalidResponse);
        r = run(client, request(u"fault/garbage"_s, true));
        QVERIFY(r.skippedEvents >= 1 || r.error.kind == ApiError::Kind::InvalidResponse);
    }

    void reasoningAndToolStreams() {
        OpenRouterClient client(config());
        ChatResult r = run(client, request(u"fake/reasoning"_s));
        QCOMPARE(r.state, ChatResult::State::Completed);
        QVERIFY(!r.reasoning.isEmpty());
        QVERIFY(!r.content.isEmpty());
        ChatRequest tools = request(u"fake/tools"_s);
        tools.tools = {ChatRequest::functionTool(u"weather"_s, u"Weather"_s,
                                                 QJsonObject{{u"type"_s, u"object"_s}})};
        r = run(client, tools);
        QCOMPARE(r.state, ChatResult::State::Completed);
        QCOMPARE(r.finishReason, u"tool_calls"_s);
        QVERIFY(!r.toolCalls.isEmpty());
        QVERIFY(!r.toolCalls[0].id.isEmpty());
        QVERIFY(QJsonDocument::fromJson(r.toolCalls[0].arguments.toUtf8()).isObject());
    }

    void replaysRealCaptureAndRepairsSplitChunk() {
        if (!test::hasFixtures())
            QSKIP(test::kNoFixturesMessage);
        OpenRouterClient client(config());
        const ChatResult r = run(client, request(u"fixture/aisdk_claude35_bedrock_stream"_s));
        QCOMPARE(r.state, ChatResult::State::Completed);
        // the capture splits one chunk over two events; joining them recovers " at"
        QCOMPARE(r.content.size(), 797); // 794 when the split chunk is lost
        QCOMPARE(r.skippedEvents, 0);
        QCOMPARE(r.provider, u"Amazon Bedrock"_s);
    }

    void hugeImageInOneLine() {
        m_server.setHugeImageBytes(12 * 1024 * 1024);
        OpenRouterClient client(config());
        ChatRequest r = request(u"fault/huge-image"_s);
        r.modalities = {u"image"_s, u"text"_s};
        const ChatResult result = run(client, r, 30000);
        QCOMPARE(result.images.size(), 1);
        QVERIFY(result.images.first().url.size() >= 12 * 1024 * 1024 - 64);
    }

    // A server much faster than the client: Qt's network thread would read the whole reply
    // before handing any of it over (it hands over data only when it falls idle), holding it
    // all in memory. The client bounds what may be read ahead, so a 100,000-token reply (about
    // 26 MB) arrives in many bounded pieces, and every token is still there, in order. The
    // standalone fake runs in its own process so that it can outrun the client.
    void fastLongStreamArrivesInBoundedPieces() {
        QProcess server;
        const ClientConfig c = standaloneConfig(server);
        QVERIFY2(!c.baseUrl.isEmpty(), ORC_FAKE_SERVER_PATH);
        OpenRouterClient client(c);
        constexpr int kTokens = 100000;
        ChatStream *s = client.chat(tokensRequest(kTokens));
        QList<qsizetype> pieces;
        connect(s->call(), &ApiCall::bytesReceived, this,
                [&pieces](const QByteArray &bytes) { pieces << bytes.size(); });
        QSignalSpy finished(s, &ChatStream::finished);
        QVERIFY(finished.wait(60000));
        const ChatResult result = s->result();
        const qint64 readAhead = s->call()->maxReadAhead();
        delete s;
        server.terminate();
        server.waitForFinished(5000);

        QCOMPARE(result.state, ChatResult::State::Completed);
        QVERIFY(result.content.startsWith(u"t0 t1 t2 "_s));
        QVERIFY(result.content.endsWith(u" t99999"_s));
        QCOMPARE(result.content.count(u' '), kTokens - 1);
        qsizetype total = 0;
        for (qsizetype n : std::as_const(pieces))
            total += n;
        const qsizetype largest = *std::max_element(pieces.cbegin(), pieces.cend());
        qInfo("%lld bytes in %lld pieces, the largest %lld bytes; at most %lld bytes read ahead",
              qlonglong(total), qlonglong(pieces.size()), qlonglong(largest), qlonglong(readAhead));
        QVERIFY(total > 20 * 1024 * 1024);
        QVERIFY(pieces.size() >= 20);
        QVERIFY(largest <= ApiCall::kStreamPiece);
        QVERIFY2(readAhead <= 4 * ApiCall::kStreamReadBuffer, "the read-ahead was not bounded");
    }
    // A consumer slower than the server (the UI thread, busy painting): Qt keeps the read-ahead
    // buffer full, and handing all of it on at once held the thread for one long turn. The call
    // hands on at most kStreamTurnBytes a turn, finishing only after the last of it.
    void slowConsumerGetsTheStreamInBoundedTurns() {
        QProcess server;
        const ClientConfig c = standaloneConfig(server);
        QVERIFY2(!c.baseUrl.isEmpty(), ORC_FAKE_SERVER_PATH);
        OpenRouterClient client(c);
        constexpr int kTokens = 20000;
        ChatStream *s = client.chat(tokensRequest(kTokens));
        qint64 total = 0;
        qint64 atFinish = -1;
        connect(s->call(), &ApiCall::bytesReceived, this, [&total](const QByteArray &bytes) {
            total += bytes.size();
            QThread::msleep(1); // slower than the server: the read-ahead fills up
        });
        connect(s->call(), &ApiCall::finished, this, [&] { atFinish = total; });
        QSignalSpy finished(s, &ChatStream::finished);
        QVERIFY(finished.wait(60000));
        const ChatResult result = s->result();
        const int turns = s->call()->deliveryTurns();
        const qint64 maxTurn = s->call()->maxTurnBytes();
        delete s;
        server.terminate();
        server.waitForFinished(5000);

        qInfo("%lld bytes in %d turns, at most %lld bytes in one", qlonglong(total), turns,
              qlonglong(maxTurn));
        QCOMPARE(result.state, ChatResult::State::Completed);
        QVERIFY(result.content.endsWith(u" t19999"_s));
        QCOMPARE(result.content.count(u' '), kTokens - 1);
        QCOMPARE(atFinish, total); // finished() came after the last byte
        QVERIFY2(maxTurn <= ApiCall::kStreamTurnBytes, "one turn handed on too much");
        QVERIFY(turns >= total / ApiCall::kStreamTurnBytes);
    }
};

QTEST_GUILESS_MAIN(TestClientStream)
#include "tst_client_stream.moc"
