#pragma once

#include "api/ClientConfig.h"
#include "domain/ModelInfo.h"
#include "tools/McpServer.h"

#include <QObject>

#include <functional>

namespace orc {
class OpenRouterClient;
}

namespace orc::cli {

class Printer;

// `orcli mcp serve`: orcli as an MCP server on stdin/stdout (newline-delimited JSON-RPC; logs
// only on stderr with --verbose). Tools, built on core (OpenRouterClient, ChatStream, ImageJob,
// CatalogCache), never on orcli's printers:
//   chat   {model, prompt, system?, max_tokens?, web?, reasoning?} -> the answer's text, plus
//          the result (model, usage, cost...) as structuredContent
//   image  {model, prompt, output?, aspect_ratio?, size?} -> the saved file paths as text and
//          each image as image content
//   models {search?, capabilities?, free?, limit?} -> matching catalogue models
// A failing call (no key, an API error, a bad argument) is a tool result with isError, so the
// agent sees the reason. finished() is emitted at the end of stdin.
class McpServe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpServe)
public:
    McpServe(OpenRouterClient *client, const ClientConfig &config, Printer &printer,
             QObject *parent = nullptr);
    ~McpServe() override;

    void start();
    McpServer &server() { return m_server; }

signals:
    void finished();

private:
    using Models = std::function<void(const QList<ModelInfo> &models, const QString &error)>;

    void addChat();
    void addImage();
    void addModels();
    void loadCatalog(Models done);
    // Answers with an error when the arguments were bad or there is no API key.
    bool refuse(const QString &argumentError, const McpServer::Reply &reply) const;

    OpenRouterClient *m_client;
    ClientConfig m_config;
    Printer &m_printer;
    McpServer m_server;
};

} // namespace orc::cli
