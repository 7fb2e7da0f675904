#include "Attachments.h"

#include "Printer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace orc::cli::Attachments {

namespace {

bool isRemote(const QString &arg) {
    return arg.startsWith("https://"_L1, Qt::CaseInsensitive) ||
           arg.startsWith("http://"_L1, Qt::CaseInsensitive);
}

std::optional<QByteArray> readLocal(const QString &path, const QString &option,
                                    const QString &accepted, QString *error) {
    QFile f(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("Cannot read %1 \"%2\": it is a folder. %3").arg(option, path, accepted);
        return std::nullopt;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1 \"%2\": %3. %4").arg(option, path, f.errorString(), accepted);
        return std::nullopt;
    }
    if (f.size() > kMaxFileBytes) {
        *error = tr("%1 \"%2\" is %3 MiB; the limit is %4 MiB.")
                     .arg(option, path)
                     .arg(f.size() / (1024 * 1024))
                     .arg(kMaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    QByteArray bytes = f.readAll();
    if (bytes.isEmpty()) {
        *error = tr("%1 \"%2\" is empty. %3").arg(option, path, accepted);
        return std::nullopt;
    }
    return bytes;
}

} // namespace

QString sniffImageMimeType(const QByteArray &b) {
    if (b.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (b.startsWith("\xff\xd8\xff"))
        return u"image/jpeg"_s;
    if (b.startsWith("GIF87a") || b.startsWith("GIF89a"))
        return u"image/gif"_s;
    if (b.size() >= 12 && b.startsWith("RIFF") && b.mid(8, 4) == "WEBP")
        return u"image/webp"_s;
    return {};
}

std::optional<ContentPart> image(const QString &arg, QString *error) {
    const QString accepted = tr("--image takes a PNG, JPEG, WebP or GIF file, or an http(s) URL.");
    if (isRemote(arg) || arg.startsWith("data:image/"_L1, Qt::CaseInsensitive))
        return ContentPart::makeImageUrl(arg);
    if (arg.contains("://"_L1)) {
        *error = tr("Unsupported --image URL \"%1\". %2").arg(arg, accepted);
        return std::nullopt;
    }
    const auto bytes = readLocal(arg, u"--image"_s, accepted, error);
    if (!bytes)
        return std::nullopt;
    const QString mime = sniffImageMimeType(*bytes);
    if (mime.isEmpty()) {
        *error = tr("--image \"%1\" is not a PNG, JPEG, WebP or GIF image. %2").arg(arg, accepted);
        return std::nullopt;
    }
    return ContentPart::makeImageData(*bytes, mime);
}

std::optional<ContentPart> file(const QString &arg, QString *error) {
    const QString accepted = tr("--file takes a readable PDF or text document, or an https URL.");
    const QString name = QFileInfo(arg).fileName();
    if (isRemote(arg))
        return ContentPart::makeFile(name.isEmpty() ? u"document.pdf"_s : name, arg);
    const auto bytes = readLocal(arg, u"--file"_s, accepted, error);
    if (!bytes)
        return std::nullopt;
    if (bytes->startsWith("%PDF-"))
        return ContentPart::makePdf(name, *bytes);
    const QMimeType mime = QMimeDatabase().mimeTypeForFileNameAndData(arg, *bytes);
    return ContentPart::makeFile(name, ContentPart::dataUrl(*bytes, mime.name()));
}

QString readAll(const QStringList &values, Reader read, QList<ContentPart> *parts) {
    for (const QString &value : values) {
        QString error;
        const std::optional<ContentPart> part = read(value, &error);
        if (!part)
            return error;
        parts->append(*part);
    }
    return {};
}

} // namespace orc::cli::Attachments
