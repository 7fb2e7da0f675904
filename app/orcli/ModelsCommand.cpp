#include "ModelsCommand.h"

#include "CatalogReport.h"
#include "ExitCode.h"
#include "domain/ModelLifecycle.h"
#include "store/CatalogHistory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

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

Command::Spec ModelsCommand::spec() const {
    // Options both modes share: the sort, the limit and the cache.
    const QList<QCommandLineOption> shared{
        QCommandLineOption(u"sort"_s,
                           tr("Sort by name, price, context, created, newest or expiring "
                              "(default: the API's order)."),
                           u"KEY"_s),
        QCommandLineOption(u"desc"_s, tr("Reverse the sort order.")),
        QCommandLineOption(u"limit"_s,
                           m_mode == Mode::Find ? tr("Show at most N matches (default 10).")
                                                : tr("Show at most N models."),
                           u"N"_s)};
    if (m_mode == Mode::Find)
        return {u"find"_s,
                tr("Find models whose id or name contains a term"),
                tr("Prints the models whose id or name contains TERM (case-insensitive), the "
                   "first 10 unless --limit says otherwise: \"ID ctx:CONTEXT\" per line. When "
                   "nothing matches, says so on stderr and exits with 1."),
                {{u"TERM"_s, tr("Text to look for in model ids and names.")}},
                shared + cacheOptions(),
                u"  orcli find claude\n  orcli find gemini --limit 3 --format json\n"
                u"  orcli find gpt --sort newest\n"_s};
    const QList<QCommandLineOption> filters{
        QCommandLineOption(u"free"_s, tr("Only models that cost nothing.")),
        QCommandLineOption(u"max-price"_s, tr("Highest prompt price in USD per million tokens."),
                           u"USD"_s),
        QCommandLineOption(u"min-context"_s, tr("Smallest context length in tokens."), u"TOKENS"_s),
        QCommandLineOption(u"author"_s,
                           tr("Only these authors, e.g. openai (repeatable or comma-separated)."),
                           u"NAME"_s),
        QCommandLineOption(u"changes"_s,
                           tr("List what changed in the catalogue: added and removed models, new "
                              "prices, context and expiration dates.")),
        QCommandLineOption(u"since"_s,
                           tr("With --changes: since 7d, 12h, 2w or a date such as 2026-12-01 "
                              "(default 7d)."),
                           u"WHEN"_s),
        QCommandLineOption(u"expiring"_s,
                           tr("Only models that expire within DAYS days (an argument; default "
                              "30), soonest first."))};
    return {u"models"_s,
            tr("List models, filtered by capability, price, context..."),
            tr("Prints one line per model: the id padded to 50 columns, \"ctx:\" and the context "
               "length, and the prompt price in USD per million tokens (\"variable\" for "
               "routers). Capabilities combine (all must hold): %1. The catalogue includes "
               "image-only models and is cached on disk for an hour. Each refresh is compared "
               "with the cached catalogue and the differences are kept: --changes lists them "
               "(added, removed, price, context and expiration changes). --expiring lists the "
               "models that expire within DAYS days (a number among the arguments; 30 when none "
               "is given). A catalogue that arrives empty or far shorter than the cached one is "
               "refused, with a warning, and the cached one is used.")
                .arg(ModelQuery::capabilityNames().join(u", "_s)),
            {{u"[CAPABILITY...]"_s,
              tr("vision, image_gen, tools, long_context, reasoning, structured, audio, file, "
                 "free (several, or comma-separated). With --expiring, a number is the DAYS.")}},
            filters + shared + cacheOptions(),
            u"  orcli models\n  orcli models vision tools --max-price 1\n"
            u"  orcli models image_gen --sort price\n"
            u"  orcli models --free --min-context 100000 --author meta-llama --format json\n"
            u"  orcli models --changes --since 2w\n  orcli models --expiring 14\n"_s};
}

QString ModelsCommand::configureList(const QCommandLineParser &parser) {
    if (parser.isSet(u"changes"_s))
        return configureChanges(parser);
    if (parser.isSet(u"since"_s))
        return tr("--since goes with --changes, e.g. orcli models --changes --since 7d.");
    QStringList capabilities = parser.positionalArguments();
    m_expiring = parser.isSet(u"expiring"_s);
    if (m_expiring) {
        m_expiringDays = ModelLifecycle::kDefaultExpiringDays;
        m_today = ModelLifecycle::today();
        static const QRegularExpression days(u"^\\d{1,6}$"_s);
        const auto it = std::find_if(capabilities.cbegin(), capabilities.cend(),
                                     [](const QString &a) { return days.match(a).hasMatch(); });
        if (it != capabilities.cend()) {
            m_expiringDays = it->toLongLong();
            capabilities.removeAt(it - capabilities.cbegin());
        }
    }
    ModelCapabilities caps;
    QString error;
    if (!ModelQuery::parseCapabilities(capabilities, &caps, &error))
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
    if (QString e = configureSort(parser); !e.isEmpty())
        return e;
    if (m_expiring) {
        m_query.setExpiringWithin(m_expiringDays, m_today);
        if (!parser.isSet(u"sort"_s))
            m_query.setSort(ModelQuery::SortKey::Expiring);
    }
    return {};
}

QString ModelsCommand::configureSort(const QCommandLineParser &parser) {
    if (parser.isSet(u"sort"_s)) {
        QString error;
        const auto key = ModelQuery::parseSortKey(parser.value(u"sort"_s), &error);
        if (!key)
            return error;
        m_query.setSort(*key, parser.isSet(u"desc"_s) ? Qt::DescendingOrder : Qt::AscendingOrder);
    } else if (parser.isSet(u"desc"_s)) {
        return tr("--desc reverses a sort: give --sort too, e.g. --sort price --desc.");
    }
    return {};
}

QString ModelsCommand::configureChanges(const QCommandLineParser &parser) {
    m_changes = true;
    for (const char *other :
         {"expiring", "free", "max-price", "min-context", "author", "sort", "desc", "limit"}) {
        if (parser.isSet(QLatin1StringView(other)))
            return tr("--changes lists catalogue changes and takes no --%1.")
                .arg(QLatin1StringView(other));
    }
    if (!parser.positionalArguments().isEmpty())
        return tr("--changes lists catalogue changes and takes no capabilities.");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!parser.isSet(u"since"_s)) {
        m_since = now.addDays(-7);
        return {};
    }
    return CatalogReport::parseSince(parser.value(u"since"_s), now, &m_since);
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
    return configureSort(parser);
}

void ModelsCommand::start() {
    if (m_global.dryRun) {
        printCatalogDryRun();
        return;
    }
    if (m_changes && cacheMode() == CacheMode::Offline) {
        printChanges(); // the history alone
        return;
    }
    loadCatalog([this](const QList<ModelInfo> &models) {
        if (m_changes)
            printChanges(); // after the refresh (if one was due) recorded its changes
        else
            print(models);
    });
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

QList<ModelInfo> ModelsCommand::selectFound(const QList<ModelInfo> &all) const {
    const QString folded = m_term.toCaseFolded();
    const bool sorted = m_query.sortKey() != ModelQuery::SortKey::None;
    QList<ModelInfo> models;
    for (const ModelInfo &m : all) {
        if (findMatches(m, folded)) {
            models << m;
            if (!sorted && models.size() >= m_limit)
                break; // the seed's first matches, in the API's order
        }
    }
    if (!sorted)
        return models;
    ModelQuery sort;
    sort.setSort(m_query.sortKey(), m_query.sortOrder());
    sort.setLimit(m_limit);
    return sort.apply(models);
}

void ModelsCommand::print(const QList<ModelInfo> &all) {
    QList<ModelInfo> models;
    if (m_mode == Mode::Find) {
        models = selectFound(all);
        if (models.isEmpty()) {
            if (m_printer.isJson())
                m_printer.error(tr("No models found matching '%1'").arg(m_term), ExitCode::Other,
                                u"not_found"_s);
            else
                m_printer.writeErr(tr("No models found matching '%1'").arg(m_term) + u'\n');
            finish(ExitCode::Other);
            return;
        }
    } else {
        m_query.setLimit(m_limit);
        models = m_query.apply(all);
    }
    printModels(models);
    if (m_mode == Mode::List && models.isEmpty()) {
        m_printer.status(m_expiring ? tr("No model expires within %n day(s).", nullptr,
                                         int(qMin<qint64>(m_expiringDays, INT_MAX)))
                                    : tr("No model matches these filters."));
    }
    finish(ExitCode::Ok);
}

void ModelsCommand::printModels(const QList<ModelInfo> &models) {
    const auto json = [this](const ModelInfo &m) {
        return m_expiring ? CatalogReport::modelJson(m, m_today) : m.toJson();
    };
    switch (m_printer.format()) {
    case OutputFormat::Text:
        for (const ModelInfo &m : models) {
            m_printer.writeLine(m_expiring             ? CatalogReport::expiringLine(m, m_today)
                                : m_mode == Mode::List ? listLine(m)
                                                       : findLine(m));
        }
        break;
    case OutputFormat::Json: {
        QJsonArray array;
        for (const ModelInfo &m : models)
            array.append(json(m));
        m_printer.writeJson(array);
        break;
    }
    case OutputFormat::Ndjson:
        for (const ModelInfo &m : models)
            m_printer.writeJsonLine(json(m));
        break;
    }
}

void ModelsCommand::printChanges() {
    CatalogHistory history(historyPath(m_config));
    QString error;
    const QList<CatalogChange> changes = history.changesSince(m_since, QDateTime(), &error);
    if (!error.isEmpty()) {
        m_printer.error(error, ExitCode::Other, u"history"_s);
        finish(ExitCode::Other);
        return;
    }
    if (m_printer.isJson())
        m_printer.writeJson(CatalogDiff::toJson(changes));
    else
        m_printer.write(CatalogReport::changesText(changes, m_since));
    if (history.refreshCount() == 0)
        m_printer.status(tr("No catalogue refresh is recorded yet: changes are recorded from one "
                            "refresh of the catalogue to the next."));
    finish(ExitCode::Ok);
}

} // namespace orc::cli
