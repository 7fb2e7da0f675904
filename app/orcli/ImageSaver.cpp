#include "ImageSaver.h"

#include "store/ImageFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace orc::cli {

ImageSaver::ImageSaver(QString path)
    : m_path(std::move(path)) {}

bool ImageSaver::prepare(QString *error) {
    const QFileInfo info(m_path);
    if (info.isDir()) {
        *error = tr("Cannot save to \"%1\": it is a folder. Give a file name with --output, e.g. "
                    "--output %2.")
                     .arg(m_path, QDir(m_path).filePath(u"image.png"_s));
        return false;
    }
    // Create the missing folders one by one, remembering them for discard().
    QStringList missing;
    for (QFileInfo dir(info.absolutePath()); !dir.exists(); dir = QFileInfo(dir.absolutePath())) {
        missing.prepend(dir.absoluteFilePath());
        if (dir.absoluteFilePath() == dir.absolutePath())
            break; // the root
    }
    for (const QString &dir : std::as_const(missing)) {
        if (!QDir().mkdir(dir)) {
            discard();
            *error = tr("Cannot create the folder \"%1\" for --output \"%2\". Choose a writable "
                        "place with --output.")
                         .arg(dir, m_path);
            return false;
        }
        m_createdDirs << dir;
    }
    // Prove the folder writable: QSaveFile makes its temporary file right there.
    QSaveFile probe(pathFor(0, 1));
    if (!probe.open(QIODevice::WriteOnly)) {
        const QString reason = probe.errorString();
        discard();
        *error = tr("Cannot write \"%1\": %2. Choose a writable place with --output.")
                     .arg(m_path, reason);
        return false;
    }
    probe.cancelWriting();
    return true;
}

QString ImageSaver::pathFor(int index, int count) const {
    const QFileInfo info(m_path);
    if (count <= 1)
        return info.absoluteFilePath();
    const QString suffix = info.suffix();
    return QDir(info.absolutePath())
        .filePath(info.completeBaseName() + u'_' + QString::number(index) +
                  (suffix.isEmpty() ? QString() : u'.' + suffix));
}

QString ImageSaver::save(const GeneratedImage &image, const ImageProvenance &provenance, int index,
                         int count, QString *error) {
    const QString target = pathFor(index, count);
    if (!ImageFiles::writeImage(target, image.bytes, provenance, error))
        return {};
    ++m_saved;
    // Like the seed's Path.resolve(): an absolute path with symbolic links resolved.
    const QFileInfo info(target);
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    return dir.isEmpty() ? info.absoluteFilePath() : QDir(dir).filePath(info.fileName());
}

void ImageSaver::discard() {
    for (auto it = m_createdDirs.crbegin(); it != m_createdDirs.crend(); ++it)
        QDir().rmdir(*it);
    m_createdDirs.clear();
}

} // namespace orc::cli
