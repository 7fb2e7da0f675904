#pragma once

#include "Command.h"
#include "tools/McpServerConfig.h"
#include "tools/McpTypes.h"

#include <QPointer>

namespace orc {
class McpClient;
}

namespace orc::cli {

class McpServe;

// `orcli mcp ACTION`: the MCP servers OR Studio and orcli share (list, add, import, remove,
// enable, disable), what tools one offers (tools), and orcli itself as an MCP server over stdio
// (serve, see McpServe). The list lives in McpServerStore's file; --config picks another file.
class McpCommand final : public Command {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpCommand)
public:
    explicit McpCommand(Printer &printer, QObject *parent = nullptr);
    ~McpCommand() override;

    Spec spec() const override;
    QString configure(const QCommandLineParser &parser) override;
    void start() override;
    void cancel() override;

    static QStringList actions();

private:
    QString configureAdd(const QCommandLineParser &parser);
    void list();
    void tools();
    void connected(const McpError &error);
    bool save(const QList<McpServerConfig> &servers);
    void mcpFailure(const McpError &error);

    QString m_action;
    QString m_name;
    QString m_importFile;
    QByteArray m_importBytes;
    McpServerStore m_store;
    QList<McpServerConfig> m_servers;
    McpServerConfig m_server; // add, tools
    QPointer<McpClient> m_client;
    McpServe *m_serve = nullptr;
};

} // namespace orc::cli
