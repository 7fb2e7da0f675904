#pragma once

#include "domain/ImageRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

class QImage;

namespace orc {

struct GalleryEntry;

// Where a generated image came from, carried in PNG text chunks so that an image saved from
// the studio (or dragged out of it) restores its settings when dropped back in. Keys are
// lower-case ASCII; values UTF-8 (iTXt). "Software" names OR Studio, as PNG suggests.
struct ImageProvenance {
    QString prompt;
    QString model;
    QString aspectRatio;
    QString imageSize;
    QString background;
    QString quality;
    QString generationId;
    std::optional<double> cost; // USD for this image
    QDateTime created;          // UTC

    static inline const QString kSoftware = QStringLiteral("OR Studio");

    bool isValid() const { return !prompt.isEmpty() && !model.isEmpty(); }
    // key -> value, only the fields that are set (plus "Software").
    QMap<QString, QString> toText() const;
    static ImageProvenance fromText(const QMap<QString, QString> &text);

    static ImageProvenance fromRequest(const ImageRequest &request);
    static ImageProvenance fromGallery(const GalleryEntry &entry, int imageCount);
    // The settings to generate it again (count 1, no input images).
    ImageRequest toRequest() const;

    // QImage::setText() for every key (QImageWriter then writes them for PNG).
    void applyTo(QImage &image) const;
    static ImageProvenance fromImage(const QImage &image);

    // PNG bytes with iTXt chunks inserted after IHDR, without re-encoding any pixel; other
    // formats (and broken PNGs) come back unchanged.
    QByteArray embedInPng(const QByteArray &png) const;
    // Reads the text chunks of an image file's header (no pixel decoding).
    static ImageProvenance fromFile(const QString &path);
    static ImageProvenance fromBytes(const QByteArray &bytes);
};

} // namespace orc
