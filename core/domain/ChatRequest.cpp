#include "ChatRequest.h"

using namespace Qt::StringLiterals;

namespace orc {

ContentPart ContentPart::makeText(const QString &text) {
    return {.type = Type::Text, .text = text};
}

ContentPart ContentPart::makeImageUrl(const QString &url, const QString &detail) {
    return {.type = Type::Image, .url = url, .detail = detail};
}

QString ContentPart::dataUrl(const QByteArray &bytes, const QString &mimeType) {
    return u"data:"_s + mimeType + u";base64,"_s + QString::fromLatin1(bytes.toBase64());
}

ContentPart ContentPart::makeImageData(const QByteArray &bytes, const QString &mimeType,
                                       const QString &detail) {
    return makeImageUrl(dataUrl(bytes, mimeType), detail);
}

ContentPart ContentPart::makeFile(const QString &filename, const QString &urlOrDataUrl) {
    return {.type = Type::File, .url = urlOrDataUrl, .filename = filename};
}

ContentPart ContentPart::makePdf(const QString &filename, const QByteArray &bytes) {
    return makeFile(filename, dataUrl(bytes, u"application/pdf"_s));
}

ContentPart ContentPart::makeAudio(const QByteArray &bytes, const QString &format) {
    return {.type = Type::Audio, .audioFormat = format, .audioBase64 = bytes.toBase64()};
}

static ChatMessage textMessage(const QString &role, const QString &text) {
    ChatMessage m;
    m.role = role;
    m.parts = {ContentPart::makeText(text)};
    return m;
}

ChatMessage ChatMessage::system(const QString &text) {
    return textMessage(u"system"_s, text);
}
ChatMessage ChatMessage::user(const QString &text) {
    return textMessage(u"user"_s, text);
}
ChatMessage ChatMessage::assistant(const QString &text) {
    return textMessage(u"assistant"_s, text);
}
ChatMessage ChatMessage::tool(const QString &toolCallId, const QString &content) {
    ChatMessage m = textMessage(u"tool"_s, content);
    m.toolCallId = toolCallId;
    return m;
}

QString ChatMessage::text() const {
    QStringList texts;
    for (const ContentPart &p : parts)
        if (p.type == ContentPart::Type::Text)
            texts << p.text;
    return texts.join(u"\n"_s);
}

bool ChatMessage::isTextOnly() const {
    for (const ContentPart &p : parts)
        if (p.type != ContentPart::Type::Text)
            return false;
    return true;
}

QJsonObject ChatRequest::jsonObjectFormat() {
    return {{u"type"_s, u"json_object"_s}};
}

QJsonObject ChatRequest::jsonSchemaFormat(const QString &name, const QJsonObject &schema,
                                          bool strict) {
    return {{u"type"_s, u"json_schema"_s},
            {u"json_schema"_s,
             QJsonObject{{u"name"_s, name}, {u"strict"_s, strict}, {u"schema"_s, schema}}}};
}

QJsonObject ChatRequest::webPlugin(int maxResults) {
    QJsonObject plugin{{u"id"_s, u"web"_s}};
    if (maxResults > 0)
        plugin.insert(u"max_results"_s, maxResults);
    return plugin;
}

QJsonObject ChatRequest::functionTool(const QString &name, const QString &description,
                                      const QJsonObject &parameters) {
    return {{u"type"_s, u"function"_s},
            {u"function"_s, QJsonObject{{u"name"_s, name},
                                        {u"description"_s, description},
                                        {u"parameters"_s, parameters}}}};
}

} // namespace orc
