#include "RoutingOptions.h"

#include "Printer.h"

#include <QCommandLineParser>

#include <cmath>

using namespace Qt::StringLiterals;

namespace orc::cli {

namespace {

const QStringList kProviderSorts{u"price"_s, u"throughput"_s, u"latency"_s};

// A comma-separated (or repeated) list option; empty entries are dropped.
QStringList listValue(const QCommandLineParser &parser, const QString &name) {
    QStringList out;
    for (const QString &item : parser.values(name).join(u',').split(u','))
        if (!item.trimmed().isEmpty())
            out << item.trimmed();
    return out;
}

} // namespace

QList<QCommandLineOption> RoutingOptions::preferenceOptions() {
    return {
        QCommandLineOption(u"provider-order"_s,
                           tr("Try these providers first, in this order (slugs such as "
                              "deepinfra,together; see orcli providers)."),
                           u"A,B"_s),
        QCommandLineOption(u"provider-only"_s, tr("Allow only these providers."), u"A,B"_s),
        QCommandLineOption(u"provider-ignore"_s, tr("Never use these providers."), u"A,B"_s),
        QCommandLineOption(u"no-fallbacks"_s,
                           tr("Use only the listed providers: no other provider when they fail.")),
        QCommandLineOption(u"provider-sort"_s,
                           tr("Provider routing: price, throughput or latency."), u"BY"_s),
        QCommandLineOption(u"zdr"_s, tr("Only endpoints with zero data retention.")),
        QCommandLineOption(u"deny-data-collection"_s,
                           tr("Only providers that do not collect or train on data.")),
        QCommandLineOption(u"max-price-prompt"_s,
                           tr("Highest prompt price, in USD per million tokens."), u"USD"_s),
        QCommandLineOption(u"max-price-completion"_s,
                           tr("Highest completion price, in USD per million tokens."), u"USD"_s),
        QCommandLineOption(u"quantizations"_s,
                           tr("Only endpoints with these quantizations, e.g. fp8,bf16."), u"Q,Q"_s),
        QCommandLineOption(u"require-parameters"_s,
                           tr("Only providers that support every parameter of the request.")),
    };
}

QList<QCommandLineOption> RoutingOptions::options() {
    return preferenceOptions() +
           QList<QCommandLineOption>{
               QCommandLineOption(u"routing"_s,
                                  tr("A routing profile: default, cheapest, fastest, "
                                     "lowest-latency, private, or one saved with orcli routing "
                                     "save. The flags above override its fields."),
                                  u"PROFILE"_s),
               QCommandLineOption(
                   u"models"_s,
                   tr("Fallback models tried in order when MODEL fails, comma-separated."),
                   u"A,B"_s)};
}

QString RoutingOptions::readPreferences(const QCommandLineParser &parser, RoutingPreferences *out) {
    for (const auto &[name, list] :
         {std::pair{u"provider-order"_s, &out->order}, std::pair{u"provider-only"_s, &out->only},
          std::pair{u"provider-ignore"_s, &out->ignore},
          std::pair{u"quantizations"_s, &out->quantizations}}) {
        if (!parser.isSet(name))
            continue;
        *list = listValue(parser, name);
        if (list->isEmpty())
            return tr("--%1 needs at least one name, e.g. --%1 a,b.").arg(name);
    }
    if (parser.isSet(u"no-fallbacks"_s))
        out->allowFallbacks = false;
    if (parser.isSet(u"require-parameters"_s))
        out->requireParameters = true;
    if (parser.isSet(u"zdr"_s))
        out->zdr = true;
    if (parser.isSet(u"deny-data-collection"_s))
        out->dataCollection = u"deny"_s;
    if (parser.isSet(u"provider-sort"_s)) {
        const QString sort = parser.value(u"provider-sort"_s).trimmed().toLower();
        if (!kProviderSorts.contains(sort))
            return tr("Unknown --provider-sort \"%1\". Accepted: %2.")
                .arg(parser.value(u"provider-sort"_s), kProviderSorts.join(u", "_s));
        out->sort.by = sort;
    }
    for (const auto &[name, price] :
         {std::pair{u"max-price-prompt"_s, &out->maxPrice.prompt},
          std::pair{u"max-price-completion"_s, &out->maxPrice.completion}}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const double usd = parser.value(name).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(usd) || usd < 0)
            return tr("Invalid --%1 \"%2\": give a price in USD per million tokens, e.g. "
                      "--%1 2.5.")
                .arg(name, parser.value(name));
        *price = usd;
    }
    return {};
}

QString RoutingOptions::read(const QCommandLineParser &parser,
                             const QList<RoutingProfile> &profiles) {
    RoutingPreferences flags;
    if (QString e = readPreferences(parser, &flags); !e.isEmpty())
        return e;
    if (parser.isSet(u"routing"_s)) {
        profile = parser.value(u"routing"_s).trimmed();
        const RoutingProfile *found = RoutingProfile::find(profiles, profile);
        if (!found) {
            QStringList ids;
            for (const RoutingProfile &p : profiles)
                ids << p.id;
            return tr("Unknown --routing \"%1\". Profiles: %2 (orcli routing list shows them).")
                .arg(profile, ids.join(u", "_s));
        }
        preferences = found->preferences;
        models = found->fallbackModels;
    }
    preferences = preferences.overriddenBy(flags);
    return readModels(parser, &models);
}

QString RoutingOptions::readModels(const QCommandLineParser &parser, QStringList *models) {
    if (!parser.isSet(u"models"_s))
        return {};
    *models = listValue(parser, u"models"_s);
    if (models->isEmpty())
        return tr("--models needs at least one model id, e.g. --models a/b,c/d.");
    return {};
}

QStringList RoutingOptions::providerNames() const {
    QStringList names;
    for (const QStringList *list : {&preferences.order, &preferences.only, &preferences.ignore})
        for (const QString &name : *list)
            names << name.section(u'/', 0, 0);
    names.removeDuplicates();
    return names;
}

} // namespace orc::cli
