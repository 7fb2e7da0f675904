#include "ImageModels.h"

#include "Translate.h"
#include "api/ApiCall.h"
#include "api/ErrorCodec.h"
#include "api/OpenRouterClient.h"
#include "domain/JsonFields_p.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr auto tr = fileTr<"orc::ImageModels">;

std::optional<double> number(const QJsonValue &v) {
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

QString text(const QJsonValue &v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QLocale::c().toString(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

QStringList strings(const QJsonValue &v) {
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        if (item.isString() && !item.toString().isEmpty())
            out.append(item.toString());
    return out;
}

// Parameter names of /images for the ImageRequest fields that conform() may drop.
struct OptionalField {
    QLatin1StringView parameter;
    QString ImageRequest::*field;
};
const OptionalField kOptionalFields[] = {
    {"aspect_ratio"_L1, &ImageRequest::aspectRatio},   {"resolution"_L1, &ImageRequest::imageSize},
    {"background"_L1, &ImageRequest::background},      {"quality"_L1, &ImageRequest::quality},
    {"output_format"_L1, &ImageRequest::outputFormat},
};

} // namespace

ImageCapability ImageCapability::fromJson(const QJsonValue &value) {
    ImageCapability c;
    c.raw = value.toObject();
    c.typeName = c.raw.value("type"_L1).toString();
    const QString type = c.typeName.toLower();
    if (type == "enum"_L1) {
        c.type = Type::Enum;
        c.values = c.raw.value("values"_L1).toArray();
    } else if (type == "range"_L1) {
        c.type = Type::Range;
        c.min = number(c.raw.value("min"_L1));
        c.max = number(c.raw.value("max"_L1));
    } else if (type == "boolean"_L1 || type == "bool"_L1) {
        c.type = Type::Boolean;
    }
    return c;
}

QStringList ImageCapability::valueStrings() const {
    QStringList out;
    for (const QJsonValue &v : values) {
        const QString s = text(v);
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

bool ImageCapability::accepts(const QJsonValue &value) const {
    switch (type) {
    case Type::Enum:
        return valueStrings().contains(text(value));
    case Type::Range: {
        const auto d = number(value);
        return d && (!min || *d >= *min) && (!max || *d <= *max);
    }
    case Type::Boolean:
        // A boolean descriptor says the field is supported; for non-boolean fields (seed) any
        // value goes, for boolean ones only true/false.
        return true;
    case Type::Other:
        return true;
    }
    return true;
}

ImageModel ImageModel::fromJson(const QJsonObject &o) {
    ImageModel m;
    m.raw = o;
    m.id = o.value("id"_L1).toString();
    m.name = o.value("name"_L1).toString();
    m.description = o.value("description"_L1).toString();
    if (const auto created = number(o.value("created"_L1)); created && *created > 0)
        m.created = QDateTime::fromSecsSinceEpoch(qint64(*created), Qt::UTC);
    const QJsonObject architecture = o.value("architecture"_L1).toObject();
    m.inputModalities = strings(architecture.value("input_modalities"_L1));
    m.outputModalities = strings(architecture.value("output_modalities"_L1));
    const QJsonObject parameters = o.value("supported_parameters"_L1).toObject();
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        m.parameters.insert(it.key(), ImageCapability::fromJson(it.value()));
    // An array of names (the /models style) means "supported, no constraint given".
    for (const QString &name : strings(o.value("supported_parameters"_L1)))
        m.parameters.insert(name, ImageCapability{});
    m.supportsStreaming = o.value("supports_streaming"_L1).toBool();
    m.endpointsPath = o.value("endpoints"_L1).toString();
    return m;
}

const ImageCapability *ImageModel::capability(const QString &parameter) const {
    const auto it = parameters.constFind(parameter);
    return it == parameters.constEnd() ? nullptr : &*it;
}

static QStringList enumValues(const ImageModel &m, const QString &parameter) {
    const ImageCapability *c = m.capability(parameter);
    return c && c->type == ImageCapability::Type::Enum ? c->valueStrings() : QStringList();
}

QStringList ImageModel::aspectRatios() const {
    return enumValues(*this, u"aspect_ratio"_s);
}
QStringList ImageModel::sizes() const {
    return enumValues(*this, u"resolution"_s);
}
QStringList ImageModel::backgrounds() const {
    return enumValues(*this, u"background"_s);
}
QStringList ImageModel::qualities() const {
    return enumValues(*this, u"quality"_s);
}
QStringList ImageModel::outputFormats() const {
    return enumValues(*this, u"output_format"_s);
}

int ImageModel::maxCount() const {
    const ImageCapability *c = capability(u"n"_s);
    if (!c)
        return 1;
    if (c->type == ImageCapability::Type::Range && c->max)
        return std::clamp(int(*c->max), 1, ImageRequest::kMaxCount);
    if (c->type == ImageCapability::Type::Enum) {
        int best = 1;
        for (const QJsonValue &v : c->values)
            if (const auto d = number(v))
                best = std::max(best, int(*d));
        return std::min(best, ImageRequest::kMaxCount);
    }
    return ImageRequest::kMaxCount;
}

int ImageModel::maxInputImages() const {
    const ImageCapability *c = capability(u"input_references"_s);
    if (!c)
        return 0;
    if (c->type == ImageCapability::Type::Range && c->max)
        return std::max(0, int(*c->max));
    return -1;
}

QStringList ImageModel::check(const ImageRequest &request) const {
    QStringList problems;
    const QString who = name.isEmpty() ? id : name;
    for (const OptionalField &f : kOptionalFields) {
        const QString &value = request.*(f.field);
        if (value.isEmpty())
            continue;
        const ImageCapability *c = capability(QString(f.parameter));
        if (!c) {
            problems << tr("%1 does not take the %2 option (asked: %3).")
                            .arg(who, QString(f.parameter), value);
        } else if (!c->accepts(value)) {
            problems << tr("%1 does not accept %2 \"%3\"; it accepts %4.")
                            .arg(who, QString(f.parameter), value, c->valueStrings().join(u", "_s));
        }
    }
    if (request.seed && !supportsSeed())
        problems << tr("%1 does not take a seed.").arg(who);
    if (const ImageCapability *n = capability(u"n"_s);
        n && request.count > 1 && !n->accepts(QJsonValue(request.count)))
        problems << tr("%1 makes at most %2 images per request (asked: %3).")
                        .arg(who)
                        .arg(maxCount())
                        .arg(request.count);
    if (!request.inputImages.isEmpty()) {
        const int limit = maxInputImages();
        if (limit == 0)
            problems << tr("%1 does not take input images.").arg(who);
        else if (limit > 0 && request.inputImages.size() > limit)
            problems << tr("%1 takes at most %2 input images (given: %3).")
                            .arg(who)
                            .arg(limit)
                            .arg(request.inputImages.size());
    }
    return problems;
}

ImageRequest ImageModel::conform(const ImageRequest &request, QStringList *dropped) const {
    ImageRequest out = request;
    for (const OptionalField &f : kOptionalFields) {
        QString &value = out.*(f.field);
        if (!value.isEmpty() && !supports(QString(f.parameter))) {
            value.clear();
            if (dropped)
                dropped->append(QString(f.parameter));
        }
    }
    if (out.seed && !supportsSeed()) {
        out.seed.reset();
        if (dropped)
            dropped->append(u"seed"_s);
    }
    return out;
}

QList<ImageModel> ImageModels::parseList(QByteArrayView json, QString *error) {
    QByteArrayView trimmed = json.trimmed();
    if (trimmed.startsWith("\xEF\xBB\xBF"))
        trimmed = trimmed.sliced(3);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toByteArray(), &parseError);
    QJsonArray entries;
    if (doc.isObject() && doc.object().value("data"_L1).isArray()) {
        entries = doc.object().value("data"_L1).toArray();
    } else if (doc.isArray()) {
        entries = doc.array();
    } else {
        if (error) {
            if (parseError.error != QJsonParseError::NoError)
                *error = tr("The image model list is not JSON: %1").arg(parseError.errorString());
            else if (doc.isObject() && doc.object().value("error"_L1).isObject())
                *error = ErrorCodec::fromErrorObject(doc.object().value("error"_L1).toObject(), 200)
                             .message;
            else
                *error = tr("The image model list has no \"data\" array.");
        }
        return {};
    }
    QList<ImageModel> models = detail::listFromJson<ImageModel>(
        entries, [](const ImageModel &m) { return !m.id.isEmpty(); });
    if (error)
        error->clear();
    return models;
}

const ImageModel *ImageModels::find(const QString &id) const {
    for (const ImageModel &m : m_models)
        if (m.id == id)
            return &m;
    return nullptr;
}

QStringList ImageModels::modalitiesFor(const QStringList &outputModalities) {
    if (outputModalities.contains("text"_L1))
        return {u"image"_s, u"text"_s};
    return {u"image"_s};
}

ImageRoute ImageModels::route(const QString &modelId, const QList<ModelInfo> &catalog) const {
    ImageRoute r;
    r.model = modelId.trimmed();
    if (r.model.isEmpty()) {
        r.error = tr("Choose an image model.");
        return r;
    }
    if (const ImageModel *m = find(r.model)) {
        r.api = ImageApi::ImagesEndpoint;
        r.modalities.clear();
        r.nativeCount = m->supports(u"n"_s);
        r.stream = m->supportsStreaming;
        return r;
    }
    r.api = ImageApi::ChatCompletions;
    r.stream = true;
    for (const ModelInfo &info : catalog) {
        if (info.id() != r.model)
            continue;
        if (!info.supportsImageOutput()) {
            r.error = tr("%1 does not generate images (it outputs %2); choose a model with image "
                         "output.")
                          .arg(r.model, info.outputModalities().join(u", "_s));
            return r;
        }
        r.modalities = modalitiesFor(info.outputModalities());
        return r;
    }
    r.fromCatalog = false;
    r.modalities = {u"image"_s, u"text"_s};
    return r;
}

ApiCall *ImageModels::fetch(OpenRouterClient *client, QObject *context,
                            std::function<void(const ImageModels &, const ApiError &)> done) {
    ApiCall *call = client->send(Endpoints::imageModels());
    QObject::connect(call, &ApiCall::finished, context, [call, done = std::move(done)] {
        call->deleteLater();
        ApiError error = call->error();
        if (error.isError()) {
            done(ImageModels(), error);
            return;
        }
        QString problem;
        QList<ImageModel> models = parseList(call->body(), &problem);
        if (!problem.isEmpty())
            error = ApiError::invalidResponse(problem);
        done(ImageModels(std::move(models)), error);
    });
    return call;
}

QStringList ImageModels::documentedAspectRatios(ImageApi api, const QString &modelId) {
    // openrouter-api.md §5.1: one model has its own table, one has four extra ratios; §5.4:
    // POST /images also takes "auto".
    if (api == ImageApi::ChatCompletions && modelId == "microsoft/mai-image-2.5"_L1)
        return {u"1:1"_s, u"4:3"_s, u"3:4"_s, u"16:9"_s, u"9:16"_s, u"3:2"_s, u"2:3"_s};
    QStringList ratios = ImageRequest::supportedAspectRatios();
    if (api == ImageApi::ImagesEndpoint)
        ratios << u"auto"_s;
    else if (modelId.startsWith("google/gemini-3.1-flash-image-preview"_L1))
        ratios << u"1:4"_s << u"4:1"_s << u"1:8"_s << u"8:1"_s;
    return ratios;
}

QStringList ImageModels::documentedSizes(ImageApi api, const QString &modelId) {
    if (api == ImageApi::ImagesEndpoint)
        return {u"512"_s, u"1K"_s, u"2K"_s, u"4K"_s};
    QStringList sizes = ImageRequest::supportedSizes();
    if (modelId.startsWith("google/gemini-3.1-flash-image-preview"_L1))
        sizes.prepend(u"0.5K"_s);
    return sizes;
}

QStringList ImageModels::checkOptions(const ImageRequest &request, const ImageRoute &route,
                                      const ImageModel *listed) {
    if (listed && route.api == ImageApi::ImagesEndpoint)
        return listed->check(request);
    QStringList problems;
    const QString &model = route.model.isEmpty() ? request.model : route.model;
    const QStringList ratios = documentedAspectRatios(route.api, model);
    if (!request.aspectRatio.isEmpty() && !ratios.contains(request.aspectRatio))
        problems << tr("%1 does not take the aspect ratio \"%2\"; the documented ratios are %3.")
                        .arg(model, request.aspectRatio, ratios.join(u", "_s));
    const QStringList sizes = documentedSizes(route.api, model);
    if (!request.imageSize.isEmpty() && !sizes.contains(request.imageSize))
        problems << tr("%1 does not take the size \"%2\"; the documented sizes are %3.")
                        .arg(model, request.imageSize, sizes.join(u", "_s));
    return problems;
}

} // namespace orc
