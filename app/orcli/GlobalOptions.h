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
    bool markdown = false; // --format md (history show and search only; `format` is Text)
    QString formatName;    // --format as given
    QString dataDirOption; // --data-dir DIR
    bool help = false;
    bool version = false;

    static QList<QCommandLineOption> options();
    // Names of the global options that take a value (to find the subcommand in argv).
    static QStringList optionsWithValue();
    // The usage error for --format md given to a command that prints no Markdown.
    QString markdownRefused() const;
    // Reads the parsed options; returns a usage error message, or an empty string.
    QString read(const QCommandLineParser &parser);
    // Applies --timeout, --max-time and --retries to a configuration.
    void applyTo(ClientConfig &config) const;
    // The data folder (conversations, cost ledger): --data-dir, else the studio's
    // (Settings::dataDir(): its Data folder setting, else …/orstudio/orstudio).
    QString dataDir() const;
};

} // namespace orc::cli
