#include "ImageFiles.h"

#include "media/ImageSniffer.h"
#include "media/PngText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace orc {

QString ImageFiles::baseNameFromPrompt(const QString &prompt, int maxChars) {
    // NFKD splits "é" into "e" + a combining accent, which the ASCII filter then drops.
    const QString folded = prompt.normalized(QString::NormalizationForm_KD).toLower();
    QStringList words;
    QString word;
    for (const QChar c : folded) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            word.append(c);
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue; // accents fold into their letter
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);

    QString name;
    for (const QString &w : std::as_const(words)) {
        const qsizetype next = name.size() + (name.isEmpty() ? 0 : 1) + w.size();
        if (next > maxChars) {
            if (name.isEmpty())
                name = w.left(maxChars); // one very long word: cut it
            break;
        }
        if (!name.isEmpty())
            name.append(u'-');
        name.append(w);
    }
    return name.isEmpty() ? u"image"_s : name;
}

QString ImageFiles::extensionForFormat(const QString &format) {
    const QString f = format.toLower();
    if (f == "jpeg"_L1 || f == "jpg"_L1)
        return u"jpg"_s;
    if (f == "webp"_L1 || f == "gif"_L1 || f == "png"_L1)
        return f;
    return u"png"_s;
}

QString ImageFiles::formatForPath(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "png"_L1)
        return u"png"_s;
    if (suffix == "jpg"_L1 || suffix == "jpeg"_L1)
        return u"jpeg"_s;
    if (suffix == "webp"_L1)
        return u"webp"_s;
    return {};
}

QStringList ImageFiles::writableFormats() {
    return {u"png"_s, u"jpeg"_s, u"webp"_s};
}

QString ImageFiles::suggestedFileName(const QString &prompt, const QString &format, int index,
                                      int count) {
    QString name = baseNameFromPrompt(prompt);
    if (count > 1)
        name += u"-%1"_s.arg(index + 1);
    return name + u'.' + extensionForFormat(format);
}

QString ImageFiles::uniquePath(const QString &dir, const QString &fileName) {
    const QDir folder(dir);
    QString candidate = folder.filePath(fileName);
    if (!QFileInfo::exists(candidate))
        return candidate;
    const QFileInfo info(fileName);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    for (int n = 2;; ++n) {
        candidate = folder.filePath(u"%1-%2%3"_s.arg(base).arg(n).arg(suffix));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

QString ImageFiles::galleryPath(const QString &imagesDir, const QDateTime &created,
                                const QString &prompt, const QString &format, int index,
                                int count) {
    const QDateTime local = created.toLocalTime();
    const QString folder = QDir(imagesDir).filePath(local.toString(u"yyyy-MM"_s));
    QString name = local.toString(u"yyyyMMdd-HHmmss"_s) + u'-' + baseNameFromPrompt(prompt, 40);
    if (count > 1)
        name += u"-%1"_s.arg(index + 1);
    return uniquePath(folder, name + u'.' + extensionForFormat(format));
}

bool ImageFiles::writeAtomically(const QString &path, const QByteArray &bytes, QString *error) {
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    }
    if (!file.commit())
        return fail(
            tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (error)
        error->clear();
    return true;
}

bool ImageFiles::writeImage(const QString &path, const QByteArray &bytes,
                            const ImageProvenance &provenance, QString *error) {
    const QString sidecar = ImageProvenance::sidecarPath(path);
    if (const auto png = provenance.embedInPng(bytes)) {
        if (!writeAtomically(path, *png, error))
            return false;
        removeFile(sidecar); // from an earlier non-PNG file of that name
        return true;
    }
    // The sidecar first: an image never appears without the provenance it is written with.
    return writeAtomically(sidecar, provenance.sidecarBytes(), error) &&
           writeAtomically(path, bytes, error);
}

std::optional<ImageProvenance> ImageFiles::readProvenance(const QString &path, ReadStatus *status,
                                                          QString *error) {
    const QString name = QDir::toNativeSeparators(path);
    const auto fail = [&](ReadStatus s, const QString &message) -> std::optional<ImageProvenance> {
        if (status)
            *status = s;
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ReadStatus::Missing, tr("%1 does not exist.").arg(name));
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly))
        return fail(ReadStatus::Unreadable,
                    tr("Cannot read %1: %2")
                        .arg(name, info.isDir() ? tr("it is a folder") : file.errorString()));
    // Enough for any header the sniffer reads (JPEG puts its size after the EXIF block).
    const QByteArray head = file.peek(256 * 1024);
    if (!ImageSniffer::sniff(head).ok() && !PngText::hasSignature(head))
        return fail(ReadStatus::NotImage,
                    tr("%1 is not an image (PNG, JPEG, WebP or GIF).").arg(name));
    std::optional<ImageProvenance> found;
    if (PngText::hasSignature(head))
        found = ImageProvenance::fromPng(&file);
    if (!found) {
        QFile sidecar(ImageProvenance::sidecarPath(path));
        if (sidecar.size() <= 4 * 1024 * 1024 && sidecar.open(QIODevice::ReadOnly))
            found = ImageProvenance::fromSidecar(sidecar.readAll());
    }
    if (!found)
        return fail(ReadStatus::NoProvenance,
                    tr("%1 carries no generation details (prompt, model...): it was not saved by "
                       "OR Studio or orcli, or they were stripped.")
                        .arg(name));
    if (status)
        *status = ReadStatus::Ok;
    if (error)
        error->clear();
    return found;
}

bool ImageFiles::removeImage(const QString &path) {
    const bool image = removeFile(path);
    return removeFile(ImageProvenance::sidecarPath(path)) && image;
}

bool ImageFiles::removeFile(const QString &path) {
    if (path.isEmpty() || !QFileInfo::exists(path))
        return true;
    return QFile::remove(path);
}

} // namespace orc
