#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace orc {

// provider.max_price: the most a request may cost, in USD per million tokens for prompt and
// completion, per request and per image. Unset limits are not sent.
struct MaxPrice {
    std::optional<double> prompt;
    std::optional<double> completion;
    std::optional<double> request;
    std::optional<double> image;

    bool isEmpty() const { return !prompt && !completion && !request && !image; }
    QJsonObject toJson() const; // numbers, as OpenRouter's docs write them
    // Numbers or numeric strings (the official SDK sends strings); others are ignored.
    static MaxPrice fromJson(const QJsonValue &value);
    bool operator==(const MaxPrice &) const = default;
};

// provider.sort: "price" | "throughput" | "latency" (and values this client does not know),
// as a plain string, or as {"by": ..., "partition": "model" | "none"} when a partition is set.
struct ProviderSort {
    QString by;
    QString partition; // empty: the string form is sent

    bool isEmpty() const { return by.isEmpty(); }
    QJsonValue toJson() const;
    static ProviderSort fromJson(const QJsonValue &value);
    bool operator==(const ProviderSort &) const = default;
};

// The `provider` object of a chat (or image) request: which providers may serve it, in which
// order, under which price and privacy limits. Provider names are OpenRouter slugs
// ("deepinfra", "google-vertex"); a tag ("deepinfra/fp8") names one endpoint.
struct RoutingPreferences {
    QStringList order;         // try these first, in this order
    QStringList only;          // allow only these
    QStringList ignore;        // never these
    QStringList quantizations; // "fp8", "bf16", ...
    ProviderSort sort;
    std::optional<bool> allowFallbacks;
    std::optional<bool> requireParameters;
    QString dataCollection; // "allow" | "deny"; empty: not sent
    std::optional<bool> zdr;
    MaxPrice maxPrice;

    bool isEmpty() const;
    // Exactly the `provider` object: unset fields are omitted, so an empty value gives {}.
    QJsonObject toProviderObject() const;
    // Tolerant of absent, null and unknown fields; a comma-separated string is accepted where a
    // list is expected.
    static RoutingPreferences fromProviderObject(const QJsonObject &provider);
    // This value with every field that `overrides` sets replaced by its value.
    RoutingPreferences overriddenBy(const RoutingPreferences &overrides) const;
    // True for a privacy-first route: ZDR endpoints of providers that do not collect data.
    bool isPrivate() const {
        return zdr.value_or(false) && dataCollection == QLatin1String("deny");
    }
    void setPrivate(bool on);

    bool operator==(const RoutingPreferences &) const = default;
};

// A named set of routing preferences, chosen per conversation or with `orcli --routing NAME`.
// Five are built in (their ids are stable, their names translated); users add their own.
struct RoutingProfile {
    QString id;   // "default", "cheapest", "fastest", "lowest-latency", "private", or the user's
    QString name; // shown to the user
    RoutingPreferences preferences;
    QStringList fallbackModels; // the request's `models` list, tried after the chosen model
    bool builtIn = false;

    QJsonObject toJson() const; // {"id","name","provider":{...}[,"models":[...]]}
    // nullopt (and `error`) when the object has no usable id or name.
    static std::optional<RoutingProfile> fromJson(const QJsonObject &object,
                                                  QString *error = nullptr);

    static QList<RoutingProfile> builtIns();
    // Built-ins first, then the user's profiles (a user profile may not reuse a built-in id).
    static QList<RoutingProfile> withBuiltIns(const QList<RoutingProfile> &user);
    // By id or name, case-insensitive; nullptr when absent.
    static const RoutingProfile *find(const QList<RoutingProfile> &profiles, const QString &key);
    // The user's profiles as a JSON array (built-ins are never saved) and back, skipping bad
    // entries (each one noted in `warnings`).
    static QJsonArray listToJson(const QList<RoutingProfile> &profiles);
    static QList<RoutingProfile> listFromJson(const QJsonArray &array,
                                              QStringList *warnings = nullptr);

    bool operator==(const RoutingProfile &) const = default;
};

} // namespace orc

Q_DECLARE_METATYPE(orc::RoutingPreferences)
