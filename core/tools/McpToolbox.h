#pragma once

#include "domain/ChatRequest.h"
#include "tools/McpTypes.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace orc {

// The tools of several MCP servers offered to a model as OpenAI-style function tools
// ({"type":"function","function":{"name","description","parameters"}}), and the way back:
// a model's tool call names a function, which maps to one server and one tool; the tool's
// result (or the reason it failed) becomes the `tool` message of the next turn.
//
// Function names must match ^[a-zA-Z0-9_-]{1,64}$ (the strictest provider rule). A tool keeps
// its own name when that is valid and unique; otherwise it becomes "<server>__<tool>" with
// invalid characters replaced by '_', shortened to 64 characters with a numeric suffix when
// still not unique. The mapping is stable for a given list of servers and tools.
class McpToolbox {
public:
    struct Entry {
        QString functionName; // what the model sees and calls
        QString server;       // McpServerConfig::name
        McpTool tool;
    };

    static constexpr int kMaxFunctionNameChars = 64;

    void addServer(const QString &server, const QList<McpTool> &tools);
    void clear() { m_entries.clear(); }

    const QList<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const Entry *find(const QString &functionName) const;

    // For ChatRequest::tools.
    QJsonArray functionTools() const;
    static QJsonObject functionTool(const Entry &entry);

    // The `tool` message answering `call` with the tool's result; isError results are
    // prefixed so the model knows the tool failed.
    static ChatMessage resultMessage(const ToolCall &call, const McpToolResult &result);
    // The `tool` message answering `call` when the tool could not run at all.
    static ChatMessage errorMessage(const ToolCall &call, const McpError &error);
    // Parses a tool call's JSON argument text (empty = {}); nullopt with *error when invalid.
    static std::optional<QJsonObject> parseArguments(const QString &arguments, QString *error);

    static QString sanitize(const QString &name);

private:
    QString uniqueName(const QString &server, const QString &tool) const;
    bool taken(const QString &name) const;

    QList<Entry> m_entries;
};

} // namespace orc
