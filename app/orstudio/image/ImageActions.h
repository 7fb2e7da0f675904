#pragma once

#include "image/StudioImage.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class QMimeData;

namespace orc {

// What the studio does with one image or all of them: Save… (a save dialog suggesting a name
// from the prompt; PNG, JPEG or WebP by the extension; encoded on a worker thread and written
// atomically), Save All to a folder (the images as received, PNGs with their provenance), Copy
// to the clipboard, and drag out to other programs (the file's URL plus the image data).
// The dialogs are replaceable so tests can choose paths without a modal dialog.
class ImageActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageActions)
public:
    using SavePathPicker = std::function<QString(QWidget *parent, const QString &suggested)>;
    using FolderPicker = std::function<QString(QWidget *parent)>;

    explicit ImageActions(QWidget *window);

    void setSavePathPicker(SavePathPicker picker) { m_savePicker = std::move(picker); }
    void setFolderPicker(FolderPicker picker) { m_folderPicker = std::move(picker); }

    void save(const StudioImage &image);
    void saveTo(const StudioImage &image, const QString &path); // no dialog
    void saveAll(const QList<StudioImage> &images);
    void saveAllTo(const QList<StudioImage> &images, const QString &folder);
    void copy(const StudioImage &image);
    // Starts a drag from `source` (blocks in QDrag::exec like every drag).
    void drag(const StudioImage &image, QWidget *source);
    // The data a drag or the clipboard carries: file URL (when stored), raw bytes under the
    // image's MIME type, and `decoded` as image data when given.
    static QMimeData *mimeData(const StudioImage &image, const QImage &decoded = {});
    bool isBusy() const { return m_busy > 0; }

signals:
    void saved(const QString &path);
    void savedAll(const QString &folder, int count);
    void copied();
    void failed(const QString &message);

private:
    QString lastFolder() const;
    void rememberFolder(const QString &folder);

    QPointer<QWidget> m_window;
    SavePathPicker m_savePicker;
    FolderPicker m_folderPicker;
    int m_busy = 0;
};

} // namespace orc
