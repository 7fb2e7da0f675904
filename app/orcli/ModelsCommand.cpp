#include "ModelsCommand.h"

#include "ExitCode.h"
#include "api/Endpoints.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace orc::cli {

namespace {

constexpr qsizetype kFindDefaultLimit = 10;

QString contextText(const ModelInfo &m) {
    const qint64 ctx = m.contextLength();
    return (ctx > 0 ? QString::number(ctx) : u"?"_s).rightJustified(7);
}

} // namespace

ModelsCommand::ModelsCommand(Mode mode, Printer &printer, QObject *parent)
    : CatalogCommand(printer, parent)
    , m_mode(mode) {}

QString ModelsCommand::name() const {
    return m_mode == Mode::List ? u"models"_s : u"find"_s;
}

QString ModelsCommand::summary() const {
    return m_mode == Mode::List ? tr("List models, filtered by capability, price, context...")
                                : tr("Find models whose id or name contains a term");
}

QString ModelsCommand::description() const {
    if (m_mode == Mode::Find)
        return tr("Prints the models whose id or name contains TERM (case-insensitive), the first "
                  "10 unless --limit says otherwise: \"ID ctx:CONTEXT\" per line. When nothing "
                  "matches, says so on stderr and exits with 1.");
    return tr("Prints one line per model: the id padded to 50 columns, \"ctx:\" and the context "
              "length, and the prompt price in USD per million tokens (\"variable\" for routers). "
              "Capabilities combine (all must hold): %1. The catalogue includes image-only models "
              "and is cached on disk for an hour.")
        .arg(ModelQuery::capabilityNames().join(u", "_s));
}

QList<Command::Argument> ModelsCommand::arguments() const {
    if (m_mode == Mode::Find)
        return {{u"TERM"_s, tr("Text to look for in model ids and names.")}};
    return {{u"[CAPABILITY...]"_s,
             tr("vision, image_gen, tools, long_context, reasoning, structured, audio, file, free "
                "(several, or comma-separated).")}};
}

QList<QCommandLineOption> ModelsCommand::options() const {
    QList<QCommandLineOption> list;
    if (m_mode == Mode::List) {
        list << QCommandLineOption(u"free"_s, tr("Only models that cost nothing."))
             << QCommandLineOption(u"max-price"_s,
                                   tr("Highest prompt price in USD per million tokens."), u"USD"_s)
             << QCommandLineOption(u"min-context"_s, tr("Smallest context length in tokens."),
                                   u"TOKENS"_s)
             << QCommandLineOption(u"author"_s,
                                   tr("Only these authors, e.g. openai (repeatable or "
                                      "comma-separated)."),
                                   u"NAME"_s)
             << QCommandLineOption(u"sort"_s,
                                   tr("Sort by name, price, context or created (default: the "
                                      "API's order)."),
                                   u"KEY"_s)
             << QCommandLineOption(u"desc"_s, tr("Reverse the sort order."));
    }
    list << QCommandLineOption(u"limit"_s,
                               m_mode == Mode::Find ? tr("Show at most N matches (default 10).")
                                                    : tr("Show at most N models."),
                               u"N"_s);
    list << cacheOptions();
    return list;
}

QString ModelsCommand::examples() const {
    if (m_mode == Mode::Find)
        return u"  orcli find claude\n  orcli find gemini --limit 3 --format json\n"_s;
    return u"  orcli models\n  orcli models vision tools --max-price 1\n"
           u"  orcli models image_gen --sort price\n"
           u"  orcli models --free --min-context 100000 --author meta-llama --format json\n"_s;
}

QString ModelsCommand::configureList(const QCommandLineParser &parser) {
    ModelCapabilities caps;
    QString error;
    if (!ModelQuery::parseCapabilities(parser.positionalArguments(), &caps, &error))
        return error;
    m_query.setRequiredCapabilities(caps);
    m_query.setFreeOnly(parser.isSet(u"free"_s));
    if (parser.isSet(u"max-price"_s)) {
        bool ok = false;
        const double usd = parser.value(u"max-price"_s).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(usd) || usd < 0)
            return tr("Invalid --max-price \"%1\": give USD per million prompt tokens, e.g. "
                      "--max-price 0.5.")
                .arg(parser.value(u"max-price"_s));
        m_query.setMaxPromptPricePerMillion(usd);
    }
    if (parser.isSet(u"min-context"_s)) {
        qint64 n = 0;
        if (QString e = parsePositive(parser, u"min-context"_s, 1000000000, &n); !e.isEmpty())
            return e;
        m_query.setMinContextLength(n);
    }
    QStringList authors;
    for (const QString &a : parser.values(u"author"_s).join(u',').split(u','))
        if (!a.trimmed().isEmpty())
            authors << a.trimmed();
    m_query.setAuthors(authors);
    if (parser.isSet(u"sort"_s)) {
        const QString name = parser.value(u"sort"_s);
        const auto key = ModelQuery::parseSortKey(name, &error);
        if (!key)
            return error;
        m_query.setSort(*key, parser.isSet(u"desc"_s) ? Qt::DescendingOrder : Qt::AscendingOrder);
    } else if (parser.isSet(u"desc"_s)) {
        return tr("--desc reverses a sort: give --sort too, e.g. --sort price --desc.");
    }
    return {};
}

QString ModelsCommand::configure(const QCommandLineParser &parser) {
    if (QString e = readCacheOptions(parser); !e.isEmpty())
        return e;
    if (parser.isSet(u"limit"_s)) {
        qint64 n = 0;
        if (QString e = parsePositive(parser, u"limit"_s, 1000000, &n); !e.isEmpty())
            return e;
        m_limit = n;
    }
    if (m_mode == Mode::List)
        return configureList(parser);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return tr("Missing TERM. Usage: orcli find TERM, e.g. orcli find claude.");
    m_term = args.join(u' ').trimmed();
    if (m_term.isEmpty())
        return tr("TERM is empty. Usage: orcli find TERM, e.g. orcli find claude.");
    if (m_limit == 0)
        m_limit = kFindDefaultLimit;
    return {};
}

void ModelsCommand::start() {
    if (m_global.dryRun) {
        // The request that fills the catalogue cache; filters apply locally afterwards.
        printDryRun(Endpoints::models());
        finish(ExitCode::Ok);
        return;
    }
    loadCatalog([this](const QList<ModelInfo> &models) { print(models); });
}

QString ModelsCommand::listLine(const ModelInfo &m) {
    // Python: f"{slug:50} ctx:{ctx:>7}  ${prompt_price:.2f}/M"
    QString line = m.id().leftJustified(50) + u" ctx:"_s + contextText(m);
    if (m.pricing().isVariable(ModelPricing::kPrompt))
        return line + u"  variable"_s;
    return line + u"  $"_s + QString::number(m.promptPricePerMillion(), 'f', 2) + u"/M"_s;
}

QString ModelsCommand::findLine(const ModelInfo &m) {
    return m.id().leftJustified(50) + u" ctx:"_s + contextText(m);
}

bool ModelsCommand::findMatches(const ModelInfo &model, const QString &foldedTerm) {
    return model.id().toCaseFolded().contains(foldedTerm) ||
           model.name().toCaseFolded().contains(foldedTerm);
}

void ModelsCommand::print(const QList<ModelInfo> &all) {
    QList<ModelInfo> models;
    if (m_mode == Mode::List) {
        m_query.setLimit(m_limit);
        models = m_query.apply(all);
    } else {
        const QString folded = m_term.toCaseFolded();
        for (const ModelInfo &m : all) {
            if (findMatches(m, folded)) {
                models << m;
                if (models.size() >= m_limit)
                    break;
            }
        }
        if (models.isEmpty()) {
            if (m_printer.isJson())
                m_printer.error(tr("No models found matching '%1'").arg(m_term), ExitCode::Other,
                                u"not_found"_s);
            else
                m_printer.writeErr(tr("No models found matching '%1'").arg(m_term) + u'\n');
            finish(ExitCode::Other);
            return;
        }
    }
    switch (m_printer.format()) {
    case OutputFormat::Text:
        for (const ModelInfo &m : models)
            m_printer.writeLine(m_mode == Mode::List ? listLine(m) : findLine(m));
        break;
    case OutputFormat::Json: {
        QJsonArray array;
        for (const ModelInfo &m : models)
            array.append(m.toJson());
        m_printer.writeJson(array);
        break;
    }
    case OutputFormat::Ndjson:
        for (const ModelInfo &m : models)
            m_printer.writeJsonLine(m.toJson());
        break;
    }
    if (m_mode == Mode::List && models.isEmpty())
        m_printer.status(tr("No model matches these filters."));
    finish(ExitCode::Ok);
}

} // namespace orc::cli
