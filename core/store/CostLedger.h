#pragma once

#include "domain/Ledger.h"
#include "store/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace orc {

struct GenerationInfo;

// Every billed request of the studio and orcli, once, in `<data folder>/ledger.sqlite`, shared
// by both (WAL, busy timeout: one may write while the other reads). A request is keyed by its
// generation id: recording it again fills in what was unknown instead of adding a row, so a
// reply's usage.cost and the later GET /generation settle one entry. Sized for a heavy user's
// years: 100,000 requests aggregate in tens of milliseconds (indexed by time; see bench_ledger).
// Not thread-safe: use one instance per thread.
class CostLedger {
public:
    static constexpr int kSchemaVersion = 1;

    explicit CostLedger(QString path);
    ~CostLedger();
    CostLedger(const CostLedger &) = delete;
    CostLedger &operator=(const CostLedger &) = delete;

    // <dataDir>/ledger.sqlite
    static QString pathIn(const QString &dataDir);
    const QString &path() const { return m_database.path(); }

    // Opens (creating) the file; false with a translated message on failure.
    bool open(QString *error = nullptr);

    // Stores `entry` and returns its row id (0 on failure). With a generation id already in the
    // ledger, the stored row is completed instead: known values are kept unless `entry` knows
    // better (an exact cost replaces an estimate, a complete entry an incomplete one).
    qint64 record(const LedgerEntry &entry, QString *error = nullptr);
    // Settles the entry of `info.id` with GET /generation's exact values; false when no entry
    // has that generation id.
    bool settle(const GenerationInfo &info, QString *error = nullptr);

    std::optional<LedgerEntry> find(const QString &generationId);
    // Entries still waiting for /generation (cut off, or without an exact cost), newest first.
    QList<LedgerEntry> unsettled(int limit = 100);
    // The newest entries first, optionally limited to one origin.
    QList<LedgerEntry> recent(int limit, std::optional<LedgerEntry::Origin> origin = {});
    qint64 count();

    // Spend and requests grouped by day, model or provider, with totals.
    std::optional<UsageReport> usage(const UsageQuery &query, QString *error = nullptr);
    // What was spent from `since` on (budgets): nano-USD.
    qint64 spentSince(const QDateTime &since);

private:
    QList<LedgerEntry> select(const QString &tail, const QVariantList &values);
    bool fail(bool writing, const QString &message, QString *error);

    Database m_database;
};

} // namespace orc
