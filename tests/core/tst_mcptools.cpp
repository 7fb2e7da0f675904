// The MCP pieces that need no server process: configuration (the mcpServers JSON of Claude
// Desktop, Cursor and VS Code, round trip, the store file), the toolbox that turns MCP tools
// into function tools and results into tool messages, and the server side (McpServer).
#include "tools/McpServer.h"
#include "tools/McpServerConfig.h"
#include "tools/McpToolbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace orc;

namespace {

McpTool tool(const QString &name, const QString &description = {}) {
    McpTool t;
    t.name = name;
    t.description = description;
    t.inputSchema = {
        {u"type"_s, u"object"_s},
        {u"properties"_s, QJsonObject{{u"q"_s, QJsonObject{{u"type"_s, u"string"_s}}}}}};
    return t;
}

ToolCall toolCall(const QString &id, const QString &name) {
    ToolCall c;
    c.id = id;
    c.name = name;
    return c;
}

} // namespace

class TestMcpTools : public QObject {
    Q_OBJECT

private slots:
    void importsClaudeDesktopAndCursorJson() {
        const QByteArray json = R"({
          "mcpServers": {
            "filesystem": {"command": "npx",
                           "args": ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"],
                           "env": {"DEBUG": "1", "LEVEL": 3}},
            "remote": {"url": "https://mcp.example.com/mcp", "headers": {"X-Key": "abc"}},
            "vscode": {"type": "http", "url": "http://127.0.0.1:8000/mcp", "disabled": true},
            "legacy": {"type": "sse", "url": "https://old.example.com/sse"},
            "broken": {"args": ["x"]},
            "notobject": 5
          }})";
        QString error;
        const McpServerList list = McpServerList::parse(json, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(list.servers.size(), 3);
        QCOMPARE(list.problems.size(), 3);
        QVERIFY(list.problems.join(u' ').contains(u"legacy"_s));
        QVERIFY(list.problems.join(u' ').contains(u"\"broken\" has neither"_s));

        const McpServerConfig *fs = McpServerStore::find(list.servers, u"filesystem"_s);
        QVERIFY(fs);
        QCOMPARE(fs->transport, McpServerConfig::Transport::Stdio);
        QCOMPARE(fs->command, u"npx"_s);
        QCOMPARE(fs->args.size(), 3);
        QCOMPARE(fs->env.value(u"LEVEL"_s), u"3"_s);
        QVERIFY(fs->enabled);
        QCOMPARE(fs->target(), u"npx -y @modelcontextprotocol/server-filesystem /tmp"_s);

        const McpServerConfig *remote = McpServerStore::find(list.servers, u"remote"_s);
        QCOMPARE(remote->transport, McpServerConfig::Transport::Http);
        QCOMPARE(remote->url, QUrl(u"https://mcp.example.com/mcp"_s));
        QCOMPARE(remote->headers.value(u"X-Key"_s), u"abc"_s);
        QVERIFY(!McpServerStore::find(list.servers, u"vscode"_s)->enabled);

        // VS Code's "servers" map and a bare map are read too.
        QCOMPARE(
            McpServerList::parse(R"({"servers":{"a":{"command":"x"}}})", &error).servers.size(), 1);
        QCOMPARE(McpServerList::parse(R"({"a":{"command":"x"}})", &error).servers.size(), 1);
    }

    void badDocuments() {
        QString error;
        QVERIFY(McpServerList::parse("{not json", &error).servers.isEmpty());
        QVERIFY(error.contains(u"Not valid JSON"_s));
        error.clear();
        QVERIFY(McpServerList::parse("[1,2]", &error).servers.isEmpty());
        QVERIFY(!error.isEmpty());
        const McpServerList bad =
            McpServerList::parse(R"({"mcpServers":{"x":{"command":"a","args":"b c"},
                                     "y":{"url":"file:///etc/passwd"}}})",
                                 &error);
        QVERIFY(bad.servers.isEmpty());
        QCOMPARE(bad.problems.size(), 2);
        QVERIFY(bad.problems.join(u' ').contains(u"args"_s));
        QVERIFY(bad.problems.join(u' ').contains(u"http://"_s));
    }

    void roundTripAndStore() {
        McpServerConfig a;
        a.name = u"local tools"_s;
        a.command = u"/usr/bin/python3"_s;
        a.args = {u"-m"_s, u"server"_s, u"with space"_s};
        a.env = {{u"A"_s, u"1"_s}};
        a.workingDirectory = u"/srv"_s;
        McpServerConfig b;
        b.name = u"web"_s;
        b.transport = McpServerConfig::Transport::Http;
        b.url = QUrl(u"http://127.0.0.1:9/mcp"_s);
        b.headers = {{u"X"_s, u"y"_s}};
        b.enabled = false;
        b.tokenInKeychain = true;
        QString error;
        const McpServerList back = McpServerList::parse(McpServerList::serialize({a, b}), &error);
        QCOMPARE(back.servers.size(), 2);
        QCOMPARE(*McpServerStore::find(back.servers, a.name), a);
        QCOMPARE(*McpServerStore::find(back.servers, b.name), b);

        QTemporaryDir dir;
        const McpServerStore store(dir.filePath(u"sub/mcp-servers.json"_s));
        QVERIFY(store.load(&error).isEmpty()); // missing file: empty, no error
        QVERIFY(error.isEmpty());
        QList<McpServerConfig> servers{a};
        McpServerStore::upsert(servers, b);
        b.enabled = true;
        McpServerStore::upsert(servers, b); // replaces
        QCOMPARE(servers.size(), 2);
        QVERIFY(store.save(servers, &error));
        QCOMPARE(store.load(&error), servers);
        QVERIFY(error.isEmpty());

        QFile f(store.path());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{broken");
        f.close();
        QVERIFY(store.load(&error).isEmpty());
        QVERIFY2(error.contains(store.path()), qPrintable(error));
        QVERIFY(McpServerStore(dir.filePath(u"x/y"_s)).load().isEmpty());
        QVERIFY(McpServerStore::defaultPath().endsWith(u"/orstudio/mcp-servers.json"_s));
    }

    void toolboxNamesAreUniqueAndValid() {
        McpToolbox box;
        box.addServer(u"files"_s, {tool(u"read"_s, u"Read a file"_s), tool(u"search"_s)});
        box.addServer(u"web search"_s, {tool(u"search"_s), tool(u"fetch.url"_s)});
        box.addServer(u"web search"_s, {tool(u"search"_s)});
        box.addServer(QString(80, u'x'), {tool(QString(80, u'y')), tool(QString(80, u'y'))});
        QStringList names;
        for (const McpToolbox::Entry &e : box.entries())
            names << e.functionName;
        QCOMPARE(names.at(0), u"read"_s);
        QCOMPARE(names.at(1), u"search"_s);
        QCOMPARE(names.at(2), u"web_search__search"_s);
        QCOMPARE(names.at(3), u"web_search__fetch_url"_s);
        QCOMPARE(names.at(4), u"web_search__search_2"_s);
        QCOMPARE(names.removeDuplicates(), 0);
        const QRegularExpression valid(u"^[a-zA-Z0-9_-]{1,64}$"_s);
        for (const QString &n : names)
            QVERIFY2(valid.match(n).hasMatch(), qPrintable(n));

        const McpToolbox::Entry *e = box.find(u"web_search__fetch_url"_s);
        QVERIFY(e);
        QCOMPARE(e->server, u"web search"_s);
        QCOMPARE(e->tool.name, u"fetch.url"_s);
        QVERIFY(!box.find(u"fetch.url"_s));

        const QJsonArray tools = box.functionTools();
        QCOMPARE(tools.size(), box.entries().size());
        const QJsonObject first = tools.at(0).toObject();
        QCOMPARE(first.value(u"type"_s).toString(), u"function"_s);
        const QJsonObject fn = first.value(u"function"_s).toObject();
        QCOMPARE(fn.value(u"name"_s).toString(), u"read"_s);
        QCOMPARE(fn.value(u"description"_s).toString(), u"Read a file"_s);
        QCOMPARE(fn.value(u"parameters"_s).toObject().value(u"type"_s).toString(), u"object"_s);
        // A tool without description or schema still gives a valid function.
        McpToolbox bare;
        McpTool t;
        t.name = u"now"_s;
        bare.addServer(u"s"_s, {t});
        const QJsonObject p = bare.functionTools().at(0).toObject().value(u"function"_s).toObject();
        QCOMPARE(p.value(u"description"_s).toString(), u"now"_s);
        QVERIFY(p.value(u"parameters"_s).toObject().contains(u"properties"_s));
    }

    void resultsBecomeToolMessages() {
        McpToolResult r = McpToolResult::text(u"line one"_s);
        r.content.append(McpContent::makeImage("PNGDATA", u"image/png"_s));
        const ChatMessage m = McpToolbox::resultMessage(toolCall(u"call_1"_s, u"x"_s), r);
        QCOMPARE(m.role, u"tool"_s);
        QCOMPARE(m.toolCallId, u"call_1"_s);
        QCOMPARE(m.text(), u"line one\n\n[image image/png, 7 bytes]"_s);

        const ChatMessage failed = McpToolbox::resultMessage(
            toolCall(u"c2"_s, u"x"_s), McpToolResult::text(u"no such file"_s, true));
        QVERIFY(failed.text().contains(u"error"_s));
        QVERIFY(failed.text().contains(u"no such file"_s));

        const ChatMessage down = McpToolbox::errorMessage(
            toolCall(u"c3"_s, u"x"_s),
            McpError::make(McpError::Kind::Exited, u"MCP server \"s\" exited with code 1."_s, 1));
        QCOMPARE(down.toolCallId, u"c3"_s);
        QVERIFY(down.text().contains(u"exited with code 1"_s));

        QVERIFY(Mcp::sameId(QJsonValue(3), QJsonValue(3.0)));
        QVERIFY(!Mcp::sameId(QJsonValue(3), QJsonValue(u"3"_s)));
        QString error;
        QCOMPARE(McpToolbox::parseArguments(u""_s, &error), QJsonObject{});
        QCOMPARE(McpToolbox::parseArguments(u"{\"a\":1}"_s, &error)->value(u"a"_s).toInt(), 1);
        QVERIFY(!McpToolbox::parseArguments(u"{\"a\":"_s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!McpToolbox::parseArguments(u"[1]"_s, &error));

        // Structured content alone is shown as JSON; resources by their text or URI.
        McpToolResult structured;
        structured.structuredContent = QJsonObject{{u"temp"_s, 21}};
        QCOMPARE(structured.plainText(), u"{\"temp\":21}"_s);
        const McpToolResult res = McpToolResult::fromJson(QJsonDocument::fromJson(R"({"content":[
                {"type":"resource","resource":{"uri":"file:///a.txt","text":"hello"}},
                {"type":"resource_link","uri":"file:///b","name":"b"}]})")
                                                              .object());
        QCOMPARE(res.plainText(), u"hello\n\n[resource b file:///b]"_s);
    }

    void serverSide() {
        McpServer server(u"srv"_s, u"2.0"_s);
        server.setPageSize(2);
        QList<McpServer::Reply> held;
        bool cancelled = false;
        for (const QString &name : {u"a"_s, u"b"_s, u"c"_s})
            server.addTool(tool(name), [&](const QJsonObject &args, McpServer::Reply reply) {
                if (args.value(u"hold"_s).toBool()) {
                    held << reply;
                    return std::function<void()>([&] { cancelled = true; });
                }
                reply(McpToolResult::text(args.value(u"q"_s).toString()));
                return std::function<void()>();
            });
        QList<QJsonObject> out;
        connect(&server, &McpServer::outgoing, this, [&](const QJsonObject &m) { out << m; });
        const auto send = [&](const QByteArray &line) {
            out.clear();
            server.handleLine(line);
            return out.isEmpty() ? QJsonObject() : out.last();
        };

        QJsonObject r = send(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":
            {"protocolVersion":"2025-03-26","capabilities":{},"clientInfo":{"name":"t"}}})");
        QCOMPARE(r.value(u"result"_s)[u"protocolVersion"_s].toString(), u"2025-03-26"_s);
        QCOMPARE(r.value(u"result"_s)[u"serverInfo"_s][u"name"_s].toString(), u"srv"_s);
        r = send(R"({"jsonrpc":"2.0","id":2,"method":"initialize","params":
            {"protocolVersion":"2031-01-01"}})");
        QCOMPARE(r.value(u"result"_s)[u"protocolVersion"_s].toString(), Mcp::latestVersion());
        QVERIFY(send(R"({"jsonrpc":"2.0","method":"notifications/initialized"})").isEmpty());

        r = send(R"({"jsonrpc":"2.0","id":3,"method":"tools/list"})");
        QCOMPARE(r.value(u"result"_s)[u"tools"_s].toArray().size(), 2);
        const QString cursor = r.value(u"result"_s)[u"nextCursor"_s].toString();
        QVERIFY(!cursor.isEmpty());
        r = send(R"({"jsonrpc":"2.0","id":4,"method":"tools/list","params":{"cursor":")" +
                 cursor.toUtf8() + R"("}})");
        QCOMPARE(r.value(u"result"_s)[u"tools"_s].toArray().size(), 1);
        QVERIFY(!r.value(u"result"_s).toObject().contains(u"nextCursor"_s));

        r = send(R"({"jsonrpc":"2.0","id":"s5","method":"tools/call","params":
            {"name":"b","arguments":{"q":"hi"}}})");
        QCOMPARE(r.value(u"id"_s).toString(), u"s5"_s);
        QCOMPARE(r.value(u"result"_s)[u"content"_s][0][u"text"_s].toString(), u"hi"_s);
        r = send(R"({"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"zz"}})");
        QCOMPARE(r.value(u"error"_s)[u"code"_s].toInt(), int(Mcp::InvalidParams));
        r = send(R"({"jsonrpc":"2.0","id":7,"method":"resources/list"})");
        QCOMPARE(r.value(u"error"_s)[u"code"_s].toInt(), int(Mcp::MethodNotFound));
        r = send("not json");
        QCOMPARE(r.value(u"error"_s)[u"code"_s].toInt(), int(Mcp::ParseError));
        r = send(R"({"jsonrpc":"2.0","id":8,"method":"ping"})");
        QVERIFY(r.value(u"result"_s).isObject());

        // A held call answers later; a cancelled one never does.
        QVERIFY(send(R"({"jsonrpc":"2.0","id":9,"method":"tools/call","params":
            {"name":"a","arguments":{"hold":true}}})")
                    .isEmpty());
        QVERIFY(send(R"({"jsonrpc":"2.0","id":10,"method":"tools/call","params":
            {"name":"a","arguments":{"hold":true}}})")
                    .isEmpty());
        QVERIFY(send(R"({"jsonrpc":"2.0","method":"notifications/cancelled","params":
            {"requestId":10}})")
                    .isEmpty());
        QVERIFY(cancelled);
        out.clear();
        held.at(0)(McpToolResult::text(u"late"_s));
        held.at(1)(McpToolResult::text(u"never"_s));
        held.at(0)(McpToolResult::text(u"twice"_s));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.at(0).value(u"id"_s).toInt(), 9);
    }
};

QTEST_GUILESS_MAIN(TestMcpTools)
#include "tst_mcptools.moc"
