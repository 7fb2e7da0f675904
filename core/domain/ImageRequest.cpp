#include "ImageRequest.h"

#include "Translate.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr auto tr = fileTr<"orc::ImageRequest">;

struct Ratio {
    QLatin1StringView name;
    int width;
    int height;
};

// openrouter-api.md §5.1: image_config.aspect_ratio at the default 1K size.
constexpr Ratio kRatios[] = {
    {"1:1"_L1, 1024, 1024}, {"2:3"_L1, 832, 1248},  {"3:2"_L1, 1248, 832}, {"3:4"_L1, 864, 1184},
    {"4:3"_L1, 1184, 864},  {"4:5"_L1, 896, 1152},  {"5:4"_L1, 1152, 896}, {"9:16"_L1, 768, 1344},
    {"16:9"_L1, 1344, 768}, {"21:9"_L1, 1536, 672},
};

// Sizes the APIs take besides the three the studio offers: "0.5K" (chat, one Gemini model)
// and "512" (POST /images resolution).
bool isKnownSize(const QString &size) {
    return ImageRequest::supportedSizes().contains(size) || size == "0.5K"_L1 || size == "512"_L1;
}

} // namespace

QString imageApiName(ImageApi api) {
    switch (api) {
    case ImageApi::ChatCompletions:
        return u"chat_completions"_s;
    case ImageApi::ImagesEndpoint:
        return u"images"_s;
    }
    return {};
}

QStringList ImageRequest::supportedAspectRatios() {
    QStringList out;
    for (const Ratio &r : kRatios)
        out.append(QString(r.name));
    return out;
}

QStringList ImageRequest::supportedSizes() {
    return {u"1K"_s, u"2K"_s, u"4K"_s};
}

QStringList ImageRequest::backgrounds() {
    return {u"auto"_s, u"transparent"_s, u"opaque"_s};
}

QStringList ImageRequest::outputFormats() {
    return {u"png"_s, u"jpeg"_s, u"webp"_s};
}

QStringList ImageRequest::qualities() {
    return {u"auto"_s, u"low"_s, u"medium"_s, u"high"_s};
}

QSize ImageRequest::nominalPixelSize(const QString &aspectRatio, const QString &imageSize) {
    const QString ratio = aspectRatio.isEmpty() ? u"1:1"_s : aspectRatio;
    const QString size = imageSize.isEmpty() ? u"1K"_s : imageSize;
    for (const Ratio &r : kRatios) {
        if (ratio != r.name)
            continue;
        const QSize base(r.width, r.height);
        if (size == "1K"_L1)
            return base;
        if (size == "2K"_L1)
            return base * 2;
        if (size == "4K"_L1)
            return base * 4;
        if (size == "0.5K"_L1 || size == "512"_L1)
            return base / 2;
        return {};
    }
    return {};
}

bool ImageRequest::isAspectRatio(const QString &ratio) {
    if (ratio == "auto"_L1)
        return true;
    const qsizetype colon = ratio.indexOf(u':');
    if (colon <= 0 || colon != ratio.lastIndexOf(u':'))
        return false;
    bool okW = false;
    bool okH = false;
    const int w = QStringView(ratio).first(colon).toInt(&okW);
    const int h = QStringView(ratio).sliced(colon + 1).toInt(&okH);
    // toInt accepts signs and spaces; a ratio is digits only
    for (QChar c : ratio)
        if (c != u':' && !c.isDigit())
            return false;
    return okW && okH && w > 0 && h > 0;
}

QString ImageRequest::validate() const {
    if (model.trimmed().isEmpty())
        return tr("Choose an image model.");
    if (prompt.trimmed().isEmpty())
        return tr("Write a prompt describing the image, or the change to make to the input "
                  "images.");
    if (!aspectRatio.isEmpty() && !isAspectRatio(aspectRatio))
        return tr("\"%1\" is not an aspect ratio; use one of %2.")
            .arg(aspectRatio, supportedAspectRatios().join(u", "_s));
    if (!imageSize.isEmpty() && !isKnownSize(imageSize))
        return tr("\"%1\" is not an image size; use 1K, 2K or 4K (capital K).").arg(imageSize);
    if (!background.isEmpty() && !backgrounds().contains(background))
        return tr("\"%1\" is not a background; use one of %2.")
            .arg(background, backgrounds().join(u", "_s));
    if (count < 1 || count > kMaxCount)
        return tr("Ask for 1 to %1 images (not %2).").arg(kMaxCount).arg(count);
    for (const ContentPart &part : inputImages) {
        if (part.type != ContentPart::Type::Image || part.url.isEmpty())
            return tr("Every input image must be an image (a data: or https: URL).");
    }
    if (!outputFormat.isEmpty() && !outputFormats().contains(outputFormat))
        return tr("\"%1\" is not an output format; use one of %2.")
            .arg(outputFormat, outputFormats().join(u", "_s));
    if (!quality.isEmpty() && !qualities().contains(quality))
        return tr("\"%1\" is not a quality; use one of %2.")
            .arg(quality, qualities().join(u", "_s));
    return {};
}

QString ImageRequest::validateFor(ImageApi api) const {
    if (const QString problem = validate(); !problem.isEmpty())
        return problem;
    if (api != ImageApi::ChatCompletions)
        return {};
    if (!background.isEmpty() && background != "auto"_L1)
        return tr("A %1 background needs a model served by the Images API; %2 generates through "
                  "chat completions.")
            .arg(background, model);
    if (!outputFormat.isEmpty())
        return tr("Choosing the output format needs a model served by the Images API; %1 "
                  "generates through chat completions.")
            .arg(model);
    if (!quality.isEmpty())
        return tr("Choosing the quality needs a model served by the Images API; %1 generates "
                  "through chat completions.")
            .arg(model);
    return {};
}

QJsonObject ImageResult::toJson() const {
    QJsonArray imgs;
    for (const GeneratedImage &img : images)
        imgs.append(QJsonObject{{u"index"_s, img.index},
                                {u"format"_s, img.format},
                                {u"mime_type"_s, img.mimeType},
                                {u"width"_s, img.pixelSize.width()},
                                {u"height"_s, img.pixelSize.height()},
                                {u"bytes"_s, qint64(img.bytes.size())}});
    QJsonObject o =
        ChatResult::outcomeJson(state, id, model, provider, usage, error, durationMs, attempts);
    o.insert(u"api"_s, imageApiName(api));
    o.insert(u"text"_s, text);
    o.insert(u"images"_s, imgs);
    o.insert(u"requests"_s, requests);
    o.insert(u"failed_requests"_s, failedRequests);
    o.insert(u"rejected_images"_s, rejectedImages);
    return o;
}

} // namespace orc
