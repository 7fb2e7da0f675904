#include "RoutingCheck.h"

#include "Printer.h"
#include "api/OpenRouterClient.h"
#include "domain/ModelEndpoint.h"
#include "domain/ModelInfo.h"

using namespace Qt::StringLiterals;

namespace orc::cli::RoutingCheck {

namespace {

void checkPrices(OpenRouterClient *client, Printer &printer, QObject *context,
                 const RoutingOptions &routing, const QString &model,
                 std::function<void(const QString &)> done) {
    if (!routing.hasMaxPrice() || model.isEmpty()) {
        done({});
        return;
    }
    const MaxPrice max = routing.preferences.maxPrice;
    client->fetchModelEndpoints(
        model, context,
        [&printer, max, model, done](const ModelEndpoints &listing, const ApiError &error) {
            if (error.isError()) {
                printer.log(tr("cannot check the price limits against the endpoints of %1 (%2)")
                                .arg(model, Printer::describe(error)));
                done({});
                return;
            }
            for (const auto &[limit, cheapest, flag] :
                 {std::tuple{max.prompt, listing.cheapestPromptPerMillion(),
                             u"--max-price-prompt"_s},
                  std::tuple{max.completion, listing.cheapestCompletionPerMillion(),
                             u"--max-price-completion"_s}}) {
                if (limit && cheapest && *limit < *cheapest) {
                    done(tr("%1 %2 is below the cheapest endpoint of %3 (%4 per million tokens): "
                            "no endpoint would serve it; nothing was sent. Raise %1 (orcli "
                            "endpoints %3 lists the prices).")
                             .arg(flag, ModelPricing::formatUsd(*limit), model,
                                  ModelPricing::formatUsd(*cheapest)));
                    return;
                }
            }
            done({});
        });
}

} // namespace

bool needed(const RoutingOptions &routing) {
    return !routing.providerNames().isEmpty() || routing.hasMaxPrice();
}

void run(OpenRouterClient *client, Printer &printer, QObject *context,
         const RoutingOptions &routing, const QString &model,
         std::function<void(const QString &refusal)> done) {
    const QStringList names = routing.providerNames();
    if (names.isEmpty()) {
        checkPrices(client, printer, context, routing, model, std::move(done));
        return;
    }
    client->fetchProviders(
        context, [=, &printer](const QList<ProviderInfo> &providers, const ApiError &error) {
            if (error.isError()) {
                printer.warning(tr("cannot check the provider names (%1); sending them as given.")
                                    .arg(Printer::describe(error)));
            } else {
                for (const QString &name : names)
                    if (!ProviderInfo::find(providers, name))
                        printer.warning(tr("unknown provider \"%1\": GET /providers does not list "
                                           "it (orcli providers shows the slugs); sent as given.")
                                            .arg(name));
            }
            checkPrices(client, printer, context, routing, model, done);
        });
}

} // namespace orc::cli::RoutingCheck
