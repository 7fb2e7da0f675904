#include "ImageInfo.h"

#include "ExitCode.h"
#include "Printer.h"
#include "store/ImageFiles.h"

using namespace Qt::StringLiterals;

namespace orc::cli {

int printImageInfo(Printer &printer, const QString &path) {
    ImageFiles::ReadStatus status = ImageFiles::ReadStatus::Ok;
    QString error;
    const std::optional<ImageProvenance> provenance =
        ImageFiles::readProvenance(path, &status, &error);
    switch (status) {
    case ImageFiles::ReadStatus::Ok:
        break;
    case ImageFiles::ReadStatus::Missing:
        printer.error(error, ExitCode::Usage, u"usage"_s);
        return ExitCode::Usage;
    case ImageFiles::ReadStatus::Unreadable:
        printer.error(error, ExitCode::Other, u"io"_s);
        return ExitCode::Other;
    case ImageFiles::ReadStatus::NotImage:
        printer.error(error, ExitCode::Other, u"not_image"_s);
        return ExitCode::Other;
    case ImageFiles::ReadStatus::NoProvenance:
        printer.error(error, ExitCode::Other, u"no_provenance"_s);
        return ExitCode::Other;
    }
    if (printer.isJson()) {
        printer.writeJson(provenance->toJson());
        return ExitCode::Ok;
    }
    for (const auto &[key, value] : provenance->toText()) {
        // One line per key: a prompt's line breaks are written as "\n".
        QString text = value;
        text.replace(u'\\', "\\\\"_L1).replace(u'\n', "\\n"_L1).replace(u'\r', "\\r"_L1);
        printer.writeLine(key + u": "_s + text);
    }
    return ExitCode::Ok;
}

} // namespace orc::cli
