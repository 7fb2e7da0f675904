#pragma once

#include "domain/ChatRequest.h"
#include "domain/ChatResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace orc {

// Which OpenRouter surface generates the image (openrouter-api.md §5).
enum class ImageApi {
    ChatCompletions, // POST /chat/completions with modalities + image_config
    ImagesEndpoint,  // POST /images (newer image-only models listed by GET /images/models)
};

QString imageApiName(ImageApi api); // "chat_completions", "images"

// How one model is asked for images: chosen from the catalogue by ImageModels::route().
struct ImageRoute {
    QString model;
    ImageApi api = ImageApi::ChatCompletions;
    QStringList modalities = {QStringLiteral("image"), QStringLiteral("text")}; // chat only
    // POST /images honours "n": one call asks for all images. Otherwise (chat completions has
    // no n, and some /images models do not declare it) the job sends one call per image.
    bool nativeCount = false;
    bool stream = false;     // /images: the model streams (supports_streaming); chat: always
    bool fromCatalog = true; // false: the model is in no catalogue; the route is a guess
    QString error;           // set when the model cannot make images at all

    bool isValid() const { return error.isEmpty() && !model.isEmpty(); }
};

// One image-generation request, independent of the API used to serve it.
struct ImageRequest {
    QString model;
    QString prompt;
    QString aspectRatio = QStringLiteral("1:1"); // 1:1 2:3 3:2 3:4 4:3 4:5 5:4 9:16 16:9 21:9
    QString imageSize = QStringLiteral("1K");    // 1K 2K 4K
    QString background;                          // empty = not sent; "auto", "transparent"...
    int count = 1;                               // /images "n"; chat completions has no n
    QList<ContentPart> inputImages;              // images to edit / vary (image parts)
    QString outputFormat;                        // /images: png, jpeg, webp
    QString quality;                             // /images: auto, low, medium, high
    std::optional<qint64> seed;
    QJsonObject extraImageConfig; // provider-specific image_config keys

    static QStringList supportedAspectRatios();
    static QStringList supportedSizes();
    // Nominal pixel size for a ratio at a size (the 1K table of §5.1, x2 for 2K, x4 for 4K).
    static QSize nominalPixelSize(const QString &aspectRatio, const QString &imageSize);
    // Clear, actionable problem with the request, or empty when valid.
    QString validate() const;
    // validate() plus what the chosen API cannot carry: chat completions has no background,
    // output format or quality (provider-specific keys go in extraImageConfig instead).
    QString validateFor(ImageApi api) const;

    static constexpr int kMaxCount = 10;             // POST /images "n" is 1..10
    static bool isAspectRatio(const QString &ratio); // "W:H" with positive integers, or "auto"
    static QStringList backgrounds();                // auto, transparent, opaque
    static QStringList outputFormats();              // png, jpeg, webp
    static QStringList qualities();                  // auto, low, medium, high
};

// Copies the settings every record of an image generation keeps (prompt, model, aspect ratio,
// size, background, quality, output format, seed) between an ImageRequest and such a record
// (the PNG provenance, a gallery entry), either way.
template<typename From, typename To>
void copyImageSettings(const From &from, To &to) {
    to.prompt = from.prompt;
    to.model = from.model;
    to.aspectRatio = from.aspectRatio;
    to.imageSize = from.imageSize;
    to.background = from.background;
    to.quality = from.quality;
    to.outputFormat = from.outputFormat;
    to.seed = from.seed;
}

// A decoded image from a reply: the encoded bytes (PNG/JPEG/WebP...) plus what was sniffed
// from their header without decoding pixels (core has no QtGui).
struct GeneratedImage {
    int index = 0;
    QByteArray bytes;
    QString mimeType; // from the data URL or the API's media_type, checked against the bytes
    QString format;   // "png", "jpeg", "webp", "gif"
    QSize pixelSize;  // from the header
};

struct ImageResult {
    // One HTTP call that reached the server: what the cost ledger records of it.
    struct Call {
        QString id, model, provider;
        std::optional<Usage> usage; // nullopt: cut off before its usage arrived
        bool operator==(const Call &) const = default;
    };

    ChatResult::State state = ChatResult::State::Running;
    ImageApi api = ImageApi::ChatCompletions;
    QList<GeneratedImage> images;
    QString text; // what the model said along with the images
    QString id, model, provider;
    std::optional<Usage> usage;
    ApiError error;
    qint64 durationMs = 0;
    int attempts = 0;
    int requests = 0;        // HTTP calls made (chat completions: one per image)
    int failedRequests = 0;  // of those, how many failed; `error` holds the first failure
    int rejectedImages = 0;  // images that arrived but were refused (bad data, too large...)
    QList<Call> billedCalls; // the calls with a generation id or a usage, as they ended

    bool ok() const { return state == ChatResult::State::Completed && !images.isEmpty(); }
    QJsonObject toJson() const; // stable: without image bytes
};

} // namespace orc

Q_DECLARE_METATYPE(orc::GeneratedImage)
