#pragma once

#include "domain/ChatRequest.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QMimeData;
class QToolButton;

namespace orc {

// The optional input images of a generation (for edits and variations): thumbnails with a
// remove button, added from a file dialog, by drag and drop, by pasting, or from a result
// ("Use as input"). Files are read and thumbnailed on a worker thread. The images go out as
// image parts of the user message (chat) or input_references (/images).
class InputImageStrip final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputImageStrip)
public:
    struct Input {
        QByteArray bytes;
        QString format; // sniffed: png, jpeg, webp, gif
        QString name;   // file name, or a description ("Pasted image")
        QImage thumbnail;
    };

    explicit InputImageStrip(QWidget *parent = nullptr);

    const QList<Input> &inputs() const { return m_inputs; }
    QList<ContentPart> parts() const;
    bool isEmpty() const { return m_inputs.isEmpty(); }
    bool isLoading() const { return m_loading > 0; }

    // 0: the model takes no input images (the strip says so and refuses new ones);
    // -1: no limit; n: at most n.
    void setLimit(int limit);
    int limit() const { return m_limit; }

    void addFiles(const QStringList &paths);
    void addImageData(const QByteArray &bytes, const QString &name);
    void addImage(const QImage &image, const QString &name);
    // Takes image files, URLs to them, or image data from a drop or the clipboard.
    // Returns false when `mime` holds nothing usable.
    bool addMimeData(const QMimeData *mime);
    static bool canTake(const QMimeData *mime);
    void removeAt(int index);
    void clear();

    // Where the file dialog opens; tests replace it to pick files without a dialog.
    using FilePicker = std::function<QStringList(QWidget *parent)>;
    void setFilePicker(FilePicker picker) { m_picker = std::move(picker); }

signals:
    void changed();
    void loadingFinished();
    void problem(const QString &message); // an input was refused

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    template<typename Task>
    void load(Task task); // runs `task` on a worker, then accept()s what it loaded
    void accept(QList<Input> loaded, const QStringList &errors);
    void rebuild();
    bool hasRoom(int more) const;

    QList<Input> m_inputs;
    int m_limit = -1;
    int m_loading = 0;
    FilePicker m_picker;
    QHBoxLayout *m_thumbs;
    QToolButton *m_add;
    QLabel *m_hint;
};

} // namespace orc
