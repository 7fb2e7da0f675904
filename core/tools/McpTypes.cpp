#include "tools/McpTypes.h"

#include "domain/EnumNames.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace orc {

namespace Mcp {

QStringList supportedVersions() {
    return {u"2025-11-25"_s, u"2025-06-18"_s, u"2025-03-26"_s, u"2024-11-05"_s};
}

QString latestVersion() {
    return supportedVersions().constFirst();
}

bool isSupportedVersion(const QString &version) {
    return supportedVersions().contains(version);
}

QJsonObject request(const QJsonValue &id, const QString &method, const QJsonObject &params) {
    QJsonObject o{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, method}};
    if (!params.isEmpty())
        o.insert(u"params"_s, params);
    return o;
}

QJsonObject notification(const QString &method, const QJsonObject &params) {
    QJsonObject o{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, method}};
    if (!params.isEmpty())
        o.insert(u"params"_s, params);
    return o;
}

QJsonObject response(const QJsonValue &id, const QJsonObject &result) {
    return {{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"result"_s, result}};
}

QJsonObject errorResponse(const QJsonValue &id, int code, const QString &message) {
    return {{u"jsonrpc"_s, u"2.0"_s},
            {u"id"_s, id.isUndefined() ? QJsonValue(QJsonValue::Null) : id},
            {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
}

bool sameId(const QJsonValue &a, const QJsonValue &b) {
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

QByteArray frame(const QJsonObject &message) {
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace Mcp

// Indexed by McpError::Kind, in declaration order.
constexpr QLatin1String kKindNames[] = {"none"_L1,    "config"_L1,   "start"_L1,     "exited"_L1,
                                        "timeout"_L1, "protocol"_L1, "version"_L1,   "remote"_L1,
                                        "http"_L1,    "network"_L1,  "cancelled"_L1, "closed"_L1};
static_assert(std::size(kKindNames) == std::size_t(McpError::Kind::Closed) + 1);

QString McpError::kindName(Kind kind) {
    return enumName(kKindNames, kind, "unknown"_L1);
}

QJsonObject McpError::toJson() const {
    QJsonObject o{{u"kind"_s, kindName(kind)}, {u"message"_s, message}};
    if (code != 0)
        o.insert(u"code"_s, code);
    return o;
}

McpError McpError::make(Kind kind, const QString &message, int code) {
    McpError e;
    e.kind = kind;
    e.message = message;
    e.code = code;
    return e;
}

McpTool McpTool::fromJson(const QJsonObject &object) {
    McpTool t;
    t.name = object.value(u"name"_s).toString();
    t.title = object.value(u"title"_s).toString();
    if (t.title.isEmpty())
        t.title = object.value(u"annotations"_s).toObject().value(u"title"_s).toString();
    t.description = object.value(u"description"_s).toString();
    t.inputSchema = object.value(u"inputSchema"_s).toObject();
    t.outputSchema = object.value(u"outputSchema"_s).toObject();
    t.annotations = object.value(u"annotations"_s).toObject();
    return t;
}

QJsonObject McpTool::toJson() const {
    QJsonObject o{{u"name"_s, name}};
    if (!title.isEmpty())
        o.insert(u"title"_s, title);
    if (!description.isEmpty())
        o.insert(u"description"_s, description);
    o.insert(u"inputSchema"_s,
             inputSchema.isEmpty() ? QJsonObject{{u"type"_s, u"object"_s}} : inputSchema);
    if (!outputSchema.isEmpty())
        o.insert(u"outputSchema"_s, outputSchema);
    if (!annotations.isEmpty())
        o.insert(u"annotations"_s, annotations);
    return o;
}

McpContent McpContent::makeText(const QString &text) {
    McpContent c;
    c.type = Type::Text;
    c.typeName = u"text"_s;
    c.text = text;
    return c;
}

McpContent McpContent::makeImage(const QByteArray &bytes, const QString &mimeType) {
    McpContent c;
    c.type = Type::Image;
    c.typeName = u"image"_s;
    c.data = bytes.toBase64();
    c.mimeType = mimeType;
    return c;
}

McpContent McpContent::fromJson(const QJsonObject &object) {
    McpContent c;
    c.raw = object;
    c.typeName = object.value(u"type"_s).toString();
    c.mimeType = object.value(u"mimeType"_s).toString();
    if (c.typeName == "text"_L1) {
        c.type = Type::Text;
        c.text = object.value(u"text"_s).toString();
    } else if (c.typeName == "image"_L1 || c.typeName == "audio"_L1) {
        c.type = c.typeName == "image"_L1 ? Type::Image : Type::Audio;
        c.data = object.value(u"data"_s).toString().toLatin1();
    } else if (c.typeName == "resource_link"_L1) {
        c.type = Type::ResourceLink;
        c.uri = object.value(u"uri"_s).toString();
        c.name = object.value(u"name"_s).toString();
    } else if (c.typeName == "resource"_L1) {
        c.type = Type::Resource;
        const QJsonObject r = object.value(u"resource"_s).toObject();
        c.uri = r.value(u"uri"_s).toString();
        c.mimeType = r.value(u"mimeType"_s).toString();
        c.text = r.value(u"text"_s).toString();
        c.data = r.value(u"blob"_s).toString().toLatin1();
    } else {
        c.type = Type::Other;
    }
    return c;
}

QJsonObject McpContent::toJson() const {
    switch (type) {
    case Type::Text:
        return {{u"type"_s, u"text"_s}, {u"text"_s, text}};
    case Type::Image:
    case Type::Audio:
        return {{u"type"_s, type == Type::Image ? u"image"_s : u"audio"_s},
                {u"data"_s, QString::fromLatin1(data)},
                {u"mimeType"_s, mimeType}};
    case Type::ResourceLink:
    case Type::Resource:
    case Type::Other:
        break;
    }
    return raw;
}

McpToolResult McpToolResult::fromJson(const QJsonObject &result) {
    McpToolResult r;
    for (const QJsonValue &v : result.value(u"content"_s).toArray())
        r.content.append(McpContent::fromJson(v.toObject()));
    r.isError = result.value(u"isError"_s).toBool();
    r.structuredContent = result.value(u"structuredContent"_s);
    return r;
}

McpToolResult McpToolResult::text(const QString &text, bool isError) {
    McpToolResult r;
    r.content.append(McpContent::makeText(text));
    r.isError = isError;
    return r;
}

QJsonObject McpToolResult::toJson() const {
    QJsonArray items;
    for (const McpContent &c : content)
        items.append(c.toJson());
    QJsonObject o{{u"content"_s, items}};
    if (isError)
        o.insert(u"isError"_s, true);
    if (!structuredContent.isUndefined())
        o.insert(u"structuredContent"_s, structuredContent);
    return o;
}

QString McpToolResult::plainText() const {
    const auto tr = [](const char *text) { return QCoreApplication::translate("orc::Mcp", text); };
    QStringList parts;
    for (const McpContent &c : content) {
        switch (c.type) {
        case McpContent::Type::Text:
            parts << c.text;
            break;
        case McpContent::Type::Image:
        case McpContent::Type::Audio:
            parts << tr("[%1 %2, %3 bytes]")
                         .arg(c.typeName, c.mimeType)
                         .arg(QByteArray::fromBase64(c.data).size());
            break;
        case McpContent::Type::ResourceLink:
            parts << tr("[resource %1 %2]").arg(c.name, c.uri).simplified();
            break;
        case McpContent::Type::Resource:
            parts << (c.text.isEmpty() ? tr("[resource %1]").arg(c.uri) : c.text);
            break;
        case McpContent::Type::Other:
            parts << QString::fromUtf8(QJsonDocument(c.raw).toJson(QJsonDocument::Compact));
            break;
        }
    }
    if (parts.isEmpty() && !structuredContent.isUndefined() && !structuredContent.isNull())
        parts << QString::fromUtf8(
            structuredContent.isObject()
                ? QJsonDocument(structuredContent.toObject()).toJson(QJsonDocument::Compact)
                : QJsonDocument(structuredContent.toArray()).toJson(QJsonDocument::Compact));
    return parts.join(u"\n\n"_s);
}

} // namespace orc
