#include "Cli.h"

#include "AccountCommand.h"
#include "BatchCommand.h"
#include "ChatCommand.h"
#include "Command.h"
#include "CompareCommand.h"
#include "ExitCode.h"
#include "HistoryCommand.h"
#include "ImageCommand.h"
#include "ListingCommand.h"
#include "Logging.h"
#include "McpCommand.h"
#include "ModelsCommand.h"
#include "RoutingCommand.h"
#include "ShowCommand.h"
#include "SignalWatcher.h"
#include "UsageCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace orc::cli {

namespace {

// Index of the subcommand in `args` (0 = none): the first argument that is not a global option
// or the value of one.
qsizetype findCommand(const QStringList &args) {
    const QStringList withValue = GlobalOptions::optionsWithValue();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == "--"_L1)
            return i + 1 < args.size() ? i + 1 : 0;
        if (a.startsWith(u'-') && a.size() > 1) {
            if (withValue.contains(a))
                ++i;
            continue;
        }
        return i;
    }
    return 0;
}

} // namespace

Cli::Cli(Printer &printer)
    : m_printer(printer) {}

Cli::~Cli() = default;

QStringList Cli::commandNames() {
    return {u"chat"_s,      u"compare"_s, u"image"_s,      u"models"_s, u"find"_s, u"show"_s,
            u"key"_s,       u"credits"_s, u"generation"_s, u"batch"_s,  u"mcp"_s,  u"endpoints"_s,
            u"providers"_s, u"routing"_s, u"history"_s,    u"usage"_s};
}

namespace {
template<typename C, auto... mode>
std::unique_ptr<Command> make(Printer &printer) {
    return std::make_unique<C>(mode..., printer);
}
} // namespace

std::unique_ptr<Command> Cli::createCommand(const QString &name, Printer &printer) {
    using Factory = std::unique_ptr<Command> (*)(Printer &);
    static const QHash<QString, Factory> factories{
        {u"chat"_s, &make<ChatCommand>},
        {u"compare"_s, &make<CompareCommand>},
        {u"image"_s, &make<ImageCommand>},
        {u"models"_s, &make<ModelsCommand, ModelsCommand::Mode::List>},
        {u"find"_s, &make<ModelsCommand, ModelsCommand::Mode::Find>},
        {u"show"_s, &make<ShowCommand>},
        {u"key"_s, &make<AccountCommand, AccountCommand::Mode::Key>},
        {u"credits"_s, &make<AccountCommand, AccountCommand::Mode::Credits>},
        {u"generation"_s, &make<AccountCommand, AccountCommand::Mode::Generation>},
        {u"batch"_s, &make<BatchCommand>},
        {u"mcp"_s, &make<McpCommand>},
        {u"endpoints"_s, &make<ListingCommand, ListingCommand::Mode::Endpoints>},
        {u"providers"_s, &make<ListingCommand, ListingCommand::Mode::Providers>},
        {u"routing"_s, &make<RoutingCommand>},
        {u"history"_s, &make<HistoryCommand>},
        {u"usage"_s, &make<UsageCommand>},
    };
    const Factory factory = factories.value(name);
    return factory ? factory(printer) : nullptr;
}

QString Cli::mainHelp() {
    QString text = tr("Usage: orcli [global options] COMMAND [arguments] [options]") + u"\n\n"_s +
                   tr("orcli talks to OpenRouter (https://openrouter.ai) for scripts and AI "
                      "agents: data on stdout, everything else on stderr.") +
                   u"\n\n"_s + tr("Commands:") + u'\n';
    Printer scratch(nullptr, nullptr, false, false);
    for (const QString &name : commandNames()) {
        const std::unique_ptr<Command> c = createCommand(name, scratch);
        if (!c)
            continue;
        const Command::Spec spec = c->spec();
        QStringList synopsis{name};
        for (const Command::Argument &a : spec.arguments)
            synopsis << a.name;
        text += u"  "_s + synopsis.join(u' ').leftJustified(28) + u' ' + spec.summary + u'\n';
    }
    text += u"  "_s + u"help [COMMAND]"_s.leftJustified(28) + u' ' + tr("Show help for a command") +
            u'\n';
    text += u'\n' + tr("Global options (before or after COMMAND):") + u'\n';
    for (const QCommandLineOption &o : GlobalOptions::options()) {
        text +=
            u"  "_s + Command::optionSyntax(o).leftJustified(28) + u' ' + o.description() + u'\n';
    }
    text += u'\n' + tr("Environment:") + u'\n' +
            tr("  OPENROUTER_API_KEY        API key (https://openrouter.ai/keys)\n"
               "  SKILL_OPENROUTER_API_KEY  API key, used when OPENROUTER_API_KEY is not set\n"
               "  OPENROUTER_BASE_URL       API base URL (--base-url wins)\n"
               "  ORCLI_NO_HISTORY=1        chats are not saved in the history (--no-history)\n");
    text +=
        u'\n' + tr("Exit codes:") + u'\n' +
        tr("  0 ok, 1 other error, 2 usage, 3 auth (no key or 401), 4 credits (402),\n"
           "  5 moderation (403), 6 rate-limited after retries (429), 7 network, timeout\n"
           "  or a cut-off stream, 8 over budget (--max-cost or a budget: nothing was\n"
           "  sent, or stopped at the budget), 9 no endpoint satisfies the routing or\n"
           "  privacy constraints (nothing was generated), 130 cancelled with Ctrl-C (SIGINT),\n"
           "  143 stopped by SIGTERM, 129 stopped by SIGHUP.\n");
    text += u'\n' +
            tr("Run \"orcli help COMMAND\" or \"orcli COMMAND --help\" for a command's "
               "arguments and options.") +
            u'\n';
    return text;
}

int Cli::usageError(const QString &message, const QString &command) {
    QString text = message;
    if (!m_printer.isJson())
        text += u' ' + (command.isEmpty() ? tr("Run \"orcli --help\" for usage.")
                                          : tr("Run \"orcli %1 --help\" for usage.").arg(command));
    m_printer.error(text, ExitCode::Usage);
    m_printer.flush();
    return ExitCode::Usage;
}

int Cli::run(const QStringList &arguments) {
    const qsizetype at = findCommand(arguments);
    QStringList rest = arguments;
    QString name;
    if (at > 0) {
        name = rest.takeAt(at);
        if (at > 1 && rest.at(at - 1) == "--"_L1)
            rest.removeAt(at - 1);
    }

    QCommandLineParser parser;
    parser.addOptions(GlobalOptions::options());
    std::unique_ptr<Command> command;
    if (name == "help"_L1) {
        const QStringList topics = rest.mid(1).filter(QRegularExpression(u"^[^-]"_s));
        if (topics.isEmpty()) {
            m_printer.write(mainHelp());
            m_printer.flush();
            return ExitCode::Ok;
        }
        command = createCommand(topics.constFirst(), m_printer);
        if (!command)
            return usageError(tr("Unknown command \"%1\". Commands: %2.")
                                  .arg(topics.constFirst(), commandNames().join(u", "_s)));
        m_printer.write(command->helpText());
        m_printer.flush();
        return ExitCode::Ok;
    }
    if (!name.isEmpty()) {
        command = createCommand(name, m_printer);
        if (!command)
            return usageError(tr("Unknown command \"%1\". Commands: %2.")
                                  .arg(name, commandNames().join(u", "_s)));
        parser.addOptions(command->spec().options);
    }

    GlobalOptions global;
    const bool parsed = parser.parse(rest);
    const QString globalError = global.read(parser);
    m_printer.setFormat(global.format);
    if (!parsed)
        return usageError(parser.errorText(), name);
    if (!globalError.isEmpty())
        return usageError(globalError, name);
    if (global.markdown && command && !global.help && name != "history"_L1)
        return usageError(global.markdownRefused(), name);
    if (global.csv && name != "usage"_L1 && !global.help && !global.version)
        return usageError(tr("--format csv is for orcli usage only; use text, json or ndjson."),
                          name);
    if (global.version) {
        m_printer.writeLine(QString(u"orcli "_s + QCoreApplication::applicationVersion()));
        m_printer.flush();
        return ExitCode::Ok;
    }
    if (global.help || !command) {
        if (!command && !global.help) {
            m_printer.writeErr(mainHelp());
            return ExitCode::Usage;
        }
        m_printer.write(command ? command->helpText() : mainHelp());
        m_printer.flush();
        return ExitCode::Ok;
    }
    m_printer.setQuiet(global.quiet);
    m_printer.setVerbose(global.verbose);
    MessageFilter::setVerbose(global.verbose);
    QLoggingCategory::setFilterRules(global.verbose ? u"orc.*.debug=true"_s
                                     : global.quiet ? u"orc.*.info=false\norc.*.warning=false"_s
                                                    : u"orc.*.info=false"_s);

    ClientConfig config = ClientConfig::fromEnvironment({}, global.baseUrl);
    global.applyTo(config);
    if (const auto problem = config.validate(false))
        return usageError(problem->message, name);
    m_printer.setSecret(config.apiKey);
    if (global.verbose)
        m_printer.log(tr("base URL %1; API key from %2")
                          .arg(config.baseUrl.toDisplayString(),
                               ClientConfig::keySourceName(config.keySource)));

    command->setEnvironment(global, config);
    if (const QString error = command->configure(parser); !error.isEmpty())
        return usageError(error, name);

    SignalWatcher watcher;
    Command *c = command.get();
    QObject::connect(&watcher, &SignalWatcher::interrupted, c, [c](int signalNumber) {
        c->setCancelExitCode(128 + signalNumber);
        c->cancel();
    });
    QObject::connect(c, &Command::finished, QCoreApplication::instance(),
                     [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, c, [c] { c->start(); });
    const int code = QCoreApplication::exec();
    m_printer.flush();
    return code;
}

} // namespace orc::cli
