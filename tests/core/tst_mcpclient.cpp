// McpClient against real MCP server processes of our own (tests/mcpserver): the handshake and
// version negotiation, paginated tools/list, tools/call, and every way a server can misbehave
// (hang, crash, garbage, a wrong id, an oversized line, no start) ending in a typed error.
// Stdio and Streamable HTTP (JSON and SSE answers).
#include "tools/McpClient.h"
#include "tools/McpHttpTransport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using orc::McpClient;
using orc::McpError;
using orc::McpServerConfig;
using orc::McpTool;
using orc::McpToolResult;

namespace {

McpServerConfig stdioServer(const QStringList &args = {}) {
    McpServerConfig c;
    c.name = u"test"_s;
    c.command = QStringLiteral(TEST_MCP_SERVER_PATH);
    c.args = args;
    return c;
}

struct Outcome {
    bool done = false;
    McpError error;
    QList<McpTool> tools;
    McpToolResult result;
};

Outcome connectTo(McpClient &client) {
    Outcome o;
    client.connectToServer([&o](const McpError &e) {
        o.error = e;
        o.done = true;
    });
    (void)QTest::qWaitFor([&] { return o.done; }, 15000);
    return o;
}

Outcome listTools(McpClient &client) {
    Outcome o;
    client.listTools([&o](const QList<McpTool> &tools, const McpError &e) {
        o.tools = tools;
        o.error = e;
        o.done = true;
    });
    (void)QTest::qWaitFor([&] { return o.done; }, 15000);
    return o;
}

Outcome call(McpClient &client, const QString &tool, const QJsonObject &args = {}) {
    Outcome o;
    client.callTool(tool, args, [&o](const McpToolResult &r, const McpError &e) {
        o.result = r;
        o.error = e;
        o.done = true;
    });
    (void)QTest::qWaitFor([&] { return o.done; }, 15000);
    return o;
}

QStringList names(const QList<McpTool> &tools) {
    QStringList out;
    for (const McpTool &t : tools)
        out << t.name;
    return out;
}

} // namespace

class TestMcpClient : public QObject {
    Q_OBJECT

    // Starts the server in HTTP mode; returns its URL (the first line it prints).
    QUrl startHttp(QProcess &process, const QStringList &args) {
        process.start(QStringLiteral(TEST_MCP_SERVER_PATH), QStringList{u"--http"_s} + args);
        if (!process.waitForStarted(10000))
            return {};
        (void)QTest::qWaitFor([&] { return process.canReadLine(); }, 10000);
        return QUrl(QString::fromUtf8(process.readLine()).trimmed());
    }

    McpServerConfig httpServer(const QUrl &url) {
        McpServerConfig c;
        c.name = u"remote"_s;
        c.transport = McpServerConfig::Transport::Http;
        c.url = url;
        c.headers.insert(u"X-Team"_s, u"blue"_s);
        return c;
    }

private slots:
    void initTestCase() { qRegisterMetaType<orc::McpError>(); }

    void handshakeListAndCall() {
        McpClient client(stdioServer());
        const Outcome c = connectTo(client);
        QVERIFY2(c.done && !c.error, qPrintable(c.error.message));
        QVERIFY(client.isReady());
        QCOMPARE(client.protocolVersion(), orc::Mcp::latestVersion());
        QCOMPARE(client.serverInfo().value(u"name"_s).toString(), u"test-mcp-server"_s);
        QVERIFY(client.serverCapabilities().contains(u"tools"_s));

        const Outcome list = listTools(client);
        QVERIFY(!list.error);
        QVERIFY(names(list.tools).contains(u"echo"_s));
        QVERIFY(names(list.tools).contains(u"slow"_s));
        const McpTool echo = list.tools.at(names(list.tools).indexOf(u"echo"_s));
        QCOMPARE(echo.inputSchema.value(u"required"_s).toArray().first().toString(), u"text"_s);

        Outcome r = call(client, u"echo"_s, {{u"text"_s, u"héllo"_s}});
        QVERIFY(!r.error);
        QCOMPARE(r.result.plainText(), u"héllo"_s);
        QVERIFY(!r.result.isError);

        r = call(client, u"add"_s, {{u"a"_s, 2}, {u"b"_s, 40.5}});
        QCOMPARE(r.result.plainText(), u"42.5"_s);
        QCOMPARE(r.result.structuredContent.toObject().value(u"sum"_s).toDouble(), 42.5);

        r = call(client, u"image"_s);
        QCOMPARE(r.result.content.size(), 2);
        QCOMPARE(r.result.content.at(1).type, orc::McpContent::Type::Image);
        QCOMPARE(r.result.content.at(1).mimeType, u"image/png"_s);
        QVERIFY(QByteArray::fromBase64(r.result.content.at(1).data).startsWith("\x89PNG"));

        r = call(client, u"fail"_s);
        QVERIFY(!r.error);
        QVERIFY(r.result.isError);
        QCOMPARE(r.result.plainText(), u"the disk is full"_s);

        // An unknown tool is a JSON-RPC error: typed, and the session lives on.
        r = call(client, u"nope"_s);
        QCOMPARE(r.error.kind, McpError::Kind::Remote);
        QCOMPARE(r.error.code, int(orc::Mcp::InvalidParams));
        QVERIFY(r.error.message.contains(u"nope"_s));
        QVERIFY(client.isReady());

        bool pinged = false;
        client.ping([&](const McpError &e) { pinged = !e; });
        QTRY_VERIFY(pinged);
    }

    void negotiatesDownToAnOlderKnownRevision() {
        McpClient client(stdioServer({u"--version"_s, u"2024-11-05"_s}));
        const Outcome c = connectTo(client);
        QVERIFY2(!c.error, qPrintable(c.error.message));
        QCOMPARE(client.protocolVersion(), u"2024-11-05"_s);
        QCOMPARE(call(client, u"echo"_s, {{u"text"_s, u"x"_s}}).result.plainText(), u"x"_s);

        // A client asking for an older revision gets it from a server that knows it.
        McpClient older(stdioServer());
        older.setRequestedVersion(u"2025-03-26"_s);
        QVERIFY(!connectTo(older).error);
        QCOMPARE(older.protocolVersion(), u"2025-03-26"_s);
    }

    void refusesAnUnknownRevision() {
        McpClient client(stdioServer({u"--version"_s, u"1999-01-01"_s}));
        QSignalSpy closed(&client, &McpClient::closed);
        const Outcome c = connectTo(client);
        QCOMPARE(c.error.kind, McpError::Kind::Version);
        QVERIFY(c.error.message.contains(u"1999-01-01"_s));
        QVERIFY(c.error.message.contains(u"2025-06-18"_s));
        QCOMPARE(client.state(), McpClient::State::Closed);
        QCOMPARE(closed.size(), 1);
        QCOMPARE(listTools(client).error.kind, McpError::Kind::Closed);
    }

    void listsEveryPage() {
        McpClient client(stdioServer({u"--page-size"_s, u"3"_s, u"--extra-tools"_s, u"10"_s}));
        QVERIFY(!connectTo(client).error);
        const Outcome list = listTools(client);
        QVERIFY(!list.error);
        QCOMPARE(list.tools.size(), 11 + 10);
        QCOMPARE(names(list.tools).last(), u"extra_10"_s);
        QCOMPARE(names(list.tools).removeDuplicates(), 0);
    }

    void hangingToolTimesOutAndIsCancelled() {
        McpClient client(stdioServer());
        client.setToolTimeoutMs(300);
        QVERIFY(!connectTo(client).error);
        QElapsedTimer clock;
        clock.start();
        const Outcome r = call(client, u"slow"_s);
        QCOMPARE(r.error.kind, McpError::Kind::Timeout);
        QVERIFY(r.error.message.contains(u"tools/call"_s));
        QVERIFY(clock.elapsed() < 5000);
        // The session survives a slow tool, and the server was told to stop it.
        QCOMPARE(call(client, u"echo"_s, {{u"text"_s, u"still here"_s}}).result.plainText(),
                 u"still here"_s);
        QTRY_VERIFY(client.diagnostics().contains(u"slow cancelled"_s));
    }

    void crashIsAnExitedError() {
        McpClient client(stdioServer());
        QVERIFY(!connectTo(client).error);
        QSignalSpy closed(&client, &McpClient::closed);
        const Outcome r = call(client, u"crash"_s);
        QCOMPARE(r.error.kind, McpError::Kind::Exited);
        QCOMPARE(r.error.code, 42);
        QVERIFY2(r.error.message.contains(u"boom"_s), qPrintable(r.error.message));
        QCOMPARE(closed.size(), 1);
        QCOMPARE(call(client, u"echo"_s).error.kind, McpError::Kind::Closed);
    }

    void garbageIsAProtocolError() {
        McpClient client(stdioServer());
        QVERIFY(!connectTo(client).error);
        const Outcome r = call(client, u"garbage"_s);
        QCOMPARE(r.error.kind, McpError::Kind::Protocol);
        QVERIFY2(r.error.message.contains(u"Traceback"_s), qPrintable(r.error.message));
        QCOMPARE(client.state(), McpClient::State::Closed);
    }

    void answerToAnotherIdIsAProtocolError() {
        McpClient client(stdioServer());
        QVERIFY(!connectTo(client).error);
        const Outcome r = call(client, u"wrongid"_s);
        QCOMPARE(r.error.kind, McpError::Kind::Protocol);
        QVERIFY2(r.error.message.contains(u"987654"_s), qPrintable(r.error.message));
    }

    void oversizedLineIsAProtocolError() {
        McpClient client(stdioServer());
        client.setMaxMessageBytes(100000);
        QVERIFY(!connectTo(client).error);
        const Outcome r = call(client, u"huge"_s, {{u"bytes"_s, 3000000}});
        QCOMPARE(r.error.kind, McpError::Kind::Protocol);
        QVERIFY(r.error.message.contains(u"100000"_s));
    }

    void serversThatDoNotStart() {
        McpServerConfig config = stdioServer();
        config.command = u"/nonexistent/mcp-server"_s;
        McpClient absent(config);
        Outcome c = connectTo(absent);
        QCOMPARE(c.error.kind, McpError::Kind::Start);
        QVERIFY(c.error.message.contains(u"/nonexistent/mcp-server"_s));

        McpClient dies(stdioServer({u"--exit-at-start"_s}));
        c = connectTo(dies);
        QCOMPARE(c.error.kind, McpError::Kind::Exited);
        QCOMPARE(c.error.code, 3);
        QVERIFY2(c.error.message.contains(u"cannot open the database"_s),
                 qPrintable(c.error.message));

        config.command.clear();
        McpClient unconfigured(config);
        QCOMPARE(connectTo(unconfigured).error.kind, McpError::Kind::Config);

        // A program that is not an MCP server and never answers: the handshake times out.
        McpServerConfig cat = stdioServer();
        cat.command = u"sleep"_s;
        cat.args = {u"30"_s};
        McpClient silent(cat);
        silent.setRequestTimeoutMs(300);
        c = connectTo(silent);
        QCOMPARE(c.error.kind, McpError::Kind::Timeout);
        QVERIFY(c.error.message.contains(u"initialize"_s));
    }

    void listChangedNotification() {
        McpClient client(stdioServer());
        QVERIFY(!connectTo(client).error);
        QSignalSpy changed(&client, &McpClient::toolsChanged);
        QCOMPARE(call(client, u"notify"_s).result.plainText(), u"notified"_s);
        QCOMPARE(changed.size(), 1);
    }

    void closeEndsTheProcessAndPendingCalls() {
        McpClient client(stdioServer());
        QVERIFY(!connectTo(client).error);
        Outcome pending;
        client.callTool(u"slow"_s, {}, [&](const McpToolResult &, const McpError &e) {
            pending.error = e;
            pending.done = true;
        });
        client.close();
        QVERIFY(pending.done);
        QCOMPARE(pending.error.kind, McpError::Kind::Closed);
        QVERIFY(!client.isReady());
    }

    void streamableHttp_data() {
        QTest::addColumn<bool>("sse");
        QTest::newRow("json") << false;
        QTest::newRow("sse") << true;
    }
    void streamableHttp() {
        QFETCH(bool, sse);
        QProcess server;
        QStringList args{u"--token"_s, u"s3cret"_s, u"--page-size"_s, u"4"_s};
        if (sse)
            args << u"--sse"_s;
        const QUrl url = startHttp(server, args);
        QVERIFY(url.isValid());

        McpClient client(httpServer(url));
        client.setBearerToken(u"s3cret"_s);
        client.setToolTimeoutMs(400);
        const Outcome connected = connectTo(client);
        QVERIFY2(!connected.error, qPrintable(connected.error.message));
        QCOMPARE(client.protocolVersion(), orc::Mcp::latestVersion());
        QCOMPARE(listTools(client).tools.size(), 11);
        QCOMPARE(call(client, u"echo"_s, {{u"text"_s, u"over http"_s}}).result.plainText(),
                 u"over http"_s);

        const QJsonObject headers =
            QJsonDocument::fromJson(call(client, u"headers"_s).result.plainText().toUtf8())
                .object();
        QCOMPARE(headers.value(u"mcp-protocol-version"_s).toString(), orc::Mcp::latestVersion());
        QCOMPARE(headers.value(u"mcp-session-id"_s).toString(), u"session-1"_s);
        QCOMPARE(headers.value(u"authorization"_s).toString(), u"Bearer s3cret"_s);
        QCOMPARE(headers.value(u"x-team"_s).toString(), u"blue"_s);

        QCOMPARE(call(client, u"slow"_s).error.kind, McpError::Kind::Timeout);
        Outcome r = call(client, u"garbage"_s);
        QCOMPARE(r.error.kind, McpError::Kind::Protocol);
        QVERIFY(r.error.message.contains(u"Traceback"_s));
        // Over HTTP one bad answer spoils one request, not the session.
        QCOMPARE(call(client, u"echo"_s, {{u"text"_s, u"ok"_s}}).result.plainText(), u"ok"_s);
        r = call(client, u"crash"_s);
        QCOMPARE(r.error.kind, McpError::Kind::Network);
        QTRY_COMPARE_WITH_TIMEOUT(server.state(), QProcess::NotRunning, 5000);
    }

    // A request the client gave up on does not keep its HTTP response stream open.
    void abandonedHttpRequestIsDropped() {
        QProcess server;
        const QUrl url = startHttp(server, {u"--sse"_s});
        QVERIFY(url.isValid());
        orc::McpHttpTransport transport(httpServer(url), {}, nullptr);
        QList<QJsonObject> received;
        connect(&transport, &orc::McpTransport::messageReceived, this,
                [&](const QJsonObject &m) { received << m; });
        transport.open();
        transport.send(orc::Mcp::request(1, u"initialize"_s,
                                         {{u"protocolVersion"_s, orc::Mcp::latestVersion()}}));
        QTRY_COMPARE(received.size(), 1);
        QVERIFY(!transport.sessionId().isEmpty());
        transport.send(orc::Mcp::request(2, u"tools/call"_s, {{u"name"_s, u"slow"_s}}));
        QTRY_COMPARE(transport.pendingRequests(), 1);
        transport.abandon(QJsonValue(2.0));
        QCOMPARE(transport.pendingRequests(), 0);
        transport.send(orc::Mcp::request(
            3, u"tools/call"_s,
            {{u"name"_s, u"echo"_s}, {u"arguments"_s, QJsonObject{{u"text"_s, u"x"_s}}}}));
        QTRY_COMPARE(received.size(), 2);
        QCOMPARE(received.last().value(u"id"_s).toInt(), 3);
    }

    void streamableHttpErrors() {
        QProcess server;
        const QUrl url = startHttp(server, {u"--token"_s, u"s3cret"_s});
        QVERIFY(url.isValid());
        McpClient wrongToken(httpServer(url));
        wrongToken.setBearerToken(u"wrong"_s);
        Outcome c = connectTo(wrongToken);
        QCOMPARE(c.error.kind, McpError::Kind::Http);
        QCOMPARE(c.error.code, 401);
        QVERIFY(c.error.message.contains(u"token"_s));

        server.kill();
        server.waitForFinished();
        McpClient gone(httpServer(url));
        gone.setBearerToken(u"s3cret"_s);
        c = connectTo(gone);
        QCOMPARE(c.error.kind, McpError::Kind::Network);

        McpServerConfig bad = httpServer(QUrl(u"ftp://example.com/x"_s));
        McpClient badUrl(bad);
        QCOMPARE(connectTo(badUrl).error.kind, McpError::Kind::Config);
    }
};

QTEST_GUILESS_MAIN(TestMcpClient)
#include "tst_mcpclient.moc"
