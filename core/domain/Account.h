#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace orc {

// GET /key: facts about the key in use. Amounts in USD; limits absent when the key has none.
struct KeyInfo {
    QString label; // masked form of the key, as the server returns it
    std::optional<double> limit;
    std::optional<double> limitRemaining;
    QString limitReset; // daily, weekly, monthly or empty
    double usage = 0, usageDaily = 0, usageWeekly = 0, usageMonthly = 0;
    double byokUsage = 0;
    bool isFreeTier = false;
    bool isManagementKey = false;
    bool includeByokInLimit = false;
    QString expiresAt;
    QJsonObject raw;

    static KeyInfo fromJson(const QJsonObject &response); // accepts {"data":{...}} or {...}
    QJsonObject toJson() const;
};

// GET /credits
struct Credits {
    double totalCredits = 0;
    double totalUsage = 0;
    double balance() const { return totalCredits - totalUsage; }
    static Credits fromJson(const QJsonObject &response);
    QJsonObject toJson() const;
};

// What can still be spent: the smaller of the key's remaining limit and the account balance.
std::optional<double> spendable(const std::optional<KeyInfo> &key,
                                const std::optional<Credits> &credits);

// GET /generation?id=: exact cost and timing of one finished generation.
struct GenerationInfo {
    QString id;
    QString model;
    QString providerName;
    QDateTime createdAt;
    double totalCost = 0;
    qint64 latencyMs = -1;        // time to first token
    qint64 generationTimeMs = -1; // generation duration
    qint64 tokensPrompt = 0, tokensCompletion = 0;
    qint64 nativeTokensPrompt = 0, nativeTokensCompletion = 0, nativeTokensReasoning = 0;
    QString finishReason;
    bool streamed = false;
    bool cancelled = false;
    QJsonObject raw;

    static GenerationInfo fromJson(const QJsonObject &response);
    QJsonObject toJson() const;
};

} // namespace orc
