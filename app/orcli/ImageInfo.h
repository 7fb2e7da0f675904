#pragma once

#include <QString>

namespace orc::cli {

class Printer;

// `orcli image --info FILE`: the generation details an image file carries (PNG text chunks or
// the sidecar JSON of other formats, as store/ImageFiles reads them), printed as `key: value`
// lines, or as one JSON object with --format json. Returns the exit code: 0, 1 for a file that
// is not an image or carries no details (with a message saying so), 2 for a missing file.
int printImageInfo(Printer &printer, const QString &path);

} // namespace orc::cli
