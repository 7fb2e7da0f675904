#pragma once

#include "Printer.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace orc {
struct ClientConfig;
}

namespace orc::cli {

// Options every subcommand accepts, before or after the subcommand name.
struct GlobalOptions {
    OutputFormat format = OutputFormat::Text;
    bool csv = false; // --format csv (orcli usage only): `format` stays Text
    QString baseUrl;
    std::optional<double> timeoutSeconds;
    std::optional<double> maxTimeSeconds;
    std::optional<int> retries;
    bool quiet = false;
    bool verbose = false;
    bool dryRun = false;
    bool help = false;
    bool version = false;

    static QList<QCommandLineOption> options();
    // Names of the global options that take a value (to find the subcommand in argv).
    static QStringList optionsWithValue();
    // Reads the parsed options; returns a usage error message, or an empty string.
    QString read(const QCommandLineParser &parser);
    // Applies --timeout, --max-time and --retries to a configuration.
    void applyTo(ClientConfig &config) const;
};

} // namespace orc::cli
