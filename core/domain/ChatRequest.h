#pragma once

#include "domain/Routing.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace orc {

// One part of a multimodal message. Text-only messages are sent with a plain string content.
struct ContentPart {
    enum class Type { Text, Image, File, Audio };
    Type type = Type::Text;
    // (each member has an initializer so that the factories can name only what they set)
    QString text{};           // Text
    QString url{};            // Image: https:// or data: URL; File: data: URL or https:// URL
    QString detail{};         // Image: auto/low/high/original, empty = not sent
    QString filename{};       // File
    QString audioFormat{};    // Audio: wav, mp3...
    QByteArray audioBase64{}; // Audio: plain base64, no data: prefix

    static ContentPart makeText(const QString &text);
    static ContentPart makeImageUrl(const QString &url, const QString &detail = {});
    static ContentPart makeImageData(const QByteArray &bytes, const QString &mimeType,
                                     const QString &detail = {});
    static ContentPart makeFile(const QString &filename, const QString &urlOrDataUrl);
    static ContentPart makePdf(const QString &filename, const QByteArray &bytes);
    static ContentPart makeAudio(const QByteArray &bytes, const QString &format);

    static QString dataUrl(const QByteArray &bytes, const QString &mimeType);
    bool operator==(const ContentPart &) const = default;
};

struct ToolCall {
    int index = 0;
    QString id;
    QString type = QStringLiteral("function");
    QString name;
    QString arguments; // JSON text, concatenated from stream fragments
    bool operator==(const ToolCall &) const = default;
};

struct ChatMessage {
    QString role; // system, developer, user, assistant, tool
    QList<ContentPart> parts;
    QString name;
    QString toolCallId;          // role tool
    QList<ToolCall> toolCalls;   // role assistant
    QString reasoning;           // assistant, sent back for reasoning continuity
    QJsonArray reasoningDetails; // assistant, sent back unmodified

    static ChatMessage system(const QString &text);
    static ChatMessage user(const QString &text);
    static ChatMessage assistant(const QString &text);
    static ChatMessage tool(const QString &toolCallId, const QString &content);

    QString text() const; // all text parts joined
    bool isTextOnly() const;
    bool operator==(const ChatMessage &) const = default;
};

struct ReasoningOptions {
    QString effort; // max, xhigh, high, medium, low, minimal, none
    std::optional<int> maxTokens;
    std::optional<bool> exclude;
    std::optional<bool> enabled;
    bool isEmpty() const { return effort.isEmpty() && !maxTokens && !exclude && !enabled; }
    bool operator==(const ReasoningOptions &) const = default;
};

// Everything `POST /chat/completions` takes that OR Studio uses, serialised by ChatCodec
// exactly as the API expects. Unset optionals are not sent (the provider default applies).
struct ChatRequest {
    QString model;
    QStringList models; // fallbacks, tried in order
    QList<ChatMessage> messages;
    bool stream = true;

    std::optional<int> maxTokens;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> topK;
    std::optional<double> frequencyPenalty;
    std::optional<double> presencePenalty;
    std::optional<double> repetitionPenalty;
    std::optional<qint64> seed;
    QStringList stop;

    QJsonObject responseFormat; // see jsonObjectFormat() / jsonSchemaFormat()
    ReasoningOptions reasoning;
    QJsonArray tools;
    QJsonValue toolChoice = QJsonValue::Undefined;
    std::optional<bool> parallelToolCalls;
    RoutingPreferences provider; // the `provider` object; `models` above are the fallbacks
    QJsonArray plugins;
    QStringList modalities;  // ["image","text"] or ["image"] for image generation
    QJsonObject imageConfig; // aspect_ratio, image_size, ...
    QString user;
    QString sessionId;
    QJsonObject extra; // merged last, verbatim: fields this type does not model

    static QJsonObject jsonObjectFormat();
    static QJsonObject jsonSchemaFormat(const QString &name, const QJsonObject &schema,
                                        bool strict = true);
    static QJsonObject webPlugin(int maxResults = 0);
    static QJsonObject functionTool(const QString &name, const QString &description,
                                    const QJsonObject &parameters);
    bool operator==(const ChatRequest &) const = default;
};

} // namespace orc
