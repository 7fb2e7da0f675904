#include "image/InputImageStrip.h"

#include "Icons.h"
#include "image/ImageTasks.h"
#include "media/ImageSniffer.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr int kThumb = 56;

struct Loaded {
    QList<InputImageStrip::Input> inputs;
    QStringList errors;
};

QImage thumbnailOf(const QByteArray &bytes) {
    QImage image;
    image.loadFromData(bytes);
    if (image.isNull())
        return image;
    return image.scaled(kThumb * 2, kThumb * 2, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

Loaded loadFiles(const QStringList &paths) {
    Loaded out;
    for (const QString &path : paths) {
        InputImageStrip::Input input;
        QString error;
        if (!ImageTasks::readInputFile(path, &input.bytes, &input.format, &error)) {
            out.errors.append(error);
            continue;
        }
        input.name = QFileInfo(path).fileName();
        input.thumbnail = thumbnailOf(input.bytes);
        if (input.thumbnail.isNull()) {
            out.errors.append(InputImageStrip::tr("%1 cannot be decoded as an image.")
                                  .arg(QFileInfo(path).fileName()));
            continue;
        }
        out.inputs.append(input);
    }
    return out;
}

Loaded loadBytes(const QByteArray &bytes, const QString &name) {
    Loaded out;
    const ImageSniffer::Result sniffed = ImageSniffer::sniff(bytes);
    if (!sniffed.ok()) {
        out.errors.append(InputImageStrip::tr("%1 cannot be used as an input image: %2")
                              .arg(name, sniffed.errorString));
        return out;
    }
    InputImageStrip::Input input{bytes, sniffed.header.format, name, thumbnailOf(bytes)};
    if (input.thumbnail.isNull())
        out.errors.append(InputImageStrip::tr("%1 cannot be decoded as an image.").arg(name));
    else
        out.inputs.append(input);
    return out;
}

} // namespace

InputImageStrip::InputImageStrip(QWidget *parent)
    : QWidget(parent)
    , m_thumbs(new QHBoxLayout)
    , m_add(new QToolButton(this))
    , m_hint(new QLabel(this)) {
    setObjectName(u"inputImages"_s);
    setAcceptDrops(true);
    m_add->setObjectName(u"addInputImage"_s);
    m_add->setIcon(Icons::action(u"attach"_s));
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Add input images to edit or vary (or drop or paste them here)"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_add, &QToolButton::clicked, this, &InputImageStrip::browse);
    m_hint->setObjectName(u"inputImagesHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_thumbs->setSpacing(4);
    auto *row = new QHBoxLayout;
    row->addLayout(m_thumbs);
    row->addWidget(m_add);
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(m_hint);
    m_picker = [](QWidget *parent) {
        return QFileDialog::getOpenFileNames(
            parent, tr("Add Input Images"), QString(),
            tr("Images (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)"));
    };
    rebuild();
}

QList<ContentPart> InputImageStrip::parts() const {
    QList<ContentPart> out;
    for (const Input &input : m_inputs)
        out.append(
            ContentPart::makeImageData(input.bytes, ImageSniffer::mimeTypeForFormat(input.format)));
    return out;
}

void InputImageStrip::setLimit(int limit) {
    m_limit = limit;
    rebuild();
}

bool InputImageStrip::hasRoom(int more) const {
    if (m_limit < 0)
        return true;
    return m_inputs.size() + more <= m_limit;
}

void InputImageStrip::browse() {
    const QStringList paths = m_picker ? m_picker(this) : QStringList();
    if (!paths.isEmpty())
        addFiles(paths);
}

template<typename Task>
void InputImageStrip::load(Task task) {
    ++m_loading;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_loading;
        Loaded loaded = watcher->result();
        accept(std::move(loaded.inputs), loaded.errors);
    });
    watcher->setFuture(QtConcurrent::run(std::move(task)));
}

void InputImageStrip::addFiles(const QStringList &paths) {
    if (m_limit == 0) {
        emit problem(tr("This model does not take input images."));
        return;
    }
    load([paths] { return loadFiles(paths); });
}

void InputImageStrip::addImageData(const QByteArray &bytes, const QString &name) {
    if (m_limit == 0) {
        emit problem(tr("This model does not take input images."));
        return;
    }
    load([bytes, name] { return loadBytes(bytes, name); });
}

void InputImageStrip::addImage(const QImage &image, const QString &name) {
    if (m_limit == 0) {
        emit problem(tr("This model does not take input images."));
        return;
    }
    load([image, name] {
        QString error;
        const QByteArray png = ImageTasks::encode(image, u"png"_s, &error);
        if (png.isEmpty())
            return Loaded{{}, {error}};
        return loadBytes(png, name);
    });
}

bool InputImageStrip::canTake(const QMimeData *mime) {
    if (!mime)
        return false;
    if (mime->hasImage())
        return true;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            return true;
    return false;
}

bool InputImageStrip::addMimeData(const QMimeData *mime) {
    if (!mime)
        return false;
    QStringList files;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    if (!files.isEmpty()) {
        addFiles(files);
        return true;
    }
    for (const QString &format : {u"image/png"_s, u"image/jpeg"_s, u"image/webp"_s}) {
        if (mime->hasFormat(format)) {
            addImageData(mime->data(format), tr("Pasted image"));
            return true;
        }
    }
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (!image.isNull()) {
            addImage(image, tr("Pasted image"));
            return true;
        }
    }
    return false;
}

void InputImageStrip::accept(QList<Input> loaded, const QStringList &errors) {
    QStringList problems = errors;
    int added = 0;
    for (Input &input : loaded) {
        if (!hasRoom(1)) {
            problems.append(m_limit == 1
                                ? tr("This model takes one input image.")
                                : tr("This model takes at most %n input images.", "", m_limit));
            break;
        }
        m_inputs.append(std::move(input));
        ++added;
    }
    if (added)
        rebuild();
    for (const QString &p : std::as_const(problems))
        emit problem(p);
    if (added)
        emit changed();
    if (m_loading == 0)
        emit loadingFinished();
}

void InputImageStrip::removeAt(int index) {
    if (index < 0 || index >= m_inputs.size())
        return;
    m_inputs.removeAt(index);
    rebuild();
    emit changed();
}

void InputImageStrip::clear() {
    if (m_inputs.isEmpty())
        return;
    m_inputs.clear();
    rebuild();
    emit changed();
}

void InputImageStrip::rebuild() {
    while (QLayoutItem *item = m_thumbs->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_inputs.size(); ++i) {
        const Input &input = m_inputs.at(i);
        auto *button = new QToolButton(this);
        button->setObjectName(u"inputImage%1"_s.arg(i));
        button->setIcon(QPixmap::fromImage(input.thumbnail));
        button->setIconSize(QSize(kThumb, kThumb));
        button->setAutoRaise(true);
        button->setToolTip(tr("%1 — click to remove").arg(input.name));
        connect(button, &QToolButton::clicked, this, [this, i] { removeAt(i); });
        m_thumbs->addWidget(button);
    }
    const bool none = m_limit == 0;
    m_add->setEnabled(!none && hasRoom(1));
    if (none)
        m_hint->setText(tr("This model takes no input images."));
    else if (m_inputs.isEmpty())
        m_hint->setText(tr("Optional: images to edit or vary. Drop or paste them here."));
    else
        m_hint->setText(m_inputs.size() == 1 ? tr("One input image; click it to remove it.")
                                             : tr("%n input images; click one to remove it.", "",
                                                  int(m_inputs.size())));
}

void InputImageStrip::dragEnterEvent(QDragEnterEvent *event) {
    if (m_limit != 0 && canTake(event->mimeData()))
        event->acceptProposedAction();
}

void InputImageStrip::dropEvent(QDropEvent *event) {
    if (addMimeData(event->mimeData()))
        event->acceptProposedAction();
}

} // namespace orc
