#include "image/ImageTasks.h"

#include "media/ImageSniffer.h"
#include "store/ImageFiles.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QImage scaledToSide(const QImage &image, int side) {
    if (image.width() <= side && image.height() <= side)
        return image;
    // A quick pass to twice the size, then a smooth one: as good to the eye, several times
    // cheaper than one smooth pass from 4K.
    if (image.width() > 4 * side || image.height() > 4 * side)
        return image.scaled(2 * side, 2 * side, Qt::KeepAspectRatio, Qt::FastTransformation)
            .scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QImage decode(const QByteArray &bytes, QString *error) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // The header was checked by ImageSniffer; QImageReader's own allocation limit (256 MB by
    // default) would refuse a 100-megapixel image, so let it follow ours instead.
    reader.setAllocationLimit(int(ImageSniffer::kMaxPixels * 4 / (1024 * 1024)) + 1);
    QImage image = reader.read();
    if (image.isNull() && error)
        *error = ImageTasks::tr("The image cannot be decoded (%1).").arg(reader.errorString());
    return image;
}

} // namespace

ImageTasks::Prepared ImageTasks::prepare(const QByteArray &bytes, const ImageProvenance &provenance,
                                         const QString &galleryPath, int thumbnailSide) {
    Prepared out;
    const QImage image = decode(bytes, &out.error);
    if (image.isNull())
        return out;
    out.pixelSize = image.size();
    out.thumbnail = scaledToSide(image, thumbnailSide);
    if (!galleryPath.isEmpty()) {
        out.error = store(bytes, provenance, galleryPath);
        if (out.error.isEmpty())
            out.path = galleryPath;
    }
    return out;
}

QString ImageTasks::store(const QByteArray &bytes, const ImageProvenance &provenance,
                          const QString &path) {
    QString error;
    if (!ImageFiles::writeImage(path, bytes, provenance, &error))
        return error;
    return {};
}

QImage ImageTasks::thumbnailOfFile(const QString &path, int side) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > side || size.height() > side) &&
        reader.supportsOption(QImageIOHandler::ScaledSize))
        reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatio));
    return scaledToSide(reader.read(), side);
}

QByteArray ImageTasks::readBytes(const QByteArray &bytes, const QString &path, QString *error) {
    if (!bytes.isEmpty())
        return bytes;
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(path),
                              path.isEmpty() ? tr("the image was not stored") : file.errorString());
        return {};
    }
    return file.readAll();
}

QImage ImageTasks::load(const QByteArray &bytes, const QString &path, QString *error) {
    const QByteArray data = readBytes(bytes, path, error);
    if (data.isEmpty())
        return {};
    return decode(data, error);
}

QByteArray ImageTasks::encode(const QImage &image, const QString &format, QString *error) {
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format.toLatin1());
    if (format == "jpeg"_L1 || format == "webp"_L1)
        writer.setQuality(92);
    QImage toWrite = image;
    if (format == "jpeg"_L1 && image.hasAlphaChannel()) {
        // JPEG has no alpha: flatten on white rather than on black.
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, image);
        toWrite = flat;
    }
    if (!writer.write(toWrite)) {
        if (error)
            *error =
                tr("Cannot encode the image as %1: %2").arg(format.toUpper(), writer.errorString());
        return {};
    }
    return out;
}

QString ImageTasks::saveAs(const QByteArray &bytes, const QString &sourcePath,
                           const ImageProvenance &provenance, const QString &target) {
    const QString format = ImageFiles::formatForPath(target);
    if (format.isEmpty())
        return tr("Cannot save as \"%1\": end the file name with .png, .jpg or .webp.")
            .arg(QFileInfo(target).fileName());
    if (!QImageWriter::supportedImageFormats().contains(format.toLatin1()))
        return tr("This system cannot write %1 images (install qt6-image-formats-plugins).")
            .arg(format.toUpper());
    QString error;
    const QImage image = load(bytes, sourcePath, &error);
    if (image.isNull())
        return error;
    const QByteArray encoded = encode(image, format, &error);
    if (encoded.isEmpty())
        return error;
    return store(encoded, provenance, target);
}

bool ImageTasks::readInputFile(const QString &path, QByteArray *bytes, QString *format,
                               QString *error) {
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.isFile()) {
        *error = tr("%1 is not a file.").arg(name);
        return false;
    }
    if (info.size() > ImageSniffer::kMaxEncodedBytes * 3 / 4) {
        *error = tr("%1 is too large to send (%2 MB; the limit is %3 MB).")
                     .arg(name)
                     .arg(info.size() / (1024 * 1024))
                     .arg(ImageSniffer::kMaxEncodedBytes * 3 / 4 / (1024 * 1024));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(name, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    const ImageSniffer::Result sniffed = ImageSniffer::sniff(*bytes);
    if (!sniffed.ok()) {
        *error = tr("%1 cannot be used as an input image: %2").arg(name, sniffed.errorString);
        return false;
    }
    *format = sniffed.header.format;
    return true;
}

} // namespace orc
