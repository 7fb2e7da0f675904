#include "ListingCommand.h"

#include "api/OpenRouterClient.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace orc::cli {

namespace {

// Left-aligned columns, two spaces apart; the first row is the header.
QString columns(const QList<QStringList> &rows) {
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        out += line.trimmed() + u'\n';
    }
    return out;
}

QString perMillion(std::optional<double> usd) {
    return usd ? u"$"_s + QString::number(*usd, 'f', 2) : u"-"_s;
}

QString number(std::optional<double> value, const QString &unit, int decimals) {
    return value ? QString::number(*value, 'f', decimals) + unit : u"-"_s;
}

} // namespace

ListingCommand::ListingCommand(Mode mode, Printer &printer, QObject *parent)
    : Command(printer, parent)
    , m_mode(mode) {}

Command::Spec ListingCommand::spec() const {
    if (m_mode == Mode::Providers)
        return {u"providers"_s,
                tr("List the providers that serve models on OpenRouter"),
                tr("Prints every provider (GET /providers): the slug that --provider-order, "
                   "--provider-only and --provider-ignore take, the name chat results report, "
                   "the headquarters and datacenter countries. No key is needed."),
                {},
                {},
                u"  orcli providers\n  orcli providers --format json | jq -r '.[].slug'\n"_s};
    return {u"endpoints"_s,
            tr("Show who serves a model: providers, prices, speed, uptime, privacy"),
            tr("Prints one line per endpoint of MODEL (GET /models/MODEL/endpoints): the "
               "provider, quantization, context length, prompt and completion prices in USD per "
               "million tokens, uptime over 30 minutes, median latency (seconds to the first "
               "token) and throughput (tokens per second), and whether it keeps zero data "
               "(GET /endpoints/zdr). No key is needed. --format json prints the endpoints as "
               "OpenRouter lists them, with \"zdr\"."),
            {{u"MODEL"_s, tr("A model id, e.g. deepseek/deepseek-r1.")}},
            {},
            u"  orcli endpoints deepseek/deepseek-r1\n"
            u"  orcli endpoints openai/gpt-4o-mini --format json\n"_s};
}

QString ListingCommand::configure(const QCommandLineParser &parser) {
    return readArgument(parser, m_mode == Mode::Endpoints ? &m_model : nullptr,
                        tr("Give exactly one MODEL. Usage: orcli endpoints MODEL, e.g. orcli "
                           "endpoints deepseek/deepseek-r1."));
}

QString ListingCommand::endpointsTable(const ModelEndpoints &model) {
    QList<QStringList> rows{{tr("PROVIDER"), tr("QUANT"), tr("CTX"), tr("$/M IN"), tr("$/M OUT"),
                             tr("UPTIME"), tr("LATENCY"), tr("THROUGHPUT"), tr("ZDR")}};
    for (const ModelEndpoint &e : model.endpoints)
        rows.append({e.providerName, e.quantization.isEmpty() ? u"-"_s : e.quantization,
                     QString::number(e.contextLength), perMillion(e.promptPerMillion()),
                     perMillion(e.completionPerMillion()), number(e.uptime30m, u"%"_s, 1),
                     number(e.latency30m.p50, u"s"_s, 2), number(e.throughput30m.p50, u" t/s"_s, 0),
                     e.zdr ? tr("yes") : tr("no")});
    return columns(rows);
}

QJsonObject ListingCommand::providerJson(const ProviderInfo &p) {
    return {{u"slug"_s, p.slug},
            {u"name"_s, p.name},
            {u"headquarters"_s, p.headquarters.isEmpty() ? QJsonValue() : p.headquarters},
            {u"datacenters"_s, QJsonArray::fromStringList(p.datacenters)},
            {u"privacy_policy_url"_s, p.privacyPolicyUrl},
            {u"terms_of_service_url"_s, p.termsOfServiceUrl},
            {u"status_page_url"_s, p.statusPageUrl}};
}

QString ListingCommand::providersTable(const QList<ProviderInfo> &providers) {
    QList<QStringList> rows{{tr("SLUG"), tr("NAME"), tr("HQ"), tr("DATACENTERS")}};
    for (const ProviderInfo &p : providers)
        rows.append({p.slug, p.name, p.headquarters.isEmpty() ? u"-"_s : p.headquarters,
                     p.datacenters.isEmpty() ? u"-"_s : p.datacenters.join(u',')});
    return columns(rows);
}

void ListingCommand::printEndpoints(const QList<ModelEndpoint> &zdr) {
    m_endpoints.markZdr(zdr);
    if (m_printer.isJson()) {
        QJsonArray list;
        for (const ModelEndpoint &e : std::as_const(m_endpoints.endpoints)) {
            QJsonObject o = e.toJson();
            o.insert(u"zdr"_s, e.zdr); // from GET /endpoints/zdr, not in the listing itself
            list.append(o);
        }
        m_printer.writeJson(QJsonObject{
            {u"id"_s, m_endpoints.id}, {u"name"_s, m_endpoints.name}, {u"endpoints"_s, list}});
    } else {
        m_printer.write(endpointsTable(m_endpoints));
    }
    finish(ExitCode::Ok);
}

void ListingCommand::start() {
    if (m_mode == Mode::Providers) {
        if (m_global.dryRun) {
            printDryRun(Endpoints::providers());
            finish(ExitCode::Ok);
            return;
        }
        watch(client()->fetchProviders(
            this, [this](const QList<ProviderInfo> &providers, const ApiError &error) {
                if (error.isError()) {
                    fail(error);
                    return;
                }
                if (m_printer.isJson()) {
                    QJsonArray list;
                    for (const ProviderInfo &p : providers)
                        list.append(providerJson(p));
                    m_printer.writeJson(list);
                } else {
                    m_printer.write(providersTable(providers));
                }
                finish(ExitCode::Ok);
            }));
        return;
    }
    if (m_global.dryRun) {
        printDryRun(Endpoints::modelEndpoints(m_model));
        finish(ExitCode::Ok);
        return;
    }
    // Both listings at once; the table waits for the two.
    auto zdr = std::make_shared<std::optional<QList<ModelEndpoint>>>();
    auto endpointsDone = std::make_shared<bool>(false);
    const auto printWhenBoth = [this, zdr, endpointsDone] {
        if (*endpointsDone && zdr->has_value() && !isFinished())
            printEndpoints(**zdr);
    };
    watch(client()->fetchModelEndpoints(
        m_model, this,
        [this, endpointsDone, printWhenBoth](const ModelEndpoints &model, const ApiError &error) {
            if (error.isError()) {
                fail(error);
                return;
            }
            m_endpoints = model;
            *endpointsDone = true;
            printWhenBoth();
        }));
    client()->fetchZdrEndpoints(
        this, [this, zdr, printWhenBoth](const QList<ModelEndpoint> &list, const ApiError &error) {
            if (error.isError() && error.kind != ApiError::Kind::Cancelled)
                m_printer.warning(tr("cannot fetch the zero-data-retention endpoints (%1); the "
                                     "zdr column says no.")
                                      .arg(Printer::describe(error)));
            *zdr = list;
            printWhenBoth();
        });
}

} // namespace orc::cli
