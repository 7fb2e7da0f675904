// test-mcp-server: a real MCP server process for tests, built on core's McpServer.
//
//   test-mcp-server [--http] [--sse] [--token T] [--version V] [--page-size N] [--extra-tools N]
//                   [--exit-at-start]
//
// stdio (default): newline-delimited JSON-RPC on stdin/stdout. --http: Streamable HTTP on a free
// loopback port whose URL is the first line on stdout; answers are JSON bodies, or SSE streams
// with --sse; a session id is handed out at initialize and required afterwards; --token makes
// every request need "Authorization: Bearer T". --version answers initialize with V whatever the
// client asked. Tools: echo, add, image, fail, notify, headers (what the last HTTP request
// carried), and the faults slow (never answers), crash (exits 42), garbage (non-JSON output),
// wrongid (answers another id), huge (one line of `bytes` bytes).
#include "HttpConnection.h"
#include "tools/McpServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using orc::McpContent;
using orc::McpServer;
using orc::McpTool;
using orc::McpToolResult;
using orc::fake::HttpConnection;
using orc::fake::HttpRequest;

namespace {

QJsonObject schema(const QJsonObject &properties, const QStringList &required = {}) {
    return {{u"type"_s, u"object"_s},
            {u"properties"_s, properties},
            {u"required"_s, QJsonArray::fromStringList(required)}};
}

QJsonObject prop(const QString &type) {
    return {{u"type"_s, type}};
}

McpTool tool(const QString &name, const QString &description, const QJsonObject &inputSchema) {
    McpTool t;
    t.name = name;
    t.description = description;
    t.inputSchema = inputSchema;
    return t;
}

void rawWrite(const QByteArray &bytes) {
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done, bytes.size() - done);
        if (n <= 0)
            return;
        done += n;
    }
}

QByteArray tinyPng() {
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8"
                                  "BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}

// Streamable HTTP in front of an McpServer.
class HttpFront : public QObject {
public:
    HttpFront(McpServer &server, bool sse, const QString &token)
        : m_server(server)
        , m_sse(sse)
        , m_token(token) {
        connect(&m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_tcp.nextPendingConnection()) {
                auto *c = new HttpConnection(s, {}, 0, this);
                connect(c, &HttpConnection::requestReady, this, &HttpFront::onRequest);
                connect(c, &HttpConnection::closed, c, &QObject::deleteLater);
                c->start();
            }
        });
        connect(&server, &McpServer::outgoing, this, &HttpFront::onOutgoing);
    }
    bool listen() { return m_tcp.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_tcp.serverPort(); }
    const QJsonObject &lastHeaders() const { return m_lastHeaders; }

    // Answers the request `id` waits for with raw body bytes (faults).
    void answerRaw(const QJsonValue &id, const QByteArray &body) {
        if (HttpConnection *c = m_waiting.take(key(id)))
            respond(c, 200, m_sse ? "text/event-stream" : "application/json",
                    m_sse ? "event: message\ndata: " + body + "\n\n" : body);
    }

private:
    static QString key(const QJsonValue &id) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact));
    }

    void respond(HttpConnection *c, int status, const QByteArray &type, const QByteArray &body,
                 const QByteArray &extra = {}) {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        if (!type.isEmpty())
            head += "Content-Type: " + type + "\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n";
        c->write(head + body);
        c->responseComplete(true);
    }

    void onRequest(HttpConnection *c, const HttpRequest &r) {
        m_lastHeaders = {};
        for (const auto &[name, value] : r.headers)
            m_lastHeaders.insert(QString::fromLatin1(name), QString::fromUtf8(value));
        if (!m_token.isEmpty() && r.header("authorization") != "Bearer " + m_token.toUtf8()) {
            respond(c, 401, "application/json", R"({"error":"unauthorized"})");
            return;
        }
        if (r.method == "DELETE") {
            m_session.clear();
            respond(c, 200, {}, {});
            return;
        }
        if (r.method != "POST") {
            respond(c, 405, {}, {});
            return;
        }
        if (!r.header("accept").contains("text/event-stream") ||
            !r.header("accept").contains("application/json")) {
            respond(c, 406, "application/json", R"({"error":"bad Accept"})");
            return;
        }
        const QJsonObject message = QJsonDocument::fromJson(r.body).object();
        const bool initialize = message.value(u"method"_s).toString() == "initialize"_L1;
        if (!initialize && (m_session.isEmpty() || r.header("mcp-session-id") != m_session)) {
            respond(c, m_session.isEmpty() ? 400 : 404, "application/json",
                    R"({"error":"unknown session"})");
            return;
        }
        if (!message.contains(u"id"_s) || !message.contains(u"method"_s)) {
            m_server.handle(message);
            respond(c, 202, {}, {});
            return;
        }
        if (initialize)
            m_session = "session-" + QByteArray::number(++m_sessions);
        m_waiting.insert(key(message.value(u"id"_s)), c);
        m_server.handle(message);
    }

    void onOutgoing(const QJsonObject &message) {
        HttpConnection *c = m_waiting.take(key(message.value(u"id"_s)));
        if (!c)
            return; // notifications: no GET stream is offered
        const QByteArray json = QJsonDocument(message).toJson(QJsonDocument::Compact);
        const QByteArray extra = "Mcp-Session-Id: " + m_session + "\r\n";
        if (m_sse)
            respond(c, 200, "text/event-stream", "event: message\ndata: " + json + "\n\n", extra);
        else
            respond(c, 200, "application/json", json, extra);
    }

    McpServer &m_server;
    QTcpServer m_tcp;
    bool m_sse;
    QString m_token;
    QByteArray m_session;
    int m_sessions = 0;
    QHash<QString, HttpConnection *> m_waiting;
    QJsonObject m_lastHeaders;
};

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption http(u"http"_s), sse(u"sse"_s), exitAtStart(u"exit-at-start"_s);
    const QCommandLineOption token(u"token"_s, {}, u"T"_s), version(u"version"_s, {}, u"V"_s),
        pageSize(u"page-size"_s, {}, u"N"_s), extraTools(u"extra-tools"_s, {}, u"N"_s);
    parser.addOptions({http, sse, exitAtStart, token, version, pageSize, extraTools});
    parser.process(app);
    if (parser.isSet(exitAtStart)) {
        std::fputs("test-mcp-server: cannot open the database\n", stderr);
        return 3;
    }

    McpServer server(u"test-mcp-server"_s, u"1.0"_s);
    server.setPageSize(parser.value(pageSize).toInt());
    const bool stdio = !parser.isSet(http);
    std::unique_ptr<HttpFront> front;
    if (!stdio)
        front = std::make_unique<HttpFront>(server, parser.isSet(sse), parser.value(token));
    // The faults write raw bytes where the answer should go.
    QJsonValue currentId;
    const auto raw = [&](const QByteArray &bytes) {
        if (stdio)
            rawWrite(bytes + '\n');
        else
            front->answerRaw(currentId, bytes);
    };

    server.addTool(tool(u"echo"_s, u"Returns its text"_s,
                        schema({{u"text"_s, prop(u"string"_s)}}, {u"text"_s})),
                   [](const QJsonObject &args, McpServer::Reply reply) {
                       reply(McpToolResult::text(args.value(u"text"_s).toString()));
                       return std::function<void()>();
                   });
    server.addTool(
        tool(u"add"_s, u"Adds two numbers"_s,
             schema({{u"a"_s, prop(u"number"_s)}, {u"b"_s, prop(u"number"_s)}}, {u"a"_s, u"b"_s})),
        [](const QJsonObject &args, McpServer::Reply reply) {
            const double sum = args.value(u"a"_s).toDouble() + args.value(u"b"_s).toDouble();
            McpToolResult r = McpToolResult::text(QString::number(sum));
            r.structuredContent = QJsonObject{{u"sum"_s, sum}};
            reply(r);
            return std::function<void()>();
        });
    server.addTool(tool(u"image"_s, u"Returns a 1x1 PNG"_s, schema({})),
                   [](const QJsonObject &, McpServer::Reply reply) {
                       McpToolResult r = McpToolResult::text(u"a pixel"_s);
                       r.content.append(McpContent::makeImage(tinyPng(), u"image/png"_s));
                       reply(r);
                       return std::function<void()>();
                   });
    server.addTool(tool(u"fail"_s, u"Fails as a tool"_s, schema({})),
                   [](const QJsonObject &, McpServer::Reply reply) {
                       reply(McpToolResult::text(u"the disk is full"_s, true));
                       return std::function<void()>();
                   });
    server.addTool(tool(u"notify"_s, u"Announces a changed tool list"_s, schema({})),
                   [&server](const QJsonObject &, McpServer::Reply reply) {
                       emit server.outgoing(
                           orc::Mcp::notification(u"notifications/tools/list_changed"_s));
                       reply(McpToolResult::text(u"notified"_s));
                       return std::function<void()>();
                   });
    server.addTool(
        tool(u"headers"_s, u"The HTTP headers of this call"_s, schema({})),
        [&front](const QJsonObject &, McpServer::Reply reply) {
            reply(McpToolResult::text(
                front ? QString::fromUtf8(
                            QJsonDocument(front->lastHeaders()).toJson(QJsonDocument::Compact))
                      : u"{}"_s));
            return std::function<void()>();
        });
    server.addTool(tool(u"slow"_s, u"Never answers"_s, schema({})),
                   [](const QJsonObject &, McpServer::Reply) {
                       return std::function<void()>(
                           [] { std::fputs("test-mcp-server: slow cancelled\n", stderr); });
                   });
    server.addTool(tool(u"crash"_s, u"Exits at once"_s, schema({})),
                   [](const QJsonObject &, McpServer::Reply) -> std::function<void()> {
                       std::fputs("test-mcp-server: boom\n", stderr);
                       std::fflush(stderr);
                       ::_exit(42);
                   });
    server.addTool(tool(u"garbage"_s, u"Writes something that is not JSON"_s, schema({})),
                   [&raw](const QJsonObject &, McpServer::Reply) {
                       raw("Traceback (most recent call last): not JSON");
                       return std::function<void()>();
                   });
    server.addTool(tool(u"wrongid"_s, u"Answers another request id"_s, schema({})),
                   [&raw](const QJsonObject &, McpServer::Reply) {
                       raw(R"({"jsonrpc":"2.0","id":987654,"result":{"content":[]}})");
                       return std::function<void()>();
                   });
    server.addTool(tool(u"huge"_s, u"Writes one line of `bytes` bytes"_s,
                        schema({{u"bytes"_s, prop(u"integer"_s)}})),
                   [&raw](const QJsonObject &args, McpServer::Reply) {
                       raw(QByteArray(args.value(u"bytes"_s).toInt(1000000), 'x'));
                       return std::function<void()>();
                   });
    for (int i = 1; i <= parser.value(extraTools).toInt(); ++i)
        server.addTool(tool(u"extra_%1"_s.arg(i), u"Extra tool %1"_s.arg(i), schema({})),
                       [](const QJsonObject &, McpServer::Reply reply) {
                           reply(McpToolResult::text(u"extra"_s));
                           return std::function<void()>();
                       });

    // --version: answer initialize with a fixed revision; remember the id of each call so the
    // faults know which request they spoil.
    const QString forcedVersion = parser.value(version);
    server.setInterceptor([&](const QJsonObject &message) {
        currentId = message.value(u"id"_s);
        if (!forcedVersion.isEmpty() && message.value(u"method"_s).toString() == "initialize"_L1) {
            QJsonObject result{{u"protocolVersion"_s, forcedVersion},
                               {u"capabilities"_s, QJsonObject{{u"tools"_s, QJsonObject{}}}},
                               {u"serverInfo"_s, QJsonObject{{u"name"_s, u"old-server"_s},
                                                             {u"version"_s, u"0.1"_s}}}};
            emit server.outgoing(orc::Mcp::response(currentId, result));
            return true;
        }
        return false;
    });
    if (stdio) {
        server.serveStdio();
        QObject::connect(&server, &McpServer::stdinClosed, &app, &QCoreApplication::quit);
    } else {
        if (!front->listen())
            return 1;
        rawWrite(QByteArray("http://127.0.0.1:") + QByteArray::number(front->port()) + "/mcp\n");
    }
    return app.exec();
}
