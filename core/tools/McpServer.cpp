#include "tools/McpServer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QString idKey(const QJsonValue &id) {
    return QString::fromUtf8(QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact));
}

void writeAll(const QByteArray &bytes) {
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // the client has gone
        done += n;
    }
}

} // namespace

McpServer::McpServer(const QString &name, const QString &version, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_version(version) {}

McpServer::~McpServer() {
    for (Running &r : m_running) {
        *r.done = true;
        if (r.cancel)
            r.cancel();
    }
}

void McpServer::addTool(const McpTool &tool, Handler handler) {
    m_tools.append(tool);
    m_handlers.insert(tool.name, std::move(handler));
}

void McpServer::handleLine(QByteArrayView line) {
    if (line.trimmed().isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (!doc.isObject()) {
        emit outgoing(Mcp::errorResponse(QJsonValue::Null, Mcp::ParseError,
                                         u"Parse error: expected one JSON-RPC object per line"_s));
        return;
    }
    handle(doc.object());
}

void McpServer::handle(const QJsonObject &message) {
    if (m_interceptor && m_interceptor(message))
        return;
    const QString method = message.value(u"method"_s).toString();
    const QJsonValue id = message.value(u"id"_s);
    const QJsonObject params = message.value(u"params"_s).toObject();
    if (id.isUndefined()) { // a notification
        if (method == "notifications/cancelled"_L1) {
            const Running r = m_running.take(idKey(params.value(u"requestId"_s)));
            if (r.done && !*r.done) {
                *r.done = true;
                if (r.cancel)
                    r.cancel();
            }
        }
        return; // notifications/initialized and others need nothing
    }
    if (method.isEmpty()) {
        if (!message.contains(u"result"_s) && !message.contains(u"error"_s))
            emit outgoing(Mcp::errorResponse(id, Mcp::InvalidRequest, u"Invalid request"_s));
        return; // answers to requests we never send
    }
    if (method == "initialize"_L1) {
        const QString asked = params.value(u"protocolVersion"_s).toString();
        m_protocolVersion = Mcp::isSupportedVersion(asked) ? asked : Mcp::latestVersion();
        QJsonObject result{
            {u"protocolVersion"_s, m_protocolVersion},
            {u"capabilities"_s, QJsonObject{{u"tools"_s, QJsonObject{{u"listChanged"_s, false}}}}},
            {u"serverInfo"_s, QJsonObject{{u"name"_s, m_name}, {u"version"_s, m_version}}},
        };
        if (!m_instructions.isEmpty())
            result.insert(u"instructions"_s, m_instructions);
        emit outgoing(Mcp::response(id, result));
    } else if (method == "ping"_L1) {
        emit outgoing(Mcp::response(id, {}));
    } else if (method == "tools/list"_L1) {
        const int start = params.value(u"cursor"_s).toString().toInt();
        const int count = m_pageSize > 0 ? m_pageSize : int(m_tools.size());
        QJsonArray tools;
        for (int i = start; i < m_tools.size() && i < start + count; ++i)
            tools.append(m_tools.at(i).toJson());
        QJsonObject result{{u"tools"_s, tools}};
        if (start + count < m_tools.size())
            result.insert(u"nextCursor"_s, QString::number(start + count));
        emit outgoing(Mcp::response(id, result));
    } else if (method == "tools/call"_L1) {
        onCall(id, params);
    } else {
        emit outgoing(
            Mcp::errorResponse(id, Mcp::MethodNotFound, u"Method not found: %1"_s.arg(method)));
    }
}

void McpServer::onCall(const QJsonValue &id, const QJsonObject &params) {
    const QString name = params.value(u"name"_s).toString();
    const auto handler = m_handlers.constFind(name);
    if (handler == m_handlers.constEnd()) {
        emit outgoing(Mcp::errorResponse(id, Mcp::InvalidParams, u"Unknown tool: %1"_s.arg(name)));
        return;
    }
    const QJsonValue arguments = params.value(u"arguments"_s);
    if (!arguments.isUndefined() && !arguments.isNull() && !arguments.isObject()) {
        emit outgoing(
            Mcp::errorResponse(id, Mcp::InvalidParams, u"\"arguments\" must be an object"_s));
        return;
    }
    const QString key = idKey(id);
    auto done = std::make_shared<bool>(false);
    QPointer<McpServer> self(this);
    Reply reply = [self, id, key, done](const McpToolResult &result) {
        if (*done || !self)
            return;
        *done = true;
        self->m_running.remove(key);
        emit self->outgoing(Mcp::response(id, result.toJson()));
    };
    m_running.insert(key, {nullptr, done});
    std::function<void()> cancel = (*handler)(arguments.toObject(), reply);
    if (!*done && m_running.contains(key))
        m_running[key].cancel = std::move(cancel);
}

void McpServer::serveStdio() {
    connect(this, &McpServer::outgoing, this,
            [](const QJsonObject &message) { writeAll(Mcp::frame(message)); });
    m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, &McpServer::onStdin);
}

void McpServer::onStdin() {
    char chunk[65536];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        m_stdin->setEnabled(false);
        emit stdinClosed();
        return;
    }
    m_stdinBuffer.append(chunk, n);
    qsizetype start = 0;
    for (qsizetype end; (end = m_stdinBuffer.indexOf('\n', start)) >= 0; start = end + 1)
        handleLine(QByteArrayView(m_stdinBuffer).sliced(start, end - start));
    m_stdinBuffer.remove(0, start);
    if (m_stdinBuffer.size() > kMaxLineBytes) {
        m_stdinBuffer.clear();
        emit outgoing(Mcp::errorResponse(QJsonValue::Null, Mcp::ParseError,
                                         u"Parse error: message too large"_s));
    }
}

} // namespace orc
