// HTTP/1.1 behaviour of the fake server: keep-alive, pipelining, chunked request bodies,
// 100-continue, malformed requests, clients vanishing mid-stream, the loopback-only bind, and
// the standalone fake-openrouter program.
#include "FakeOpenRouter.h"
#include "HttpProbe.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

using orc::fake::FakeOpenRouter;
using orc::fake::test::HttpProbe;
using orc::fake::test::ProbeResult;

namespace {

QByteArray chatRequest(const QByteArray &model, bool stream, const QByteArray &connection = {}) {
    const QByteArray body = R"({"model":")" + model + R"(","stream":)" +
                            (stream ? "true" : "false") +
                            R"(,"messages":[{"role":"user","content":"hi"}]})";
    QByteArray head = "POST /api/v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "Authorization: Bearer sk-or-v1-raw\r\nContent-Type: application/json\r\n"
                      "Content-Length: " +
                      QByteArray::number(body.size()) + "\r\n";
    if (!connection.isEmpty())
        head += "Connection: " + connection + "\r\n";
    return head + "\r\n" + body;
}

int countOf(const QByteArray &haystack, const QByteArray &needle) {
    return int(haystack.count(needle));
}

} // namespace

class TestFakeServerTransport : public QObject {
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
        m_server.setTokenDelayMs(0);
        m_server.setSlowDelayMs(200);
        m_server.setMaxRequestBodyBytes(64 * 1024 * 1024);
    }

    void bindsLoopbackOnly() {
        QHostAddress external;
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
                external = a;
        }
        if (external.isNull())
            QSKIP("no non-loopback IPv4 address on this machine");
        QTcpSocket socket;
        socket.connectToHost(external, m_server.port());
        QVERIFY(!socket.waitForConnected(2000));
    }

    void keepAliveReuse() {
        FakeOpenRouter server; // a fresh one, to count its connections
        QVERIFY(server.listen());
        HttpProbe probe(server.baseUrl());
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(
                probe.chat(HttpProbe::chatBody(QStringLiteral("fake/echo"), i % 2 == 0)).status,
                200);
            QCOMPARE(probe.get(QStringLiteral("/models")).status, 200);
        }
        QCOMPARE(server.acceptedConnections(), 1); // chunked and sized responses keep it open
        QCOMPARE(server.requestCount(), 10);
    }

    void pipelinedRequestsAnsweredInOrder() {
        const QByteArray requests = chatRequest("fake/echo", true) +
                                    "GET /api/v1/models?limit=1 HTTP/1.1\r\nHost: x\r\n\r\n" +
                                    chatRequest("fault/404", false) +
                                    chatRequest("fake/echo", false, "close");
        bool closed = false;
        const QByteArray answer = HttpProbe::raw(m_server.port(), requests, 10000, {}, &closed);
        QVERIFY(closed); // the last request asked for close
        QCOMPARE(countOf(answer, "HTTP/1.1 "), 4);
        const qsizetype a = answer.indexOf("HTTP/1.1 200 OK");
        const qsizetype b = answer.indexOf("HTTP/1.1 200 OK", a + 1);
        const qsizetype c = answer.indexOf("HTTP/1.1 404 Not Found");
        const qsizetype d = answer.lastIndexOf("HTTP/1.1 200 OK");
        QVERIFY(a == 0 && a < b && b < c && c < d);
        QVERIFY(answer.mid(a, b - a).contains("text/event-stream"));
        QVERIFY(answer.mid(a, b - a).contains("0\r\n\r\n")); // chunked stream terminated
        QVERIFY(answer.mid(b, c - b).contains("content-length: "));
        QVERIFY(answer.mid(d).contains("connection: close"));
        QCOMPARE(m_server.requestCount(), 4);
    }

    void chunkedRequestBodyAndContinue() {
        const QByteArray body =
            R"({"model":"fake/echo","messages":[{"role":"user","content":"chunky"}]})";
        QByteArray request = "POST /api/v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
                             "Authorization: Bearer k\r\nTransfer-Encoding: chunked\r\n"
                             "Connection: close\r\n\r\n";
        for (qsizetype i = 0; i < body.size(); i += 10) {
            const QByteArray part = body.mid(i, 10);
            request += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
        }
        request += "0\r\n\r\n";
        const QByteArray answer = HttpProbe::raw(m_server.port(), request, 10000);
        QVERIFY(answer.startsWith("HTTP/1.1 200 OK"));
        QVERIFY(answer.contains("Echo: chunky"));
        QCOMPARE(m_server.lastRequest().body, body);

        // Expect: 100-continue gets the interim response before the body is sent
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(
            "POST /api/v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n"
            "Expect: 100-continue\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n");
        // the server runs in this thread: wait with an event loop, never with waitForReadyRead
        QByteArray interim;
        QTRY_VERIFY_WITH_TIMEOUT((interim += socket.readAll()).contains("\r\n\r\n"), 5000);
        QCOMPARE(interim, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        socket.write(body);
        QByteArray final;
        QTRY_VERIFY_WITH_TIMEOUT((final += socket.readAll()).contains("0\r\n\r\n"), 5000);
        QVERIFY(final.startsWith("HTTP/1.1 200 OK"));
    }

    void http10ClientGetsContentLength() {
        QByteArray request = chatRequest("fake/echo", true);
        request.replace("HTTP/1.1", "HTTP/1.0");
        bool closed = false;
        const QByteArray answer = HttpProbe::raw(m_server.port(), request, 5000, {}, &closed);
        QVERIFY(closed); // HTTP/1.0 without keep-alive
        const qsizetype headEnd = answer.indexOf("\r\n\r\n");
        const QByteArray head = answer.left(headEnd);
        QVERIFY(head.startsWith("HTTP/1.1 200 OK"));
        QVERIFY(!head.contains("transfer-encoding"));
        QVERIFY(head.contains("connection: close"));
        const qsizetype at = head.indexOf("content-length: ") + 16;
        const int length = head.mid(at, head.indexOf("\r\n", at) - at).toInt();
        QCOMPARE(answer.size() - headEnd - 4, length);
        QVERIFY(answer.endsWith("data: [DONE]\n\n"));
    }

    void malformedRequests_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << QByteArray("400");
        QTest::newRow("no host") << QByteArray("GET /api/v1/models HTTP/1.1\r\n\r\n")
                                 << QByteArray("400");
        QTest::newRow("bad length") << QByteArray("POST /api/v1/chat/completions HTTP/1.1\r\nHost: "
                                                  "x\r\nContent-Length: abc\r\n\r\n")
                                    << QByteArray("400");
        QTest::newRow("too large") << QByteArray("POST /api/v1/chat/completions HTTP/1.1\r\nHost: "
                                                 "x\r\nContent-Length: 5000\r\n\r\n")
                                   << QByteArray("413");
        QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n")
                                << QByteArray("505");
    }
    void malformedRequests() {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        m_server.setMaxRequestBodyBytes(1000);
        bool closed = false;
        const QByteArray answer = HttpProbe::raw(m_server.port(), request, 5000, {}, &closed);
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + status)), answer.constData());
        QVERIFY(answer.contains("content-type: application/json"));
        QVERIFY(answer.contains(QByteArray("{\"error\":{\"code\":" + status)));
        QVERIFY(closed);
        QCOMPARE(m_server.requestCount(), 0);
        QCOMPARE(m_probe->get(QStringLiteral("/models")).status, 200);
    }

    void clientVanishesMidStream() {
        m_server.setSlowDelayMs(10);
        const int before = m_server.requestCount();
        for (int round = 0; round < 12; ++round) {
            const int abortAfter = 1 + round % 4; // readyRead calls before the client leaves
            int reads = 0;
            const ProbeResult r = m_probe->send(
                "POST", m_probe->url(QStringLiteral("/chat/completions")),
                QJsonDocument(HttpProbe::chatBody(round % 3 ? QStringLiteral("fault/slow")
                                                            : QStringLiteral("fake/tokens"),
                                                  true,
                                                  QStringLiteral("one two three four five six")))
                    .toJson(),
                {{"Authorization", HttpProbe::auth()}, {"Content-Type", "application/json"}}, 10000,
                [&](const ProbeResult &) { return ++reads < abortAfter; });
            QVERIFY(r.error == QNetworkReply::OperationCanceledError ||
                    r.error == QNetworkReply::NoError);
        }
        QTest::qWait(300); // the server's timers fire for connections that are gone
        QCOMPARE(m_server.requestCount() - before, 12);
        const ProbeResult after =
            m_probe->chat(HttpProbe::chatBody(QStringLiteral("fault/slow"), true));
        QCOMPARE(after.status, 200);
        QVERIFY(after.body.endsWith("data: [DONE]\n\n"));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.connectionCount() <= 1, 5000);

        // raw sockets that send half a request, or leave right after a full one
        for (int i = 0; i < 5; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_server.port());
            QVERIFY(s.waitForConnected(2000));
            s.write(i % 2 ? chatRequest("fault/slow", true)
                          : QByteArray("POST /api/v1/chat/completions HTTP/1.1\r\nHost"));
            s.waitForBytesWritten(1000);
            s.abort();
        }
        QTest::qWait(100);
        QCOMPARE(m_probe->get(QStringLiteral("/models")).status, 200);
    }

    void serverDestroyedWhileStreaming() {
        auto server = std::make_unique<FakeOpenRouter>();
        QVERIFY(server->listen());
        server->setSlowDelayMs(20);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write(chatRequest("fault/slow", true));
        QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0, 5000);
        server.reset(); // must not crash with a writer mid-stream
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 5000);
    }

    void standaloneProgram() {
        QProcess process;
        process.setProgram(QStringLiteral(FAKE_OPENROUTER_PATH));
        process.setArguments({QStringLiteral("--port"), QStringLiteral("0"),
                              QStringLiteral("--no-fixtures"), QStringLiteral("--token-delay-ms"),
                              QStringLiteral("5")});
        process.start();
        QVERIFY(process.waitForStarted(5000));
        QVERIFY(process.waitForReadyRead(10000));
        const QByteArray line = process.readLine();
        static const QRegularExpression pattern(
            QStringLiteral("^http://127\\.0\\.0\\.1:(\\d+)/api/v1\\n$"));
        const auto match = pattern.match(QString::fromUtf8(line));
        QVERIFY2(match.hasMatch(), line.constData());
        HttpProbe probe{QUrl(QString::fromUtf8(line.trimmed()))};
        const ProbeResult r = probe.chat(HttpProbe::chatBody(QStringLiteral("fake/echo"), true));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("\"content\":\" world\""));
        QCOMPARE(probe.get(QStringLiteral("/models"))
                     .json()
                     .value(QStringLiteral("data"))
                     .toArray()
                     .size(),
                 11);
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput(), QByteArray()); // exactly one line on stdout
        const QByteArray log = process.readAllStandardError();
        QVERIFY2(log.contains("POST /api/v1/chat/completions model=fake/echo"), log.constData());
        QVERIFY(log.contains("GET /api/v1/models"));

        QProcess bad;
        bad.start(QStringLiteral(FAKE_OPENROUTER_PATH),
                  {QStringLiteral("--fixtures"), QStringLiteral("/nonexistent/dir")});
        QVERIFY(bad.waitForFinished(5000));
        QCOMPARE(bad.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFakeServerTransport)
#include "tst_fakeserver_transport.moc"
