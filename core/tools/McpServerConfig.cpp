#include "tools/McpServerConfig.h"

#include "Translate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr auto tr = fileTr<"orc::McpServerConfig">;

QJsonObject mapToJson(const QMap<QString, QString> &map) {
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

bool readStringMap(const QJsonValue &value, QMap<QString, QString> *out) {
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isString())
            out->insert(it.key(), it.value().toString());
        else if (it.value().isDouble() || it.value().isBool())
            out->insert(it.key(), it.value().toVariant().toString());
        else
            return false;
    }
    return true;
}

} // namespace

QString McpServerConfig::validate() const {
    if (name.trimmed().isEmpty())
        return tr("An MCP server needs a name.");
    if (transport == Transport::Stdio) {
        if (command.trimmed().isEmpty())
            return tr("MCP server \"%1\" has no command to run.").arg(name);
        return {};
    }
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) ||
        url.host().isEmpty())
        return tr("MCP server \"%1\" needs an http:// or https:// URL, not \"%2\".")
            .arg(name, url.toString());
    return {};
}

QString McpServerConfig::keychainAccount(const QString &serverName) {
    return u"mcp-server:"_s + serverName;
}

QString McpServerConfig::target() const {
    if (transport == Transport::Http)
        return url.toString();
    QStringList words{command};
    for (const QString &a : args)
        words << (a.contains(u' ') || a.isEmpty() ? u"\""_s + a + u"\""_s : a);
    return words.join(u' ');
}

QJsonObject McpServerConfig::toJson() const {
    QJsonObject o;
    if (transport == Transport::Stdio) {
        o.insert(u"command"_s, command);
        o.insert(u"args"_s, QJsonArray::fromStringList(args));
        if (!env.isEmpty())
            o.insert(u"env"_s, mapToJson(env));
        if (!workingDirectory.isEmpty())
            o.insert(u"cwd"_s, workingDirectory);
    } else {
        o.insert(u"type"_s, u"http"_s);
        o.insert(u"url"_s, url.toString());
        if (!headers.isEmpty())
            o.insert(u"headers"_s, mapToJson(headers));
        if (tokenInKeychain)
            o.insert(u"tokenInKeychain"_s, true);
    }
    if (!enabled)
        o.insert(u"disabled"_s, true);
    return o;
}

QString McpServerConfig::fromJson(const QString &name, const QJsonObject &entry,
                                  McpServerConfig *out) {
    McpServerConfig c;
    c.name = name.trimmed();
    const QString type = entry.value(u"type"_s).toString().toLower();
    if (type == "sse"_L1)
        return tr("MCP server \"%1\" uses the old HTTP+SSE transport, which is not supported; "
                  "use its Streamable HTTP URL instead.")
            .arg(name);
    const bool hasUrl = entry.contains(u"url"_s) || entry.contains(u"serverUrl"_s);
    if (entry.contains(u"command"_s)) {
        c.transport = Transport::Stdio;
        c.command = entry.value(u"command"_s).toString();
        const QJsonValue args = entry.value(u"args"_s);
        if (!args.isUndefined() && !args.isArray())
            return tr("MCP server \"%1\": \"args\" must be a list of strings.").arg(name);
        for (const QJsonValue &a : args.toArray()) {
            if (!a.isString() && !a.isDouble())
                return tr("MCP server \"%1\": \"args\" must be a list of strings.").arg(name);
            c.args << a.toVariant().toString();
        }
        if (!readStringMap(entry.value(u"env"_s), &c.env))
            return tr("MCP server \"%1\": \"env\" must map names to strings.").arg(name);
        c.workingDirectory = entry.value(u"cwd"_s).toString();
    } else if (hasUrl) {
        c.transport = Transport::Http;
        c.url = QUrl(entry.value(entry.contains(u"url"_s) ? u"url"_s : u"serverUrl"_s).toString());
        if (!readStringMap(entry.value(u"headers"_s), &c.headers))
            return tr("MCP server \"%1\": \"headers\" must map names to strings.").arg(name);
        c.tokenInKeychain = entry.value(u"tokenInKeychain"_s).toBool();
    } else {
        return tr("MCP server \"%1\" has neither a \"command\" nor a \"url\".").arg(name);
    }
    c.enabled = !entry.value(u"disabled"_s).toBool() && entry.value(u"enabled"_s).toBool(true);
    if (const QString problem = c.validate(); !problem.isEmpty())
        return problem;
    *out = c;
    return {};
}

McpServerList McpServerList::parse(const QByteArray &json, QString *error) {
    McpServerList list;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? tr("Not valid JSON: %1 at offset %2.")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)
                         : tr("Expected a JSON object with \"mcpServers\".");
        return list;
    }
    QJsonObject map = doc.object();
    if (map.value(u"mcpServers"_s).isObject())
        map = map.value(u"mcpServers"_s).toObject();
    else if (map.value(u"servers"_s).isObject())
        map = map.value(u"servers"_s).toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isObject()) {
            list.problems << tr("MCP server \"%1\" is not a JSON object.").arg(it.key());
            continue;
        }
        McpServerConfig c;
        if (const QString problem = McpServerConfig::fromJson(it.key(), it.value().toObject(), &c);
            !problem.isEmpty())
            list.problems << problem;
        else
            list.servers.append(c);
    }
    return list;
}

QByteArray McpServerList::serialize(const QList<McpServerConfig> &servers) {
    QJsonObject map;
    for (const McpServerConfig &s : servers)
        map.insert(s.name, s.toJson());
    return QJsonDocument(QJsonObject{{u"mcpServers"_s, map}}).toJson(QJsonDocument::Indented);
}

McpServerStore::McpServerStore(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path) {}

QString McpServerStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/orstudio/mcp-servers.json"_s;
}

QList<McpServerConfig> McpServerStore::load(QString *error) const {
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(m_path, file.errorString());
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return {};
    QString parseError;
    McpServerList list = McpServerList::parse(bytes, &parseError);
    QStringList problems = list.problems;
    if (!parseError.isEmpty())
        problems.prepend(parseError);
    if (error && !problems.isEmpty())
        *error = tr("%1: %2").arg(m_path, problems.join(u' '));
    return list.servers;
}

bool McpServerStore::save(const QList<McpServerConfig> &servers, QString *error) const {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(McpServerList::serialize(servers)) < 0 ||
        !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

void McpServerStore::upsert(QList<McpServerConfig> &servers, const McpServerConfig &server) {
    for (McpServerConfig &s : servers) {
        if (s.name == server.name) {
            s = server;
            return;
        }
    }
    servers.append(server);
}

const McpServerConfig *McpServerStore::find(const QList<McpServerConfig> &servers,
                                            const QString &name) {
    for (const McpServerConfig &s : servers)
        if (s.name == name)
            return &s;
    return nullptr;
}

} // namespace orc
