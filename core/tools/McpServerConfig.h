#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace orc {

// One configured MCP server, as plain values. Stdio servers are a command line run as a child
// process; HTTP servers are a Streamable HTTP endpoint. A bearer token for an HTTP server is
// never part of this value: it lives in the keychain (KeyStore) and is passed to McpClient.
struct McpServerConfig {
    enum class Transport { Stdio, Http };

    QString name;
    Transport transport = Transport::Stdio;
    QString command;                // Stdio
    QStringList args;               // Stdio
    QMap<QString, QString> env;     // Stdio: added to the inherited environment
    QString workingDirectory;       // Stdio: empty = the current one
    QUrl url;                       // Http
    QMap<QString, QString> headers; // Http: sent with every request
    bool enabled = true;
    // Http: a bearer token for this server is kept in the keychain under keychainAccount().
    bool tokenInKeychain = false;

    static QString keychainAccount(const QString &serverName); // "mcp-server:<name>"

    // A translated problem with the configuration (empty name, no command, URL not http(s)),
    // or an empty string.
    QString validate() const;
    // "npx -y @modelcontextprotocol/server-everything" or the URL, for lists.
    QString target() const;

    // The `mcpServers` entry shape shared by Claude Desktop, Cursor and others:
    // {"command","args","env"} or {"url","headers"} (plus "type":"http"), and "disabled":true
    // when not enabled. fromJson(name, toJson()) == *this.
    QJsonObject toJson() const;
    // Reads one entry; returns a translated problem (then `out` is untouched) or empty.
    static QString fromJson(const QString &name, const QJsonObject &entry, McpServerConfig *out);

    bool operator==(const McpServerConfig &) const = default;
};

// A whole `{"mcpServers": {...}}` document.
struct McpServerList {
    QList<McpServerConfig> servers; // in the document's order of names (sorted)
    QStringList problems;           // translated, one per entry that was skipped

    // Accepts {"mcpServers":{...}}, {"servers":{...}} (VS Code) or the bare name->entry map.
    // A document that is not JSON or has no such map sets *error and returns nothing.
    static McpServerList parse(const QByteArray &json, QString *error);
    static QByteArray serialize(const QList<McpServerConfig> &servers);
};

// The user's MCP servers in their own JSON file (the mcpServers format, so it can be copied to
// and from other clients), written atomically. Default file: <config>/orstudio/mcp-servers.json,
// shared by OR Studio and orcli.
class McpServerStore {
public:
    explicit McpServerStore(const QString &path = QString());
    static QString defaultPath();
    const QString &path() const { return m_path; }

    // A missing file is an empty list, not an error.
    QList<McpServerConfig> load(QString *error = nullptr) const;
    bool save(const QList<McpServerConfig> &servers, QString *error = nullptr) const;

    // Adds or replaces by name (the list keeps its order, new names go last).
    static void upsert(QList<McpServerConfig> &servers, const McpServerConfig &server);
    static const McpServerConfig *find(const QList<McpServerConfig> &servers, const QString &name);

private:
    QString m_path;
};

} // namespace orc
