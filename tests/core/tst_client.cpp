// The API client end to end against the fake OpenRouter server on 127.0.0.1.
#include "FakeOpenRouter.h"
#include "TestSupport.h"
#include "api/ChatCodec.h"
#include "api/OpenRouterClient.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"sk-or-v1-test0123456789abcdef0123456789abcdef"_s;

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    if (g_previousHandler && type >= QtWarningMsg)
        g_previousHandler(type, context, message);
}

} // namespace

class TestClient : public QObject {
    Q_OBJECT

    fake::FakeOpenRouter m_server;

    ClientConfig config(const QString &key = kKey) const {
        ClientConfig c;
        c.baseUrl = m_server.baseUrl();
        c.apiKey = key;
        c.keySource = KeySource::Explicit;
        c.retry.maxAttempts = 3;
        c.retry.baseDelayMs = 20;
        c.retry.maxDelayMs = 200;
        c.retry.jitter = 0.0;
        c.idleTimeoutMs = 5000;
        return c;
    }

    static ChatRequest request(const QString &model, bool stream = true,
                               const QString &prompt = u"hello there"_s) {
        ChatRequest r;
        r.model = model;
        r.stream = stream;
        r.messages = {ChatMessage::user(prompt)};
        return r;
    }

    // Runs a chat to completion and returns its result; fails the test on a stall.
    ChatResult run(OpenRouterClient &client, const ChatRequest &r, int timeoutMs = 15000) {
        ChatStream *s = client.chat(r);
        QSignalSpy finished(s, &ChatStream::finished);
        if (!finished.wait(timeoutMs))
            qWarning("chat did not finish within %d ms", timeoutMs);
        const ChatResult result = s->result();
        if (finished.count() != 1)
            qWarning("finished emitted %d times", int(finished.count()));
        delete s;
        return result;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_server.listen());
        m_server.setFixturesDir(test::fixturesDir());
        if (!test::hasFixtures())
            qInfo("%s: the fake serves its built-in model set", test::kNoFixturesMessage);
    }
    void init() { m_server.reset(); }

    void sendsAuthAttributionAndExactBody() {
        OpenRouterClient client(config());
        ChatRequest r = request(u"fake/echo"_s, false);
        r.temperature = 0.5;
        const ChatResult result = run(client, r);
        QCOMPARE(result.state, ChatResult::State::Completed);
        QCOMPARE(result.content, u"Echo: hello there"_s);
        QCOMPARE(m_server.requestCount(), 1);
        const fake::RecordedRequest req = m_server.lastRequest();
        QCOMPARE(req.method, "POST"_ba);
        QCOMPARE(req.path, u"/api/v1/chat/completions"_s);
        QCOMPARE(req.header("authorization"), "Bearer " + kKey.toUtf8());
        QCOMPARE(req.header("http-referer"), ClientConfig::defaultReferer().toUtf8());
        QCOMPARE(req.header("x-title"), "OR Studio"_ba);
        QVERIFY(req.header("content-type").startsWith("application/json"));
        QCOMPARE(req.json, ChatCodec::encodeRequest(r));
    }

    void attributionOverridable() {
        ClientConfig c = config();
        c.referer = u"https://example.org/agent"_s;
        c.title = u"My Agent"_s;
        OpenRouterClient client(c);
        run(client, request(u"fake/echo"_s));
        QCOMPARE(m_server.lastRequest().header("http-referer"), "https://example.org/agent"_ba);
        QCOMPARE(m_server.lastRequest().header("x-title"), "My Agent"_ba);
    }

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

    void errorsByKey_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("bad-key") << u"sk-or-bad-123456"_s << ApiError::Kind::Auth << 401;
        QTest::newRow("broke-key") << u"sk-or-broke-123456"_s << ApiError::Kind::Credits << 402;
    }
    void errorsByKey() {
        QFETCH(QString, key);
        QFETCH(ApiError::Kind, kind);
        QFETCH(int, status);
        OpenRouterClient client(config(key));
        const ChatResult r = run(client, request(u"fake/echo"_s));
        QCOMPARE(r.state, ChatResult::State::Failed);
        QCOMPARE(r.error.kind, kind);
        QCOMPARE(r.error.httpStatus, status);
        QVERIFY(!r.error.hint().isEmpty());
        QCOMPARE(m_server.requestCount(), 1); // never retried
        QVERIFY(!r.error.toString().contains(key));
    }

    void missingKeyFailsBeforeAnyRequest() {
        OpenRouterClient client(config(QString()));
        const ChatResult r = run(client, request(u"fake/echo"_s));
        QCOMPARE(r.error.kind, ApiError::Kind::Config);
        QVERIFY(r.error.message.contains(u"OPENROUTER_API_KEY"_s));
        QCOMPARE(m_server.requestCount(), 0);
    }

    void insecureBaseUrlRefusedBeforeAnyRequest() {
        ClientConfig c = config();
        c.baseUrl = QUrl(u"http://example.invalid/api/v1"_s);
        OpenRouterClient client(c);
        const ChatResult r = run(client, request(u"fake/echo"_s));
        QCOMPARE(r.error.kind, ApiError::Kind::Config);
        QVERIFY(r.error.message.contains(u"https"_s));
        QCOMPARE(r.attempts, 0);
    }

    void retriesHonourRetryAfter() {
        OpenRouterClient client(config());
        ChatStream *s = client.chat(request(u"fault/429-twice"_s));
        QSignalSpy retrying(s, &ChatStream::retrying);
        QSignalSpy finished(s, &ChatStream::finished);
        QVERIFY(finished.wait(15000));
        QCOMPARE(s->result().state, ChatResult::State::Completed);
        QCOMPARE(s->result().attempts, 3);
        QCOMPARE(retrying.count(), 2);
        for (const auto &args : retrying) {
            QCOMPARE(args.at(1).toInt(), 1000); // Retry-After: 1 wins over the 20 ms backoff
            QCOMPARE(args.at(2).value<ApiError>().kind, ApiError::Kind::RateLimited);
        }
        QCOMPARE(retrying.at(0).at(0).toInt(), 2);
        QCOMPARE(retrying.at(1).at(0).toInt(), 3);
        QCOMPARE(m_server.requestCount(), 3);
        delete s;
    }

    void retryAfterHttpDate() {
        OpenRouterClient client(config());
        ChatStream *s = client.chat(request(u"fault/429-date"_s));
        QSignalSpy retrying(s, &ChatStream::retrying);
        QSignalSpy finished(s, &ChatStream::finished);
        QVERIFY(finished.wait(15000));
        QCOMPARE(s->result().state, ChatResult::State::Completed);
        QCOMPARE(retrying.count(), 1);
        const int delay = retrying.at(0).at(1).toInt();
        QVERIFY2(delay > 20 && delay <= 3000, qPrintable(QString::number(delay)));
        delete s;
    }

    void rateLimitedAfterAllAttempts() {
        OpenRouterClient client(config());
        const ChatResult r = run(client, request(u"fault/429"_s, false));
        QCOMPARE(r.state, ChatResult::State::Failed);
        QCOMPARE(r.error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(r.error.retryAfterMs, 1000);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(m_server.requestCount(), 3);
    }

    void retriedOnceThenSucceeds_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("expectedDelay");
        QTest::newRow("503-once-backoff") << u"fault/503-once"_s << 20;
        QTest::newRow("408-once-backoff") << u"fault/408-once"_s << 20; // base delay, no jitter
    }
    void retriedOnceThenSucceeds() {
        QFETCH(QString, model);
        QFETCH(int, expectedDelay);
        OpenRouterClient client(config());
        ChatStream *s = client.chat(request(model));
        QSignalSpy retrying(s, &ChatStream::retrying);
        QSignalSpy finished(s, &ChatStream::finished);
        QVERIFY(finished.wait(15000));
        QCOMPARE(s->result().state, ChatResult::State::Completed);
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.at(0).at(1).toInt(), expectedDelay);
        QCOMPARE(retrying.at(0).at(2).value<ApiError>().kind, ApiError::Kind::Server);
        QCOMPARE(s->result().content, u"Echo: hello there"_s);
        QCOMPARE(m_server.requestCount(), 2);
        delete s;
    }

    void connectionDroppedBeforeResponseIsRetried() {
        // The fake drops the first two attempts before any response byte: Qt's HTTP client
        // resends once by itself, the second drop reaches us as a network error, and our
        // retry succeeds.
        OpenRouterClient client(config());
        ChatStream *s = client.chat(request(u"fault/drop-before"_s));
        QSignalSpy retrying(s, &ChatStream::retrying);
        QSignalSpy finished(s, &ChatStream::finished);
        QVERIFY(finished.wait(15000));
        QCOMPARE(s->result().state, ChatResult::State::Completed);
        QCOMPARE(s->result().content, u"Echo: hello there"_s);
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.at(0).at(2).value<ApiError>().kind, ApiError::Kind::Network);
        QCOMPARE(m_server.requestCount(), 3);
        delete s;
    }

    void connectionRefusedIsRetriedWithBackoff() {
        QTcpServer closed; // bind then close: a port nothing listens on
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        ClientConfig c = config();
        c.baseUrl = QUrl(u"http://127.0.0.1:%1/api/v1"_s.arg(port));
        OpenRouterClient client(c);
        ChatStream *s = client.chat(request(u"fake/echo"_s));
        QSignalSpy retrying(s, &ChatStream::retrying);
        QSignalSpy finished(s, &ChatStream::finished);
        QVERIFY(finished.wait(15000));
        QCOMPARE(s->result().error.kind, ApiError::Kind::Network);
        QCOMPARE(s->result().attempts, 3);
        QCOMPARE(retrying.count(), 2);
        QCOMPARE(retrying.at(0).at(1).toInt(), 20);
        QCOMPARE(retrying.at(1).at(1).toInt(), 40); // exponential
        QVERIFY(!s->result().error.hint().isEmpty());
        delete s;
    }

    void serverErrorsExhaustAttempts() {
        OpenRouterClient client(config());
        const ChatResult r = run(client, request(u"fault/500"_s));
        QCOMPARE(r.error.kind, ApiError::Kind::Server);
        QCOMPARE(r.error.httpStatus, 500);
        QCOMPARE(r.attempts, 3);
    }

    void clientErrorsAreNotRetried_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("400") << u"fault/400"_s << ApiError::Kind::BadRequest;
        QTest::newRow("404") << u"fault/404"_s << ApiError::Kind::NotFound;
        QTest::newRow("unknown-model") << u"nobody/no-such-model"_s << ApiError::Kind::BadRequest;
        QTest::newRow("moderation") << u"fault/moderation"_s << ApiError::Kind::Moderation;
    }
    void clientErrorsAreNotRetried() {
        QFETCH(QString, model);
        QFETCH(ApiError::Kind, kind);
        OpenRouterClient client(config());
        const ChatResult r = run(client, request(model));
        QCOMPARE(r.error.kind, kind);
        QCOMPARE(m_server.requestCount(), 1);
        QVERIFY(!r.error.message.isEmpty());
        if (kind == ApiError::Kind::Moderation) {
            QVERIFY(!r.error.reasons.isEmpty());
            QVERIFY(r.error.hint().contains(r.error.reasons.first()));
        }
        if (model == u"nobody/no-such-model"_s)
            QVERIFY(r.error.message.contains(model));
    }

    void idleTimeout() {
        ClientConfig c = config();
        c.idleTimeoutMs = 300;
        c.retry.maxAttempts = 2;
        OpenRouterClient client(c);
        QElapsedTimer t;
        t.start();
        const ChatResult r = run(client, request(u"fault/hang"_s));
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(r.attempts, 2);
        QCOMPARE(m_server.requestCount(), 2);
        QVERIFY2(t.elapsed() >= 550, qPrintable(QString::number(t.elapsed())));
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

    void emptyChoicesAndErrorWith200() {
        OpenRouterClient client(config());
        ChatResult r = run(client, request(u"fault/empty-choices"_s, false));
        QCOMPARE(r.state, ChatResult::State::Failed);
        QCOMPARE(r.error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY(r.error.message.contains(u"no choices"_s));
        r = run(client, request(u"fault/error-200"_s, false));
        QCOMPARE(r.state, ChatResult::State::Failed);
        QVERIFY(r.error.isError());
        QVERIFY(r.error.kind != ApiError::Kind::InvalidResponse);
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
        server.setProgram(QStringLiteral(ORC_FAKE_SERVER_PATH));
        server.setArguments({u"--port"_s, u"0"_s, u"--token-delay-ms"_s, u"0"_s});
        server.setStandardErrorFile(QProcess::nullDevice());
        server.start();
        QVERIFY(server.waitForStarted(10000) && server.waitForReadyRead(10000));
        ClientConfig c = config();
        c.baseUrl = QUrl(QString::fromUtf8(server.readLine()).trimmed());
        OpenRouterClient client(c);
        constexpr int kTokens = 100000;
        ChatRequest r = request(u"fake/tokens"_s);
        r.maxTokens = kTokens;
        ChatStream *s = client.chat(r);
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

    void accountEndpoints() {
        OpenRouterClient client(config());
        std::optional<KeyInfo> key;
        client.fetchKey(this, [&](const KeyInfo &k, const ApiError &e) {
            QVERIFY(!e.isError());
            key = k;
        });
        QTRY_VERIFY_WITH_TIMEOUT(key.has_value(), 5000);
        QVERIFY(!key->label.isEmpty());
        QCOMPARE(m_server.lastRequest().path, u"/api/v1/key"_s);

        std::optional<Credits> credits;
        client.fetchCredits(this, [&](const Credits &c, const ApiError &e) {
            QVERIFY(!e.isError());
            credits = c;
        });
        QTRY_VERIFY_WITH_TIMEOUT(credits.has_value(), 5000);
        QVERIFY(credits->totalCredits > 0);

        const ChatResult chat = run(client, request(u"fake/echo"_s));
        std::optional<GenerationInfo> generation;
        ApiError generationError;
        client.fetchGeneration(
            chat.id, this,
            [&](const GenerationInfo &g, const ApiError &e) {
                generation = g;
                generationError = e;
            },
            5, 50);
        QTRY_VERIFY_WITH_TIMEOUT(generation.has_value(), 5000);
        QVERIFY2(!generationError.isError(), qPrintable(generationError.toString()));
        QCOMPARE(generation->id, chat.id);
        // 404 first, then found (the fake records a request once it has answered it)
        QTRY_COMPARE(m_server.requestCount(u"/api/v1/generation"_s), 2);

        ApiError keyError;
        bool done = false;
        OpenRouterClient bad(config(u"sk-or-bad-xyz12345"_s));
        bad.fetchKey(this, [&](const KeyInfo &, const ApiError &e) {
            keyError = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(keyError.kind, ApiError::Kind::Auth);
    }

    void modelsListing() {
        OpenRouterClient client(config(QString())); // /models needs no key
        QByteArray body;
        ApiError error;
        bool done = false;
        client.fetchModels(this, [&](const QByteArray &b, const ApiError &e) {
            body = b;
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        QVERIFY(o.value("data"_L1).toArray().size() > 5);
        QCOMPARE(m_server.lastRequest().query.queryItemValue(u"output_modalities"_s), u"all"_s);
        QVERIFY(m_server.lastRequest().header("authorization").isEmpty());
    }

    void keyNeverLogged() {
        QLoggingCategory::setFilterRules(u"orc.*=true"_s);
        {
            QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
        g_previousHandler = qInstallMessageHandler(captureLog);
        {
            OpenRouterClient client(config());
            run(client, request(u"fake/echo"_s));
            run(client, request(u"fault/503-once"_s));
            run(client, request(u"fault/moderation"_s));
            OpenRouterClient bad(config(u"sk-or-bad-secret-key-987654321"_s));
            const ChatResult r = run(bad, request(u"fake/echo"_s));
            QVERIFY(!QJsonDocument(r.toJson()).toJson().contains("secret-key-987654321"));
        }
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(u"orc.*.debug=false"_s);
        QMutexLocker lock(&g_logMutex);
        QVERIFY2(g_log.size() > 3, "debug logging produced output to check");
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(kKey), qPrintable(line));
            QVERIFY2(!line.contains(u"secret-key-987654321"_s), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
