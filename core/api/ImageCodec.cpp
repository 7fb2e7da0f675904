#include "ImageCodec.h"

#include "Translate.h"
#include "api/ChatCodec.h"
#include "api/ErrorCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace orc::ImageCodec {

namespace {

constexpr auto tr = fileTr<"orc::ImageCodec">;

void insertIfSet(QJsonObject &o, const QString &key, const QString &value) {
    if (!value.isEmpty())
        o.insert(key, value);
}

QJsonArray imageParts(const QList<ContentPart> &images) {
    QJsonArray out;
    for (const ContentPart &p : images) {
        QJsonObject url{{u"url"_s, p.url}};
        if (!p.detail.isEmpty())
            url.insert(u"detail"_s, p.detail);
        out.append(QJsonObject{{u"type"_s, u"image_url"_s}, {u"image_url"_s, url}});
    }
    return out;
}

// An image entry of /images data[] or of a stream event: b64_json + media_type, or a url.
std::optional<EncodedImage> encodedFrom(const QJsonObject &o, int index) {
    EncodedImage image;
    image.index = index;
    const QString b64 = o.value("b64_json"_L1).toString();
    if (!b64.isEmpty()) {
        image.kind = EncodedImage::Kind::Base64;
        image.payload = b64;
        image.mediaType = o.value("media_type"_L1).toString();
        if (image.mediaType.isEmpty())
            image.mediaType = o.value("mime_type"_L1).toString();
        return image;
    }
    const QJsonValue url = o.value("url"_L1);
    QString link = url.isObject() ? url.toObject().value("url"_L1).toString() : url.toString();
    if (link.isEmpty())
        link = o.value("image_url"_L1).toObject().value("url"_L1).toString();
    if (link.isEmpty())
        return std::nullopt;
    image.kind =
        ImageSniffer::isDataUrl(link) ? EncodedImage::Kind::DataUrl : EncodedImage::Kind::Link;
    image.payload = link;
    return image;
}

int intOr(const QJsonValue &v, int fallback) {
    return v.isDouble() ? v.toInt() : fallback;
}

} // namespace

ChatRequest toChatRequest(const ImageRequest &request, const QStringList &modalities) {
    ChatRequest chat;
    chat.model = request.model;
    chat.stream = true;
    ChatMessage user;
    user.role = u"user"_s;
    user.parts.append(ContentPart::makeText(request.prompt));
    user.parts.append(request.inputImages);
    chat.messages = {user};
    chat.modalities = modalities;
    QJsonObject config;
    insertIfSet(config, u"aspect_ratio"_s, request.aspectRatio);
    insertIfSet(config, u"image_size"_s, request.imageSize);
    for (auto it = request.extraImageConfig.begin(); it != request.extraImageConfig.end(); ++it)
        config.insert(it.key(), it.value());
    chat.imageConfig = config;
    chat.seed = request.seed;
    return chat;
}

QJsonObject encodeChatRequest(const ImageRequest &request, const QStringList &modalities) {
    return ChatCodec::encodeRequest(toChatRequest(request, modalities));
}

QJsonObject encodeImagesRequest(const ImageRequest &request, int n, bool stream) {
    QJsonObject o{{u"model"_s, request.model}, {u"prompt"_s, request.prompt}};
    if (n > 1)
        o.insert(u"n"_s, n);
    insertIfSet(o, u"aspect_ratio"_s, request.aspectRatio);
    insertIfSet(o, u"resolution"_s, request.imageSize);
    insertIfSet(o, u"background"_s, request.background);
    insertIfSet(o, u"quality"_s, request.quality);
    insertIfSet(o, u"output_format"_s, request.outputFormat);
    if (request.seed)
        o.insert(u"seed"_s, *request.seed);
    if (!request.inputImages.isEmpty())
        o.insert(u"input_references"_s, imageParts(request.inputImages));
    if (stream)
        o.insert(u"stream"_s, true);
    for (auto it = request.extraImageConfig.begin(); it != request.extraImageConfig.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QByteArray encodeImagesRequestBytes(const ImageRequest &request, int n, bool stream) {
    return QJsonDocument(encodeImagesRequest(request, n, stream)).toJson(QJsonDocument::Compact);
}

QList<EncodedImage> imagesFromChat(const QList<ChatImage> &images) {
    QList<EncodedImage> out;
    out.reserve(images.size());
    for (const ChatImage &chatImage : images) {
        EncodedImage image;
        image.index = chatImage.index;
        image.payload = chatImage.url;
        image.kind = ImageSniffer::isDataUrl(chatImage.url) ? EncodedImage::Kind::DataUrl
                                                            : EncodedImage::Kind::Link;
        out.append(image);
    }
    return out;
}

ImagesReply decodeImagesResponse(QByteArrayView body) {
    ImagesReply reply;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body.trimmed().toByteArray(), &parseError);
    if (!doc.isObject()) {
        reply.error = ApiError::invalidResponse(
            tr("The image service sent a reply that is not a JSON object: %1")
                .arg(parseError.errorString()));
        return reply;
    }
    const QJsonObject o = doc.object();
    if (o.value("error"_L1).isObject()) {
        reply.error = ErrorCodec::fromErrorObject(o.value("error"_L1).toObject(), 200);
        return reply;
    }
    reply.id = o.value("id"_L1).toString();
    reply.model = o.value("model"_L1).toString();
    reply.provider = o.value("provider"_L1).toString();
    reply.created = qint64(o.value("created"_L1).toDouble());
    if (o.value("usage"_L1).isObject())
        reply.usage = Usage::fromJson(o.value("usage"_L1).toObject());
    const QJsonValue data = o.value("data"_L1);
    if (!data.isArray()) {
        reply.error = ApiError::invalidResponse(
            tr("The image service sent a reply without a \"data\" list of images."));
        return reply;
    }
    QStringList revised;
    const QJsonArray entries = data.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        if (auto image = encodedFrom(entry, intOr(entry.value("index"_L1), int(i))))
            reply.images.append(*image);
        const QString prompt = entry.value("revised_prompt"_L1).toString();
        if (!prompt.isEmpty())
            revised.append(prompt);
    }
    reply.text = revised.join(u"\n\n"_s);
    return reply;
}

std::optional<ImagesEvent> decodeImagesEvent(QByteArrayView json, QString *error) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : tr("The event is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    ImagesEvent event;
    event.typeName = o.value("type"_L1).toString();
    if (o.value("error"_L1).isObject() || event.typeName == "error"_L1) {
        event.type = ImagesEvent::Type::Error;
        const QJsonObject e = o.value("error"_L1).toObject();
        event.error = ErrorCodec::fromErrorObject(e.isEmpty() ? o : e, 200);
        event.error.midStream = true;
        return event;
    }
    if (event.typeName == "image_generation.partial_image"_L1) {
        event.type = ImagesEvent::Type::PartialImage;
        event.partialIndex = intOr(o.value("partial_image_index"_L1), 0);
    } else if (event.typeName == "image_generation.completed"_L1) {
        event.type = ImagesEvent::Type::Completed;
        if (o.value("usage"_L1).isObject())
            event.usage = Usage::fromJson(o.value("usage"_L1).toObject());
    } else {
        return event; // unknown types are skipped, never fatal
    }
    if (auto image = encodedFrom(o, intOr(o.value("index"_L1), 0)))
        event.image = *image;
    return event;
}

DecodedImage decodeImage(const EncodedImage &encoded) {
    DecodedImage out;
    ImageSniffer::Result r;
    switch (encoded.kind) {
    case EncodedImage::Kind::Link:
        out.reason = ImageSniffer::Error::NotDataUrl;
        out.error = tr("The model sent a link instead of image data (%1); OR Studio only accepts "
                       "images sent inline.")
                        .arg(encoded.payload.left(120));
        return out;
    case EncodedImage::Kind::DataUrl:
        r = ImageSniffer::decodeDataUrl(encoded.payload);
        break;
    case EncodedImage::Kind::Base64:
        r = ImageSniffer::decodeBase64(QStringView(encoded.payload), encoded.mediaType.toLower());
        break;
    }
    if (!r.ok()) {
        out.reason = r.error;
        out.error = r.errorString;
        return out;
    }
    out.image.index = encoded.index;
    out.image.bytes = std::move(r.bytes);
    out.image.format = r.header.format;
    // The bytes decide: a data URL labelled image/jpeg that holds a PNG is saved as a PNG.
    out.image.mimeType = r.header.mimeType;
    out.image.pixelSize = r.header.size;
    return out;
}

} // namespace orc::ImageCodec
