#pragma once

#include "api/ImageModels.h"
#include "domain/ImageRequest.h"
#include "domain/ModelInfo.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace orc {

// What the studio offers for one model: the API route and the values each control may take.
// Models listed by GET /images/models declare their parameters, and the studio offers exactly
// those (an empty list hides the control). Models served through chat completions declare
// nothing beyond their modalities, so they get the documented image_config values (the ten
// aspect ratios, 1K/2K/4K), no background/quality/format (chat cannot carry them), a count
// made of one call per image, and input images when the catalogue lists image input.
struct ImageModelOptions {
    static constexpr int kMaxChatCount = 4; // one paid call each

    QString modelId;
    ImageRoute route;
    QStringList aspectRatios;
    QStringList sizes;
    QStringList backgrounds;
    QStringList qualities;
    QStringList outputFormats;
    int maxCount = 1;
    int maxInputImages = 0; // -1: no limit declared
    bool declared = false;  // from GET /images/models

    bool canGenerate() const { return route.isValid(); }
    bool acceptsInputImages() const { return maxInputImages != 0; }

    static ImageModelOptions forModel(const QString &modelId, const ImageModels &imageModels,
                                      const QList<ModelInfo> &catalog);
    // Problems with `request` for this model (from its declared capabilities), translated.
    QStringList check(const ImageRequest &request, const ImageModels &imageModels) const;
};

} // namespace orc
