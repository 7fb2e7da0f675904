#include "Command.h"

#include "ExitCode.h"
#include "RoutingOptions.h"
#include "api/ApiCall.h"
#include "api/OpenRouterClient.h"
#include "api/RequestBuilder.h"
#include "store/Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace orc::cli {

QString Command::optionSyntax(const QCommandLineOption &option) {
    QStringList names; // short names first: "-o, --output"
    for (const QString &n : option.names())
        if (n.size() == 1)
            names << u"-"_s + n;
    for (const QString &n : option.names())
        if (n.size() > 1)
            names << u"--"_s + n;
    QString s = names.join(u", "_s);
    if (!option.valueName().isEmpty())
        s += u' ' + option.valueName();
    return s;
}

namespace {
// Wraps `text` to `width` columns, indenting continuation lines by `indent`.
QString wrap(const QString &text, int indent, int width) {
    QString out;
    int column = indent;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (i > 0) {
            if (column + 1 + w.size() > width) {
                out += u'\n' + QString(indent, u' ');
                column = indent;
            } else {
                out += u' ';
                ++column;
            }
        }
        out += w;
        column += int(w.size());
    }
    return out;
}

QString table(const QList<QPair<QString, QString>> &rows) {
    int width = 0;
    for (const auto &row : rows)
        width = std::max(width, int(row.first.size()));
    width = std::min(width, 30);
    QString out;
    for (const auto &[left, right] : rows) {
        QString line = u"  "_s + left;
        if (left.size() > width) {
            line += u'\n' + QString(width + 4, u' ');
        } else {
            line += QString(width - left.size() + 2, u' ');
        }
        out += line + wrap(right, width + 4, 100) + u'\n';
    }
    return out;
}

// Shortens long strings (data URLs, long prompts) so a --verbose log stays readable.
QJsonValue elide(const QJsonValue &value) {
    if (value.isString()) {
        const QString s = value.toString();
        if (s.size() <= 300)
            return s;
        return QString(s.left(80) + tr("...(%1 characters)").arg(s.size()));
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(elide(v));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), elide(it.value()));
        return out;
    }
    return value;
}

QString bodyForLog(const QByteArray &body) {
    const QByteArray trimmed = body.trimmed();
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed);
    QString text;
    if (doc.isObject())
        text = Printer::compactJson(elide(doc.object()));
    else if (doc.isArray())
        text = Printer::compactJson(elide(doc.array()));
    else
        text = QString::fromUtf8(trimmed);
    if (text.size() > 4000)
        text = text.left(4000) + tr("...(%1 characters in all)").arg(text.size());
    return text;
}

} // namespace

Command::Command(Printer &printer, QObject *parent)
    : QObject(parent)
    , m_printer(printer) {}

Command::~Command() = default;

void Command::setEnvironment(const GlobalOptions &global, const ClientConfig &config) {
    m_global = global;
    m_config = config;
}

bool Command::stdinIsTerminal() {
    return ::isatty(STDIN_FILENO) == 1;
}

QByteArray Command::readStdin() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

QString Command::helpText() const {
    const Spec s = spec();
    QStringList synopsis{u"orcli"_s, s.name};
    for (const Argument &a : s.arguments)
        synopsis << a.name;
    synopsis << tr("[options]");
    QString text = tr("Usage: %1").arg(synopsis.join(u' ')) + u"\n\n"_s +
                   wrap(s.description, 0, 100) + u"\n"_s;
    const auto section = [&text](const QString &title, const QList<QPair<QString, QString>> &rows) {
        if (!rows.isEmpty())
            text += u'\n' + title + u'\n' + table(rows);
    };
    QList<QPair<QString, QString>> rows;
    for (const Argument &a : s.arguments)
        rows.append({a.name, a.description});
    section(tr("Arguments:"), rows);
    rows.clear();
    for (const QCommandLineOption &o : s.options)
        rows.append({optionSyntax(o), o.description()});
    section(tr("Options:"), rows);
    rows.clear();
    for (const QCommandLineOption &o : GlobalOptions::options())
        rows.append({optionSyntax(o), o.description()});
    section(tr("Global options:"), rows);
    if (!s.examples.isEmpty())
        text += u'\n' + tr("Examples:") + u'\n' + s.examples;
    return text;
}

void Command::finish(int exitCode) {
    if (m_finished)
        return;
    m_finished = true;
    if (exitCode == ExitCode::Cancelled)
        exitCode = m_cancelExitCode;
    m_printer.flush();
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}

bool Command::requireKey() {
    if (!m_config.apiKey.isEmpty())
        return true;
    if (m_printer.isJson()) {
        m_printer.error(tr("No API key: set OPENROUTER_API_KEY (or SKILL_OPENROUTER_API_KEY). "
                           "Get your key at https://openrouter.ai/keys"),
                        ExitCode::Auth, u"auth"_s);
    } else {
        m_printer.error(tr("OPENROUTER_API_KEY (or SKILL_OPENROUTER_API_KEY) environment "
                           "variable not set"),
                        ExitCode::Auth);
        m_printer.writeErr(tr("Get your key at: https://openrouter.ai/keys") + u'\n');
    }
    finish(ExitCode::Auth);
    return false;
}

QString Command::readArgument(const QCommandLineParser &parser, QString *value,
                              const QString &usage) const {
    const QStringList args = parser.positionalArguments();
    if (!value)
        return args.isEmpty() ? QString() : tr("orcli %1 takes no arguments.").arg(spec().name);
    if (args.size() != 1 || args.constFirst().trimmed().isEmpty())
        return usage;
    *value = args.constFirst().trimmed();
    return {};
}

QString Command::readModelAndPrompt(const QStringList &args, const QString &usage, QString *model,
                                    QString *prompt) {
    if (args.isEmpty())
        return tr("Missing MODEL. Usage: %1.").arg(usage);
    if (args.size() > 2)
        return tr("Too many arguments (%1). Usage: %2; quote a prompt that has spaces.")
            .arg(args.size())
            .arg(usage);
    *model = args.constFirst().trimmed();
    if (model->isEmpty())
        return tr("MODEL is empty. Give a model id such as openai/gpt-4o-mini.");
    if (args.size() == 2 && args.at(1) != "-"_L1) {
        *prompt = args.at(1);
    } else {
        if (args.size() == 1 && stdinIsTerminal())
            return tr("Missing PROMPT: give it after MODEL, or pipe it on stdin.");
        *prompt = QString::fromUtf8(readStdin());
    }
    if (prompt->trimmed().isEmpty())
        return tr("The prompt is empty: give PROMPT, or pipe a non-empty text on stdin.");
    return {};
}

QString Command::readRouting(const QCommandLineParser &parser, RoutingOptions *routing) {
    if (!parser.isSet(u"routing"_s))
        return routing->read(parser, RoutingProfile::builtIns());
    const Settings settings;
    QStringList warnings;
    const QList<RoutingProfile> profiles = settings.routingProfiles(&warnings);
    return routing->read(parser, profiles);
}

OpenRouterClient *Command::client() {
    if (!m_client)
        m_client = new OpenRouterClient(m_config, this);
    return m_client;
}

void Command::logRequest(const HttpRequest &request) {
    if (!m_printer.verbose())
        return;
    m_printer.log(u"> "_s + QString::fromLatin1(request.method) + u' ' +
                  request.url.toDisplayString());
    for (const auto &[name, value] : request.headers) {
        const bool secret = name.compare("Authorization", Qt::CaseInsensitive) == 0;
        m_printer.log(u"> "_s + QString::fromLatin1(name) + u": "_s +
                      (secret ? QString::fromLatin1(RequestBuilder::kRedactedAuthorization) +
                                    u" ("_s + ClientConfig::keySourceName(m_config.keySource) + u')'
                              : QString::fromUtf8(value)));
    }
    if (!request.body.isEmpty())
        m_printer.log(u"> "_s + bodyForLog(request.body));
}

void Command::trace(ApiCall *call) {
    if (!m_printer.verbose() || !call)
        return;
    logRequest(call->httpRequest());
    connect(call, &ApiCall::responseStarted, this, [this, call](int status) {
        m_printer.log(tr("< HTTP %1 %2, streaming (%3 ms)")
                          .arg(status)
                          .arg(QString::fromLatin1(call->contentType()))
                          .arg(call->elapsedMs()));
    });
    connect(call, &ApiCall::retrying, this,
            [this](int nextAttempt, int delayMs, const ApiError &reason) {
                m_printer.log(tr("< attempt %1 failed (%2): %3; retrying in %4 ms")
                                  .arg(nextAttempt - 1)
                                  .arg(ApiError::kindName(reason.kind), reason.message)
                                  .arg(delayMs));
            });
    connect(call, &ApiCall::finished, this, [this, call] {
        m_printer.log(tr("< HTTP %1 %2 after %3 ms, %4 attempt(s)%5")
                          .arg(call->httpStatus())
                          .arg(QString::fromLatin1(call->contentType()))
                          .arg(call->elapsedMs())
                          .arg(call->attempts())
                          .arg(call->error().isError()
                                   ? u": "_s + ApiError::kindName(call->error().kind)
                                   : QString()));
        if (!call->bodyStreamed() && !call->body().isEmpty())
            m_printer.log(u"< "_s + bodyForLog(call->body()));
    });
}

void Command::watch(ApiCall *call) {
    m_watched = call;
    trace(call);
    connect(call, &ApiCall::retrying, this, &Command::noteRetry);
}

void Command::cancel() {
    if (isFinished())
        return;
    if (m_watched && m_watched->isRunning()) {
        m_watched->cancel(); // its finished handler reports the cancellation
        return;
    }
    m_printer.status(tr("Cancelled."));
    finish(ExitCode::Cancelled);
}

void Command::fail(const ApiError &error) {
    const int code = error.isError() ? exitCodeFor(error.kind) : int(ExitCode::Other);
    if (error.kind == ApiError::Kind::Cancelled)
        m_printer.status(tr("Cancelled."));
    else
        m_printer.error(error, code);
    finish(code);
}

void Command::fail(const QString &message, int exitCode, const QString &kind) {
    m_printer.error(message, exitCode, kind);
    finish(exitCode);
}

QJsonObject Command::dryRun(const PreparedRequest &request) {
    return client()->describe(request).toRedactedJson();
}

void Command::printDryRun(const PreparedRequest &request) {
    const QJsonObject o = dryRun(request);
    if (m_printer.format() == OutputFormat::Ndjson)
        m_printer.writeJsonLine(o);
    else
        m_printer.write(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    if (m_config.apiKey.isEmpty())
        m_printer.status(tr("Note: no API key is set; the real request would fail with exit "
                            "code 3."));
}

bool Command::readyToSend(const PreparedRequest &request) {
    if (m_global.dryRun) {
        printDryRun(request);
        finish(ExitCode::Ok);
        return false;
    }
    return requireKey();
}

void Command::noteRetry(int nextAttempt, int delayMs, const ApiError &reason) {
    const double seconds = delayMs / 1000.0;
    const QString why = reason.httpStatus > 0 ? u"HTTP "_s + QString::number(reason.httpStatus)
                                              : ApiError::kindName(reason.kind);
    m_printer.status(tr("Retrying in %1s (attempt %2/%3)... [%4]")
                         .arg(QString::number(seconds, 'g', 3))
                         .arg(nextAttempt - 1)
                         .arg(m_config.retry.maxAttempts)
                         .arg(why));
}

QString parsePositive(const QCommandLineParser &parser, const QString &name, qint64 max,
                      qint64 *out) {
    bool ok = false;
    const QString text = parser.value(name).trimmed();
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n <= 0 || n > max)
        return tr("Invalid --%1 \"%2\": give a whole number from 1 to %3.")
            .arg(name, parser.value(name))
            .arg(max);
    *out = n;
    return {};
}

QString parseSeed(const QCommandLineParser &parser, std::optional<qint64> *seed) {
    if (!parser.isSet(u"seed"_s))
        return {};
    bool ok = false;
    const qint64 n = parser.value(u"seed"_s).trimmed().toLongLong(&ok);
    if (!ok)
        return tr("Invalid --seed \"%1\": give a whole number.").arg(parser.value(u"seed"_s));
    *seed = n;
    return {};
}

} // namespace orc::cli
