// The API client end to end against the fake OpenRouter server on 127.0.0.1: requests,
// authentication and attribution, errors, retries and timeouts, account endpoints, logging.
// Streaming behaviour is in tst_client_stream.cpp.
#include "ClientFixture.h"
#include "api/ChatCodec.h"
#include "api/OpenRouterClient.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QTcpServer>
#include <QTest>

using namespace orc;
using orc::test::kKey;
using namespace Qt::StringLiterals;

namespace {

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

class TestClient : public QObject, public test::ClientFixture {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startServer()); }
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
