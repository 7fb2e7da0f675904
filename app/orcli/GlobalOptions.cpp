#include "GlobalOptions.h"

#include "api/ClientConfig.h"
#include "store/Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cmath>

using namespace Qt::StringLiterals;

namespace orc::cli {

QList<QCommandLineOption> GlobalOptions::options() {
    return {
        QCommandLineOption({u"format"_s, u"F"_s},
                           tr("Output format: text (default), json, ndjson (chat: one JSON "
                              "event per line), or csv (usage)."),
                           u"FORMAT"_s),
        QCommandLineOption(u"base-url"_s,
                           tr("API base URL (default https://openrouter.ai/api/v1, or "
                              "OPENROUTER_BASE_URL)."),
                           u"URL"_s),
        QCommandLineOption(u"timeout"_s,
                           tr("Give up when nothing arrives for this many seconds (default 120)."),
                           u"SECONDS"_s),
        QCommandLineOption(u"max-time"_s,
                           tr("Give up when one call, retries included, takes longer than this "
                              "many seconds (default: no limit)."),
                           u"SECONDS"_s),
        QCommandLineOption(u"retries"_s,
                           tr("Retries of transient failures: 429, 408, 5xx, network (default 3)."),
                           u"N"_s),
        QCommandLineOption(u"data-dir"_s,
                           tr("Data folder of the conversations and the cost ledger (default: "
                              "the studio's, as its Data folder setting says)."),
                           u"DIR"_s),
        QCommandLineOption({u"quiet"_s, u"q"_s},
                           tr("No progress or notes on stderr; errors only.")),
        QCommandLineOption({u"verbose"_s, u"v"_s},
                           tr("Log requests and responses to stderr (the key is redacted).")),
        QCommandLineOption(u"dry-run"_s,
                           tr("Print the exact request (key redacted) and send nothing.")),
        QCommandLineOption({u"help"_s, u"h"_s}, tr("Show help and exit.")),
        QCommandLineOption({u"version"_s, u"V"_s}, tr("Show the version and exit.")),
    };
}

QStringList GlobalOptions::optionsWithValue() {
    return {u"--format"_s,   u"-F"_s,        u"--base-url"_s, u"--timeout"_s,
            u"--max-time"_s, u"--retries"_s, u"--data-dir"_s};
}

QString GlobalOptions::read(const QCommandLineParser &parser) {
    help = parser.isSet(u"help"_s);
    version = parser.isSet(u"version"_s);
    quiet = parser.isSet(u"quiet"_s);
    verbose = parser.isSet(u"verbose"_s);
    dryRun = parser.isSet(u"dry-run"_s);
    if (parser.isSet(u"format"_s)) {
        const QString f = parser.value(u"format"_s).trimmed().toLower();
        if (f == "text"_L1)
            format = OutputFormat::Text;
        else if (f == "json"_L1)
            format = OutputFormat::Json;
        else if (f == "ndjson"_L1 || f == "jsonl"_L1)
            format = OutputFormat::Ndjson;
        else if (f == "md"_L1 || f == "markdown"_L1)
            markdown = true; // Cli refuses it for the commands that do not print Markdown
        else if (f == "csv"_L1)
            csv = true;
        else
            return tr("Unknown format \"%1\". Accepted formats: text, json, ndjson, csv.")
                .arg(parser.value(u"format"_s));
        formatName = parser.value(u"format"_s);
    }
    baseUrl = parser.value(u"base-url"_s);
    if (parser.isSet(u"data-dir"_s)) {
        dataDirOption = parser.value(u"data-dir"_s).trimmed();
        if (dataDirOption.isEmpty())
            return tr("--data-dir is empty: give a folder, e.g. --data-dir ~/orstudio-data.");
    }
    for (const auto &[name, out] :
         {std::pair{u"timeout"_s, &timeoutSeconds}, std::pair{u"max-time"_s, &maxTimeSeconds}}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const double s = parser.value(name).toDouble(&ok);
        if (!ok || !std::isfinite(s) || s <= 0 || s > 86400)
            return tr("Invalid --%1 \"%2\": give a number of seconds above 0 and at most 86400, "
                      "e.g. --%1 30.")
                .arg(name, parser.value(name));
        *out = s;
    }
    if (parser.isSet(u"retries"_s)) {
        bool ok = false;
        const int n = parser.value(u"retries"_s).toInt(&ok);
        if (!ok || n < 0 || n > 20)
            return tr("Invalid --retries \"%1\": give a whole number from 0 to 20.")
                .arg(parser.value(u"retries"_s));
        retries = n;
    }
    return {};
}

QString GlobalOptions::markdownRefused() const {
    return tr("Unknown format \"%1\". Accepted formats: text, json, ndjson.").arg(formatName);
}

QString GlobalOptions::dataDir() const {
    return dataDirOption.isEmpty() ? Settings().dataDir() : QDir(dataDirOption).absolutePath();
}

void GlobalOptions::applyTo(ClientConfig &config) const {
    if (timeoutSeconds)
        config.idleTimeoutMs = int(std::lround(*timeoutSeconds * 1000));
    if (maxTimeSeconds)
        config.maxTimeMs = int(std::max(1L, std::lround(*maxTimeSeconds * 1000)));
    if (retries)
        config.retry.maxAttempts = *retries + 1;
}

} // namespace orc::cli
