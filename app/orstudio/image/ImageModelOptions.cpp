#include "image/ImageModelOptions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QStringList onlyKnown(const QStringList &declared, const QStringList &known) {
    QStringList out;
    for (const QString &v : declared)
        if (known.contains(v))
            out.append(v);
    return out;
}

} // namespace

ImageModelOptions ImageModelOptions::forModel(const QString &modelId,
                                              const ImageModels &imageModels,
                                              const QList<ModelInfo> &catalog) {
    ImageModelOptions o;
    o.modelId = modelId;
    o.route = imageModels.route(modelId, catalog);
    if (!o.route.isValid())
        return o;
    if (const ImageModel *m = imageModels.find(modelId)) {
        o.declared = true;
        for (const QString &ratio : m->aspectRatios())
            if (ImageRequest::isAspectRatio(ratio))
                o.aspectRatios.append(ratio);
        o.sizes = m->sizes();
        o.backgrounds = onlyKnown(m->backgrounds(), ImageRequest::backgrounds());
        o.qualities = onlyKnown(m->qualities(), ImageRequest::qualities());
        o.outputFormats = onlyKnown(m->outputFormats(), ImageRequest::outputFormats());
        o.maxCount = m->maxCount();
        o.maxInputImages = m->maxInputImages();
        return o;
    }
    o.aspectRatios = ImageRequest::supportedAspectRatios();
    o.sizes = ImageRequest::supportedSizes();
    o.maxCount = kMaxChatCount;
    o.maxInputImages = -1; // a model outside the catalogue: let the API decide
    for (const ModelInfo &info : catalog) {
        if (info.id() == modelId) {
            o.maxInputImages = info.inputModalities().contains("image"_L1) ? -1 : 0;
            break;
        }
    }
    return o;
}

QStringList ImageModelOptions::check(const ImageRequest &request,
                                     const ImageModels &imageModels) const {
    QStringList problems;
    if (!route.isValid()) {
        problems.append(route.error);
        return problems;
    }
    if (const QString p = request.validateFor(route.api); !p.isEmpty())
        problems.append(p);
    if (const ImageModel *m = imageModels.find(modelId))
        problems += m->check(request);
    else if (request.count > maxCount)
        problems.append(QCoreApplication::translate("orc::ImageModelOptions",
                                                    "Ask for at most %1 images at a time.")
                            .arg(maxCount));
    if (!request.inputImages.isEmpty() && maxInputImages == 0)
        problems.append(QCoreApplication::translate("orc::ImageModelOptions",
                                                    "%1 does not take input images; remove "
                                                    "them or choose a model with image input.")
                            .arg(modelId));
    problems.removeDuplicates();
    return problems;
}

} // namespace orc
