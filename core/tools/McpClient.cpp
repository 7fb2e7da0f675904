#include "tools/McpClient.h"

#include "tools/McpHttpTransport.h"
#include "tools/McpTransport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QString idText(const QJsonValue &id) {
    if (id.isDouble())
        return QString::number(id.toInteger());
    if (id.isString())
        return u"\""_s + id.toString() + u"\""_s;
    return QString::fromUtf8(QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

McpClient::McpClient(McpServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clientName(u"orstudio"_s)
    , m_clientVersion(QCoreApplication::applicationVersion())
    , m_requestedVersion(Mcp::latestVersion()) {}

McpClient::~McpClient() {
    for (Pending &p : m_pending)
        delete p.timer;
    m_pending.clear();
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
    }
}

void McpClient::setNetworkAccessManager(QNetworkAccessManager *network) {
    m_network = network;
}

void McpClient::setClientInfo(const QString &name, const QString &version) {
    m_clientName = name;
    m_clientVersion = version;
}

QString McpClient::diagnostics() const {
    return m_transport ? m_transport->diagnostics() : QString();
}

void McpClient::connectToServer(std::function<void(const McpError &error)> done) {
    const auto later = [this, done](const McpError &error) {
        QTimer::singleShot(0, this, [done, error] { done(error); });
    };
    if (m_state != State::Idle) {
        later(McpError::make(
            McpError::Kind::Closed,
            tr("MCP server \"%1\": this session was already started.").arg(m_config.name)));
        return;
    }
    if (const QString problem = m_config.validate(); !problem.isEmpty()) {
        m_state = State::Closed;
        later(McpError::make(McpError::Kind::Config, problem));
        return;
    }
    m_state = State::Connecting;
    if (m_config.transport == McpServerConfig::Transport::Stdio)
        m_transport = new McpStdioTransport(m_config, this);
    else
        m_transport = new McpHttpTransport(m_config, m_token, m_network, this);
    if (m_maxMessageBytes > 0)
        m_transport->setMaxMessageBytes(m_maxMessageBytes);
    auto pendingDone = std::make_shared<std::function<void(const McpError &)>>(std::move(done));
    connect(m_transport, &McpTransport::messageReceived, this, &McpClient::onMessage);
    connect(m_transport, &McpTransport::requestFailed, this, &McpClient::onRequestFailed);
    connect(m_transport, &McpTransport::failed, this, [this, pendingDone](const McpError &error) {
        onTransportFailed(error);
        if (*pendingDone) // failed before the handshake was even sent
            std::exchange(*pendingDone, nullptr)(error);
    });
    connect(m_transport, &McpTransport::opened, this, [this, pendingDone] {
        if (*pendingDone)
            initialize(std::exchange(*pendingDone, nullptr));
    });
    m_transport->open();
}

void McpClient::initialize(std::function<void(const McpError &error)> done) {
    const QJsonObject params{
        {u"protocolVersion"_s, m_requestedVersion},
        {u"capabilities"_s, QJsonObject{}},
        {u"clientInfo"_s, QJsonObject{{u"name"_s, m_clientName}, {u"version"_s, m_clientVersion}}},
    };
    request(u"initialize"_s, params, [this, done](const QJsonObject &result, const McpError &e) {
        if (e) {
            shutdown(e);
            done(e);
            return;
        }
        const QString version = result.value(u"protocolVersion"_s).toString();
        if (!Mcp::isSupportedVersion(version)) {
            const McpError error = McpError::make(
                McpError::Kind::Version,
                tr("MCP server \"%1\" speaks protocol revision \"%2\"; OR Studio knows %3.")
                    .arg(m_config.name, version, Mcp::supportedVersions().join(u", "_s)));
            shutdown(error);
            done(error);
            return;
        }
        m_protocolVersion = version;
        m_serverInfo = result.value(u"serverInfo"_s).toObject();
        m_serverCapabilities = result.value(u"capabilities"_s).toObject();
        m_instructions = result.value(u"instructions"_s).toString();
        m_transport->setProtocolVersion(version);
        m_transport->send(Mcp::notification(u"notifications/initialized"_s));
        m_state = State::Ready;
        done({});
    });
}

void McpClient::request(const QString &method, const QJsonObject &params, Done<QJsonObject> done,
                        int timeoutMs) {
    const bool handshake = method == "initialize"_L1 && m_state == State::Connecting;
    if (!m_transport || (m_state != State::Ready && !handshake)) {
        const McpError error = McpError::make(
            McpError::Kind::Closed, tr("MCP server \"%1\" is not connected.").arg(m_config.name));
        QTimer::singleShot(0, this, [done, error] { done({}, error); });
        return;
    }
    const qint64 id = m_nextId++;
    Pending pending;
    pending.method = method;
    pending.done = std::move(done);
    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    const int ms = timeoutMs >= 0 ? timeoutMs : m_requestTimeoutMs;
    connect(pending.timer, &QTimer::timeout, this, [this, id, method, ms] {
        if (m_transport)
            m_transport->abandon(id);
        if (m_transport && m_state == State::Ready)
            m_transport->send(
                Mcp::notification(u"notifications/cancelled"_s,
                                  {{u"requestId"_s, id}, {u"reason"_s, u"timed out"_s}}));
        finishRequest(id, {},
                      McpError::make(McpError::Kind::Timeout,
                                     tr("MCP server \"%1\" did not answer %2 within %3 s.")
                                         .arg(m_config.name, method)
                                         .arg(ms / 1000.0)));
    });
    pending.timer->start(ms);
    m_pending.insert(id, std::move(pending));
    m_transport->send(Mcp::request(id, method, params));
}

void McpClient::finishRequest(qint64 id, const QJsonObject &result, const McpError &error) {
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending p = std::move(*it);
    m_pending.erase(it);
    delete p.timer;
    p.done(result, error);
}

void McpClient::onMessage(const QJsonObject &message) {
    if (message.contains(u"method"_s)) {
        if (message.contains(u"id"_s)) {
            answerServerRequest(message);
            return;
        }
        const QString method = message.value(u"method"_s).toString();
        const QJsonObject params = message.value(u"params"_s).toObject();
        if (method == "notifications/tools/list_changed"_L1)
            emit toolsChanged();
        else if (method == "notifications/message"_L1)
            emit logMessage(
                params.value(u"level"_s).toString(),
                params.value(u"data"_s).isString()
                    ? params.value(u"data"_s).toString()
                    : QString::fromUtf8(QJsonDocument(params.value(u"data"_s).toObject())
                                            .toJson(QJsonDocument::Compact)));
        return; // other notifications (progress, resources...) are not used
    }
    const QJsonValue idValue = message.value(u"id"_s);
    const qint64 id = idValue.isDouble() ? idValue.toInteger(-1) : -1;
    if (!m_pending.contains(id)) {
        if (id > 0 && id < m_nextId)
            return; // a late answer to a request that timed out
        onTransportFailed(
            McpError::make(McpError::Kind::Protocol,
                           tr("MCP server \"%1\" answered a request that was never sent (id %2).")
                               .arg(m_config.name, idText(idValue))));
        return;
    }
    if (message.contains(u"error"_s)) {
        const QJsonObject e = message.value(u"error"_s).toObject();
        const int code = e.value(u"code"_s).toInt();
        finishRequest(id, {},
                      McpError::make(McpError::Kind::Remote,
                                     tr("MCP server \"%1\" refused %2: %3 (code %4).")
                                         .arg(m_config.name, m_pending.value(id).method,
                                              e.value(u"message"_s).toString())
                                         .arg(code),
                                     code));
        return;
    }
    if (!message.value(u"result"_s).isObject()) {
        finishRequest(id, {},
                      McpError::make(McpError::Kind::Protocol,
                                     tr("MCP server \"%1\" answered %2 without a result.")
                                         .arg(m_config.name, m_pending.value(id).method)));
        return;
    }
    finishRequest(id, message.value(u"result"_s).toObject(), {});
}

void McpClient::answerServerRequest(const QJsonObject &message) {
    const QJsonValue id = message.value(u"id"_s);
    if (message.value(u"method"_s).toString() == "ping"_L1)
        m_transport->send(Mcp::response(id, {}));
    else
        m_transport->send(
            Mcp::errorResponse(id, Mcp::MethodNotFound, u"Method not supported by this client"_s));
}

void McpClient::onRequestFailed(const QJsonValue &id, const McpError &error) {
    if (id.isDouble())
        finishRequest(id.toInteger(), {}, error);
}

void McpClient::onTransportFailed(const McpError &error) {
    shutdown(error);
}

void McpClient::shutdown(const McpError &reason) {
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
    }
    const QList<qint64> ids = m_pending.keys();
    const QPointer<McpClient> self(this);
    for (qint64 id : ids) {
        finishRequest(id, {}, reason);
        if (!self)
            return;
    }
    emit closed(reason.kind == McpError::Kind::Closed ? McpError{} : reason);
}

void McpClient::close() {
    shutdown(
        McpError::make(McpError::Kind::Closed,
                       tr("The session with MCP server \"%1\" was closed.").arg(m_config.name)));
}

void McpClient::listTools(Done<QList<McpTool>> done) {
    listPage({}, std::make_shared<QList<McpTool>>(), 1, std::move(done));
}

void McpClient::listPage(const QString &cursor, std::shared_ptr<QList<McpTool>> tools, int page,
                         Done<QList<McpTool>> done) {
    QJsonObject params;
    if (!cursor.isEmpty())
        params.insert(u"cursor"_s, cursor);
    request(u"tools/list"_s, params,
            [this, tools, page, done](const QJsonObject &result, const McpError &error) {
                if (error) {
                    done({}, error);
                    return;
                }
                for (const QJsonValue &v : result.value(u"tools"_s).toArray()) {
                    McpTool tool = McpTool::fromJson(v.toObject());
                    if (!tool.name.isEmpty())
                        tools->append(tool);
                }
                const QString next = result.value(u"nextCursor"_s).toString();
                if (next.isEmpty()) {
                    done(*tools, {});
                    return;
                }
                if (page >= kMaxListPages) {
                    done({},
                         McpError::make(McpError::Kind::Protocol,
                                        tr("MCP server \"%1\" listed more than %2 pages of tools.")
                                            .arg(m_config.name)
                                            .arg(kMaxListPages)));
                    return;
                }
                listPage(next, tools, page + 1, done);
            });
}

void McpClient::callTool(const QString &name, const QJsonObject &arguments,
                         Done<McpToolResult> done, int timeoutMs) {
    const QJsonObject params{{u"name"_s, name}, {u"arguments"_s, arguments}};
    request(
        u"tools/call"_s, params,
        [done](const QJsonObject &result, const McpError &error) {
            if (error)
                done({}, error);
            else
                done(McpToolResult::fromJson(result), {});
        },
        timeoutMs >= 0 ? timeoutMs : m_toolTimeoutMs);
}

void McpClient::ping(std::function<void(const McpError &error)> done) {
    request(u"ping"_s, {}, [done](const QJsonObject &, const McpError &error) { done(error); });
}

} // namespace orc
