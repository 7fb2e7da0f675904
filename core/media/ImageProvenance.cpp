#include "ImageProvenance.h"

#include "media/PngText.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

const QString kVersionKey = u"version"_s;
const QString kPrompt = u"prompt"_s;
const QString kModel = u"model"_s;
const QString kAspect = u"aspect_ratio"_s;
const QString kSize = u"image_size"_s;
const QString kBackground = u"background"_s;
const QString kQuality = u"quality"_s;
const QString kOutputFormat = u"output_format"_s;
const QString kSeed = u"seed"_s;
const QString kInputImages = u"input_images"_s;
const QString kApi = u"api"_s;
const QString kProvider = u"provider"_s;
const QString kGenerationId = u"generation_id"_s;
const QString kCost = u"cost"_s;
const QString kCreated = u"created"_s;
const QString kSoftwareKey = u"software"_s;
const QString kPngDescription = u"Description"_s;
const QString kPngSoftware = u"Software"_s;

// The string fields, in the order toJson() and toText() list them (the others follow).
struct StringField {
    const QString &key;
    QString ImageProvenance::*member;
};
const StringField kStrings[] = {{kPrompt, &ImageProvenance::prompt},
                                {kModel, &ImageProvenance::model},
                                {kAspect, &ImageProvenance::aspectRatio},
                                {kSize, &ImageProvenance::imageSize},
                                {kBackground, &ImageProvenance::background},
                                {kQuality, &ImageProvenance::quality},
                                {kOutputFormat, &ImageProvenance::outputFormat},
                                {kApi, &ImageProvenance::api},
                                {kProvider, &ImageProvenance::provider},
                                {kGenerationId, &ImageProvenance::generationId}};

QString createdText(const QDateTime &created) {
    return created.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject ImageProvenance::toJson() const {
    QJsonObject o{{kVersionKey, kVersion}};
    for (const QPair<QString, QString> &kv : toText()) {
        if (kv.first == kSeed)
            o.insert(kSeed, *seed);
        else if (kv.first == kInputImages)
            o.insert(kInputImages, inputImages);
        else if (kv.first == kCost)
            o.insert(kCost, *cost); // a JSON number: reads back exactly
        else
            o.insert(kv.first, kv.second);
    }
    return o;
}

ImageProvenance ImageProvenance::fromJson(const QJsonObject &o) {
    ImageProvenance p;
    for (const StringField &f : kStrings)
        p.*f.member = o.value(f.key).toString();
    const QJsonValue seed = o.value(kSeed);
    if (seed.isDouble())
        p.seed = seed.toInteger();
    p.inputImages = std::max(0, o.value(kInputImages).toInt());
    if (o.value(kCost).isDouble())
        p.cost = o.value(kCost).toDouble();
    p.created = QDateTime::fromString(o.value(kCreated).toString(), Qt::ISODateWithMs);
    p.software = o.value(kSoftwareKey).toString();
    return p;
}

QList<QPair<QString, QString>> ImageProvenance::toText() const {
    QList<QPair<QString, QString>> text;
    const auto put = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            text.append({key, value});
    };
    for (const StringField &f : kStrings)
        put(f.key, this->*f.member);
    if (seed)
        put(kSeed, QString::number(*seed));
    if (inputImages > 0)
        put(kInputImages, QString::number(inputImages));
    if (cost)
        put(kCost, QLocale::c().toString(*cost, 'g', QLocale::FloatingPointShortest));
    if (created.isValid())
        put(kCreated, createdText(created));
    put(kSoftwareKey, software);
    return text;
}

ImageProvenance ImageProvenance::fromText(const QMap<QString, QString> &text) {
    ImageProvenance p;
    for (const StringField &f : kStrings)
        p.*f.member = text.value(f.key);
    bool ok = false;
    const qint64 seed = text.value(kSeed).toLongLong(&ok);
    if (ok)
        p.seed = seed;
    p.inputImages = std::max(0, text.value(kInputImages).toInt());
    const double cost = QLocale::c().toDouble(text.value(kCost), &ok);
    if (ok)
        p.cost = cost;
    p.created = QDateTime::fromString(text.value(kCreated), Qt::ISODate);
    p.software = text.value(kPngSoftware);
    return p;
}

ImageProvenance ImageProvenance::fromRequest(const ImageRequest &r) {
    ImageProvenance p;
    copyImageSettings(r, p);
    if (p.background.isEmpty())
        p.background = r.extraImageConfig.value("background"_L1).toString();
    p.inputImages = int(r.inputImages.size());
    return p;
}

ImageRequest ImageProvenance::toRequest() const {
    ImageRequest r;
    copyImageSettings(*this, r);
    return r;
}

std::optional<QByteArray> ImageProvenance::embedInPng(QByteArrayView png) const {
    const QString json = QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
    QList<PngText::Entry> entries{{kPngKeyword, json}};
    if (!prompt.isEmpty())
        entries.append({kPngDescription, prompt});
    if (!software.isEmpty())
        entries.append({kPngSoftware, software});
    // Replace what an earlier save wrote, in this format or the older one.
    QStringList replace{kPngKeyword, kPngDescription, kPngSoftware};
    for (const StringField &f : kStrings)
        replace.append(f.key);
    replace << kSeed << kCost << kCreated;
    return PngText::write(png, entries, replace);
}

QByteArray ImageProvenance::embedded(const QByteArray &bytes) const {
    return embedInPng(bytes).value_or(bytes);
}

namespace {

std::optional<ImageProvenance> fromEntries(const QList<PngText::Entry> &entries) {
    QMap<QString, QString> text;
    for (const PngText::Entry &e : entries) {
        if (e.keyword == ImageProvenance::kPngKeyword) {
            const QJsonDocument doc = QJsonDocument::fromJson(e.text.toUtf8());
            if (doc.isObject())
                return ImageProvenance::fromJson(doc.object());
        }
        text.insert(e.keyword, e.text);
    }
    const ImageProvenance legacy = ImageProvenance::fromText(text);
    if (!legacy.isValid())
        return std::nullopt;
    return legacy;
}

} // namespace

std::optional<ImageProvenance> ImageProvenance::fromPng(QByteArrayView png) {
    return fromEntries(PngText::read(png));
}

std::optional<ImageProvenance> ImageProvenance::fromPng(QIODevice *device) {
    return fromEntries(PngText::read(device));
}

QString ImageProvenance::sidecarPath(const QString &imagePath) {
    return imagePath + u".json"_s;
}

QByteArray ImageProvenance::sidecarBytes() const {
    QJsonObject o = toJson();
    o.insert(u"kind"_s, kPngKeyword);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<ImageProvenance> ImageProvenance::fromSidecar(QByteArrayView json) {
    if (json.size() > 4 * 1024 * 1024)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray());
    if (!doc.isObject() || doc.object().value("kind"_L1).toString() != kPngKeyword)
        return std::nullopt;
    return fromJson(doc.object());
}

} // namespace orc
