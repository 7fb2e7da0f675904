#pragma once

#include "tools/McpServerConfig.h"
#include "tools/McpTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QProcess>

namespace orc {

// How JSON-RPC messages reach one MCP server. open() ends with opened() or failed(); after
// failed() the transport is dead and sends nothing. Every message received is a JSON object
// (anything else fails the transport with a Protocol error, or with requestFailed() when the
// transport can tell which request it answered).
class McpTransport : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kDefaultMaxMessageBytes = qint64(32) * 1024 * 1024;

    using QObject::QObject;
    ~McpTransport() override;

    virtual void open() = 0;
    virtual void send(const QJsonObject &message) = 0;
    virtual void close() = 0;
    // The client gave up on request `id` (timeout): Streamable HTTP drops its response stream;
    // stdio has nothing to drop.
    virtual void abandon(const QJsonValue &id) { Q_UNUSED(id) }
    // Streamable HTTP sends it as a header once negotiated; stdio ignores it.
    virtual void setProtocolVersion(const QString &version) { Q_UNUSED(version) }
    // The last lines the server wrote to stderr (stdio), for error messages.
    virtual QString diagnostics() const { return {}; }

    void setMaxMessageBytes(qint64 bytes) { m_maxMessageBytes = bytes; }
    qint64 maxMessageBytes() const { return m_maxMessageBytes; }

signals:
    void opened();
    void messageReceived(const QJsonObject &message);
    // One request could not be delivered or its answer was unusable; the transport lives on.
    void requestFailed(const QJsonValue &id, const orc::McpError &error);
    void failed(const orc::McpError &error);

protected:
    qint64 m_maxMessageBytes = kDefaultMaxMessageBytes;
};

// A local server run as a child process: newline-delimited JSON-RPC on its stdin/stdout,
// stderr kept (the last few KB) for diagnostics. close() (or destruction) ends the process:
// stdin is closed, then it is terminated and killed if it lingers.
class McpStdioTransport final : public McpTransport {
    Q_OBJECT
public:
    static constexpr qsizetype kStderrKeepBytes = 8 * 1024;

    explicit McpStdioTransport(const McpServerConfig &config, QObject *parent = nullptr);
    ~McpStdioTransport() override;

    void open() override;
    void send(const QJsonObject &message) override;
    void close() override;
    QString diagnostics() const override;

    qint64 processId() const;

private:
    void onStdout();
    void onStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void fail(const McpError &error);
    void stopProcess();

    McpServerConfig m_config;
    QPointer<QProcess> m_process;
    QByteArray m_buffer;
    QByteArray m_stderr;
    bool m_failed = false;
    bool m_closing = false;
};

} // namespace orc
