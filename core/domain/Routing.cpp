#include "Routing.h"

#include "Translate.h"
#include "domain/FindByKey.h"
#include "domain/JsonFields_p.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr auto tr = fileTr<"orc::RoutingProfile">;

constexpr auto kMaxPriceFields =
    detail::jsonFields<MaxPrice>("prompt completion request image", &MaxPrice::prompt,
                                 &MaxPrice::completion, &MaxPrice::request, &MaxPrice::image);

// The members of the provider object written as they are, and left out when not set.
constexpr auto kProviderFields = detail::jsonFields<RoutingPreferences>(
    "order only ignore quantizations allow_fallbacks require_parameters data_collection zdr",
    &RoutingPreferences::order, &RoutingPreferences::only, &RoutingPreferences::ignore,
    &RoutingPreferences::quantizations, &RoutingPreferences::allowFallbacks,
    &RoutingPreferences::requireParameters, &RoutingPreferences::dataCollection,
    &RoutingPreferences::zdr);

template<typename T>
void overrideOptional(std::optional<T> &field, const std::optional<T> &value) {
    if (value)
        field = value;
}

void overrideList(QStringList &field, const QStringList &value) {
    if (!value.isEmpty())
        field = value;
}

} // namespace

QJsonObject MaxPrice::toJson() const {
    QJsonObject o;
    detail::writeFields<MaxPrice>(o, *this, kMaxPriceFields, detail::Absent::Omit);
    return o;
}

MaxPrice MaxPrice::fromJson(const QJsonValue &value) {
    MaxPrice p;
    detail::readFields<MaxPrice>(value.toObject(), p, kMaxPriceFields);
    for (const detail::JsonField<MaxPrice> &f : kMaxPriceFields) { // a negative limit is none
        std::optional<double> &limit = p.*std::get<std::optional<double> MaxPrice::*>(f.member);
        if (limit && *limit < 0)
            limit.reset();
    }
    return p;
}

QJsonValue ProviderSort::toJson() const {
    if (by.isEmpty())
        return QJsonValue::Undefined;
    if (partition.isEmpty())
        return by;
    return QJsonObject{{u"by"_s, by}, {u"partition"_s, partition}};
}

ProviderSort ProviderSort::fromJson(const QJsonValue &value) {
    ProviderSort s;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        s.by = detail::readString(o.value("by"_L1)).trimmed().toLower();
        s.partition = detail::readString(o.value("partition"_L1)).trimmed().toLower();
        if (s.partition.isEmpty() && !s.by.isEmpty()) // {"by":"price"}: keep the object form
            s.partition = u"model"_s;
    } else {
        s.by = detail::readString(value).trimmed().toLower();
    }
    if (s.by.isEmpty())
        s.partition.clear();
    return s;
}

bool RoutingPreferences::isEmpty() const {
    return toProviderObject().isEmpty();
}

QJsonObject RoutingPreferences::toProviderObject() const {
    QJsonObject o;
    detail::writeFields<RoutingPreferences>(o, *this, kProviderFields, detail::Absent::Omit);
    if (!sort.isEmpty())
        o.insert(u"sort"_s, sort.toJson());
    if (!maxPrice.isEmpty())
        o.insert(u"max_price"_s, maxPrice.toJson());
    return o;
}

RoutingPreferences RoutingPreferences::fromProviderObject(const QJsonObject &provider) {
    RoutingPreferences p;
    detail::readFields<RoutingPreferences>(provider, p, kProviderFields);
    p.quantizations = detail::readStringList(provider.value("quantizations"_L1), true);
    p.dataCollection = p.dataCollection.trimmed().toLower();
    p.sort = ProviderSort::fromJson(provider.value("sort"_L1));
    p.maxPrice = MaxPrice::fromJson(provider.value("max_price"_L1));
    return p;
}

RoutingPreferences RoutingPreferences::overriddenBy(const RoutingPreferences &o) const {
    RoutingPreferences p = *this;
    overrideList(p.order, o.order);
    overrideList(p.only, o.only);
    overrideList(p.ignore, o.ignore);
    overrideList(p.quantizations, o.quantizations);
    if (!o.sort.isEmpty())
        p.sort = o.sort;
    overrideOptional(p.allowFallbacks, o.allowFallbacks);
    overrideOptional(p.requireParameters, o.requireParameters);
    if (!o.dataCollection.isEmpty())
        p.dataCollection = o.dataCollection;
    overrideOptional(p.zdr, o.zdr);
    overrideOptional(p.maxPrice.prompt, o.maxPrice.prompt);
    overrideOptional(p.maxPrice.completion, o.maxPrice.completion);
    overrideOptional(p.maxPrice.request, o.maxPrice.request);
    overrideOptional(p.maxPrice.image, o.maxPrice.image);
    return p;
}

void RoutingPreferences::setPrivate(bool on) {
    if (on) {
        zdr = true;
        dataCollection = u"deny"_s;
    } else {
        zdr.reset();
        dataCollection.clear();
    }
}

QJsonObject RoutingProfile::toJson() const {
    QJsonObject o{
        {u"id"_s, id}, {u"name"_s, name}, {u"provider"_s, preferences.toProviderObject()}};
    if (!fallbackModels.isEmpty())
        o.insert(u"models"_s, QJsonArray::fromStringList(fallbackModels));
    return o;
}

std::optional<RoutingProfile> RoutingProfile::fromJson(const QJsonObject &object, QString *error) {
    RoutingProfile p;
    p.name = detail::readString(object.value("name"_L1)).trimmed();
    p.id = detail::readString(object.value("id"_L1)).trimmed().toLower();
    if (p.id.isEmpty())
        p.id = p.name.toLower().replace(u' ', u'-');
    if (p.id.isEmpty() || p.name.isEmpty()) {
        if (error)
            *error = tr("A routing profile needs a name.");
        return std::nullopt;
    }
    p.preferences = RoutingPreferences::fromProviderObject(object.value("provider"_L1).toObject());
    p.fallbackModels = detail::readStringList(object.value("models"_L1));
    return p;
}

QList<RoutingProfile> RoutingProfile::builtIns() {
    const auto make = [](const char *id, const QString &name, const RoutingPreferences &prefs) {
        RoutingProfile p;
        p.id = QString::fromLatin1(id);
        p.name = name;
        p.preferences = prefs;
        p.builtIn = true;
        return p;
    };
    const auto sorted = [](const char *by) {
        RoutingPreferences r;
        r.sort.by = QString::fromLatin1(by);
        return r;
    };
    RoutingPreferences privacy;
    privacy.setPrivate(true);
    return {make("default", tr("Default"), {}), make("cheapest", tr("Cheapest"), sorted("price")),
            make("fastest", tr("Fastest"), sorted("throughput")),
            make("lowest-latency", tr("Lowest latency"), sorted("latency")),
            make("private", tr("Private"), privacy)};
}

QList<RoutingProfile> RoutingProfile::withBuiltIns(const QList<RoutingProfile> &user) {
    QList<RoutingProfile> all = builtIns();
    for (const RoutingProfile &p : user) {
        if (!find(all, p.id) && !find(all, p.name)) {
            RoutingProfile own = p;
            own.builtIn = false;
            all.append(own);
        }
    }
    return all;
}

const RoutingProfile *RoutingProfile::find(const QList<RoutingProfile> &profiles,
                                           const QString &key) {
    return findByKey(profiles, key, &RoutingProfile::id, &RoutingProfile::name);
}

QJsonArray RoutingProfile::listToJson(const QList<RoutingProfile> &profiles) {
    QJsonArray array;
    for (const RoutingProfile &p : profiles)
        if (!p.builtIn)
            array.append(p.toJson());
    return array;
}

QList<RoutingProfile> RoutingProfile::listFromJson(const QJsonArray &array, QStringList *warnings) {
    QList<RoutingProfile> out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString error;
        const std::optional<RoutingProfile> p = fromJson(array.at(i).toObject(), &error);
        if (p && !find(out, p->id)) {
            out.append(*p);
        } else if (warnings) {
            warnings->append(
                p ? tr("Routing profile %1: \"%2\" is defined twice; the first is kept.")
                        .arg(i + 1)
                        .arg(p->name)
                  : tr("Routing profile %1: %2").arg(i + 1).arg(error));
        }
    }
    return out;
}

} // namespace orc
