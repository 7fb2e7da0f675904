#pragma once

#include "media/ImageProvenance.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

namespace orc {

// The studio's image work that must stay off the UI thread: decoding, thumbnails, encoding
// and writing files. Plain functions of their arguments (no QObject, no widgets), run through
// QtConcurrent and delivered back with QFuture::then(context, ...). Every file is written
// atomically (ImageFiles::writeAtomically), so a failure never leaves half an image on disk.
class ImageTasks {
    Q_DECLARE_TR_FUNCTIONS(orc::ImageTasks)
public:
    static constexpr int kThumbnailSide = 512; // long side of grid previews
    static constexpr int kGalleryThumbnailSide = 160;

    struct Prepared {
        QImage thumbnail;
        QSize pixelSize;
        QString path;  // written file, or empty
        QString error; // the image could not be decoded or written
        bool ok() const { return error.isEmpty(); }
    };

    // Decodes `bytes` fully (a corrupt body shows here, not later), makes the thumbnail and,
    // when `galleryPath` is set, writes the bytes there with `provenance` (ImageFiles::writeImage).
    static Prepared prepare(const QByteArray &bytes, const ImageProvenance &provenance,
                            const QString &galleryPath, int thumbnailSide = kThumbnailSide);

    // Writes the image as received to `path` with `provenance` (ImageFiles::writeImage).
    // Returns an empty string on success, else one sentence.
    static QString store(const QByteArray &bytes, const ImageProvenance &provenance,
                         const QString &path);

    // A thumbnail of an image file (the gallery), read at reduced size when the format allows.
    static QImage thumbnailOfFile(const QString &path, int side);

    // The full image from `bytes`, else from `path`; *error says why it failed.
    static QImage load(const QByteArray &bytes, const QString &path, QString *error = nullptr);
    static QByteArray readBytes(const QByteArray &bytes, const QString &path,
                                QString *error = nullptr);

    // Save…: encodes the image in the format the extension of `target` names (png, jpg/jpeg,
    // webp) into memory, then writes it with the provenance (ImageFiles::writeImage).
    // Returns an empty string on success, else one sentence.
    static QString saveAs(const QByteArray &bytes, const QString &sourcePath,
                          const ImageProvenance &provenance, const QString &target);

    // Encodes `image` as `format` ("png", "jpeg", "webp"); empty with *error on failure.
    static QByteArray encode(const QImage &image, const QString &format, QString *error);

    // An input image file (file dialog, drop): its bytes and sniffed format, within the core
    // limits (ImageSniffer). Returns false with *error set when it is not a usable image.
    static bool readInputFile(const QString &path, QByteArray *bytes, QString *format,
                              QString *error);
};

} // namespace orc
