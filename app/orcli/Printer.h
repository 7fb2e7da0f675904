#pragma once

#include "domain/ApiError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

class QIODevice;

namespace orc::cli {

// orcli's own strings outside a command class (translation context "orcli").
inline QString tr(const char *text) {
    return QCoreApplication::translate("orcli", text);
}

enum class OutputFormat { Text, Json, Ndjson };

// All output of orcli goes through here, over injectable streams: data on stdout (text, or JSON
// with --format json/ndjson), everything else on stderr (progress and notes unless --quiet,
// --verbose logs, warnings and errors). Errors with --format json/ndjson are one JSON object on
// stderr. Nothing written here contains the API key: callers pass redacted texts, and texts that
// go to stderr are scrubbed once more against the key in use.
class Printer final {
public:
    Printer(QIODevice *out, QIODevice *err, bool outIsTerminal, bool errIsTerminal);
    Q_DISABLE_COPY_MOVE(Printer)

    void setFormat(OutputFormat format) { m_format = format; }
    OutputFormat format() const { return m_format; }
    bool isJson() const { return m_format != OutputFormat::Text; }
    void setQuiet(bool quiet) { m_quiet = quiet; }
    bool quiet() const { return m_quiet; }
    void setVerbose(bool verbose) { m_verbose = verbose; }
    bool verbose() const { return m_verbose; }
    void setSecret(const QString &secret) { m_secret = secret; }
    bool outIsTerminal() const { return m_outIsTerminal; }
    bool errIsTerminal() const { return m_errIsTerminal; }

    // --- stdout
    void write(const QString &text);
    void writeLine(const QString &text);
    // Json: the value as an indented document; Text/Ndjson: one compact line.
    void writeJson(const QJsonValue &value);
    // One compact JSON line, whatever the format (ndjson events, batch results).
    void writeJsonLine(const QJsonObject &object);
    void flush();

    // --- stderr
    void status(const QString &text);   // progress and notes; silent with --quiet
    void warning(const QString &text);  // always shown (text), prefixed "Warning: "
    void log(const QString &text);      // --verbose only
    void writeErr(const QString &text); // raw, always (streamed reasoning)
    // A redrawn status line; shown when progress is enabled (by default: stderr is a terminal).
    void progress(const QString &line);
    void setProgressEnabled(bool enabled) { m_progressEnabled = enabled; }
    void clearProgress();

    // An error: "Error: <message>" in text, {"error":{...},"exit_code":N} with --format json.
    void error(const QString &message, int exitCode, const QString &kind = QStringLiteral("usage"));
    void error(const ApiError &error, int exitCode);
    // The orcli flags that set a no-endpoint constraint (ApiError::constraint), for the hint
    // of exit code 9.
    static QString routingFlagsFor(const QString &constraint);
    static QString describe(const ApiError &error); // the one-line text form

    static QString compactJson(const QJsonValue &value);
    // "Label:  value" lines with the values aligned, for the account commands.
    static QString fields(const QList<QPair<QString, QString>> &rows);
    // USD with every significant digit up to 10 decimals ("$0.00003452"), at least 2 decimals.
    static QString exactUsd(double usd);

private:
    void toErr(QString text);

    QIODevice *m_out;
    QIODevice *m_err;
    bool m_outIsTerminal;
    bool m_errIsTerminal;
    OutputFormat m_format = OutputFormat::Text;
    bool m_quiet = false;
    bool m_verbose = false;
    bool m_progressShown = false;
    bool m_progressEnabled = false;
    QString m_secret;
};

} // namespace orc::cli
