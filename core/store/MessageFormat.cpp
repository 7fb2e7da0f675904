#include "MessageFormat.h"

#include "Translate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <utility>

using namespace Qt::StringLiterals;

namespace orc::MessageFormat {

namespace {

constexpr auto tr = fileTr<"orc::MessageFormat">;

void putText(QJsonObject &o, const char *key, const QString &value) {
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

void putCount(QJsonObject &o, const char *key, qint64 value) {
    if (value != 0)
        o.insert(QLatin1String(key), value);
}

qint64 count(const QJsonObject &o, const char *key, qint64 fallback = 0) {
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? qint64(v.toDouble()) : fallback;
}

QString text(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toString();
}

QJsonObject encodePart(const ContentPart &p) {
    QJsonObject o;
    switch (p.type) {
    case ContentPart::Type::Text:
        o.insert(u"kind"_s, u"text"_s);
        putText(o, "text", p.text);
        break;
    case ContentPart::Type::Image:
        o.insert(u"kind"_s, u"image"_s);
        putText(o, "url", p.url);
        putText(o, "detail", p.detail);
        break;
    case ContentPart::Type::File:
        o.insert(u"kind"_s, u"file"_s);
        putText(o, "name", p.filename);
        putText(o, "url", p.url);
        break;
    case ContentPart::Type::Audio:
        o.insert(u"kind"_s, u"audio"_s);
        putText(o, "format", p.audioFormat);
        putText(o, "base64", QString::fromLatin1(p.audioBase64));
        break;
    }
    return o;
}

std::optional<ContentPart> decodePart(const QJsonObject &o) {
    const QString kind = text(o, "kind");
    ContentPart p;
    if (kind == "text"_L1) {
        p = ContentPart::makeText(text(o, "text"));
    } else if (kind == "image"_L1) {
        p = ContentPart::makeImageUrl(text(o, "url"), text(o, "detail"));
    } else if (kind == "file"_L1) {
        p = ContentPart::makeFile(text(o, "name"), text(o, "url"));
    } else if (kind == "audio"_L1) {
        p.type = ContentPart::Type::Audio;
        p.audioFormat = text(o, "format");
        p.audioBase64 = text(o, "base64").toLatin1();
    } else {
        return std::nullopt;
    }
    return p;
}

QJsonObject encodeToolCall(const ToolCall &c) {
    QJsonObject o;
    for (const auto &[key, value] :
         {std::pair{"id", &c.id}, std::pair{"type", &c.type}, std::pair{"name", &c.name},
          std::pair{"arguments", &c.arguments}})
        putText(o, key, *value);
    return o;
}

ToolCall decodeToolCall(const QJsonObject &o, int index) {
    ToolCall c;
    c.index = index;
    c.id = text(o, "id");
    c.type = o.value("type"_L1).toString(u"function"_s);
    c.name = text(o, "name");
    c.arguments = text(o, "arguments");
    return c;
}

QJsonValue time(const QDateTime &t) {
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime time(const QJsonObject &o, const char *key) {
    QDateTime t = QDateTime::fromString(text(o, key), Qt::ISODateWithMs);
    return t.isValid() ? t.toTimeZone(QTimeZone::utc()) : QDateTime();
}

// The token counts of a usage, by their names in this format.
constexpr std::pair<const char *, qint64 Usage::*> kUsageCounts[] = {
    {"prompt", &Usage::promptTokens}, {"completion", &Usage::completionTokens},
    {"total", &Usage::totalTokens},   {"reasoning", &Usage::reasoningTokens},
    {"cached", &Usage::cachedTokens}, {"cache_write", &Usage::cacheWriteTokens},
    {"image", &Usage::imageTokens},
};

// Puts `list` under `key` as an array of encode(item), unless it is empty.
template<typename T, typename Encode>
void putList(QJsonObject &o, const char *key, const QList<T> &list, Encode encode) {
    if (list.isEmpty())
        return;
    QJsonArray array;
    for (const T &item : list)
        array.append(encode(item));
    o.insert(QLatin1String(key), array);
}

bool fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return false;
}

} // namespace

QJsonObject encodeUsage(const Usage &u) {
    QJsonObject o;
    for (const auto &[key, field] : kUsageCounts)
        putCount(o, key, u.*field);
    if (u.cost)
        o.insert(u"cost"_s, *u.cost);
    if (u.isByok)
        o.insert(u"byok"_s, true);
    if (!u.raw.isEmpty())
        o.insert(u"as_reported"_s, u.raw);
    return o;
}

Usage decodeUsage(const QJsonObject &o) {
    Usage u;
    for (const auto &[key, field] : kUsageCounts)
        u.*field = count(o, key);
    if (o.value("cost"_L1).isDouble())
        u.cost = o.value("cost"_L1).toDouble();
    u.isByok = o.value("byok"_L1).toBool();
    u.raw = o.value("as_reported"_L1).toObject();
    return u;
}

QJsonObject encodeBody(const StoredMessage &m) {
    QJsonObject o{{u"v"_s, kVersion}};
    putList(o, "parts", m.attachments, encodePart);
    putList(o, "tool_calls", m.toolCalls, encodeToolCall);
    if (!m.reasoningDetails.isEmpty())
        o.insert(u"reasoning_details"_s, m.reasoningDetails);
    if (m.usage)
        o.insert(u"usage"_s, encodeUsage(*m.usage));
    if (!m.error.isEmpty())
        o.insert(u"error"_s, m.error);
    return o;
}

bool decodeBody(const QJsonObject &o, StoredMessage &m, QString *error) {
    const int version = int(count(o, "v", -1));
    if (version < 1)
        return fail(error, tr("A stored message has no format version."));
    if (version > kVersion)
        return fail(error, tr("A stored message uses format %1; this OR Studio reads up to %2. "
                              "Update OR Studio.")
                               .arg(version)
                               .arg(kVersion));
    m.attachments.clear();
    for (const QJsonValue &v : o.value("parts"_L1).toArray()) {
        const auto part = decodePart(v.toObject());
        if (!part)
            return fail(error, tr("A stored message has an attachment of an unknown kind "
                                  "(\"%1\").")
                                   .arg(text(v.toObject(), "kind")));
        m.attachments << *part;
    }
    m.toolCalls.clear();
    const QJsonArray calls = o.value("tool_calls"_L1).toArray();
    for (qsizetype i = 0; i < calls.size(); ++i)
        m.toolCalls << decodeToolCall(calls.at(i).toObject(), int(i));
    m.reasoningDetails = o.value("reasoning_details"_L1).toArray();
    if (o.value("usage"_L1).isObject())
        m.usage = decodeUsage(o.value("usage"_L1).toObject());
    else
        m.usage.reset();
    m.error = o.value("error"_L1).toObject();
    return true;
}

QString encodeBodyText(const StoredMessage &m) {
    return QString::fromUtf8(QJsonDocument(encodeBody(m)).toJson(QJsonDocument::Compact));
}

bool decodeBodyText(const QString &text, StoredMessage &m, QString *error) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!doc.isObject())
        return fail(
            error, tr("A stored message is not readable JSON (%1).").arg(parseError.errorString()));
    return decodeBody(doc.object(), m, error);
}

QJsonObject encode(const StoredMessage &m) {
    QJsonObject o = encodeBody(m);
    putText(o, "role", m.role);
    putText(o, "content", m.content);
    putText(o, "reasoning", m.reasoning);
    putText(o, "model", m.model);
    putText(o, "provider", m.provider);
    putText(o, "generation_id", m.generationId);
    o.insert(u"state"_s, StoredMessage::stateName(m.state));
    putText(o, "error_text", m.errorText);
    if (m.cost)
        o.insert(u"cost"_s, *m.cost);
    if (m.timeToFirstTokenMs >= 0)
        o.insert(u"ttft_ms"_s, m.timeToFirstTokenMs);
    if (m.durationMs >= 0)
        o.insert(u"duration_ms"_s, m.durationMs);
    putText(o, "finish_reason", m.finishReason);
    if (m.createdAt.isValid())
        o.insert(u"created_at"_s, time(m.createdAt));
    if (m.updatedAt.isValid())
        o.insert(u"updated_at"_s, time(m.updatedAt));
    return o;
}

std::optional<StoredMessage> decode(const QJsonObject &o, QString *error) {
    StoredMessage m;
    if (!decodeBody(o, m, error))
        return std::nullopt;
    m.role = text(o, "role");
    m.content = text(o, "content");
    m.reasoning = text(o, "reasoning");
    m.model = text(o, "model");
    m.provider = text(o, "provider");
    m.generationId = text(o, "generation_id");
    m.state = StoredMessage::stateFromName(text(o, "state"));
    m.errorText = text(o, "error_text");
    if (o.value("cost"_L1).isDouble())
        m.cost = o.value("cost"_L1).toDouble();
    m.timeToFirstTokenMs = count(o, "ttft_ms", -1);
    m.durationMs = count(o, "duration_ms", -1);
    m.finishReason = text(o, "finish_reason");
    m.createdAt = time(o, "created_at");
    m.updatedAt = time(o, "updated_at");
    return m;
}

} // namespace orc::MessageFormat
