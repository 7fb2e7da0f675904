#pragma once

#include "media/ImageProvenance.h"

#include <QByteArray>
#include <QImage>
#include <QMetaType>
#include <QSize>
#include <QString>

namespace orc {

// One image as the studio shows it: a fresh result (encoded bytes as received, written to the
// gallery folder) or a gallery image (path only; bytes are read when needed).
struct StudioImage {
    int index = 0;             // position in its generation
    int count = 1;             // images in its generation
    QByteArray bytes;          // encoded as received; empty for gallery images
    QString format;            // "png", "jpeg", "webp", "gif"
    QSize pixelSize;           // full size
    QImage thumbnail;          // at most ImageTasks::kThumbnailSide on the long side
    QString path;              // the gallery file; empty when it could not be stored
    qint64 galleryId = 0;      // GalleryStore generation id, once recorded
    qint64 galleryImageId = 0; // GalleryStore image id, once recorded
    ImageProvenance provenance;
    bool partial = false; // a streamed preview, replaced by the final image
};

} // namespace orc

Q_DECLARE_METATYPE(orc::StudioImage)
