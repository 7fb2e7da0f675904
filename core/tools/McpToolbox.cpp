#include "tools/McpToolbox.h"

#include "Translate.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr auto tr = fileTr<"orc::Mcp">;

bool isValidName(const QString &name) {
    static const QRegularExpression valid(u"^[a-zA-Z0-9_-]{1,64}$"_s);
    return valid.match(name).hasMatch();
}

} // namespace

QString McpToolbox::sanitize(const QString &name) {
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
        out += ok ? c : u'_';
    }
    if (out.isEmpty())
        out = u"tool"_s;
    return out.left(kMaxFunctionNameChars);
}

bool McpToolbox::taken(const QString &name) const {
    for (const Entry &e : m_entries)
        if (e.functionName == name)
            return true;
    return false;
}

QString McpToolbox::uniqueName(const QString &server, const QString &tool) const {
    if (isValidName(tool) && !taken(tool))
        return tool;
    const QString base = sanitize(server + u"__"_s + tool);
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = u"_"_s + QString::number(n);
        const QString candidate = base.left(kMaxFunctionNameChars - suffix.size()) + suffix;
        if (!taken(candidate))
            return candidate;
    }
}

void McpToolbox::addServer(const QString &server, const QList<McpTool> &tools) {
    // On a clash the tool added first keeps its plain name and later ones get the prefixed
    // form; names already handed out never change.
    for (const McpTool &tool : tools)
        m_entries.append({uniqueName(server, tool.name), server, tool});
}

const McpToolbox::Entry *McpToolbox::find(const QString &functionName) const {
    for (const Entry &e : m_entries)
        if (e.functionName == functionName)
            return &e;
    return nullptr;
}

QJsonObject McpToolbox::functionTool(const Entry &entry) {
    QJsonObject parameters = entry.tool.inputSchema;
    if (parameters.value(u"type"_s).toString() != "object"_L1)
        parameters = QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject{}}};
    else if (!parameters.contains(u"properties"_s))
        parameters.insert(u"properties"_s, QJsonObject{});
    QString description = entry.tool.description;
    if (description.isEmpty())
        description = entry.tool.displayName();
    return ChatRequest::functionTool(entry.functionName, description, parameters);
}

QJsonArray McpToolbox::functionTools() const {
    QJsonArray tools;
    for (const Entry &e : m_entries)
        tools.append(functionTool(e));
    return tools;
}

ChatMessage McpToolbox::resultMessage(const ToolCall &call, const McpToolResult &result) {
    QString text = result.plainText();
    if (result.isError)
        text = tr("The tool reported an error: %1").arg(text);
    return ChatMessage::tool(call.id, text);
}

ChatMessage McpToolbox::errorMessage(const ToolCall &call, const McpError &error) {
    return ChatMessage::tool(call.id, tr("The tool could not run: %1").arg(error.message));
}

std::optional<QJsonObject> McpToolbox::parseArguments(const QString &arguments, QString *error) {
    if (arguments.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(arguments.toUtf8(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error =
                tr("The tool arguments are not a JSON object: %1")
                    .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                      : arguments.left(80));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace orc
