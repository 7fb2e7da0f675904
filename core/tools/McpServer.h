#pragma once

#include "tools/McpTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSocketNotifier>

#include <functional>
#include <memory>

namespace orc {

// The server side of MCP for tools: initialize (answering with the client's revision when we
// know it, else our newest), ping, tools/list (paginated), tools/call dispatched to handlers
// that answer asynchronously, notifications/cancelled (the handler's cancel function runs and
// no answer is sent). Transport-neutral: feed it messages with handle() and send what it emits
// through outgoing(); serveStdio() wires it to this process's stdin/stdout (newline-delimited).
class McpServer final : public QObject {
    Q_OBJECT
public:
    // Answers a call once; calling it again, or after the call was cancelled, does nothing.
    using Reply = std::function<void(const McpToolResult &result)>;
    // Starts the tool; may return a function that cancels it (or an empty one).
    using Handler = std::function<std::function<void()>(const QJsonObject &arguments, Reply reply)>;
    static constexpr qsizetype kMaxLineBytes = qsizetype(64) * 1024 * 1024;

    explicit McpServer(const QString &name, const QString &version, QObject *parent = nullptr);
    ~McpServer() override;

    void addTool(const McpTool &tool, Handler handler);
    void setInstructions(const QString &text) { m_instructions = text; }
    void setPageSize(int tools) { m_pageSize = tools; } // 0 = one page
    // Sees every message first; returning true means it was dealt with (tests, extensions).
    void setInterceptor(std::function<bool(const QJsonObject &message)> interceptor) {
        m_interceptor = std::move(interceptor);
    }
    const QList<McpTool> &tools() const { return m_tools; }
    QString protocolVersion() const { return m_protocolVersion; }

    void handle(const QJsonObject &message);
    // A raw line (stdio framing): invalid JSON is answered with a parse error.
    void handleLine(QByteArrayView line);

    // Reads stdin on the event loop and writes outgoing() to stdout; emits stdinClosed() at
    // end of input (the usual signal to quit).
    void serveStdio();

signals:
    void outgoing(const QJsonObject &message);
    void stdinClosed();

private:
    void onCall(const QJsonValue &id, const QJsonObject &params);
    void onStdin();

    struct Running {
        std::function<void()> cancel;
        std::shared_ptr<bool> done;
    };

    QString m_name;
    QString m_version;
    QString m_instructions;
    QString m_protocolVersion;
    QList<McpTool> m_tools;
    QHash<QString, Handler> m_handlers;
    QHash<QString, Running> m_running; // by JSON-RPC id as compact text
    std::function<bool(const QJsonObject &)> m_interceptor;
    int m_pageSize = 0;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_stdinBuffer;
};

} // namespace orc
