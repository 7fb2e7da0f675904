#include "ShowCommand.h"

#include "CatalogReport.h"
#include "ExitCode.h"
#include "ModelsCommand.h"
#include "domain/ModelLifecycle.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace orc::cli {

ShowCommand::ShowCommand(Printer &printer, QObject *parent)
    : CatalogCommand(printer, parent) {}

Command::Spec ShowCommand::spec() const {
    return {u"show"_s,
            tr("Show everything the catalogue says about one model"),
            tr("Prints every field of MODEL: name, author, dates (added, knowledge cutoff, "
               "expiration with the days left), context and output limits, modalities, every "
               "price with its unit, reasoning options, supported and default parameters, and "
               "benchmarks where the catalogue has them. --format json prints the catalogue entry "
               "itself, plus \"days_left\" when the model has an expiration date. An unknown "
               "MODEL exits with 1 and suggests close ids."),
            {{u"MODEL"_s, tr("A model id, e.g. openai/gpt-4o-mini.")}},
            cacheOptions(),
            u"  orcli show openai/gpt-4o-mini\n  orcli show anthropic/claude-sonnet-4.5 --format "
            u"json\n"_s};
}

QString ShowCommand::configure(const QCommandLineParser &parser) {
    if (QString e = readCacheOptions(parser); !e.isEmpty())
        return e;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return tr("Missing MODEL. Usage: orcli show MODEL, e.g. orcli show openai/gpt-4o-mini.");
    if (args.size() > 1)
        return tr("orcli show takes one MODEL; got %1.").arg(args.size());
    m_id = args.constFirst().trimmed();
    if (m_id.isEmpty())
        return tr("MODEL is empty. Usage: orcli show MODEL, e.g. orcli show openai/gpt-4o-mini.");
    return {};
}

void ShowCommand::start() {
    if (m_global.dryRun) {
        printCatalogDryRun();
        return;
    }
    loadCatalog([this](const QList<ModelInfo> &models) { print(models); });
}

const ModelInfo *ShowCommand::lookup(const QList<ModelInfo> &models, const QString &id) {
    for (const ModelInfo &m : models) {
        if (m.id() == id)
            return &m;
    }
    for (const ModelInfo &m : models) {
        if (m.id().compare(id, Qt::CaseInsensitive) == 0 ||
            m.canonicalSlug().compare(id, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

void ShowCommand::print(const QList<ModelInfo> &models) {
    const ModelInfo *model = lookup(models, m_id);
    if (!model) {
        QStringList close;
        const QString folded = m_id.section(u'/', -1).toCaseFolded();
        for (const ModelInfo &m : models) {
            if (close.size() < 5 && ModelsCommand::findMatches(m, folded))
                close << m.id();
        }
        const QString message =
            close.isEmpty()
                ? tr("No model \"%1\" in the catalogue. Run \"orcli find TERM\" to look for one.")
                      .arg(m_id)
                : tr("No model \"%1\" in the catalogue. Did you mean: %2?")
                      .arg(m_id, close.join(u", "_s));
        fail(message, ExitCode::Other, u"not_found"_s);
        return;
    }
    const QDate today = ModelLifecycle::today();
    if (m_printer.isJson())
        m_printer.writeJson(CatalogReport::modelJson(*model, today));
    else
        m_printer.write(CatalogReport::showText(*model, today));
    finish(ExitCode::Ok);
}

} // namespace orc::cli
