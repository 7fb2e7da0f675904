#pragma once

#include "domain/ImageRequest.h"
#include "media/ImageProvenance.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace orc::cli {

// Where `orcli image` writes its files, as the seed client did: PATH for one image, else
// STEM_0.EXT, STEM_1.EXT... beside it. Missing parent folders are created by prepare(), which
// also proves the folder writable before anything is sent; folders it created are removed
// again by discard() when no image was saved. Each file is written atomically with its
// provenance by store/ImageFiles, as the studio writes its images.
class ImageSaver final {
    Q_DECLARE_TR_FUNCTIONS(orcli) // the context of every orcli message
public:
    explicit ImageSaver(QString path);
    Q_DISABLE_COPY_MOVE(ImageSaver)

    const QString &path() const { return m_path; }
    // Creates missing folders and checks that a file can be written there.
    bool prepare(QString *error);
    // The file for image `index` of `count`.
    QString pathFor(int index, int count) const;
    // Writes the bytes and `provenance` (ImageFiles::writeImage); returns the absolute path
    // written, or empty and *error.
    QString save(const GeneratedImage &image, const ImageProvenance &provenance, int index,
                 int count, QString *error);
    // Removes the folders prepare() created (when nothing was saved).
    void discard();
    int savedCount() const { return m_saved; }

private:
    QString m_path;
    QStringList m_createdDirs; // outermost first
    int m_saved = 0;
};

} // namespace orc::cli
