#pragma once

#include "domain/ImageRequest.h"
#include "media/ImageProvenance.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace orc {

// One image file of a generation in the gallery.
struct GalleryImage {
    qint64 id = 0;
    int position = 0; // order within its generation
    QString path;     // absolute
    QSize pixelSize;
    QString format; // "png", "jpeg", "webp", "gif"
    qint64 bytes = 0;
};

// One generation in the gallery: its settings, what it cost, and the files it produced.
struct GalleryEntry {
    qint64 id = 0;
    QDateTime createdAt; // UTC
    QString prompt;
    QString model;
    QString api; // imageApiName(): "chat_completions" or "images"
    QString aspectRatio;
    QString imageSize;
    QString background;
    QString quality;
    QString outputFormat;
    int count = 1; // images asked for
    std::optional<qint64> seed;
    std::optional<double> cost; // USD for the whole generation, when the API said
    qint64 durationMs = 0;
    QString generationId;
    QString text;           // what the model said with its images
    QStringList inputPaths; // copies of the input images (see GalleryStore::storeInput)
    QList<GalleryImage> images;

    // The settings to run it again (the input images are read from inputPaths by the caller).
    ImageRequest toRequest() const;
    static GalleryEntry fromRequest(const ImageRequest &request);
    // What each of its `imageCount` files carries (the cost shared out among them).
    ImageProvenance provenance(int imageCount) const;
};

// The image studio's history in its own SQLite file (<data>/gallery.sqlite): one row per
// generation with its settings, one row per output file, and full-text search over prompts.
// Deleting removes the image files too. Schema changes are numbered migrations (Database).
class GalleryStore {
    Q_DECLARE_TR_FUNCTIONS(orc::GalleryStore)
public:
    static constexpr int kSchemaVersion = 2;

    explicit GalleryStore(const QString &path = defaultPath());
    static QString defaultPath(); // <Settings::dataDir()>/gallery.sqlite

    bool open(QString *error = nullptr);
    bool openAtVersion(int version, QString *error = nullptr); // tests build old schemas
    void close() { m_database.close(); }
    bool isOpen() const { return m_database.isOpen(); }
    int schemaVersion() const { return m_database.userVersion(); }
    QString lastError() const { return m_lastError; }
    const QString &path() const { return m_database.path(); }

    // Records a generation and its images; returns the new id (0 on failure). `entry.id` and
    // the image ids are ignored; createdAt defaults to now.
    qint64 add(const GalleryEntry &entry);
    std::optional<GalleryEntry> entry(qint64 id) const;
    // Newest first.
    QList<GalleryEntry> entries(int limit = 500) const;
    // Generations whose prompt matches every word of `text` (the last word as a prefix),
    // best match first; everything (newest first) when `text` is blank.
    QList<GalleryEntry> search(const QString &text, int limit = 500) const;
    int count() const;
    // The generation that produced the file at `path`, or nullopt.
    std::optional<GalleryEntry> entryForFile(const QString &path) const;

    // Deletes the generation and its image files, and input copies no other generation uses.
    // Files that cannot be removed are listed in *leftFiles; the record goes anyway.
    bool remove(qint64 id, QStringList *leftFiles = nullptr);
    // Deletes one image (and its file); a generation left without images is deleted too.
    bool removeImage(qint64 imageId, QStringList *leftFiles = nullptr);

    // Keeps a copy of an input image under `inputsDir`, named by its content hash (the same
    // bytes are stored once), so that a generation can be re-run after the original moved.
    // Returns the path, or empty with *error set.
    static QString storeInput(const QString &inputsDir, const QByteArray &bytes,
                              const QString &format, QString *error = nullptr);

private:
    bool exec(const QString &sql, const QVariantList &values = {});
    QList<GalleryEntry> query(const QString &where, const QVariantList &values,
                              const QString &order, int limit) const;
    void loadImages(QList<GalleryEntry> &entries) const;
    QStringList removeFiles(const QStringList &outputs, const QStringList &inputs);

    Database m_database;
    mutable QString m_lastError;
};

} // namespace orc
