#include "ImageFactory.h"

#include "HttpUtil.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QtEndian>

namespace orc::fake {

namespace {

struct Ratio {
    const char *name;
    int width;
    int height;
};

// OpenRouter image-generation guide, image_config.aspect_ratio at the default 1K size.
constexpr Ratio kRatios[] = {
    {"1:1", 1024, 1024}, {"2:3", 832, 1248},  {"3:2", 1248, 832}, {"3:4", 864, 1184},
    {"4:3", 1184, 864},  {"4:5", 896, 1152},  {"5:4", 1152, 896}, {"9:16", 768, 1344},
    {"16:9", 1344, 768}, {"21:9", 1536, 672},
};

} // namespace

QStringList ImageFactory::aspectRatios() {
    QStringList out;
    for (const Ratio &r : kRatios)
        out.append(QLatin1String(r.name));
    return out;
}

QStringList ImageFactory::imageSizes() {
    return {QStringLiteral("0.5K"), QStringLiteral("1K"), QStringLiteral("2K"),
            QStringLiteral("4K")};
}

QSize ImageFactory::pixelSize(const QString &aspectRatio, const QString &imageSize,
                              QString *error) {
    const QString ratio = aspectRatio.isEmpty() ? QStringLiteral("1:1") : aspectRatio;
    const QString size = imageSize.isEmpty() ? QStringLiteral("1K") : imageSize;
    const Ratio *found = nullptr;
    for (const Ratio &r : kRatios) {
        if (ratio == QLatin1String(r.name))
            found = &r;
    }
    if (!found) {
        if (error)
            *error = QStringLiteral("Invalid aspect_ratio \"%1\". Supported values: %2")
                         .arg(ratio, aspectRatios().join(QStringLiteral(", ")));
        return {};
    }
    QSize px(found->width, found->height);
    if (size == QLatin1String("0.5K"))
        px /= 2;
    else if (size == QLatin1String("2K"))
        px *= 2;
    else if (size == QLatin1String("4K"))
        px *= 4;
    else if (size != QLatin1String("1K")) {
        if (error)
            *error = QStringLiteral("Invalid image_size \"%1\". Supported values: %2")
                         .arg(size, imageSizes().join(QStringLiteral(", ")));
        return {};
    }
    return px;
}

QByteArray ImageFactory::png(QSize size, quint32 seed) {
    const QString key = QStringLiteral("%1x%2/%3").arg(size.width()).arg(size.height()).arg(seed);
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;

    QImage image(size, QImage::Format_RGB32);
    const int bands = 8;
    const int bandHeight = std::max(1, size.height() / bands);
    const int marker = std::max(1, std::min(size.width(), size.height()) / 8);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const int band = y / bandHeight;
        const quint32 mix = seed * 2654435761u + static_cast<quint32>(band) * 40503u;
        const QRgb colour = qRgb(int(mix & 0xff), int((mix >> 8) & 0xff), int((mix >> 16) & 0xff));
        std::fill(line, line + size.width(), colour);
        if (y < marker)
            std::fill(line, line + marker, qRgb(255, 255, 255));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setQuality(80); // zlib level 1: fast, and the bands compress well anyway
    writer.write(image);
    if (m_cache.size() > 32)
        m_cache.clear();
    m_cache.insert(key, bytes);
    return bytes;
}

QByteArray ImageFactory::paddedPng(qint64 bytes) {
    if (m_padded.size() == bytes)
        return m_padded;
    const QByteArray base = png(QSize(64, 64), 7);
    // A PNG ends with the 12-byte IEND chunk; the padding chunk goes right before it.
    const qsizetype iend = base.size() - 12;
    const qint64 overhead = base.size() + 12;
    const qint64 padding = std::max<qint64>(0, bytes - overhead);
    QByteArray out;
    out.reserve(static_cast<qsizetype>(overhead + padding));
    out.append(base.constData(), iend);
    char length[4];
    qToBigEndian<quint32>(static_cast<quint32>(padding), length);
    out.append(length, 4);
    const qsizetype typeAt = out.size();
    out.append("orPd", 4); // ancillary, private, safe-to-copy: decoders skip it
    out.append(QByteArray(static_cast<qsizetype>(padding), '\0'));
    char crc[4];
    qToBigEndian<quint32>(http::crc32(QByteArrayView(out).sliced(typeAt)), crc);
    out.append(crc, 4);
    out.append(base.constData() + iend, 12);
    m_padded = out;
    return out;
}

} // namespace orc::fake
