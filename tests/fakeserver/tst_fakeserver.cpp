// The fake OpenRouter server's chat route and general routing, exercised with
// QNetworkAccessManager directly: stream and non-stream shapes, padding, the fake/* behaviours,
// request recording, unknown paths. Models, images, account, faults and transport have their
// own tst_fakeserver_* suites.
#include "ChatChunkBuilder.h"
#include "ChatRenderer.h"
#include "FakeOpenRouter.h"
#include "HttpProbe.h"
#include "ServerState.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using orc::fake::ChatAnswer;
using orc::fake::ChatChunkBuilder;
using orc::fake::ChatRenderer;
using orc::fake::ChatTiming;
using orc::fake::FakeOpenRouter;
using orc::fake::RecordedRequest;
using orc::fake::Reply;
using orc::fake::test::HttpProbe;
using orc::fake::test::ProbeResult;
using orc::fake::test::SseEvent;

class TestFakeServer : public QObject {
    Q_OBJECT

    FakeOpenRouter m_server;
    std::unique_ptr<HttpProbe> m_probe;

private slots:
    void initTestCase() {
        QVERIFY(m_server.listen());
        m_probe = std::make_unique<HttpProbe>(m_server.baseUrl());
    }
    void init() {
        m_server.reset();
        m_server.setFixturesDir(QString());
        m_server.setTokenDelayMs(0);
        m_server.setPaddingUnits(3);
        m_server.setPaddingDelayMs(10);
    }

    void baseUrl() {
        QCOMPARE(m_server.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_server.baseUrl().path(), QStringLiteral("/api/v1"));
        QVERIFY(m_server.port() > 0);
        QCOMPARE(m_server.baseUrl().port(), int(m_server.port()));
        QCOMPARE(m_server.authUrl().path(), QStringLiteral("/auth"));
    }

    // tokensPerDelay: n content tokens (each its own event) after each delay, so a 1 ms
    // delay can make a 2,000 tokens/s stream (the Compare page benchmark).
    void tokensPerDelayGroupsContent() {
        ChatAnswer answer;
        for (int i = 0; i < 10; ++i)
            answer.content.append("t" + QByteArray::number(i) + ' ');
        const ChatChunkBuilder builder(QStringLiteral("gen-1"), 1, QStringLiteral("fake/tokens"),
                                       QStringLiteral("Fake"));
        ChatTiming timing;
        timing.chunkDelayMs = 5;
        const auto delayedPieces = [&](int perDelay) {
            timing.tokensPerDelay = perDelay;
            int n = 0;
            for (const Reply::Piece &p : ChatRenderer::stream(builder, answer, timing).pieces)
                n += p.delayMs > 0;
            return n;
        };
        const int one = delayedPieces(1);
        QCOMPARE(delayedPieces(2), one - 5);
        QCOMPARE(delayedPieces(5), one - 8);
        // Every token still arrives as its own event.
        timing.tokensPerDelay = 5;
        QByteArray body;
        for (const Reply::Piece &p : ChatRenderer::stream(builder, answer, timing).pieces)
            body += p.bytes;
        const QList<QJsonObject> chunks = HttpProbe::dataChunks(body);
        QCOMPARE(HttpProbe::deltaText(chunks), QString::fromLatin1(answer.content.join()));
        // The knob comes from the environment when a server is made.
        qputenv("ORC_FAKE_TOKENS_PER_DELAY", "3");
        QCOMPARE(orc::fake::ServerState().tokensPerDelay, 3);
        qputenv("ORC_FAKE_TOKENS_PER_DELAY", "0");
        QCOMPARE(orc::fake::ServerState().tokensPerDelay, 1);
        qunsetenv("ORC_FAKE_TOKENS_PER_DELAY");
    }

    void chatStreamShape() {
        m_server.setTokenDelayMs(40);
        m_server.setProcessingComments(2);
        const ProbeResult r = m_probe->chat(HttpProbe::chatBody(QStringLiteral("fake/echo"), true));
        m_server.setProcessingComments(1);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("text/event-stream"));
        QCOMPARE(r.header("cache-control"), QByteArray("no-cache"));
        QCOMPARE(r.header("transfer-encoding"), QByteArray("chunked"));
        const QList<SseEvent> events = HttpProbe::sse(r.body);
        QVERIFY(events.size() >= 8);
        QVERIFY(events[0].comment && events[1].comment);
        QCOMPARE(events[0].data, QByteArray("OPENROUTER PROCESSING"));
        QCOMPARE(events.last().data, QByteArray("[DONE]"));
        // chunks arrive one by one, about tokenDelayMs apart
        QVERIFY2(r.readAtMs.size() >= 4, qPrintable(QString::number(r.readAtMs.size())));
        QVERIFY2(r.readAtMs.last() - r.readAtMs.first() >= 150, "chunks must be spread in time");

        const QList<QJsonObject> chunks = HttpProbe::dataChunks(r.body);
        static const QRegularExpression idPattern(QStringLiteral("^gen-\\d{10}-[A-Za-z0-9]{20}$"));
        const QString id = chunks[0].value(QStringLiteral("id")).toString();
        QVERIFY2(idPattern.match(id).hasMatch(), qPrintable(id));
        for (const SseEvent &e : events) {
            if (!e.comment && e.data != "[DONE]")
                QVERIFY(e.data.startsWith("{\"id\":\"gen-")); // key order of the real captures
        }
        for (const QJsonObject &c : chunks) {
            QCOMPARE(c.value(QStringLiteral("id")).toString(), id);
            QCOMPARE(c.value(QStringLiteral("object")).toString(),
                     QStringLiteral("chat.completion.chunk"));
            QCOMPARE(c.value(QStringLiteral("model")).toString(), QStringLiteral("fake/echo"));
            QVERIFY(c.value(QStringLiteral("created")).toInteger() > 1700000000);
            QVERIFY(!c.value(QStringLiteral("provider")).toString().isEmpty());
        }
        QCOMPARE(HttpProbe::deltaText(chunks), QStringLiteral("Echo: hello big world"));
        const QJsonObject finish = HttpProbe::firstChoice(chunks[chunks.size() - 2]);
        QCOMPARE(finish.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        QVERIFY(finish.contains(QStringLiteral("native_finish_reason")));
        QCOMPARE(finish.value(QStringLiteral("index")).toInt(), 0);
        const QJsonObject usage = chunks.last().value(QStringLiteral("usage")).toObject();
        QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInt(), 4);
        QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(),
                 usage.value(QStringLiteral("prompt_tokens")).toInt() + 4);
        QVERIFY(usage.value(QStringLiteral("cost")).toDouble() > 0);
        for (qsizetype i = 0; i + 2 < chunks.size(); ++i)
            QVERIFY(
                HttpProbe::firstChoice(chunks[i]).value(QStringLiteral("finish_reason")).isNull());
    }

    void chatNonStreamPadded() {
        m_server.setPaddingUnits(4);
        m_server.setPaddingDelayMs(60);
        const ProbeResult r =
            m_probe->chat(HttpProbe::chatBody(QStringLiteral("openai/gpt-4o-mini"), false));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("application/json"));
        QVERIFY(r.body.startsWith(QByteArray(QByteArray("\n         \n").repeated(4) + '{')));
        QVERIFY2(r.finishedAtMs - r.headersAtMs >= 200, "the status comes early, the JSON late");
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("openai/gpt-4o-mini"));
        QCOMPARE(o.value(QStringLiteral("provider")).toString(), QStringLiteral("OpenAI"));
        const QJsonObject choice = HttpProbe::firstChoice(o);
        QCOMPARE(choice.value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("Echo: hello big world"));
        QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        const QJsonObject usage = o.value(QStringLiteral("usage")).toObject();
        // priced with the catalogue: 4 completion tokens at $0.0000006
        QVERIFY(qAbs(usage.value(QStringLiteral("cost_details"))
                         .toObject()
                         .value(QStringLiteral("upstream_inference_completions_cost"))
                         .toDouble() -
                     4 * 0.0000006) < 1e-12);
    }

    void chatVariants() {
        QJsonObject body = HttpProbe::chatBody(QStringLiteral("fake/echo"), false);
        body.insert(QStringLiteral("max_tokens"), 2);
        QJsonObject choice = HttpProbe::firstChoice(m_probe->chat(body).json());
        QCOMPARE(choice.value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("Echo: hello"));
        QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(),
                 QStringLiteral("length"));

        const QJsonObject routed =
            m_probe->chat(HttpProbe::chatBody(QStringLiteral("openrouter/auto"), false)).json();
        QCOMPARE(routed.value(QStringLiteral("model")).toString(),
                 QStringLiteral("openai/gpt-4o-mini"));
        const QJsonObject alias = m_probe
                                      ->chat(HttpProbe::chatBody(
                                          QStringLiteral("~anthropic/claude-sonnet-latest"), false))
                                      .json();
        QCOMPARE(alias.value(QStringLiteral("model")).toString(),
                 QStringLiteral("anthropic/claude-sonnet-4.5"));

        ProbeResult r =
            m_probe->chat(HttpProbe::chatBody(QStringLiteral("nobody/no-such-model"), true));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("nobody/no-such-model is not a valid model ID"));
        QVERIFY(r.header("content-type").startsWith("application/json"));
        body = HttpProbe::chatBody(QStringLiteral("fake/echo"), false);
        body.insert(QStringLiteral("messages"), QJsonArray());
        r = m_probe->chat(body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("Input must have at least 1 token."));
        const ProbeResult notJson =
            m_probe->send("POST", m_probe->url(QStringLiteral("/chat/completions")), "{nope",
                          {{"Authorization", HttpProbe::auth()}}, 5000);
        QCOMPARE(notJson.status, 400);
        QCOMPARE(notJson.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("Invalid JSON in request body"));
    }

    void fakeTokens() {
        QJsonObject body = HttpProbe::chatBody(QStringLiteral("fake/tokens"), true);
        body.insert(QStringLiteral("max_tokens"), 1000);
        const QList<QJsonObject> chunks = HttpProbe::dataChunks(m_probe->chat(body).body);
        QCOMPARE(chunks.size(), 1002); // 1000 tokens, finish, usage
        QCOMPARE(HttpProbe::firstChoice(chunks[0])
                     .value(QStringLiteral("delta"))
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("t0"));
        QCOMPARE(HttpProbe::firstChoice(chunks[999])
                     .value(QStringLiteral("delta"))
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral(" t999"));
        QCOMPARE(chunks.last()
                     .value(QStringLiteral("usage"))
                     .toObject()
                     .value(QStringLiteral("completion_tokens"))
                     .toInt(),
                 1000);
        const QJsonObject plain =
            m_probe->chat(HttpProbe::chatBody(QStringLiteral("fake/tokens"), false)).json();
        QCOMPARE(HttpProbe::firstChoice(plain)
                     .value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString()
                     .split(QLatin1Char(' '))
                     .size(),
                 100);

        // the benchmark's size: 100,000 chunks must stream quickly
        body.insert(QStringLiteral("max_tokens"), 100000);
        QElapsedTimer t;
        t.start();
        const ProbeResult big = m_probe->chat(body, HttpProbe::kKey, 60000);
        QCOMPARE(big.status, 200);
        QVERIFY(big.body.endsWith("data: [DONE]\n\n"));
        QCOMPARE(big.body.count("\"content\":\" t"), 99999);
        QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed())));
    }

    void fakeReasoning() {
        const QList<QJsonObject> chunks = HttpProbe::dataChunks(
            m_probe->chat(HttpProbe::chatBody(QStringLiteral("fake/reasoning"), true)).body);
        const QString reasoning = HttpProbe::deltaText(chunks, "reasoning");
        QVERIFY(reasoning.contains(QStringLiteral("hello big world")));
        QCOMPARE(HttpProbe::deltaText(chunks), QStringLiteral("Echo: hello big world"));
        const QJsonObject first =
            HttpProbe::firstChoice(chunks[0]).value(QStringLiteral("delta")).toObject();
        const QJsonObject detail =
            first.value(QStringLiteral("reasoning_details")).toArray().first().toObject();
        QCOMPARE(detail.value(QStringLiteral("type")).toString(), QStringLiteral("reasoning.text"));
        QCOMPARE(detail.value(QStringLiteral("format")).toString(),
                 QStringLiteral("anthropic-claude-v1"));
        QCOMPARE(first.value(QStringLiteral("content")).toString(), QString());
        // reasoning strictly before content; usage on an empty-delta chunk (2025 shape)
        qsizetype lastReasoning = -1, firstContent = -1;
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            const QJsonObject d =
                HttpProbe::firstChoice(chunks[i]).value(QStringLiteral("delta")).toObject();
            if (!d.value(QStringLiteral("reasoning")).toString().isEmpty())
                lastReasoning = i;
            if (firstContent < 0 && !d.value(QStringLiteral("content")).toString().isEmpty())
                firstContent = i;
        }
        QVERIFY(lastReasoning >= 0 && lastReasoning < firstContent);
        QVERIFY(
            HttpProbe::firstChoice(chunks.last()).value(QStringLiteral("finish_reason")).isNull());
        QVERIFY(chunks.last()
                    .value(QStringLiteral("usage"))
                    .toObject()
                    .value(QStringLiteral("completion_tokens_details"))
                    .toObject()
                    .value(QStringLiteral("reasoning_tokens"))
                    .toInt() > 0);

        const QJsonObject message =
            HttpProbe::firstChoice(
                m_probe->chat(HttpProbe::chatBody(QStringLiteral("fake/reasoning"), false)).json())
                .value(QStringLiteral("message"))
                .toObject();
        QCOMPARE(message.value(QStringLiteral("reasoning")).toString(), reasoning);
        QVERIFY(!message.value(QStringLiteral("reasoning_details"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("signature"))
                     .toString()
                     .isEmpty());
        QJsonObject excluded = HttpProbe::chatBody(QStringLiteral("fake/reasoning"), false);
        excluded.insert(QStringLiteral("reasoning"),
                        QJsonObject{{QStringLiteral("exclude"), true}});
        QVERIFY(HttpProbe::firstChoice(m_probe->chat(excluded).json())
                    .value(QStringLiteral("message"))
                    .toObject()
                    .value(QStringLiteral("reasoning"))
                    .isNull());
    }

    void fakeTools() {
        QJsonObject body = HttpProbe::chatBody(QStringLiteral("fake/tools"), true);
        const QJsonObject schema{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("city"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                         {QStringLiteral("days"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}}}},
            {QStringLiteral("required"),
             QJsonArray{QStringLiteral("city"), QStringLiteral("days")}}};
        body.insert(QStringLiteral("tools"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("type"), QStringLiteral("function")},
                        {QStringLiteral("function"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("forecast")},
                                     {QStringLiteral("parameters"), schema}}}}});
        const QList<QJsonObject> chunks = HttpProbe::dataChunks(m_probe->chat(body).body);
        const QJsonObject first = HttpProbe::firstChoice(chunks[0])
                                      .value(QStringLiteral("delta"))
                                      .toObject()
                                      .value(QStringLiteral("tool_calls"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QVERIFY(first.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("call_")));
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("function"));
        QCOMPARE(first.value(QStringLiteral("function"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("forecast"));
        QCOMPARE(first.value(QStringLiteral("function"))
                     .toObject()
                     .value(QStringLiteral("arguments"))
                     .toString(),
                 QString());
        QString arguments;
        int fragments = 0;
        for (const QJsonObject &c : chunks) {
            const QJsonArray calls = c.value(QStringLiteral("choices"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QStringLiteral("delta"))
                                         .toObject()
                                         .value(QStringLiteral("tool_calls"))
                                         .toArray();
            if (calls.isEmpty())
                continue;
            const QJsonObject call = calls.first().toObject();
            QCOMPARE(call.value(QStringLiteral("index")).toInt(), 0);
            if (fragments++ > 0)
                QVERIFY(!call.contains(QStringLiteral("id"))); // the id only in the first fragment
            arguments += call.value(QStringLiteral("function"))
                             .toObject()
                             .value(QStringLiteral("arguments"))
                             .toString();
        }
        QVERIFY(fragments >= 3);
        QCOMPARE(QJsonDocument::fromJson(arguments.toUtf8()).object(),
                 (QJsonObject{{QStringLiteral("city"), QStringLiteral("example")},
                              {QStringLiteral("days"), 42}}));
        QCOMPARE(HttpProbe::firstChoice(chunks[chunks.size() - 2])
                     .value(QStringLiteral("finish_reason"))
                     .toString(),
                 QStringLiteral("tool_calls"));
        QVERIFY(
            chunks.last().value(QStringLiteral("choices")).toArray().isEmpty()); // usage shape 3
        QVERIFY(chunks.last().contains(QStringLiteral("usage")));

        body.insert(QStringLiteral("stream"), false);
        const QJsonObject message = HttpProbe::firstChoice(m_probe->chat(body).json())
                                        .value(QStringLiteral("message"))
                                        .toObject();
        QVERIFY(message.value(QStringLiteral("content")).isNull());
        const QJsonObject call =
            message.value(QStringLiteral("tool_calls")).toArray().first().toObject();
        QCOMPARE(call.value(QStringLiteral("function"))
                     .toObject()
                     .value(QStringLiteral("arguments"))
                     .toString(),
                 arguments);
        QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                    {QStringLiteral("content"), QJsonValue::Null},
                                    {QStringLiteral("tool_calls"), QJsonArray{call}}});
        messages.append(
            QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                        {QStringLiteral("tool_call_id"), call.value(QStringLiteral("id"))},
                        {QStringLiteral("content"), QStringLiteral("sunny")}});
        body.insert(QStringLiteral("messages"), messages);
        const QJsonObject answer = HttpProbe::firstChoice(m_probe->chat(body).json());
        QCOMPARE(answer.value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("Tool result: sunny"));
    }

    void recordsRequests() {
        QSignalSpy spy(&m_server, &FakeOpenRouter::requestReceived);
        const QJsonObject body = HttpProbe::chatBody(QStringLiteral("fake/echo"), false);
        const ProbeResult r = m_probe->post(QStringLiteral("/chat/completions?trace=1"), body,
                                            {{"Authorization", HttpProbe::auth()},
                                             {"HTTP-Referer", "https://example.org/app"},
                                             {"X-Title", "OR Studio"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(spy.count(), 1);
        const RecordedRequest rec = m_server.lastRequest();
        QCOMPARE(spy.at(0).at(0).value<RecordedRequest>().body, rec.body);
        QCOMPARE(rec.method, QByteArray("POST"));
        QCOMPARE(rec.path, QStringLiteral("/api/v1/chat/completions"));
        QCOMPARE(rec.query.queryItemValue(QStringLiteral("trace")), QStringLiteral("1"));
        QCOMPARE(rec.header("x-title"), QByteArray("OR Studio"));
        QCOMPARE(rec.headers.value("http-referer"), QByteArray("https://example.org/app"));
        QCOMPARE(rec.header("Authorization"), HttpProbe::auth());
        QVERIFY(rec.headers.contains("content-type")); // names are lower-cased
        QCOMPARE(rec.json, body);
        QCOMPARE(rec.body, QJsonDocument(body).toJson(QJsonDocument::Compact));
        m_probe->get(QStringLiteral("/models"));
        QCOMPARE(m_server.requestCount(), 2);
        QCOMPARE(m_server.requestCount(QStringLiteral("/chat/completions")), 1);
        QCOMPARE(m_server.requestCount(QStringLiteral("/api/v1/models")), 1);
        QCOMPARE(m_server.requests().size(), 2);
        m_server.clearRequests();
        QCOMPARE(m_server.requestCount(), 0);
    }

    void unknownPathsAndMethods() {
        ProbeResult r = m_probe->get(QStringLiteral("/nope"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toInt(),
                 404);
        QCOMPARE(
            m_probe
                ->send("GET",
                       QUrl(QStringLiteral("http://127.0.0.1:%1/elsewhere").arg(m_server.port())),
                       {}, {}, 5000)
                .status,
            404);
        r = m_probe->get(QStringLiteral("/chat/completions"),
                         {{"Authorization", HttpProbe::auth()}});
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("allow"), QByteArray("POST"));
        QCOMPARE(m_probe->post(QStringLiteral("/models"), {}).status, 405);
    }
};

QTEST_GUILESS_MAIN(TestFakeServer)
#include "tst_fakeserver.moc"
