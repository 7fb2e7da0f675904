#include "LegacyMessages.h"

using namespace Qt::StringLiterals;

namespace orc::LegacyMessages {

namespace {

// {"type": T, T: {...}}: the object named by the part's type ({} when it is not one).
QJsonObject payload(const QJsonObject &part) {
    return part.value(part.value("type"_L1).toString()).toObject();
}

std::optional<ContentPart> part(const QJsonObject &o) {
    const QString type = o.value("type"_L1).toString();
    const QJsonObject inner = payload(o);
    if (type == "text"_L1)
        return ContentPart::makeText(o.value("text"_L1).toString());
    if (type == "image_url"_L1) {
        const QJsonValue image = o.value("image_url"_L1);
        return ContentPart::makeImageUrl(image.isString() ? image.toString()
                                                          : inner.value("url"_L1).toString(),
                                         inner.value("detail"_L1).toString());
    }
    if (type == "file"_L1)
        return ContentPart::makeFile(inner.value("filename"_L1).toString(),
                                     inner.value("file_data"_L1).toString());
    if (type == "input_audio"_L1) {
        ContentPart audio;
        audio.type = ContentPart::Type::Audio;
        audio.audioBase64 = inner.value("data"_L1).toString().toLatin1();
        audio.audioFormat = inner.value("format"_L1).toString();
        return audio;
    }
    return std::nullopt;
}

} // namespace

QList<ContentPart> parts(const QJsonArray &contentParts) {
    QList<ContentPart> out;
    for (const QJsonValue &v : contentParts)
        if (const auto p = part(v.toObject()))
            out << *p;
    return out;
}

StoredMessage message(const QJsonObject &o) {
    StoredMessage m;
    m.role = o.value("role"_L1).toString();
    const QJsonValue content = o.value("content"_L1);
    QStringList texts;
    if (content.isString())
        texts << content.toString();
    for (const ContentPart &p : parts(content.toArray())) {
        if (p.type == ContentPart::Type::Text)
            texts << p.text;
        else
            m.attachments << p;
    }
    m.content = texts.join(u'\n');
    m.reasoning = o.value("reasoning"_L1).toString();
    m.model = o.value("model"_L1).toString();
    return m;
}

} // namespace orc::LegacyMessages
