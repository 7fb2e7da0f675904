#pragma once

#include "domain/Routing.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace orc::cli {

// The routing flags of `chat` and `batch` (and what `orcli routing save` stores): which
// providers may serve a request and under which price and privacy limits (the request's
// `provider` object), a saved profile (--routing), and fallback models (--models). Explicit
// flags override the fields of the profile (RoutingPreferences::overriddenBy).
struct RoutingOptions {
    RoutingPreferences preferences; // the profile's, with the flags over it
    QStringList models;             // fallback models: --models, else the profile's
    QString profile;                // --routing as given; empty when none

    // Every routing flag, --routing and --models included.
    static QList<QCommandLineOption> options();
    // The flags alone (no --routing, no --models): `orcli routing save` takes these.
    static QList<QCommandLineOption> preferenceOptions();
    // Reads the flags into *out; returns a usage error message, or an empty string.
    static QString readPreferences(const QCommandLineParser &parser, RoutingPreferences *out);
    // --models into *models when given; returns a usage error message, or an empty string.
    static QString readModels(const QCommandLineParser &parser, QStringList *models);
    // Reads every flag; --routing looks the profile up in `profiles` (built-ins and the
    // user's). Returns a usage error message, or an empty string.
    QString read(const QCommandLineParser &parser, const QList<RoutingProfile> &profiles);

    // The provider slugs that order/only/ignore name ("deepinfra/fp8" gives "deepinfra").
    QStringList providerNames() const;
    bool hasMaxPrice() const {
        return preferences.maxPrice.prompt || preferences.maxPrice.completion;
    }
};

} // namespace orc::cli
