#pragma once

#include "domain/ModelInfo.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace orc {

// One Design Arena result of `benchmarks.design_arena`.
struct ModelArenaScore {
    QString arena;    // "models", "agents"
    QString category; // "website", "3d"...
    std::optional<double> elo;
    std::optional<double> winRate; // percent
    std::optional<int> rank;
    friend bool operator==(const ModelArenaScore &, const ModelArenaScore &) = default;
};

// `benchmarks` of a catalogue entry, read tolerantly: the Artificial Analysis indices (each may
// be null) and the Design Arena entries (entries that are not objects are skipped). Keys this
// version does not know stay in ModelInfo::benchmarks().
struct ModelBenchmarks {
    std::optional<double> intelligenceIndex; // artificial_analysis.intelligence_index
    std::optional<double> codingIndex;       // artificial_analysis.coding_index
    std::optional<double> agenticIndex;      // artificial_analysis.agentic_index
    QList<ModelArenaScore> designArena;

    static ModelBenchmarks fromJson(const QJsonObject &benchmarks);
    bool isEmpty() const {
        return !intelligenceIndex && !codingIndex && !agenticIndex && designArena.isEmpty();
    }
    friend bool operator==(const ModelBenchmarks &, const ModelBenchmarks &) = default;
};

// Where a model stands in its life: retirement date and days left, knowledge cutoff, alias.
class ModelLifecycle {
    Q_DECLARE_TR_FUNCTIONS(orc::ModelLifecycle)
public:
    static constexpr qint64 kDefaultExpiringDays = 30;

    // Today's date in UTC (the catalogue's dates carry no zone).
    static QDate today();
    // Days from `today` to the expiration date: 0 on the day itself, negative once it has
    // passed; nullopt when the model has no expiration date. An invalid `today` means today().
    static std::optional<qint64> daysLeft(const ModelInfo &model, QDate today = QDate());
    // Has an expiration date at most `days` days away (past dates included).
    static bool expiresWithin(const ModelInfo &model, qint64 days, QDate today = QDate());
    // "2026-12-31 (in 24 days)", "2026-12-07 (today)", "2026-11-30 (3 days ago)" (plurals as
    // translated; "day(s)" untranslated); empty without
    // an expiration date.
    static QString expirationText(const ModelInfo &model, QDate today = QDate());
    // "in 24 days", "today", "3 days ago".
    static QString daysText(qint64 days);
};

} // namespace orc
