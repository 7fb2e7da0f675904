#pragma once

#include "domain/ImageRequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <optional>

class QIODevice;

namespace orc {

// Where a generated image came from, written into the image file by the studio and by
// `orcli image` alike, so that any of them restores its settings when dropped on the studio
// and `orcli image --info FILE` can print it.
//
// PNG: one iTXt chunk under kPngKeyword ("orstudio.provenance") holds toJson() (UTF-8
// JSON, read back exactly), plus the standard "Description" (the prompt) and "Software"
// chunks for other viewers. Files written by older studio builds, one text chunk per key
// (prompt, model, aspect_ratio...), are still read. Other formats get a sidecar file
// (sidecarPath(): "picture.jpg.json") holding the same JSON. Writing files atomically is
// store/ImageFiles' job; this is pure bytes, safe on any thread.
struct ImageProvenance {
    static constexpr int kVersion = 1;
    static inline const QString kPngKeyword = QStringLiteral("orstudio.provenance");
    static inline const QString kSoftware = QStringLiteral("OR Studio");

    QString prompt;
    QString model;
    QString aspectRatio;
    QString imageSize;
    QString background;
    QString quality;
    QString outputFormat;
    std::optional<qint64> seed;
    int inputImages = 0; // input images the generation was given
    QString api;         // imageApiName(): "chat_completions" or "images"
    QString provider;
    QString generationId;
    std::optional<double> cost; // USD for this image
    QDateTime created;          // UTC
    QString software = kSoftware;

    bool isValid() const { return !prompt.isEmpty() && !model.isEmpty(); }
    friend bool operator==(const ImageProvenance &, const ImageProvenance &) = default;

    // {"version":1, "prompt", "model", "aspect_ratio", "image_size", "background", "quality",
    //  "output_format", "seed", "input_images", "api", "provider", "generation_id", "cost",
    //  "created" (ISO 8601 UTC), "software"}: only what is set.
    QJsonObject toJson() const;
    static ImageProvenance fromJson(const QJsonObject &o);
    // The same keys and values as text, in that order, for `key: value` listings.
    QList<QPair<QString, QString>> toText() const;
    // Older studio saves: one text chunk per key.
    static ImageProvenance fromText(const QMap<QString, QString> &text);

    static ImageProvenance fromRequest(const ImageRequest &request);
    // The settings to generate it again (count 1, no input images).
    ImageRequest toRequest() const;

    // PNG bytes with the provenance chunks (replacing any earlier ones) inserted before the
    // image data, without re-encoding a pixel; nullopt when `png` is not a well-formed PNG.
    std::optional<QByteArray> embedInPng(QByteArrayView png) const;
    // PNG bytes with provenance embedded, or `bytes` unchanged for anything else.
    QByteArray embedded(const QByteArray &bytes) const;
    // The provenance in a PNG's text chunks (no pixel decoding), or nullopt.
    static std::optional<ImageProvenance> fromPng(QByteArrayView png);
    static std::optional<ImageProvenance> fromPng(QIODevice *device);

    // The sidecar of a non-PNG image: "<imagePath>.json", holding toJson() indented.
    static QString sidecarPath(const QString &imagePath);
    QByteArray sidecarBytes() const;
    static std::optional<ImageProvenance> fromSidecar(QByteArrayView json);
};

} // namespace orc
