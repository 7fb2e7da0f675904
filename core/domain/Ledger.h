#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace orc {

struct ChatResult;
struct GenerationInfo;
struct Usage;

// Money as the ledger keeps it: whole nano-dollars (1e-9 USD), so sums over a hundred thousand
// requests are exact to the last digit OpenRouter reports (it bills in fractions of a cent).
namespace Money {
qint64 fromUsd(double usd);
double toUsd(qint64 nanoUsd);
// "0.000123" style: the shortest decimal that is exact for the stored value, at least two
// decimals ("1.50"), no exponent, C locale.
QString format(qint64 nanoUsd);
} // namespace Money

// One billed request of the studio or orcli: chat, image, batch, compare or media.
struct LedgerEntry {
    enum class Origin { App, Cli };

    qint64 id = 0;        // row id; 0 before it is stored
    QString generationId; // the reply's id ("gen-…"); the ledger's key when present
    QString kind;         // "chat", "image", "batch", "compare", "speech", "transcription", "video"
    Origin origin = Origin::App;
    QString model; // the model that answered
    QString provider;
    qint64 conversationId = 0; // 0: none (orcli without history, batch, …)
    QDateTime at;              // UTC
    qint64 promptTokens = 0, completionTokens = 0, reasoningTokens = 0, cachedTokens = 0,
           imageTokens = 0;
    std::optional<qint64> costNanoUsd; // nullopt while unknown
    bool costExact = false;            // the cost came from GET /generation
    bool complete = true;              // false: cut off mid-stream, to complete from /generation

    // An entry from a reply's usage object (usage.cost when the server sent it).
    static LedgerEntry fromUsage(const QString &generationId, const Usage &usage);
    // The entry of one finished chat reply (chat, batch, compare...): its usage, the model
    // that answered and its provider. A reply cut off before its usage arrived is incomplete,
    // to settle from GET /generation.
    static LedgerEntry fromChatResult(const ChatResult &r, const QString &kind, Origin origin);
    // The same from the parts of any reply (an image job's); incomplete without `usage`.
    static LedgerEntry fromReply(const QString &generationId, const QString &model,
                                 const QString &provider, const std::optional<Usage> &usage,
                                 const QString &kind, Origin origin);
    // Fills what `info` (GET /generation) knows: exact cost, provider, model, native token
    // counts where this entry has none; marks it exact and complete.
    void settleWith(const GenerationInfo &info);

    static QString originName(Origin origin); // "app" | "cli"
    static std::optional<Origin> originFromName(const QString &name);

    bool operator==(const LedgerEntry &) const = default;
};

// What `orcli usage` and the usage page ask for.
struct UsageQuery {
    enum class GroupBy {
        Day, // local days, as the user lived them
        Model,
        Provider,
        UtcDay, // UTC days, as OpenRouter's activity counts them
    };

    QDateTime since; // invalid: from the beginning
    QDateTime until; // invalid: up to now (exclusive)
    GroupBy by = GroupBy::Day;
    std::optional<LedgerEntry::Origin> origin; // nullopt: both

    static QString groupName(GroupBy by); // "day" | "model" | "provider" | "utc-day"
    static std::optional<GroupBy> groupFromName(const QString &name);
    // "7d", "24h", "2w", "2026-11-01" or an ISO date-time; nullopt when it is none of those.
    // Relative spans count back from `now`.
    static std::optional<QDateTime> parseSince(const QString &text, const QDateTime &now);
};

struct UsageRow {
    QString key; // the day (yyyy-MM-dd, local time), the model id or the provider name
    qint64 requests = 0;
    qint64 costNanoUsd = 0;
    qint64 unpriced = 0; // requests whose cost is still unknown
    qint64 promptTokens = 0, completionTokens = 0, reasoningTokens = 0;

    bool operator==(const UsageRow &) const = default;
};

struct UsageReport {
    QList<UsageRow> rows; // days oldest first; models and providers by cost, highest first
    qint64 requests = 0;
    qint64 costNanoUsd = 0;
    qint64 unpriced = 0;

    // RFC 4180 CSV with a header row; costs in USD as Money::format writes them.
    QByteArray toCsv(UsageQuery::GroupBy by) const;
};

// One row of GET /activity: a UTC day's use of one endpoint (model × provider), as OpenRouter
// billed the account (all devices, all keys).
struct ActivityItem {
    QDate date; // UTC
    QString model;
    QString modelPermaslug;
    QString endpointId;
    QString providerName;
    qint64 requests = 0;
    qint64 promptTokens = 0, completionTokens = 0, reasoningTokens = 0;
    double usageUsd = 0;
    double byokUsageUsd = 0;

    // {"data":[...]}; false with a message when the body is not that shape.
    static bool parseList(const QByteArray &body, QList<ActivityItem> *items, QString *error);
};

// The ledger against the account, per UTC day: what this computer recorded and what OpenRouter
// billed (which includes other devices and keys, so the account is normally the larger).
struct ActivityComparison {
    QString day; // yyyy-MM-dd (UTC)
    qint64 ledgerNanoUsd = 0;
    qint64 accountNanoUsd = 0;
    qint64 ledgerRequests = 0;
    qint64 accountRequests = 0;

    qint64 differenceNanoUsd() const { return accountNanoUsd - ledgerNanoUsd; }
    // Days present in either, oldest first. `ledgerByUtcDay` is a report grouped by UtcDay.
    static QList<ActivityComparison> compare(const UsageReport &ledgerByUtcDay,
                                             const QList<ActivityItem> &account);
    bool operator==(const ActivityComparison &) const = default;
};

} // namespace orc
