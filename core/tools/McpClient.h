#pragma once

#include "tools/McpServerConfig.h"
#include "tools/McpTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace orc {

class McpTransport;

// One session with one MCP server (JSON-RPC 2.0 over stdio or Streamable HTTP): the handshake
// (initialize with the newest revision, accepting an older one we know, then
// notifications/initialized), tools/list across all pages, tools/call with a time limit, ping.
// Every request ends in its callback exactly once, with a result or a typed McpError: a server
// that crashes, hangs, or writes garbage never leaves a caller waiting. A timed-out call is
// cancelled on the server (notifications/cancelled). A transport failure (crash, garbage, an
// answer to a request never sent) fails every pending request and closes the session.
// Callbacks are not called after the client is destroyed.
class McpClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpClient)
public:
    enum class State { Idle, Connecting, Ready, Closed };

    static constexpr int kDefaultRequestTimeoutMs = 30000; // initialize, tools/list, ping
    static constexpr int kDefaultToolTimeoutMs = 120000;   // tools/call
    static constexpr int kMaxListPages = 100;

    template<typename T>
    using Done = std::function<void(const T &value, const McpError &error)>;

    explicit McpClient(McpServerConfig config, QObject *parent = nullptr);
    ~McpClient() override;

    // Before connectToServer(). HTTP only: the token (from the keychain) and a shared manager.
    void setBearerToken(const QString &token) { m_token = token; }
    void setNetworkAccessManager(QNetworkAccessManager *network);
    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; }
    void setToolTimeoutMs(int ms) { m_toolTimeoutMs = ms; }
    void setMaxMessageBytes(qint64 bytes) { m_maxMessageBytes = bytes; }
    // What we announce in initialize (clientInfo).
    void setClientInfo(const QString &name, const QString &version);
    // The revision asked for in initialize (tests: an older one); default Mcp::latestVersion().
    void setRequestedVersion(const QString &version) { m_requestedVersion = version; }

    const McpServerConfig &config() const { return m_config; }
    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    QString protocolVersion() const { return m_protocolVersion; }
    QJsonObject serverInfo() const { return m_serverInfo; }
    QJsonObject serverCapabilities() const { return m_serverCapabilities; }
    QString instructions() const { return m_instructions; }
    QString diagnostics() const; // the server's last stderr lines (stdio)

    void connectToServer(std::function<void(const McpError &error)> done);
    void listTools(Done<QList<McpTool>> done);
    // timeoutMs < 0: the tool timeout set above.
    void callTool(const QString &name, const QJsonObject &arguments, Done<McpToolResult> done,
                  int timeoutMs = -1);
    void ping(std::function<void(const McpError &error)> done);
    // Sends any request (the building block of the above).
    void request(const QString &method, const QJsonObject &params, Done<QJsonObject> done,
                 int timeoutMs = -1);
    // Ends the session: pending requests fail with Closed, the process is ended.
    void close();

signals:
    void toolsChanged();                                        // notifications/tools/list_changed
    void logMessage(const QString &level, const QString &text); // notifications/message
    void closed(const orc::McpError &reason); // the session ended (reason None: close())

private:
    struct Pending {
        QString method;
        Done<QJsonObject> done;
        QTimer *timer = nullptr;
    };

    void onMessage(const QJsonObject &message);
    void onRequestFailed(const QJsonValue &id, const McpError &error);
    void onTransportFailed(const McpError &error);
    void finishRequest(qint64 id, const QJsonObject &result, const McpError &error);
    void answerServerRequest(const QJsonObject &message);
    void initialize(std::function<void(const McpError &error)> done);
    void listPage(const QString &cursor, std::shared_ptr<QList<McpTool>> tools, int page,
                  Done<QList<McpTool>> done);
    void shutdown(const McpError &reason);

    McpServerConfig m_config;
    QString m_token;
    QPointer<QNetworkAccessManager> m_network;
    McpTransport *m_transport = nullptr;
    State m_state = State::Idle;
    int m_requestTimeoutMs = kDefaultRequestTimeoutMs;
    int m_toolTimeoutMs = kDefaultToolTimeoutMs;
    qint64 m_maxMessageBytes = 0;
    QString m_clientName;
    QString m_clientVersion;
    QString m_requestedVersion;
    QString m_protocolVersion;
    QJsonObject m_serverInfo;
    QJsonObject m_serverCapabilities;
    QString m_instructions;
    qint64 m_nextId = 1;
    QHash<qint64, Pending> m_pending;
};

} // namespace orc
