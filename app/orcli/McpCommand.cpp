#include "McpCommand.h"

#include "ExitCode.h"
#include "McpServe.h"
#include "api/OpenRouterClient.h"
#include "store/KeyStore.h"
#include "tools/McpClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace orc::cli {

namespace {

QJsonObject describeServer(const McpServerConfig &s) {
    // Values of env and headers may be secrets: only their names are shown.
    QJsonObject o{
        {u"name"_s, s.name},
        {u"transport"_s, s.transport == McpServerConfig::Transport::Stdio ? u"stdio"_s : u"http"_s},
        {u"enabled"_s, s.enabled}};
    if (s.transport == McpServerConfig::Transport::Stdio) {
        o.insert(u"command"_s, s.command);
        o.insert(u"args"_s, QJsonArray::fromStringList(s.args));
        o.insert(u"env"_s, QJsonArray::fromStringList(s.env.keys()));
        if (!s.workingDirectory.isEmpty())
            o.insert(u"cwd"_s, s.workingDirectory);
    } else {
        o.insert(u"url"_s, s.url.toString());
        o.insert(u"headers"_s, QJsonArray::fromStringList(s.headers.keys()));
        o.insert(u"token_in_keychain"_s, s.tokenInKeychain);
    }
    return o;
}

} // namespace

McpCommand::McpCommand(Printer &printer, QObject *parent)
    : Command(printer, parent) {}

McpCommand::~McpCommand() = default;

QStringList McpCommand::actions() {
    return {u"list"_s,   u"tools"_s,  u"add"_s,     u"import"_s,
            u"remove"_s, u"enable"_s, u"disable"_s, u"serve"_s};
}

Command::Spec McpCommand::spec() const {
    return {
        u"mcp"_s,
        tr("MCP servers: list, add, import, show tools; serve orcli as one"),
        tr("Manages the MCP (Model Context Protocol) servers that OR Studio and orcli share, "
           "kept in %1 in the mcpServers JSON format. list shows them; tools NAME connects "
           "to one and lists its tools (or tools -- CMD ARGS... for a command not saved); add "
           "NAME -- CMD ARGS... saves a stdio server, add NAME --url URL a Streamable HTTP "
           "one; import FILE merges a Claude Desktop / Cursor mcpServers file (\"-\" reads "
           "stdin); remove, enable and disable change one. serve makes orcli an MCP server "
           "on stdin/stdout with the tools chat, image and models, for agents such as Claude "
           "Desktop, Claude Code or Cursor. MCP failures exit with 1 (7 for a timeout or an "
           "unreachable server).")
            .arg(McpServerStore::defaultPath()),
        {{u"ACTION"_s, tr("list, tools, add, import, remove, enable, disable or serve")},
         {u"[NAME|FILE]"_s, tr("the server's name (import: the JSON file)")},
         {u"[-- CMD ARGS...]"_s, tr("add, tools: the command line of a stdio server")}},
        {
            QCommandLineOption(u"url"_s, tr("add: the server's Streamable HTTP URL."), u"URL"_s),
            QCommandLineOption(u"header"_s,
                               tr("add: an HTTP header sent to the server, \"Name: value\" "
                                  "(repeatable)."),
                               u"HEADER"_s),
            QCommandLineOption(u"env"_s,
                               tr("add: an environment variable for the server, NAME=VALUE "
                                  "(repeatable)."),
                               u"VAR"_s),
            QCommandLineOption(u"disabled"_s, tr("add: save the server disabled.")),
            QCommandLineOption(u"token-stdin"_s,
                               tr("add: read a bearer token for an HTTP server from stdin and keep "
                                  "it in the system keychain.")),
            QCommandLineOption(u"config"_s,
                               tr("The MCP servers file to use instead of the shared one."),
                               u"FILE"_s),
        },
        u"  orcli mcp add everything -- npx -y @modelcontextprotocol/server-everything\n"
        "  orcli mcp tools everything --format json\n"
        "  orcli mcp import ~/.config/Claude/claude_desktop_config.json\n"
        "  orcli mcp serve\n"_s};
}

QString McpCommand::configure(const QCommandLineParser &parser) {
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return tr("Missing ACTION: one of %1.").arg(actions().join(u", "_s));
    m_action = args.takeFirst();
    if (!actions().contains(m_action))
        return tr("Unknown action \"%1\": use one of %2.").arg(m_action, actions().join(u", "_s));
    m_store = McpServerStore(parser.value(u"config"_s));
    const bool adding = m_action == "add"_L1;
    if (!adding && (parser.isSet(u"url"_s) || parser.isSet(u"header"_s) || parser.isSet(u"env"_s) ||
                    parser.isSet(u"disabled"_s) || parser.isSet(u"token-stdin"_s)))
        return tr("--url, --header, --env, --disabled and --token-stdin go with \"orcli mcp "
                  "add\".");
    if (m_action == "list"_L1 || m_action == "serve"_L1) {
        if (!args.isEmpty())
            return tr("orcli mcp %1 takes no further arguments.").arg(m_action);
    } else if (m_action == "tools"_L1 && !args.isEmpty() &&
               (args.size() > 1 || QCoreApplication::arguments().contains(u"--"_s))) {
        // tools -- CMD ARGS: an unsaved stdio server
        m_server.name = QFileInfo(args.constFirst()).fileName();
        m_server.command = args.takeFirst();
        m_server.args = args;
    } else if (adding) {
        return configureAdd(parser);
    } else if (args.size() != 1) {
        return m_action == "import"_L1 ? tr("orcli mcp import takes one FILE (\"-\": stdin).")
                                       : tr("orcli mcp %1 takes one server NAME.").arg(m_action);
    } else {
        m_name = args.constFirst();
    }
    if (m_action == "import"_L1) {
        if (m_name == "-"_L1) {
            m_importBytes = readStdin();
        } else {
            QFile f(m_name);
            if (!f.open(QIODevice::ReadOnly))
                return tr("Cannot read %1: %2").arg(m_name, f.errorString());
            m_importBytes = f.readAll();
        }
    }
    return {};
}

QString McpCommand::configureAdd(const QCommandLineParser &parser) {
    QStringList args = parser.positionalArguments().mid(1);
    if (args.isEmpty())
        return tr("Missing NAME: orcli mcp add NAME -- CMD ARGS..., or NAME --url URL.");
    m_server.name = args.takeFirst();
    m_server.enabled = !parser.isSet(u"disabled"_s);
    if (parser.isSet(u"url"_s)) {
        if (!args.isEmpty())
            return tr("Give either --url or a command after \"--\", not both.");
        m_server.transport = McpServerConfig::Transport::Http;
        m_server.url = QUrl(parser.value(u"url"_s));
        for (const QString &h : parser.values(u"header"_s)) {
            const qsizetype colon = h.indexOf(u':');
            if (colon <= 0)
                return tr("--header \"%1\": expected \"Name: value\".").arg(h);
            m_server.headers.insert(h.left(colon).trimmed(), h.mid(colon + 1).trimmed());
        }
        if (parser.isSet(u"token-stdin"_s)) {
            m_importBytes = readStdin().trimmed();
            if (m_importBytes.isEmpty())
                return tr("--token-stdin: stdin is empty.");
            m_server.tokenInKeychain = true;
        }
    } else {
        if (args.isEmpty())
            return tr("Missing the server's command: orcli mcp add NAME -- CMD ARGS...");
        if (parser.isSet(u"header"_s) || parser.isSet(u"token-stdin"_s))
            return tr("--header and --token-stdin are for HTTP servers (--url).");
        m_server.command = args.takeFirst();
        m_server.args = args;
    }
    for (const QString &e : parser.values(u"env"_s)) {
        const qsizetype eq = e.indexOf(u'=');
        if (eq <= 0)
            return tr("--env \"%1\": expected NAME=VALUE.").arg(e);
        m_server.env.insert(e.left(eq), e.mid(eq + 1));
    }
    return m_server.validate();
}

bool McpCommand::save(const QList<McpServerConfig> &servers) {
    QString error;
    if (m_store.save(servers, &error))
        return true;
    m_printer.error(error, ExitCode::Other, u"io"_s);
    finish(ExitCode::Other);
    return false;
}

void McpCommand::start() {
    if (m_action == "serve"_L1) {
        m_serve = new McpServe(client(), m_config, m_printer, this);
        connect(m_serve, &McpServe::finished, this, [this] { finish(ExitCode::Ok); });
        m_serve->start();
        return;
    }
    QString error;
    m_servers = m_store.load(&error);
    if (!error.isEmpty()) {
        if (m_action != "list"_L1 && m_action != "tools"_L1) {
            // Saving now would lose what could not be read.
            m_printer.error(error, ExitCode::Other, u"io"_s);
            finish(ExitCode::Other);
            return;
        }
        m_printer.warning(error);
    }
    if (m_action == "list"_L1) {
        list();
        return;
    }
    if (m_action == "add"_L1) {
        const bool replaced = McpServerStore::find(m_servers, m_server.name);
        McpServerStore::upsert(m_servers, m_server);
        if (!m_server.tokenInKeychain) {
            if (save(m_servers)) {
                m_printer.status(replaced ? tr("Replaced MCP server \"%1\".").arg(m_server.name)
                                          : tr("Added MCP server \"%1\".").arg(m_server.name));
                finish(ExitCode::Ok);
            }
            return;
        }
        KeyStore::Options options;
        options.account = McpServerConfig::keychainAccount(m_server.name);
        auto *keys = new KeyStore(options, this);
        connect(keys, &KeyStore::saved, this, [this](KeyStore::Backend to, const QString &e) {
            if (to == KeyStore::Backend::None) {
                fail(tr("The token could not be kept in the keychain, so the server "
                        "was not added: %1")
                         .arg(e),
                     ExitCode::Other, u"keychain"_s);
                return;
            }
            if (save(m_servers)) {
                m_printer.status(tr("Added MCP server \"%1\"; its token is in the keychain.")
                                     .arg(m_server.name));
                finish(ExitCode::Ok);
            }
        });
        keys->save(QString::fromUtf8(m_importBytes));
        return;
    }
    if (m_action == "import"_L1) {
        QString parseError;
        const McpServerList imported = McpServerList::parse(m_importBytes, &parseError);
        for (const QString &p : imported.problems)
            m_printer.warning(p);
        if (!parseError.isEmpty() || imported.servers.isEmpty()) {
            fail(parseError.isEmpty() ? tr("%1 has no usable MCP servers.").arg(m_name)
                                      : tr("%1: %2").arg(m_name, parseError),
                 ExitCode::Usage);
            return;
        }
        QStringList names;
        for (const McpServerConfig &s : imported.servers) {
            McpServerStore::upsert(m_servers, s);
            names << s.name;
        }
        if (save(m_servers)) {
            m_printer.status(tr("Imported %n MCP server(s): %1.", nullptr, int(names.size()))
                                 .arg(names.join(u", "_s)));
            finish(ExitCode::Ok);
        }
        return;
    }
    if (m_action == "tools"_L1 && !m_server.command.isEmpty()) {
        tools();
        return;
    }
    const McpServerConfig *found = McpServerStore::find(m_servers, m_name);
    if (!found) {
        QStringList known;
        for (const McpServerConfig &s : std::as_const(m_servers))
            known << s.name;
        fail(known.isEmpty()
                 ? tr("No MCP server \"%1\": none is configured (orcli mcp add).").arg(m_name)
                 : tr("No MCP server \"%1\"; configured: %2.").arg(m_name, known.join(u", "_s)),
             ExitCode::Usage);
        return;
    }
    m_server = *found;
    if (m_action == "tools"_L1) {
        tools();
        return;
    }
    if (m_action == "remove"_L1)
        m_servers.removeIf([this](const McpServerConfig &s) { return s.name == m_name; });
    else
        for (McpServerConfig &s : m_servers)
            if (s.name == m_name)
                s.enabled = m_action == "enable"_L1;
    if (save(m_servers)) {
        m_printer.status(m_action == "remove"_L1   ? tr("Removed MCP server \"%1\".").arg(m_name)
                         : m_action == "enable"_L1 ? tr("Enabled MCP server \"%1\".").arg(m_name)
                                                   : tr("Disabled MCP server \"%1\".").arg(m_name));
        finish(ExitCode::Ok);
    }
}

void McpCommand::list() {
    if (m_printer.isJson()) {
        QJsonArray all;
        for (const McpServerConfig &s : std::as_const(m_servers))
            all.append(describeServer(s));
        m_printer.writeJson(all);
        finish(ExitCode::Ok);
        return;
    }
    if (m_servers.isEmpty())
        m_printer.status(tr("No MCP servers are configured (%1). Add one with \"orcli mcp add "
                            "NAME -- CMD ARGS...\".")
                             .arg(m_store.path()));
    int width = 4;
    for (const McpServerConfig &s : std::as_const(m_servers))
        width = std::max(width, int(s.name.size()));
    for (const McpServerConfig &s : std::as_const(m_servers)) {
        const QString transport =
            s.transport == McpServerConfig::Transport::Stdio ? u"stdio"_s : u"http"_s;
        m_printer.writeLine(s.name.leftJustified(width) + u"  "_s + transport.leftJustified(5) +
                            u"  "_s + (s.enabled ? u"enabled "_s : u"disabled"_s) + u"  "_s +
                            s.target());
    }
    finish(ExitCode::Ok);
}

void McpCommand::tools() {
    const auto go = [this](const QString &token) {
        m_client = new McpClient(m_server, this);
        m_client->setClientInfo(u"orcli"_s, QCoreApplication::applicationVersion());
        m_client->setBearerToken(token);
        m_client->setNetworkAccessManager(client()->network());
        if (m_global.timeoutSeconds)
            m_client->setRequestTimeoutMs(int(*m_global.timeoutSeconds * 1000));
        m_printer.log(
            tr("connecting to MCP server \"%1\": %2").arg(m_server.name, m_server.target()));
        m_client->connectToServer([this](const McpError &error) { connected(error); });
    };
    if (m_server.transport != McpServerConfig::Transport::Http || !m_server.tokenInKeychain) {
        go({});
        return;
    }
    KeyStore::Options options;
    options.account = McpServerConfig::keychainAccount(m_server.name);
    auto *keys = new KeyStore(options, this);
    connect(keys, &KeyStore::loaded, this,
            [this, go](const QString &token, KeyStore::Backend, const QString &error) {
                if (token.isEmpty())
                    m_printer.warning(tr("No token for MCP server \"%1\" in the keychain%2; "
                                         "connecting without one.")
                                          .arg(m_server.name, error.isEmpty()
                                                                  ? QString()
                                                                  : u" ("_s + error + u')'));
                go(token);
            });
    keys->load();
}

void McpCommand::connected(const McpError &error) {
    if (error) {
        mcpFailure(error);
        return;
    }
    m_client->listTools([this](const QList<McpTool> &tools, const McpError &e) {
        if (e) {
            mcpFailure(e);
            return;
        }
        if (m_printer.isJson()) {
            QJsonArray list;
            for (const McpTool &t : tools)
                list.append(t.toJson());
            m_printer.writeJson(QJsonObject{{u"server"_s, m_server.name},
                                            {u"server_info"_s, m_client->serverInfo()},
                                            {u"protocol_version"_s, m_client->protocolVersion()},
                                            {u"tools"_s, list}});
        } else {
            const QJsonObject info = m_client->serverInfo();
            m_printer.status(tr("%1 %2 (MCP %3): %n tool(s)", nullptr, int(tools.size()))
                                 .arg(info.value(u"name"_s).toString(m_server.name),
                                      info.value(u"version"_s).toString(),
                                      m_client->protocolVersion()));
            int width = 0;
            for (const McpTool &t : tools)
                width = std::max(width, int(t.name.size()));
            for (const McpTool &t : tools)
                m_printer.writeLine(QString(t.name.leftJustified(width) + u"  "_s +
                                            t.description.section(u'\n', 0, 0))
                                        .trimmed());
        }
        m_client->close();
        finish(ExitCode::Ok);
    });
}

void McpCommand::mcpFailure(const McpError &error) {
    const bool network =
        error.kind == McpError::Kind::Timeout || error.kind == McpError::Kind::Network;
    const int code = error.kind == McpError::Kind::Config ? int(ExitCode::Usage)
                     : network                            ? int(ExitCode::Network)
                                                          : int(ExitCode::Other);
    m_printer.error(error.message, code, u"mcp_"_s + McpError::kindName(error.kind));
    finish(code);
}

void McpCommand::cancel() {
    if (isFinished())
        return;
    if (m_client)
        m_client->close();
    m_printer.status(tr("Cancelled."));
    finish(ExitCode::Cancelled);
}

} // namespace orc::cli
