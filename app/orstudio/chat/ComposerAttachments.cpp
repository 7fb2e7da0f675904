#include "chat/ComposerAttachments.h"

#include "Icons.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

// Image types every vision model takes as they are; other readable images are re-encoded.
const QStringList kDirectImageTypes{u"image/png"_s, u"image/jpeg"_s, u"image/webp"_s,
                                    u"image/gif"_s};

QPixmap thumbnail(const QImage &image) {
    if (image.isNull())
        return {};
    return QPixmap::fromImage(image.scaled(ComposerAttachments::kThumbnailSize,
                                           ComposerAttachments::kThumbnailSize, Qt::KeepAspectRatio,
                                           Qt::SmoothTransformation));
}

QByteArray pngBytes(const QImage &image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

ComposerAttachments::ComposerAttachments(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this)) {
    setObjectName(u"composerAttachments"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->addStretch(1);
    hide();
}

std::optional<ContentPart> ComposerAttachments::partFromFile(const QString &path, QString *error,
                                                             QImage *preview) {
    const QFileInfo info(path);
    const QString name = info.fileName();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<ContentPart>();
    };
    if (!info.isFile())
        return fail(tr("%1 is not a file that can be attached.").arg(path));
    if (info.size() > kMaxBytes) {
        const QLocale locale;
        return fail(tr("%1 is %2; attachments can be at most %3.")
                        .arg(name, locale.formattedDataSize(info.size()),
                             locale.formattedDataSize(kMaxBytes)));
    }
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(info);
    const bool pdf = mime.inherits(u"application/pdf"_s);
    const bool image = mime.name().startsWith("image/"_L1);
    if (!pdf && !image)
        return fail(tr("%1 is neither an image nor a PDF. Attach images (PNG, JPEG, WebP, GIF) "
                       "or PDF documents.")
                        .arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read %1: %2").arg(name, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (pdf) {
        if (!bytes.startsWith("%PDF-"))
            return fail(tr("%1 is not a valid PDF document.").arg(name));
        return ContentPart::makePdf(name, bytes);
    }
    const QImage decoded = QImage::fromData(bytes);
    if (decoded.isNull())
        return fail(tr("%1 could not be read as an image.").arg(name));
    if (preview)
        *preview = decoded;
    if (kDirectImageTypes.contains(mime.name()))
        return ContentPart::makeImageData(bytes, mime.name());
    return ContentPart::makeImageData(pngBytes(decoded), u"image/png"_s);
}

bool ComposerAttachments::addFile(const QString &path, QString *error) {
    QImage preview;
    const std::optional<ContentPart> part = partFromFile(path, error, &preview);
    if (!part)
        return false;
    append(*part, QFileInfo(path).fileName(), preview);
    return true;
}

void ComposerAttachments::addImage(const QImage &image, const QString &name) {
    if (image.isNull())
        return;
    append(ContentPart::makeImageData(pngBytes(image), u"image/png"_s), name, image);
}

void ComposerAttachments::append(const ContentPart &part, const QString &name,
                                 const QImage &preview) {
    m_parts.append(part);
    m_items.append({name, thumbnail(preview)});
    rebuild();
    emit changed();
}

void ComposerAttachments::removeAt(int index) {
    if (index < 0 || index >= count())
        return;
    m_parts.removeAt(index);
    m_items.removeAt(index);
    rebuild();
    emit changed();
}

void ComposerAttachments::clear() {
    if (m_parts.isEmpty())
        return;
    m_parts.clear();
    m_items.clear();
    rebuild();
    emit changed();
}

void ComposerAttachments::rebuild() {
    while (m_layout->count() > 1) { // keep the trailing stretch
        QLayoutItem *item = m_layout->takeAt(0);
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    for (int i = 0; i < count(); ++i) {
        const Item &item = m_items.at(i);
        auto *chip = new QFrame(this);
        chip->setObjectName(u"attachmentChip"_s);
        chip->setFrameShape(QFrame::StyledPanel);
        auto *thumb = new QLabel(chip);
        thumb->setObjectName(u"attachmentThumbnail"_s);
        thumb->setFixedSize(kThumbnailSize, kThumbnailSize);
        thumb->setAlignment(Qt::AlignCenter);
        if (!item.thumbnail.isNull())
            thumb->setPixmap(item.thumbnail);
        else
            thumb->setPixmap(Icons::action(u"file-input"_s).pixmap(32, 32));
        auto *name = new QLabel(chip);
        name->setText(name->fontMetrics().elidedText(item.name, Qt::ElideMiddle, 160));
        name->setToolTip(item.name);
        auto *remove = new QToolButton(chip);
        remove->setObjectName(u"removeAttachment"_s);
        remove->setText(u"\u00d7"_s);
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove %1").arg(item.name));
        connect(remove, &QToolButton::clicked, this, [this, i] { removeAt(i); });
        auto *layout = new QHBoxLayout(chip);
        layout->setContentsMargins(4, 4, 4, 4);
        layout->addWidget(thumb);
        layout->addWidget(name);
        layout->addWidget(remove);
        m_layout->insertWidget(i, chip);
    }
    setVisible(!m_parts.isEmpty());
}

} // namespace orc
