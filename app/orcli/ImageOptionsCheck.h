#pragma once

#include "domain/ImageRequest.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace orc {
struct ImageModel;
}

namespace orc::cli {

// Local checks of `orcli image` options against what the model accepts, so that a value the
// server would refuse (`--aspect 7:3`) is a usage error (exit 2) and nothing is sent, dry runs
// included. Only options given on the command line are checked: the defaults (1:1, 1K) are
// the API's own.
namespace ImageOptionsCheck {

// The image options set on the command line, by option name ("aspect", "size"...).
QStringList given(const QCommandLineParser &parser);
// The problem with `request`'s given options for `route` (see ImageModels::checkOptions), or
// an empty string. `listed` is the model as GET /images/models lists it, when fetched.
QString check(const ImageRequest &request, const QStringList &given, const ImageRoute &route,
              const ImageModel *listed);

} // namespace ImageOptionsCheck

} // namespace orc::cli
