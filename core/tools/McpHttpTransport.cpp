#include "tools/McpHttpTransport.h"

#include "net/SseParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace orc {

namespace {} // namespace

struct McpHttpTransport::Pending {
    QJsonValue id; // undefined for notifications and responses
    bool sse = false;
    bool answered = false;
    bool failed = false;
    qint64 bytes = 0;
    QByteArray body;
    SseParser parser;
};

McpHttpTransport::McpHttpTransport(const McpServerConfig &config, const QString &bearerToken,
                                   QNetworkAccessManager *network, QObject *parent)
    : McpTransport(parent)
    , m_config(config)
    , m_token(bearerToken)
    , m_network(network ? network : new QNetworkAccessManager(this)) {}

McpHttpTransport::~McpHttpTransport() {
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
}

void McpHttpTransport::open() {
    // Nothing to connect ahead: the first POST (initialize) opens the session.
    QTimer::singleShot(0, this, [this] {
        if (!m_closed)
            emit opened();
    });
}

QNetworkRequest McpHttpTransport::makeRequest() const {
    QNetworkRequest request(m_config.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Accept", "application/json, text/event-stream");
    for (auto it = m_config.headers.begin(); it != m_config.headers.end(); ++it)
        request.setRawHeader(it.key().toUtf8(), it.value().toUtf8());
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!m_sessionId.isEmpty())
        request.setRawHeader("Mcp-Session-Id", m_sessionId);
    if (!m_protocolVersion.isEmpty())
        request.setRawHeader("MCP-Protocol-Version", m_protocolVersion.toLatin1());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    return request;
}

void McpHttpTransport::send(const QJsonObject &message) {
    if (m_closed || !m_network)
        return;
    auto pending = std::make_shared<Pending>();
    if (message.contains(u"method"_s))
        pending->id = message.value(u"id"_s);
    QNetworkReply *reply =
        m_network->post(makeRequest(), QJsonDocument(message).toJson(QJsonDocument::Compact));
    m_pending.insert(reply, pending);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void McpHttpTransport::close() {
    if (m_closed)
        return;
    m_closed = true;
    const auto replies = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply *r : replies) {
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
    if (!m_sessionId.isEmpty() && m_network) {
        QNetworkReply *bye = m_network->sendCustomRequest(makeRequest(), "DELETE");
        connect(bye, &QNetworkReply::finished, bye, &QObject::deleteLater);
    }
}

void McpHttpTransport::abandon(const QJsonValue &id) {
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (!Mcp::sameId(it.value()->id, id))
            continue;
        QNetworkReply *reply = it.key();
        m_pending.erase(it);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        return;
    }
}

void McpHttpTransport::onReadyRead(QNetworkReply *reply) {
    const auto pending = m_pending.value(reply);
    if (!pending || pending->failed)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return; // read at the end, as the error body
    if (pending->bytes == 0) {
        pending->sse = reply->header(QNetworkRequest::ContentTypeHeader)
                           .toString()
                           .startsWith(u"text/event-stream"_s);
        const QByteArray session = reply->rawHeader("Mcp-Session-Id");
        if (!session.isEmpty())
            m_sessionId = session;
    }
    const QByteArray bytes = reply->readAll();
    pending->bytes += bytes.size();
    if (pending->bytes > m_maxMessageBytes) {
        failReply(reply, pending,
                  McpError::make(McpError::Kind::Protocol,
                                 tr("MCP server \"%1\" sent more than %2 bytes.")
                                     .arg(m_config.name)
                                     .arg(m_maxMessageBytes)));
        return;
    }
    if (!pending->sse) {
        pending->body += bytes;
        return;
    }
    pending->parser.feed(bytes, [this, reply, pending](SseEvent &&event) {
        if (event.kind == SseEvent::Kind::Data && !event.data.trimmed().isEmpty())
            deliver(reply, pending, event.data);
    });
}

void McpHttpTransport::deliver(QNetworkReply *reply, const std::shared_ptr<Pending> &pending,
                               const QByteArray &json) {
    if (pending->failed)
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QList<QJsonObject> messages;
    if (doc.isObject())
        messages << doc.object();
    else if (doc.isArray()) // a JSON-RPC batch (2025-03-26)
        for (const QJsonValue &v : doc.array())
            messages << v.toObject();
    if (messages.isEmpty()) {
        QString text = QString::fromUtf8(json.left(80)).simplified();
        failReply(reply, pending,
                  McpError::make(McpError::Kind::Protocol,
                                 tr("MCP server \"%1\" answered with something that is "
                                    "not a JSON-RPC message: \"%2\".")
                                     .arg(m_config.name, text)));
        return;
    }
    const QPointer<McpHttpTransport> self(this);
    for (const QJsonObject &m : messages) {
        if (!pending->id.isUndefined() && Mcp::sameId(m.value(u"id"_s), pending->id) &&
            !m.contains(u"method"_s))
            pending->answered = true;
        emit messageReceived(m);
        if (!self || m_closed)
            return;
    }
}

void McpHttpTransport::onFinished(QNetworkReply *reply) {
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300 && m_pending.contains(reply)) {
        if (const QByteArray session = reply->rawHeader("Mcp-Session-Id"); !session.isEmpty())
            m_sessionId = session;
        onReadyRead(reply); // whatever is still buffered
    }
    const auto pending = m_pending.take(reply);
    if (!pending || pending->failed || m_closed)
        return;
    const QJsonValue id = pending->id;
    const auto failRequest = [&](const McpError &error) {
        if (!id.isUndefined())
            emit requestFailed(id, error);
    };
    if (status == 0 || (reply->error() != QNetworkReply::NoError && status < 400)) {
        failRequest(McpError::make(
            McpError::Kind::Network,
            tr("Cannot reach MCP server \"%1\" at %2: %3")
                .arg(m_config.name, m_config.url.toDisplayString(), reply->errorString())));
        return;
    }
    if (status >= 400) {
        const QString body = QString::fromUtf8(reply->readAll().left(300)).simplified();
        QString message;
        if (status == 401 || status == 403)
            message = tr("MCP server \"%1\" refused the request (HTTP %2): check its token or "
                         "headers.")
                          .arg(m_config.name)
                          .arg(status);
        else if (status == 404 && !m_sessionId.isEmpty())
            message = tr("MCP server \"%1\" ended the session (HTTP 404); reconnect to start a "
                         "new one.")
                          .arg(m_config.name);
        else
            message = tr("MCP server \"%1\" answered HTTP %2.").arg(m_config.name).arg(status);
        if (!body.isEmpty())
            message += u' ' + tr("It said: %1").arg(body);
        failRequest(McpError::make(McpError::Kind::Http, message, status));
        return;
    }
    if (!pending->sse && !pending->body.trimmed().isEmpty())
        deliver(reply, pending, pending->body);
    else if (pending->sse)
        pending->parser.finish();
    if (!m_closed && !pending->failed && !id.isUndefined() && !pending->answered)
        failRequest(McpError::make(McpError::Kind::Protocol,
                                   tr("MCP server \"%1\" closed the response without answering "
                                      "the request.")
                                       .arg(m_config.name)));
}

void McpHttpTransport::failReply(QNetworkReply *reply, const std::shared_ptr<Pending> &pending,
                                 const McpError &error) {
    if (pending->failed)
        return;
    pending->failed = true;
    if (m_pending.remove(reply)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (!pending->id.isUndefined())
        emit requestFailed(pending->id, error);
}

} // namespace orc
