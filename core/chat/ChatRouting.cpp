#include "ChatRouting.h"

#include "Translate.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr auto tr = fileTr<"orc::ChatRouting">;

// True while `p` still carries what `constraint` names.
bool restricts(const RoutingPreferences &p, const QString &constraint) {
    if (constraint == "zdr"_L1 || constraint == "data_policy"_L1)
        return p.zdr.value_or(false) || p.dataCollection == "deny"_L1;
    if (constraint == "max_price"_L1)
        return !p.maxPrice.isEmpty();
    if (constraint == "providers"_L1)
        return !p.only.isEmpty() || !p.ignore.isEmpty() ||
               (!p.order.isEmpty() && !p.allowFallbacks.value_or(true));
    if (constraint == "quantizations"_L1)
        return !p.quantizations.isEmpty();
    if (constraint == "parameters"_L1)
        return p.requireParameters.value_or(false);
    return false;
}

void lift(ChatRouting &r, const QString &constraint) {
    RoutingPreferences &o = r.overrides;
    if (constraint == "zdr"_L1 || constraint == "data_policy"_L1) {
        r.privateMode = false;
        o.zdr.reset();
        o.dataCollection.clear();
    } else if (constraint == "max_price"_L1) {
        o.maxPrice = {};
    } else if (constraint == "providers"_L1) {
        o.only.clear();
        o.ignore.clear();
        o.allowFallbacks = true;
    } else if (constraint == "quantizations"_L1) {
        o.quantizations.clear();
    } else if (constraint == "parameters"_L1) {
        o.requireParameters = false;
    }
}

QString normalized(const QString &provider) {
    QString slug = provider.section(u'/', 0, 0).toLower();
    slug.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    return slug;
}

} // namespace

QJsonObject ChatRouting::toJson() const {
    QJsonObject o;
    if (!profileId.isEmpty())
        o.insert(u"profile"_s, profileId);
    if (!overrides.isEmpty())
        o.insert(u"provider"_s, overrides.toProviderObject());
    if (privateMode)
        o.insert(u"private"_s, true);
    return o;
}

ChatRouting ChatRouting::fromJson(const QJsonObject &object) {
    ChatRouting r;
    r.profileId = object.value("profile"_L1).toString().trimmed();
    r.overrides = RoutingPreferences::fromProviderObject(object.value("provider"_L1).toObject());
    r.privateMode = object.value("private"_L1).toBool();
    return r;
}

RoutingPreferences ChatRouting::resolve(const QList<RoutingProfile> &profiles) const {
    const RoutingProfile *profile =
        RoutingProfile::find(profiles, profileId.isEmpty() ? u"default"_s : profileId);
    RoutingPreferences p =
        (profile ? profile->preferences : RoutingPreferences()).overriddenBy(overrides);
    if (privateMode)
        p.setPrivate(true);
    return p;
}

QStringList ChatRouting::fallbackModels(const QList<RoutingProfile> &profiles,
                                        const QString &model) const {
    const RoutingProfile *profile =
        profileId.isEmpty() ? nullptr : RoutingProfile::find(profiles, profileId);
    QStringList models = profile ? profile->fallbackModels : QStringList();
    models.removeAll(model);
    return models;
}

std::optional<ChatRouting> ChatRouting::relaxed(const QString &constraint,
                                                const QList<RoutingProfile> &profiles) const {
    if (!restricts(resolve(profiles), constraint))
        return std::nullopt;
    ChatRouting r = *this;
    lift(r, constraint);
    if (restricts(r.resolve(profiles), constraint)) {
        // The profile itself sets it: fall back to the default profile, keeping the chat's own
        // choices.
        r.profileId.clear();
        lift(r, constraint);
    }
    if (restricts(r.resolve(profiles), constraint))
        return std::nullopt;
    return r;
}

QString ChatRouting::relaxLabel(const QString &constraint) {
    if (constraint == "zdr"_L1 || constraint == "data_policy"_L1)
        return tr("Turn privacy mode off and resend");
    if (constraint == "max_price"_L1)
        return tr("Drop the price cap and resend");
    if (constraint == "providers"_L1)
        return tr("Allow every provider and resend");
    if (constraint == "quantizations"_L1)
        return tr("Allow any quantization and resend");
    if (constraint == "parameters"_L1)
        return tr("Stop requiring every parameter and resend");
    return {};
}

QJsonObject RoutingFallback::toJson() const {
    QJsonObject o{{u"asked_model"_s, askedModel}};
    if (!askedProvider.isEmpty())
        o.insert(u"asked_provider"_s, askedProvider);
    if (otherModel)
        o.insert(u"other_model"_s, true);
    if (otherProvider)
        o.insert(u"other_provider"_s, true);
    return o;
}

RoutingFallback RoutingFallback::fromJson(const QJsonObject &object) {
    RoutingFallback f;
    f.askedModel = object.value("asked_model"_L1).toString();
    f.askedProvider = object.value("asked_provider"_L1).toString();
    f.otherModel = object.value("other_model"_L1).toBool();
    f.otherProvider = object.value("other_provider"_L1).toBool();
    return f;
}

bool RoutingFallback::sameProvider(const QString &slugOrName, const QString &providerName) {
    return normalized(slugOrName) == normalized(providerName);
}

RoutingFallback RoutingFallback::compare(const QString &askedModel, const RoutingPreferences &asked,
                                         const QString &servedModel,
                                         const QString &servedProvider) {
    RoutingFallback f;
    f.askedModel = askedModel;
    f.askedProvider = asked.order.value(0);
    // A preset names no model; a dated or variant id ("openai/gpt-4o-2024-08-06" for
    // "openai/gpt-4o") is the same model.
    const QString base = askedModel.section(u':', 0, 0);
    const QString rest = servedModel.startsWith(base) ? servedModel.mid(base.size()) : u"?"_s;
    const bool sameModel = rest.isEmpty() || rest.startsWith(u':') ||
                           (rest.size() > 1 && rest.at(0) == u'-' && rest.at(1).isDigit());
    f.otherModel = !servedModel.isEmpty() && !askedModel.startsWith("@preset/"_L1) && !sameModel;
    f.otherProvider = !f.askedProvider.isEmpty() && !servedProvider.isEmpty() &&
                      !sameProvider(f.askedProvider, servedProvider);
    return f;
}

} // namespace orc
