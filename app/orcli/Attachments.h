#pragma once

#include "domain/ChatRequest.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace orc::cli::Attachments {

// Largest local file orcli attaches (the API rejects much larger requests anyway).
inline constexpr qint64 kMaxFileBytes = qint64(64) * 1024 * 1024;

// "image/png", "image/jpeg", "image/webp" or "image/gif" from the first bytes; empty otherwise.
QString sniffImageMimeType(const QByteArray &bytes);

// --image FILE|URL: a local PNG/JPEG/WebP/GIF file becomes a data URL; http(s) and data:image
// URLs are passed through. nullopt and a one-line message when it cannot be used.
std::optional<ContentPart> image(const QString &fileOrUrl, QString *error);

// --file FILE: a PDF (or any other readable document) attached as a file part; https URLs are
// passed through.
std::optional<ContentPart> file(const QString &fileOrUrl, QString *error);

// Reads each of `values` with `read` (image or file) and appends the parts to *parts. Returns
// the first problem, or an empty string.
using Reader = std::optional<ContentPart> (*)(const QString &fileOrUrl, QString *error);
QString readAll(const QStringList &values, Reader read, QList<ContentPart> *parts);

} // namespace orc::cli::Attachments
