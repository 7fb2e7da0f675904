#include "image/ImageProvenance.h"

#include "store/GalleryStore.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QtEndian>

#include <array>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

const QString kPrompt = u"prompt"_s;
const QString kModel = u"model"_s;
const QString kAspect = u"aspect_ratio"_s;
const QString kSize = u"image_size"_s;
const QString kBackground = u"background"_s;
const QString kQuality = u"quality"_s;
const QString kGenerationId = u"generation_id"_s;
const QString kCost = u"cost"_s;
const QString kCreated = u"created"_s;
const QString kSoftwareKey = u"Software"_s;

constexpr char kPngSignature[] = "\x89PNG\r\n\x1a\n";

// The CRC-32 of PNG chunks (ISO 3309, polynomial 0xEDB88320).
quint32 crc32(QByteArrayView bytes) {
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : bytes)
        c = table[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

// One iTXt chunk: keyword, no compression, empty language and translated keyword, UTF-8 text.
QByteArray iTxtChunk(const QString &key, const QString &value) {
    QByteArray data = key.toLatin1();
    data.append('\0');
    data.append('\0'); // compression flag
    data.append('\0'); // compression method
    data.append('\0'); // language tag
    data.append('\0'); // translated keyword
    data.append(value.toUtf8());
    QByteArray chunk(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(data.size()), chunk.data());
    const QByteArray typeAndData = "iTXt"_ba + data;
    chunk.append(typeAndData);
    QByteArray crc(4, Qt::Uninitialized);
    qToBigEndian<quint32>(crc32(typeAndData), crc.data());
    chunk.append(crc);
    return chunk;
}

} // namespace

QMap<QString, QString> ImageProvenance::toText() const {
    QMap<QString, QString> text;
    const auto put = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            text.insert(key, value);
    };
    put(kPrompt, prompt);
    put(kModel, model);
    put(kAspect, aspectRatio);
    put(kSize, imageSize);
    put(kBackground, background);
    put(kQuality, quality);
    put(kGenerationId, generationId);
    if (cost)
        put(kCost, QLocale::c().toString(*cost, 'g', 10));
    if (created.isValid())
        put(kCreated, created.toUTC().toString(Qt::ISODate));
    text.insert(kSoftwareKey, kSoftware);
    return text;
}

ImageProvenance ImageProvenance::fromText(const QMap<QString, QString> &text) {
    ImageProvenance p;
    p.prompt = text.value(kPrompt);
    p.model = text.value(kModel);
    p.aspectRatio = text.value(kAspect);
    p.imageSize = text.value(kSize);
    p.background = text.value(kBackground);
    p.quality = text.value(kQuality);
    p.generationId = text.value(kGenerationId);
    bool ok = false;
    const double cost = QLocale::c().toDouble(text.value(kCost), &ok);
    if (ok)
        p.cost = cost;
    p.created = QDateTime::fromString(text.value(kCreated), Qt::ISODate);
    return p;
}

ImageProvenance ImageProvenance::fromRequest(const ImageRequest &r) {
    ImageProvenance p;
    p.prompt = r.prompt;
    p.model = r.model;
    p.aspectRatio = r.aspectRatio;
    p.imageSize = r.imageSize;
    p.background = r.background;
    p.quality = r.quality;
    return p;
}

ImageProvenance ImageProvenance::fromGallery(const GalleryEntry &e, int imageCount) {
    ImageProvenance p = fromRequest(e.toRequest());
    p.generationId = e.generationId;
    if (e.cost && imageCount > 0)
        p.cost = *e.cost / imageCount;
    p.created = e.createdAt;
    return p;
}

ImageRequest ImageProvenance::toRequest() const {
    ImageRequest r;
    r.prompt = prompt;
    r.model = model;
    r.aspectRatio = aspectRatio;
    r.imageSize = imageSize;
    r.background = background;
    r.quality = quality;
    return r;
}

void ImageProvenance::applyTo(QImage &image) const {
    const QMap<QString, QString> text = toText();
    for (auto it = text.begin(); it != text.end(); ++it)
        image.setText(it.key(), it.value());
}

ImageProvenance ImageProvenance::fromImage(const QImage &image) {
    QMap<QString, QString> text;
    for (const QString &key : image.textKeys())
        text.insert(key, image.text(key));
    return fromText(text);
}

QByteArray ImageProvenance::embedInPng(const QByteArray &png) const {
    // Signature (8) + IHDR: length (4), type (4), 13 bytes of data, CRC (4).
    constexpr qsizetype kIhdrEnd = 8 + 4 + 4 + 13 + 4;
    if (png.size() < kIhdrEnd || !png.startsWith(QByteArrayView(kPngSignature, 8)) ||
        png.mid(12, 4) != "IHDR"_ba || qFromBigEndian<quint32>(png.constData() + 8) != 13)
        return png;
    QByteArray chunks;
    const QMap<QString, QString> text = toText();
    for (auto it = text.begin(); it != text.end(); ++it)
        chunks.append(iTxtChunk(it.key(), it.value()));
    QByteArray out;
    out.reserve(png.size() + chunks.size());
    out.append(png.first(kIhdrEnd));
    out.append(chunks);
    out.append(png.sliced(kIhdrEnd));
    return out;
}

ImageProvenance ImageProvenance::fromFile(const QString &path) {
    QImageReader reader(path);
    QMap<QString, QString> text;
    for (const QString &key : reader.textKeys())
        text.insert(key, reader.text(key));
    return fromText(text);
}

ImageProvenance ImageProvenance::fromBytes(const QByteArray &bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    QMap<QString, QString> text;
    for (const QString &key : reader.textKeys())
        text.insert(key, reader.text(key));
    return fromText(text);
}

} // namespace orc
