#pragma once

#include "domain/Routing.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace orc {

// One conversation's routing, stored with its parameters: a routing profile (built in or the
// user's), what the chat settings pin, allow, ignore or cap on top of it, and the privacy switch
// (ZDR endpoints of providers that do not collect data). Resolved at send time from settings
// already in memory: routing costs no request.
struct ChatRouting {
    QString profileId;            // empty or unknown: "default"
    RoutingPreferences overrides; // set in the chat; wins over the profile
    bool privateMode = false;     // zdr + data_collection deny, whatever the profile says

    bool isEmpty() const { return profileId.isEmpty() && overrides.isEmpty() && !privateMode; }
    QJsonObject toJson() const; // {"profile","provider":{...},"private":true}; {} when empty
    static ChatRouting fromJson(const QJsonObject &object);

    // The `provider` object to send: the profile's preferences overridden by this value's.
    RoutingPreferences resolve(const QList<RoutingProfile> &profiles) const;
    // The profile's fallback models (the request's `models`), without `model` itself.
    QStringList fallbackModels(const QList<RoutingProfile> &profiles, const QString &model) const;

    // The same routing with `constraint` (ApiError::constraint of a NoEndpoint error) lifted, or
    // nullopt when routing cannot lift it (the model itself lacks a modality or tool support).
    std::optional<ChatRouting> relaxed(const QString &constraint,
                                       const QList<RoutingProfile> &profiles) const;
    // What relaxed(constraint) does, as a button label (translated); empty when it cannot.
    static QString relaxLabel(const QString &constraint);

    bool operator==(const ChatRouting &) const = default;
};

// Which route served a reply, compared with what was asked: another model than asked (a `models`
// fallback), or another provider than the first one pinned.
struct RoutingFallback {
    QString askedModel;
    QString askedProvider; // the first pinned provider; empty when none was pinned
    bool otherModel = false;
    bool otherProvider = false;

    bool isFallback() const { return otherModel || otherProvider; }
    QJsonObject toJson() const;
    static RoutingFallback fromJson(const QJsonObject &object);
    // Compares the served model and provider name ("DeepInfra") with what was asked; provider
    // slugs ("deepinfra", "google-vertex/fp8") match names regardless of case and punctuation.
    static RoutingFallback compare(const QString &askedModel, const RoutingPreferences &asked,
                                   const QString &servedModel, const QString &servedProvider);
    static bool sameProvider(const QString &slugOrName, const QString &providerName);
};

} // namespace orc
