#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>

namespace orc {

// Thumbnails of image attachments. Data URLs are decoded and scaled on a worker thread
// (QtConcurrent); the UI thread only ever receives a small QImage. Decoded thumbnails live in a
// bounded cache.
class TranscriptThumbnails final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptThumbnails)
public:
    static constexpr int kMaxSide = 112;

    explicit TranscriptThumbnails(QObject *parent = nullptr);
    ~TranscriptThumbnails() override;

    enum class Status { Pending, Ready, Failed };
    // The thumbnail of attachment `index` of message `messageId` (a data: URL); starts decoding
    // when it is not known yet, and emits ready() when done.
    Status thumbnail(qint64 messageId, int index, const QString &dataUrl, QImage *out);

    // Decodes a data: URL and scales it to fit in maxSide x maxSide. Null when it is not an image.
    static QImage decode(const QString &dataUrl, int maxSide);

signals:
    void ready(qint64 messageId);

private:
    static QString key(qint64 messageId, int index);
    QCache<QString, QImage> m_cache;
    QSet<QString> m_pending;
    QSet<QString> m_failed;
};

} // namespace orc
