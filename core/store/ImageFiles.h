#pragma once

#include "media/ImageProvenance.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace orc {

// File naming and atomic writes for generated images (the studio's gallery and Save…, and
// `orcli image`). Names come from the prompt: "A lighthouse at dusk, watercolor" becomes
// "a-lighthouse-at-dusk-watercolor". Every write goes through QSaveFile, so a failed or
// interrupted write never leaves a half-written image behind: this is the one place that
// writes image files (and their provenance) for the studio and orcli. Pure functions, any
// thread.
class ImageFiles {
    Q_DECLARE_TR_FUNCTIONS(orc::ImageFiles)
public:
    static constexpr int kMaxBaseNameChars = 60;

    // Lower-case ASCII words of the prompt joined by '-' (accents folded: "café" -> "cafe"),
    // cut at a word boundary within `maxChars`; "image" when nothing usable is left.
    static QString baseNameFromPrompt(const QString &prompt, int maxChars = kMaxBaseNameChars);

    // "png", "jpg", "webp", "gif" for a sniffed format ("jpeg" -> "jpg"); "png" when unknown.
    static QString extensionForFormat(const QString &format);
    // The format a path asks for by its extension: "png", "jpeg" (.jpg/.jpeg), "webp"; empty
    // when the extension is none of them.
    static QString formatForPath(const QString &path);
    static QStringList writableFormats(); // png, jpeg, webp

    // "<base>.<ext>", or "<base>-<n>.<ext>" (n = index + 1) when a generation has several.
    static QString suggestedFileName(const QString &prompt, const QString &format, int index = 0,
                                     int count = 1);

    // `dir`/`fileName`, or with "-2", "-3"... before the extension when that name is taken.
    static QString uniquePath(const QString &dir, const QString &fileName);

    // Where the gallery keeps one generated image: <imagesDir>/<yyyy-MM>/<yyyyMMdd-HHmmss>-
    // <base>[-n].<ext>, unique in its folder.
    static QString galleryPath(const QString &imagesDir, const QDateTime &created,
                               const QString &prompt, const QString &format, int index, int count);

    // Writes `bytes` to `path` atomically (QSaveFile), creating the folder. On failure returns
    // false, sets *error to one sentence naming the file, and leaves any old file untouched.
    static bool writeAtomically(const QString &path, const QByteArray &bytes,
                                QString *error = nullptr);

    // Writes a generated image with its provenance, atomically: a PNG with the provenance
    // chunks embedded (ImageProvenance::embedInPng), any other format (or a PNG too damaged to
    // edit) as received plus the sidecar ImageProvenance::sidecarPath(path). A stale sidecar
    // of an earlier file of that name is removed. Errors as writeAtomically().
    static bool writeImage(const QString &path, const QByteArray &bytes,
                           const ImageProvenance &provenance, QString *error = nullptr);

    // The provenance of an image file: from its PNG text chunks, else from its sidecar.
    enum class ReadStatus {
        Ok,
        Missing,      // no such file
        Unreadable,   // it cannot be opened
        NotImage,     // not a PNG, JPEG, WebP or GIF
        NoProvenance, // an image without provenance
    };
    static std::optional<ImageProvenance>
    readProvenance(const QString &path, ReadStatus *status = nullptr, QString *error = nullptr);

    // Removes a file if present; true when it is gone afterwards.
    static bool removeFile(const QString &path);
    // Removes an image file and its provenance sidecar, if any; true when both are gone.
    static bool removeImage(const QString &path);
};

} // namespace orc
