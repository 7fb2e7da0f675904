#include "ImageFiles.h"

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

bool ImageFiles::removeFile(const QString &path) {
    if (path.isEmpty() || !QFileInfo::exists(path))
        return true;
    return QFile::remove(path);
}

} // namespace orc
