#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace orc::fake {

// Formats chat-completion SSE events exactly like the real captures (§4.2, §4.10): every chunk
// is one `data: <compact JSON>\n\n` line with id, object, created, model, provider, then
// choices[{index, delta, finish_reason, native_finish_reason}]. The fixed prefix is built once,
// so a content chunk costs one small JSON-escaped append.
class ChatChunkBuilder {
public:
    enum class UsageShape {
        RepeatFinish, // the finish chunk again, with usage (2026 captures)
        EmptyDelta,   // an empty delta and finish_reason null, with usage (2025 captures)
        EmptyChoices, // "choices": [] with usage (docs; Bedrock tool-call capture)
    };

    ChatChunkBuilder(const QString &id, qint64 created, const QString &model,
                     const QString &provider);

    QByteArray content(QByteArrayView utf8) const; // delta {"role":"assistant","content":...}
    void appendContent(QByteArray &out, QByteArrayView utf8) const; // same, appended in place
    // The image chunk of §4.6: delta.images with one data URL, carrying the finish reason.
    QByteArray image(QByteArrayView dataUrl, const QString &finishReason,
                     const QString &nativeFinishReason) const;
    QByteArray reasoning(QByteArrayView utf8, const QString &format) const;
    QByteArray delta(const QJsonObject &delta, const QJsonValue &finishReason = QJsonValue::Null,
                     const QJsonValue &nativeFinishReason = QJsonValue::Null) const;
    QByteArray finish(const QString &finishReason, const QString &nativeFinishReason) const;
    QByteArray usage(UsageShape shape, const QJsonObject &usage, const QString &finishReason,
                     const QString &nativeFinishReason) const;
    QByteArray choicesEmpty() const; // a chunk with "choices": [] and no usage
    // In-band error (§4.7): top-level "error", choice with finish_reason "error".
    QByteArray error(const QJsonObject &error) const;

    static QByteArray comment() { return QByteArrayLiteral(": OPENROUTER PROCESSING\n\n"); }
    static QByteArray done() { return QByteArrayLiteral("data: [DONE]\n\n"); }
    static QByteArray event(const QByteArray &json) { return "data: " + json + "\n\n"; }

    // The non-streamed completion object (§3.9); `choices` is normally one choice object.
    QByteArray completion(const QJsonArray &choices, const QJsonObject &usage) const;

    static QJsonObject usageObject(int promptTokens, int completionTokens, double promptPrice,
                                   double completionPrice, int reasoningTokens = 0,
                                   int imageTokens = 0, double imagePrice = 0);

private:
    QByteArray choice(const QByteArray &deltaJson, const QByteArray &finish,
                      const QByteArray &native) const;

    QString m_id;
    qint64 m_created;
    QString m_model;
    QString m_provider;
    QByteArray m_head; // `data: {"id":...,"provider":"...",`
    QByteArray
        m_contentStart; // m_head + `"choices":[{"index":0,"delta":{"role":"assistant","content":`
};

} // namespace orc::fake
