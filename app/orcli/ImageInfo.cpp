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
    if (!provenance) {
        // A missing file is a usage error (nothing to read); the others are failures.
        using S = ImageFiles::ReadStatus;
        const int code = status == S::Missing ? ExitCode::Usage : ExitCode::Other;
        const QString kind = status == S::Missing        ? u"usage"_s
                             : status == S::NotImage     ? u"not_image"_s
                             : status == S::NoProvenance ? u"no_provenance"_s
                                                         : u"io"_s;
        printer.error(error, code, kind);
        return code;
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
