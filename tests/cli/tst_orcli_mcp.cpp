// orcli mcp as a process: the shared server list (add, import, list, enable/disable, remove),
// `orcli mcp tools` against our own MCP server (tests/mcpserver), and `orcli mcp serve` driven
// over its stdin/stdout by this test speaking MCP, with the fake OpenRouter behind it.
#include "OrcliHarness.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using orc::test::OrcliHarness;
using orc::test::OrcliRun;

namespace {

const QString kServer = QStringLiteral(TEST_MCP_SERVER_PATH);

// One MCP session with `orcli mcp serve`.
class ServeSession {
public:
    explicit ServeSession(QProcess *process)
        : m_process(process) {}
    ~ServeSession() {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        delete m_process;
    }

    void send(const QJsonObject &message) {
        m_process->write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    }
    // The next line on stdout as JSON (empty object after the timeout).
    QJsonObject next(int timeoutMs = 20000) {
        (void)QTest::qWaitFor([&] { return m_process->canReadLine(); }, timeoutMs);
        if (!m_process->canReadLine())
            return {};
        const QByteArray line = m_process->readLine();
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject())
            qWarning("not a JSON-RPC line: %s", line.constData());
        return doc.object();
    }
    QJsonObject request(int id, const QString &method, const QJsonObject &params = {}) {
        QJsonObject m{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, method}};
        if (!params.isEmpty())
            m.insert(u"params"_s, params);
        send(m);
        return next();
    }
    QJsonObject call(int id, const QString &tool, const QJsonObject &arguments) {
        return request(id, u"tools/call"_s, {{u"name"_s, tool}, {u"arguments"_s, arguments}})
            .value(u"result"_s)
            .toObject();
    }
    QProcess *process() { return m_process; }

private:
    QProcess *m_process;
};

QString text(const QJsonObject &result) {
    return result.value(u"content"_s).toArray().at(0).toObject().value(u"text"_s).toString();
}

} // namespace

class TestOrcliMcp : public QObject {
    Q_OBJECT

private:
    OrcliHarness m_h;

    OrcliRun mcp(const QStringList &args, const QByteArray &in = {}) {
        return m_h.run(QStringList{u"mcp"_s} + args, in);
    }

    ServeSession *serve() {
        QProcess *p = m_h.start({u"mcp"_s, u"serve"_s});
        return new ServeSession(p);
    }

    void initialize(ServeSession &s) {
        const QJsonObject r = s.request(
            1, u"initialize"_s,
            {{u"protocolVersion"_s, u"2025-06-18"_s},
             {u"capabilities"_s, QJsonObject{}},
             {u"clientInfo"_s, QJsonObject{{u"name"_s, u"test"_s}, {u"version"_s, u"1"_s}}}});
        QCOMPARE(r.value(u"result"_s)[u"protocolVersion"_s].toString(), u"2025-06-18"_s);
        QCOMPARE(r.value(u"result"_s)[u"serverInfo"_s][u"name"_s].toString(), u"orcli"_s);
        s.send({{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"notifications/initialized"_s}});
    }

private slots:
    void initTestCase() { QVERIFY(m_h.isReady()); }
    void init() { QFile::remove(m_h.path(u"home/.config/orstudio/mcp-servers.json"_s)); }

    void manageTheServerList() {
        OrcliRun r = mcp({u"list"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.errText().contains(u"No MCP servers"_s));

        r = mcp({u"add"_s, u"local"_s, u"--env"_s, u"SECRET=hunter2"_s, u"--"_s, kServer,
                 u"--page-size"_s, u"2"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.errText().contains(u"Added MCP server \"local\""_s));
        r = mcp({u"list"_s});
        QCOMPARE(r.outText(), u"local  stdio  enabled   "_s + kServer + u" --page-size 2\n"_s);

        // (Built as objects: moc misreads "//" inside raw string literals.)
        const QJsonObject remote{
            {u"url"_s, u"http://127.0.0.1:9/mcp"_s},
            {u"headers"_s, QJsonObject{{u"Authorization"_s, u"Bearer tok"_s}}}};
        const QJsonObject legacy{{u"type"_s, u"sse"_s}, {u"url"_s, u"http://127.0.0.1:9/sse"_s}};
        const QString file = m_h.writeFile(
            u"claude.json"_s,
            QJsonDocument(QJsonObject{{u"mcpServers"_s,
                                       QJsonObject{{u"remote"_s, remote}, {u"legacy"_s, legacy}}}})
                .toJson());
        r = mcp({u"import"_s, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.errText().contains(u"Imported 1 MCP server(s): remote."_s));
        QVERIFY(r.errText().contains(u"legacy"_s)); // the skipped entry is named

        r = mcp({u"--format"_s, u"json"_s, u"list"_s});
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0)[u"env"_s].toArray(), QJsonArray{u"SECRET"_s});
        QCOMPARE(all.at(1)[u"transport"_s].toString(), u"http"_s);
        QVERIFY(!r.outText().contains(u"hunter2"_s)); // values may be secrets
        QVERIFY(!r.outText().contains(u"Bearer tok"_s));
        // The file itself is the mcpServers format others read.
        QFile stored(m_h.path(u"home/.config/orstudio/mcp-servers.json"_s));
        QVERIFY2(stored.open(QIODevice::ReadOnly), qPrintable(stored.fileName()));
        const QJsonObject servers =
            QJsonDocument::fromJson(stored.readAll()).object().value(u"mcpServers"_s).toObject();
        QCOMPARE(servers.value(u"local"_s)[u"command"_s].toString(), kServer);

        QCOMPARE(mcp({u"disable"_s, u"remote"_s}).exitCode, 0);
        QVERIFY(mcp({u"list"_s}).outText().contains(u"remote  http   disabled"_s));
        QCOMPARE(mcp({u"remove"_s, u"remote"_s}).exitCode, 0);
        r = mcp({u"remove"_s, u"remote"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(u"configured: local"_s));
        QCOMPARE(mcp({u"list"_s}).outText().count(u'\n'), 1);
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{} << u"Missing ACTION"_s;
        QTest::newRow("unknown") << QStringList{u"frob"_s} << u"Unknown action"_s;
        QTest::newRow("add no command") << QStringList{u"add"_s, u"x"_s} << u"command"_s;
        QTest::newRow("bad url") << QStringList{u"add"_s, u"x"_s, u"--url"_s, u"ftp://h/x"_s}
                                 << u"http://"_s;
        QTest::newRow("bad header")
            << QStringList{u"add"_s, u"x"_s, u"--url"_s, u"http://h/x"_s, u"--header"_s, u"nope"_s}
            << u"Name: value"_s;
        QTest::newRow("url on list")
            << QStringList{u"list"_s, u"--url"_s, u"http://h"_s} << u"--url"_s;
        QTest::newRow("missing file")
            << QStringList{u"import"_s, u"/nonexistent.json"_s} << u"Cannot read"_s;
        QTest::newRow("unknown server") << QStringList{u"tools"_s, u"ghost"_s} << u"ghost"_s;
        QTest::newRow("token without url")
            << QStringList{u"add"_s, u"x"_s, u"--token-stdin"_s, u"--"_s, u"cmd"_s} << u"--url"_s;
        QTest::newRow("empty token")
            << QStringList{u"add"_s, u"x"_s, u"--url"_s, u"http://h/x"_s, u"--token-stdin"_s}
            << u"stdin is empty"_s;
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const OrcliRun r = mcp(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(message), qPrintable(r.errText()));
        QCOMPARE(m_h.server().requestCount(), 0);
    }

    void importRejectsBadJson() {
        const OrcliRun r = mcp({u"import"_s, m_h.writeFile(u"bad.json"_s, "{broken")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(u"Not valid JSON"_s));
    }

    void toolsOfAServer() {
        QCOMPARE(mcp({u"add"_s, u"local"_s, u"--"_s, kServer, u"--page-size"_s, u"4"_s}).exitCode,
                 0);
        OrcliRun r = mcp({u"tools"_s, u"local"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.outText().startsWith(u"echo     Returns its text\n"_s));
        QCOMPARE(r.outText().count(u'\n'), 11);
        QVERIFY(r.errText().contains(u"test-mcp-server 1.0 (MCP 2025-11-25): 11 tool(s)"_s));

        r = mcp({u"--format"_s, u"json"_s, u"tools"_s, u"local"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = r.outJson();
        QCOMPARE(o.value(u"protocol_version"_s).toString(), u"2025-11-25"_s);
        QCOMPARE(o.value(u"tools"_s).toArray().size(), 11);
        QCOMPARE(o.value(u"tools"_s)[0][u"inputSchema"_s][u"required"_s][0].toString(), u"text"_s);

        // An unsaved command line after "--".
        r = mcp({u"tools"_s, u"--"_s, kServer});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outText().count(u'\n'), 11);

        // Failures are typed: a server that dies at start (1), one that never answers (7).
        r = mcp({u"--format"_s, u"json"_s, u"tools"_s, u"--"_s, kServer, u"--exit-at-start"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errJson()[u"error"_s][u"kind"_s].toString(), u"mcp_exited"_s);
        QVERIFY(r.errText().contains(u"cannot open the database"_s));
        r = mcp({u"--timeout"_s, u"0.5"_s, u"tools"_s, u"--"_s, u"sleep"_s, u"30"_s});
        QCOMPARE(r.exitCode, 7);
        QVERIFY(r.errText().contains(u"did not answer initialize"_s));
    }

    void toolsOfAnHttpServer() {
        QProcess server;
        server.start(kServer, {u"--http"_s, u"--sse"_s});
        QVERIFY(server.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([&] { return server.canReadLine(); }, 10000));
        const QString url = QString::fromUtf8(server.readLine()).trimmed();
        QCOMPARE(mcp({u"add"_s, u"remote"_s, u"--url"_s, url, u"--header"_s, u"X-Team: blue"_s})
                     .exitCode,
                 0);
        const OrcliRun r = mcp({u"--format"_s, u"json"_s, u"tools"_s, u"remote"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outJson().value(u"tools"_s).toArray().size(), 11);
        QCOMPARE(r.outJson().value(u"server_info"_s)[u"name"_s].toString(), u"test-mcp-server"_s);
        server.kill();
        server.waitForFinished(5000);
        const OrcliRun gone = mcp({u"tools"_s, u"remote"_s});
        QCOMPARE(gone.exitCode, 7);
        QVERIFY(gone.errText().contains(u"Cannot reach MCP server \"remote\""_s));
    }

    void serveSpeaksMcp() {
        std::unique_ptr<ServeSession> s(serve());
        initialize(*s);

        const QJsonObject list = s->request(2, u"tools/list"_s).value(u"result"_s).toObject();
        QStringList names;
        for (const QJsonValue &t : list.value(u"tools"_s).toArray())
            names << t[u"name"_s].toString();
        QCOMPARE(names, (QStringList{u"chat"_s, u"image"_s, u"models"_s}));
        QCOMPARE(list.value(u"tools"_s)[0][u"inputSchema"_s][u"required"_s].toArray().size(), 2);

        QJsonObject r = s->call(3, u"chat"_s,
                                {{u"model"_s, u"fake/echo"_s},
                                 {u"prompt"_s, u"hi there"_s},
                                 {u"system"_s, u"Be brief"_s},
                                 {u"max_tokens"_s, 50},
                                 {u"reasoning"_s, u"low"_s}});
        QCOMPARE(text(r), u"Echo: hi there"_s);
        QVERIFY(!r.value(u"isError"_s).toBool());
        QCOMPARE(r.value(u"structuredContent"_s)[u"model"_s].toString(), u"fake/echo"_s);
        const QJsonObject sent = m_h.server().lastRequest().json;
        QCOMPARE(sent.value(u"max_tokens"_s).toInt(), 50);
        QCOMPARE(sent.value(u"reasoning"_s)[u"effort"_s].toString(), u"low"_s);
        QCOMPARE(sent.value(u"messages"_s)[0][u"content"_s].toString(), u"Be brief"_s);

        // Bad arguments and API errors are tool errors the agent can read.
        r = s->call(4, u"chat"_s, {{u"model"_s, u"fake/echo"_s}});
        QVERIFY(r.value(u"isError"_s).toBool());
        QVERIFY(text(r).contains(u"\"prompt\""_s));
        r = s->call(5, u"chat"_s,
                    {{u"model"_s, u"fake/echo"_s}, {u"prompt"_s, u"x"_s}, {u"max_tokens"_s, -3}});
        QVERIFY(text(r).contains(u"max_tokens"_s));
        const int before = m_h.server().requestCount(u"/chat/completions"_s);
        r = s->call(
            60, u"chat"_s,
            {{u"model"_s, u"fake/echo"_s}, {u"prompt"_s, u"x"_s}, {u"reasoning"_s, u"extreme"_s}});
        QVERIFY(r.value(u"isError"_s).toBool());
        QVERIFY(text(r).contains(u"\"reasoning\""_s));
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), before); // nothing sent
        r = s->call(6, u"chat"_s, {{u"model"_s, u"no/such-model"_s}, {u"prompt"_s, u"x"_s}});
        QVERIFY(r.value(u"isError"_s).toBool());
        QVERIFY(!text(r).isEmpty());

        r = s->call(7, u"models"_s, {{u"search"_s, u"claude"_s}, {u"limit"_s, 5}});
        QVERIFY2(text(r).contains(u"anthropic/claude-sonnet-4.5"_s), qPrintable(text(r)));
        QVERIFY(r.value(u"structuredContent"_s)[u"models"_s].toArray().size() <= 5);
        r = s->call(8, u"models"_s, {{u"capabilities"_s, QJsonArray{u"image_gen"_s}}});
        for (const QJsonValue &m : r.value(u"structuredContent"_s)[u"models"_s].toArray())
            QVERIFY(m[u"capabilities"_s].toArray().contains(u"image_gen"_s));
        r = s->call(9, u"models"_s, {{u"capabilities"_s, QJsonArray{u"telepathy"_s}}});
        QVERIFY(r.value(u"isError"_s).toBool());

        const QString out = m_h.path(u"pictures"_s);
        QVERIFY(QDir().mkpath(out));
        r = s->call(10, u"image"_s,
                    {{u"model"_s, u"google/gemini-2.5-flash-image"_s},
                     {u"prompt"_s, u"a red fox"_s},
                     {u"output"_s, out}});
        QVERIFY2(!r.value(u"isError"_s).toBool(), qPrintable(text(r)));
        const QString path = r.value(u"structuredContent"_s)[u"paths"_s][0].toString();
        QCOMPARE(path, out + u"/a-red-fox.png"_s);
        QVERIFY(QFile::exists(path));
        const QJsonObject image = r.value(u"content"_s)[1].toObject();
        QCOMPARE(image.value(u"type"_s).toString(), u"image"_s);
        QCOMPARE(image.value(u"mimeType"_s).toString(), u"image/png"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QByteArray::fromBase64(image.value(u"data"_s).toString().toLatin1()), f.readAll());

        // Unknown tools and methods are JSON-RPC errors; ping answers.
        QCOMPARE(s->request(11, u"tools/call"_s, {{u"name"_s, u"nope"_s}})
                     .value(u"error"_s)[u"code"_s]
                     .toInt(),
                 -32602);
        QVERIFY(s->request(12, u"ping"_s).value(u"result"_s).isObject());

        // End of input ends the server cleanly, having written nothing but JSON-RPC.
        s->process()->closeWriteChannel();
        QTRY_COMPARE_WITH_TIMEOUT(s->process()->state(), QProcess::NotRunning, 10000);
        QCOMPARE(s->process()->exitCode(), 0);
        QVERIFY(s->process()->readAllStandardOutput().trimmed().isEmpty());
    }

    void serveWithoutAKey() {
        m_h.environment().remove(u"OPENROUTER_API_KEY"_s);
        std::unique_ptr<ServeSession> s(serve());
        m_h.resetEnvironment();
        initialize(*s);
        const QJsonObject r =
            s->call(2, u"chat"_s, {{u"model"_s, u"fake/echo"_s}, {u"prompt"_s, u"x"_s}});
        QVERIFY(r.value(u"isError"_s).toBool());
        QVERIFY(text(r).contains(u"OPENROUTER_API_KEY"_s));
    }
};

QTEST_GUILESS_MAIN(TestOrcliMcp)
#include "tst_orcli_mcp.moc"
