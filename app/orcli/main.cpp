// orcli: the headless OpenRouter client for scripts and agents (see `orcli --help`).
#include "Cli.h"
#include "Logging.h"
#include "Printer.h"
#include "domain/ApiError.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char **argv) {
    orc::MessageFilter::install(); // before Qt can say anything
    orc::ApiError::setFace(orc::ApiError::Face::Cli);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"orstudio"_s);
    QCoreApplication::setApplicationName(u"orcli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ORC_VERSION));

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return 1;
    orc::cli::Printer printer(&out, &err, ::isatty(STDOUT_FILENO) == 1,
                              ::isatty(STDERR_FILENO) == 1);
    orc::cli::Cli cli(printer);
    const int code = cli.run(QCoreApplication::arguments());
    printer.flush();
    return code;
}
