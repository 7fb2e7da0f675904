#pragma once

#include <QByteArray>
#include <QHash>
#include <QSize>
#include <QString>
#include <QStringList>

namespace orc::fake {

// Makes the real PNG files the fake image models return, with the pixel sizes OpenRouter
// documents (the 1K aspect-ratio table of the image-generation guide; 0.5K/2K/4K scale it by
// 1/2, 2 and 4), and the padded PNG of the fault/huge-image payload. Results are cached.
class ImageFactory {
public:
    static QStringList aspectRatios(); // "1:1", "2:3", ... in the documented order
    static QStringList imageSizes();   // "0.5K", "1K", "2K", "4K"

    // Pixel size for image_config {aspect_ratio, image_size}; empty strings mean the defaults
    // (1:1, 1K). Returns an invalid QSize and sets `error` for values outside the tables.
    static QSize pixelSize(const QString &aspectRatio, const QString &imageSize, QString *error);

    // A PNG of exactly `size` pixels: horizontal colour bands keyed by `seed`, with a marker
    // square in the top-left corner so orientation is visible.
    QByteArray png(QSize size, quint32 seed);

    // A valid PNG of exactly `bytes` bytes (at least a small minimum): a 64x64 image padded
    // with a private ancillary chunk that decoders skip.
    QByteArray paddedPng(qint64 bytes);

private:
    QHash<QString, QByteArray> m_cache;
    QByteArray m_padded;
};

} // namespace orc::fake
