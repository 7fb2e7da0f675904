#pragma once

#include "ExitCode.h"
#include "GlobalOptions.h"
#include "Printer.h"
#include "api/ClientConfig.h"

#include <QCommandLineOption>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace orc {
class ApiCall;
class OpenRouterClient;
class PreparedRequest;
struct HttpRequest;
} // namespace orc

namespace orc::cli {

struct RoutingOptions;

// One orcli subcommand. main() defines the command's options on a parser, lets the command read
// them (configure), then calls start() inside the event loop; the command reports its exit code
// once through finished(). cancel() is called on Ctrl-C and must still end with finished().
class Command : public QObject {
    Q_OBJECT
public:
    struct Argument {
        QString name; // as shown in the synopsis, e.g. "MODEL" or "[PROMPT]"
        QString description;
    };

    explicit Command(Printer &printer, QObject *parent = nullptr);
    ~Command() override;

    // What `orcli --help`, `orcli COMMAND --help` and the parser know of a command.
    struct Spec {
        QString name;
        QString summary;     // one line for `orcli --help`
        QString description; // a paragraph for `orcli COMMAND --help`
        QList<Argument> arguments;
        QList<QCommandLineOption> options;
        QString examples;
    };
    virtual Spec spec() const = 0;

    // Reads the command's own arguments and options. Returns a usage error message (exit 2),
    // or an empty string. Runs before the event loop: it may read stdin and local files.
    virtual QString configure(const QCommandLineParser &parser) = 0;
    virtual void start() = 0;
    // Ctrl-C (or SIGTERM/SIGHUP). The default cancels the watched call (see watch()), or
    // finishes with 130.
    virtual void cancel();
    // The exit code a cancellation ends with: 130 for Ctrl-C, 128 + the signal otherwise.
    // finish(ExitCode::Cancelled) reports this code.
    void setCancelExitCode(int code) { m_cancelExitCode = code; }
    int cancelExitCode() const { return m_cancelExitCode; }

    void setEnvironment(const GlobalOptions &global, const ClientConfig &config);
    static bool stdinIsTerminal();
    static QByteArray readStdin();
    QString helpText() const;
    static QString optionSyntax(const QCommandLineOption &option); // "-o, --output PATH"
    bool isFinished() const { return m_finished; }

signals:
    void finished(int exitCode);

protected:
    // Emits finished(exitCode) once, from the event loop.
    void finish(int exitCode);
    // Prints the missing-key message and finishes with ExitCode::Auth when there is no key.
    bool requireKey();
    OpenRouterClient *client();
    // The positional arguments of a command that takes none (`value` null) or exactly one
    // non-empty one (trimmed into *value). Returns a usage error (`usage` for the latter).
    QString readArgument(const QCommandLineParser &parser, QString *value,
                         const QString &usage = {}) const;
    // MODEL [PROMPT] positionals: PROMPT "-" or missing reads stdin. Returns a usage error.
    QString readModelAndPrompt(const QStringList &args, const QString &usage, QString *model,
                               QString *prompt);
    // The routing flags into *routing; --routing reads the saved profiles (core Settings).
    // Returns a usage error.
    static QString readRouting(const QCommandLineParser &parser, RoutingOptions *routing);
    // --verbose: logs the call's request now (logRequest) and its response when it finishes.
    void trace(ApiCall *call);
    // --verbose: "> METHOD URL", each header (the key redacted) and the body, as sent.
    void logRequest(const HttpRequest &request);
    // trace() plus retry notes on stderr; the call is the one cancel() stops.
    void watch(ApiCall *call);
    // Prints the error (or "Cancelled.") and finishes with its exit code.
    void fail(const ApiError &error);
    // Prints `message` as an error of `kind` (see Printer::error) and finishes with `exitCode`.
    void fail(const QString &message, int exitCode, const QString &kind = QStringLiteral("usage"));
    // --dry-run: the request the client would send (OpenRouterClient::describe), key redacted,
    // as {"method", "url", "headers", "body"}; printDryRun() prints it with a note when no key
    // is set.
    QJsonObject dryRun(const PreparedRequest &request);
    void printDryRun(const PreparedRequest &request);
    // The start of a command that sends `request`: with --dry-run prints it and finishes; with
    // no key prints the missing-key message and finishes. True when the command should send.
    bool readyToSend(const PreparedRequest &request);
    // The callback of a fetch whose value is the command's output: an error fails the command,
    // a value is printed as JSON (its toJson()) or as `text` gives it, and the command ends.
    template<typename T>
    std::function<void(const T &, const ApiError &)>
    printResult(std::function<QString(const T &)> text) {
        return [this, text = std::move(text)](const T &value, const ApiError &error) {
            if (error.isError()) {
                fail(error);
                return;
            }
            if (m_printer.isJson())
                m_printer.writeJson(value.toJson());
            else
                m_printer.write(text(value));
            finish(ExitCode::Ok);
        };
    }
    // Seed-style retry note on stderr ("Retrying in 2s (attempt 2/4)...").
    void noteRetry(int nextAttempt, int delayMs, const ApiError &reason);

    Printer &m_printer;
    GlobalOptions m_global;
    ClientConfig m_config;

private:
    OpenRouterClient *m_client = nullptr;
    QPointer<ApiCall> m_watched;
    bool m_finished = false;
    int m_cancelExitCode = 130;
};

// Parses a whole positive number option; returns an error message on failure.
QString parsePositive(const QCommandLineParser &parser, const QString &name, qint64 max,
                      qint64 *out);
// --seed N (any whole number) into *seed when given; returns an error message on failure.
QString parseSeed(const QCommandLineParser &parser, std::optional<qint64> *seed);

} // namespace orc::cli
