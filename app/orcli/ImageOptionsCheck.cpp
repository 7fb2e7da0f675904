#include "ImageOptionsCheck.h"

#include "api/ImageModels.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace orc::cli::ImageOptionsCheck {

QStringList given(const QCommandLineParser &parser) {
    QStringList names;
    for (const QString &name : {u"aspect"_s, u"size"_s, u"background"_s, u"count"_s, u"seed"_s,
                                u"quality"_s, u"output-format"_s, u"image"_s})
        if (parser.isSet(name))
            names << name;
    return names;
}

QString check(const ImageRequest &request, const QStringList &given, const ImageRoute &route,
              const ImageModel *listed) {
    ImageRequest asked = request;
    if (!given.contains("aspect"_L1))
        asked.aspectRatio.clear();
    if (!given.contains("size"_L1))
        asked.imageSize.clear();
    if (!given.contains("count"_L1))
        asked.count = 1;
    // background, quality, output format, seed and input images are only ever set when given.
    return ImageModels::checkOptions(asked, route, listed).join(u' ');
}

} // namespace orc::cli::ImageOptionsCheck
