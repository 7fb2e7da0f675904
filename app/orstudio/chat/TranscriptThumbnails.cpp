#include "chat/TranscriptThumbnails.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace orc {

TranscriptThumbnails::TranscriptThumbnails(QObject *parent)
    : QObject(parent)
    , m_cache(16 * 1024) {} // cost in KiB: 16 MiB of thumbnails

TranscriptThumbnails::~TranscriptThumbnails() = default;

QString TranscriptThumbnails::key(qint64 messageId, int index) {
    return QString::number(messageId) + u':' + QString::number(index);
}

QImage TranscriptThumbnails::decode(const QString &dataUrl, int maxSide) {
    if (!dataUrl.startsWith("data:"_L1, Qt::CaseInsensitive))
        return {};
    const qsizetype comma = dataUrl.indexOf(u',');
    if (comma < 0)
        return {};
    const QStringView header = QStringView(dataUrl).sliced(5, comma - 5);
    const QByteArray payload = QStringView(dataUrl).sliced(comma + 1).toLatin1();
    const QByteArray bytes = header.endsWith(u";base64"_s, Qt::CaseInsensitive)
                                 ? QByteArray::fromBase64(payload)
                                 : QByteArray::fromPercentEncoding(payload);
    QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return {};
    if (image.width() > maxSide || image.height() > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

TranscriptThumbnails::Status TranscriptThumbnails::thumbnail(qint64 messageId, int index,
                                                             const QString &dataUrl, QImage *out) {
    const QString k = key(messageId, index);
    if (const QImage *cached = m_cache.object(k)) {
        *out = *cached;
        return Status::Ready;
    }
    if (m_failed.contains(k))
        return Status::Failed;
    if (m_pending.contains(k))
        return Status::Pending;
    m_pending.insert(k);
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, k, messageId] {
        const QImage image = watcher->result();
        watcher->deleteLater();
        m_pending.remove(k);
        if (image.isNull())
            m_failed.insert(k);
        else
            m_cache.insert(k, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes() / 1024));
        emit ready(messageId);
    });
    watcher->setFuture(QtConcurrent::run(&TranscriptThumbnails::decode, dataUrl, kMaxSide));
    return Status::Pending;
}

} // namespace orc
