#include "image/ImageActions.h"

#include "image/ImageTasks.h"
#include "media/ImageSniffer.h"
#include "store/ImageFiles.h"
#include "store/Settings.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDrag>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

struct SaveAllResult {
    int written = 0;
    QStringList errors;
};

} // namespace

ImageActions::ImageActions(QWidget *window)
    : QObject(window)
    , m_window(window) {
    m_savePicker = [](QWidget *parent, const QString &suggested) {
        return QFileDialog::getSaveFileName(
            parent, tr("Save Image"), suggested,
            tr("PNG image (*.png);;JPEG image (*.jpg *.jpeg);;WebP image (*.webp)"));
    };
    m_folderPicker = [this](QWidget *parent) {
        return QFileDialog::getExistingDirectory(parent, tr("Save All Images To"), lastFolder());
    };
}

QString ImageActions::lastFolder() const {
    const QString stored = Settings().string(Settings::Key::ImageSaveFolder);
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
}

void ImageActions::rememberFolder(const QString &folder) {
    Settings().setValue(Settings::Key::ImageSaveFolder, folder);
}

void ImageActions::save(const StudioImage &image) {
    const QString suggested = QDir(lastFolder())
                                  .filePath(ImageFiles::suggestedFileName(
                                      image.provenance.prompt, u"png"_s, image.index, image.count));
    const QString path = m_savePicker ? m_savePicker(m_window, suggested) : QString();
    if (path.isEmpty())
        return; // cancelled
    saveTo(image, path);
}

void ImageActions::saveTo(const StudioImage &image, const QString &path) {
    rememberFolder(QFileInfo(path).absolutePath());
    ++m_busy;
    const QByteArray bytes = image.bytes;
    const QString source = image.path;
    const ImageProvenance provenance = image.provenance;
    QtConcurrent::run([bytes, source, provenance, path] {
        return ImageTasks::saveAs(bytes, source, provenance, path);
    }).then(this, [this, path](const QString &error) {
        --m_busy;
        if (error.isEmpty())
            emit saved(path);
        else
            emit failed(error);
    });
}

void ImageActions::saveAll(const QList<StudioImage> &images) {
    if (images.isEmpty())
        return;
    const QString folder = m_folderPicker ? m_folderPicker(m_window) : QString();
    if (!folder.isEmpty())
        saveAllTo(images, folder);
}

void ImageActions::saveAllTo(const QList<StudioImage> &images, const QString &folder) {
    rememberFolder(folder);
    ++m_busy;
    QtConcurrent::run([images, folder] {
        SaveAllResult result;
        for (const StudioImage &image : images) {
            QString error;
            const QByteArray bytes = ImageTasks::readBytes(image.bytes, image.path, &error);
            if (bytes.isEmpty()) {
                result.errors.append(error);
                continue;
            }
            const QString path = ImageFiles::uniquePath(
                folder, ImageFiles::suggestedFileName(image.provenance.prompt, image.format,
                                                      image.index, image.count));
            if (ImageFiles::writeImage(path, bytes, image.provenance, &error))
                ++result.written;
            else
                result.errors.append(error);
        }
        return result;
    }).then(this, [this, folder](const SaveAllResult &result) {
        --m_busy;
        if (!result.errors.isEmpty())
            emit failed(result.errors.join(u'\n'));
        if (result.written > 0)
            emit savedAll(folder, result.written);
    });
}

QMimeData *ImageActions::mimeData(const StudioImage &image, const QImage &decoded) {
    auto *mime = new QMimeData;
    if (!image.path.isEmpty())
        mime->setUrls({QUrl::fromLocalFile(image.path)});
    if (!image.bytes.isEmpty())
        mime->setData(ImageSniffer::mimeTypeForFormat(image.format),
                      image.provenance.embedded(image.bytes));
    if (!decoded.isNull())
        mime->setImageData(decoded);
    return mime;
}

void ImageActions::copy(const StudioImage &image) {
    ++m_busy;
    const QByteArray bytes = image.bytes;
    const QString path = image.path;
    QtConcurrent::run([bytes, path] {
        QString error;
        QImage full = ImageTasks::load(bytes, path, &error);
        return std::make_pair(full, error);
    }).then(this, [this, image](const std::pair<QImage, QString> &loaded) {
        --m_busy;
        if (loaded.first.isNull()) {
            emit failed(loaded.second);
            return;
        }
        QApplication::clipboard()->setMimeData(mimeData(image, loaded.first));
        emit copied();
    });
}

void ImageActions::drag(const StudioImage &image, QWidget *source) {
    auto *drag = new QDrag(source);
    drag->setMimeData(mimeData(image));
    if (!image.thumbnail.isNull())
        drag->setPixmap(QPixmap::fromImage(
            image.thumbnail.scaled(128, 128, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    drag->exec(Qt::CopyAction);
}

} // namespace orc
