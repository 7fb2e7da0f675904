#pragma once

#include "tools/McpTransport.h"

#include <QHash>
#include <QNetworkReply>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace orc {

// A remote server over Streamable HTTP: every message is one POST to the URL with
// Accept "application/json, text/event-stream"; the answer is 202 (notifications), one JSON
// body, or an SSE stream carrying messages up to the response. The Mcp-Session-Id the server
// gives at initialize is sent back on every later request, with MCP-Protocol-Version; close()
// ends the session with DELETE. The bearer token (from the keychain) goes into Authorization.
// The optional GET stream for server-initiated messages is not opened.
class McpHttpTransport final : public McpTransport {
    Q_OBJECT
public:
    McpHttpTransport(const McpServerConfig &config, const QString &bearerToken,
                     QNetworkAccessManager *network, QObject *parent = nullptr);
    ~McpHttpTransport() override;

    void open() override;
    void send(const QJsonObject &message) override;
    void close() override;
    void setProtocolVersion(const QString &version) override { m_protocolVersion = version; }
    void abandon(const QJsonValue &id) override;
    int pendingRequests() const { return int(m_pending.size()); }

    QByteArray sessionId() const { return m_sessionId; }

private:
    struct Pending;
    QNetworkRequest makeRequest() const;
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void deliver(QNetworkReply *reply, const std::shared_ptr<Pending> &pending,
                 const QByteArray &json);
    void failReply(QNetworkReply *reply, const std::shared_ptr<Pending> &pending,
                   const McpError &error);

    McpServerConfig m_config;
    QString m_token;
    QPointer<QNetworkAccessManager> m_network;
    QString m_protocolVersion;
    QByteArray m_sessionId;
    QHash<QNetworkReply *, std::shared_ptr<Pending>> m_pending;
    bool m_closed = false;
};

} // namespace orc
