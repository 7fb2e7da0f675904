#pragma once

#include "domain/ApiError.h"
#include "domain/ImageRequest.h"
#include "domain/ModelInfo.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;

namespace orc {

class ApiCall;
class OpenRouterClient;

// One entry of an image model's `supported_parameters` (GET /images/models): what a request
// field accepts. The API's types are {"type":"enum","values":[...]}, {"type":"range","min",
// "max"} and {"type":"boolean"}; any other type is kept as Other (the field is supported, with
// no known constraint). A parameter absent from the map is not supported.
struct ImageCapability {
    enum class Type { Enum, Range, Boolean, Other };

    Type type = Type::Other;
    QString typeName;          // as sent
    QJsonArray values;         // Enum
    std::optional<double> min; // Range (either bound may be missing)
    std::optional<double> max;
    QJsonObject raw;

    static ImageCapability fromJson(const QJsonValue &value);
    QStringList valueStrings() const; // Enum values as text: "1K", "2" ...
    // Whether a request may send `value` (strings and numbers compare by their text).
    bool accepts(const QJsonValue &value) const;
    bool operator==(const ImageCapability &) const = default;
};

// One model of GET /images/models.
struct ImageModel {
    QString id;
    QString name;
    QString description;
    QDateTime created; // UTC; invalid when unknown
    QStringList inputModalities;
    QStringList outputModalities;
    QMap<QString, ImageCapability> parameters; // request field -> what it accepts
    bool supportsStreaming = false;
    QString endpointsPath; // "/api/v1/images/models/<id>/endpoints"
    QJsonObject raw;

    static ImageModel fromJson(const QJsonObject &object);

    bool supports(const QString &parameter) const { return parameters.contains(parameter); }
    const ImageCapability *capability(const QString &parameter) const; // nullptr when absent

    // --- what the studio offers for this model (empty list: hide the control)
    QStringList aspectRatios() const;  // aspect_ratio enum (may include "auto")
    QStringList sizes() const;         // resolution enum ("512", "1K", "2K", "4K")
    QStringList backgrounds() const;   // background enum
    QStringList qualities() const;     // quality enum
    QStringList outputFormats() const; // output_format enum
    int maxCount() const;              // largest "n"; 1 when "n" is not supported
    bool supportsSeed() const { return supports(QStringLiteral("seed")); }
    bool acceptsInputImages() const { return supports(QStringLiteral("input_references")); }
    int maxInputImages() const; // input_references range max; -1 no limit given; 0 none

    // Translated problems with the fields `request` sets that this model declares it does not
    // accept (absent parameter or a value outside its enum/range). Empty when all fit.
    QStringList check(const ImageRequest &request) const;
    // `request` without the optional fields this model does not declare (aspect ratio, size,
    // background, quality, output format, seed); `dropped` receives their API names.
    ImageRequest conform(const ImageRequest &request, QStringList *dropped = nullptr) const;
};

// The GET /images/models listing, and the choice of API per model.
class ImageModels {
public:
    ImageModels() = default;
    explicit ImageModels(QList<ImageModel> models)
        : m_models(std::move(models)) {}

    // {"data": [...]} or a bare array; entries that are not objects or lack an id are skipped;
    // odd fields get defaults. On failure returns an empty list and sets *error.
    static QList<ImageModel> parseList(QByteArrayView json, QString *error = nullptr);

    const QList<ImageModel> &models() const { return m_models; }
    bool isEmpty() const { return m_models.isEmpty(); }
    const ImageModel *find(const QString &id) const;

    // How to ask `modelId` for images. Models listed here go to POST /images. Otherwise the
    // /models catalogue decides: image-only output -> chat with modalities ["image"], image and
    // text -> ["image","text"], no image output -> an error. A model in neither list is tried
    // through chat with ["image","text"] and fromCatalog = false.
    ImageRoute route(const QString &modelId, const QList<ModelInfo> &catalog) const;
    // ["image"] when the outputs have no "text", else ["image","text"].
    static QStringList modalitiesFor(const QStringList &outputModalities);
    // Checks the options `request` sets against what `route` accepts, before anything is sent:
    // the capabilities GET /images/models declares when `listed` (the route's model there) is
    // given, else the documented values (openrouter-api.md §5.1 for chat completions, §5.4 for
    // POST /images). Only options that are set are checked: clear those left to their
    // defaults. Translated problems; empty when all fit.
    static QStringList checkOptions(const ImageRequest &request, const ImageRoute &route,
                                    const ImageModel *listed);
    // The documented values of aspect_ratio and of the size for `modelId` through `api`.
    static QStringList documentedAspectRatios(ImageApi api, const QString &modelId);
    static QStringList documentedSizes(ImageApi api, const QString &modelId);

    // GET /images/models; `done` runs in `context`'s thread with the parsed listing.
    static ApiCall *
    fetch(OpenRouterClient *client, QObject *context,
          std::function<void(const ImageModels &models, const ApiError &error)> done);

private:
    QList<ImageModel> m_models;
};

} // namespace orc
