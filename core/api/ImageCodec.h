#pragma once

#include "domain/ApiError.h"
#include "domain/ChatRequest.h"
#include "domain/ChatResult.h"
#include "domain/ImageRequest.h"
#include "media/ImageSniffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace orc {

// Pure JSON translation for image generation over both OpenRouter surfaces (openrouter-api.md
// §5): ImageRequest -> chat completions or POST /images bodies, and replies -> images still
// encoded (cheap: strings out of the JSON) -> decoded, sniffed GeneratedImage (the expensive
// step, meant for a worker thread). No network, no QObject.
namespace ImageCodec {

// --- requests ---------------------------------------------------------------------------

// POST /chat/completions: one user message (the prompt as text, then the input images as
// image_url parts), `modalities`, `image_config` {aspect_ratio, image_size, extra keys} and a
// top-level seed. Chat completions has no count: ImageJob sends one call per image. Streams.
ChatRequest toChatRequest(const ImageRequest &request, const QStringList &modalities);
QJsonObject encodeChatRequest(const ImageRequest &request, const QStringList &modalities);

// POST /images: model, prompt, n (when `n` > 1), aspect_ratio, resolution, background,
// quality, output_format, seed, input_references, stream (when true); extraImageConfig keys
// are merged last at the top level. Empty fields are not sent.
QJsonObject encodeImagesRequest(const ImageRequest &request, int n, bool stream = false);
QByteArray encodeImagesRequestBytes(const ImageRequest &request, int n, bool stream = false);

// --- replies ----------------------------------------------------------------------------

// One image as it sits in a reply, not yet decoded.
struct EncodedImage {
    enum class Kind {
        DataUrl, // "data:image/png;base64,..." (chat completions, or a /images url)
        Base64,  // bare base64 with a separate media type (/images b64_json)
        Link,    // an http(s) URL: no bytes in the reply
    };
    int index = 0;
    Kind kind = Kind::DataUrl;
    QString payload;   // the data URL, the base64 text or the link
    QString mediaType; // Base64: the API's media_type (may be empty)
};

// Chat completions images (message.images / delta.images).
QList<EncodedImage> imagesFromChat(const QList<ChatImage> &images);

// A complete POST /images response: {"created", "data": [{"b64_json", "media_type"} or
// {"url"}], "usage"}. A 200 with an "error" object, or a body that is not JSON, sets `error`.
struct ImagesReply {
    QList<EncodedImage> images;
    QString text; // revised prompts, when the provider reports them
    QString id, model, provider;
    qint64 created = 0;
    std::optional<Usage> usage;
    ApiError error;
};
ImagesReply decodeImagesResponse(QByteArrayView body);

// One `data:` payload of a streamed POST /images (image_generation.partial_image,
// image_generation.completed, or {"type":"error",...}). nullopt (and *error) when not JSON.
struct ImagesEvent {
    enum class Type { PartialImage, Completed, Error, Other };
    Type type = Type::Other;
    QString typeName;
    EncodedImage image; // PartialImage, Completed
    int partialIndex = -1;
    std::optional<Usage> usage; // Completed
    ApiError error;             // Error
};
std::optional<ImagesEvent> decodeImagesEvent(QByteArrayView json, QString *error = nullptr);

// Decodes and sniffs one image (base64 decode + header read; never pixel decoding). On failure
// `error` is a translated sentence and `reason` says why.
struct DecodedImage {
    GeneratedImage image;
    QString error;
    ImageSniffer::Error reason = ImageSniffer::Error::None;
    bool ok() const { return error.isEmpty(); }
};
DecodedImage decodeImage(const EncodedImage &encoded);

} // namespace ImageCodec

} // namespace orc
