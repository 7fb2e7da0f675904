#pragma once

// The Model Context Protocol as OR Studio speaks it, client and server side.
//
// Sources (read 2026-12): the specification at https://modelcontextprotocol.io/specification
// (current revision 2025-11-25; also 2025-06-18, 2025-03-26 and 2024-11-05): basic/lifecycle
// (initialize, notifications/initialized, version negotiation), basic/transports (stdio:
// newline-delimited JSON-RPC on stdin/stdout, logs on stderr; Streamable HTTP: POST with
// Accept "application/json, text/event-stream", JSON or SSE answers, Mcp-Session-Id,
// MCP-Protocol-Version), basic/utilities (ping, cancellation: notifications/cancelled),
// server/tools (tools/list with cursor/nextCursor, tools/call with content items text, image,
// audio, resource_link, resource and isError; notifications/tools/list_changed).

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace orc {

namespace Mcp {
// Protocol revisions we speak, newest first. A client asks for the first; a server's older
// answer is accepted when it is in this list.
QStringList supportedVersions();
QString latestVersion();
bool isSupportedVersion(const QString &version);

// JSON-RPC 2.0 error codes.
enum RpcCode : int {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,
};

QJsonObject request(const QJsonValue &id, const QString &method, const QJsonObject &params = {});
QJsonObject notification(const QString &method, const QJsonObject &params = {});
QJsonObject response(const QJsonValue &id, const QJsonObject &result);
QJsonObject errorResponse(const QJsonValue &id, int code, const QString &message);
// JSON-RPC ids compare by value: 3 and 3.0 are the same id.
bool sameId(const QJsonValue &a, const QJsonValue &b);
// One compact line, newline-terminated (the stdio framing).
QByteArray frame(const QJsonObject &message);
} // namespace Mcp

// A typed MCP failure. `message` is translated and complete ("server "x" exited with code 1:
// <last stderr lines>"), for the user and for the model as a tool error.
struct McpError {
    enum class Kind {
        None,
        Config,    // the server's configuration is unusable (no command, bad URL)
        Start,     // the process could not be started / the connection could not be made
        Exited,    // the process ended (crash, exit) while we needed it
        Timeout,   // no answer within the time limit
        Protocol,  // not MCP: non-JSON output, a reply to an unknown id, an oversized message
        Version,   // the server speaks a protocol revision we do not know
        Remote,    // the server answered with a JSON-RPC error
        Http,      // Streamable HTTP: an HTTP error status
        Network,   // Streamable HTTP: connection failure
        Cancelled, // cancelled by us
        Closed,    // the session was closed
    };

    Kind kind = Kind::None;
    QString message;
    int code = 0; // JSON-RPC error code (Remote), HTTP status (Http), exit code (Exited)

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    static QString kindName(Kind kind); // stable, for JSON output: "timeout", "protocol"...
    QJsonObject toJson() const;
    static McpError make(Kind kind, const QString &message, int code = 0);
};

// One tool a server offers (tools/list).
struct McpTool {
    QString name;
    QString title;
    QString description;
    QJsonObject inputSchema;
    QJsonObject outputSchema; // empty when not declared
    QJsonObject annotations;

    static McpTool fromJson(const QJsonObject &object);
    QJsonObject toJson() const; // the tools/list shape
    QString displayName() const { return title.isEmpty() ? name : title; }
    bool operator==(const McpTool &) const = default;
};

// One content item of a tool result.
struct McpContent {
    enum class Type { Text, Image, Audio, ResourceLink, Resource, Other };
    Type type = Type::Text;
    QString typeName; // as sent
    QString text;     // Text; Resource with text
    QString mimeType; // Image, Audio, Resource(s)
    QByteArray data;  // Image, Audio: base64 as sent; Resource: blob as sent
    QString uri;      // ResourceLink, Resource
    QString name;     // ResourceLink
    QJsonObject raw;

    static McpContent makeText(const QString &text);
    static McpContent makeImage(const QByteArray &bytes, const QString &mimeType);
    static McpContent fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

// The answer to tools/call. isError: the tool ran and failed (the model should see it).
struct McpToolResult {
    QList<McpContent> content;
    bool isError = false;
    QJsonValue structuredContent; // undefined when absent

    static McpToolResult fromJson(const QJsonObject &result);
    static McpToolResult text(const QString &text, bool isError = false);
    QJsonObject toJson() const;
    // Every text item joined by blank lines; other items as one-line placeholders.
    QString plainText() const;
};

} // namespace orc

Q_DECLARE_METATYPE(orc::McpError)
