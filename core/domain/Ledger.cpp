#include "Ledger.h"

#include "domain/Account.h"
#include "domain/ChatResult.h"
#include "domain/TimeSpan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <cmath>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace orc {

namespace Money {

constexpr qint64 kNanoPerUsd = 1'000'000'000;

qint64 fromUsd(double usd) {
    return std::llround(usd * double(kNanoPerUsd));
}

double toUsd(qint64 nanoUsd) {
    return double(nanoUsd) / double(kNanoPerUsd);
}

QString format(qint64 nanoUsd) {
    const bool negative = nanoUsd < 0;
    const quint64 magnitude = negative ? quint64(-(nanoUsd + 1)) + 1 : quint64(nanoUsd);
    QString fraction = QString::number(magnitude % kNanoPerUsd).rightJustified(9, u'0');
    while (fraction.size() > 2 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return (negative ? u"-"_s : QString()) + QString::number(magnitude / kNanoPerUsd) + u'.' +
           fraction;
}

} // namespace Money

LedgerEntry LedgerEntry::fromUsage(const QString &generationId, const Usage &usage) {
    LedgerEntry entry;
    entry.generationId = generationId;
    entry.promptTokens = usage.promptTokens;
    entry.completionTokens = usage.completionTokens;
    entry.reasoningTokens = usage.reasoningTokens;
    entry.cachedTokens = usage.cachedTokens;
    entry.imageTokens = usage.imageTokens;
    if (usage.cost)
        entry.costNanoUsd = Money::fromUsd(*usage.cost);
    entry.at = QDateTime::currentDateTimeUtc();
    return entry;
}

LedgerEntry LedgerEntry::fromChatResult(const ChatResult &r, const QString &kind, Origin origin) {
    return fromReply(r.id, r.model, r.provider, r.usage, kind, origin);
}

LedgerEntry LedgerEntry::fromReply(const QString &generationId, const QString &model,
                                   const QString &provider, const std::optional<Usage> &usage,
                                   const QString &kind, Origin origin) {
    LedgerEntry entry = fromUsage(generationId, usage.value_or(Usage{}));
    entry.kind = kind;
    entry.origin = origin;
    entry.model = model;
    entry.provider = provider;
    entry.complete = usage.has_value();
    return entry;
}

void LedgerEntry::settleWith(const GenerationInfo &info) {
    costNanoUsd = Money::fromUsd(info.totalCost);
    costExact = true;
    complete = true;
    if (!info.providerName.isEmpty())
        provider = info.providerName;
    if (model.isEmpty())
        model = info.model;
    if (promptTokens == 0)
        promptTokens = info.nativeTokensPrompt ? info.nativeTokensPrompt : info.tokensPrompt;
    if (completionTokens == 0)
        completionTokens =
            info.nativeTokensCompletion ? info.nativeTokensCompletion : info.tokensCompletion;
    if (reasoningTokens == 0)
        reasoningTokens = info.nativeTokensReasoning;
}

QString LedgerEntry::originName(Origin origin) {
    return origin == Origin::Cli ? u"cli"_s : u"app"_s;
}

std::optional<LedgerEntry::Origin> LedgerEntry::originFromName(const QString &name) {
    if (name.compare("app"_L1, Qt::CaseInsensitive) == 0)
        return Origin::App;
    if (name.compare("cli"_L1, Qt::CaseInsensitive) == 0)
        return Origin::Cli;
    return std::nullopt;
}

QString UsageQuery::groupName(GroupBy by) {
    switch (by) {
    case GroupBy::Model:
        return u"model"_s;
    case GroupBy::Provider:
        return u"provider"_s;
    case GroupBy::UtcDay:
        return u"utc-day"_s;
    case GroupBy::Day:
        break;
    }
    return u"day"_s;
}

std::optional<UsageQuery::GroupBy> UsageQuery::groupFromName(const QString &name) {
    for (GroupBy by : {GroupBy::Day, GroupBy::Model, GroupBy::Provider, GroupBy::UtcDay})
        if (name.compare(groupName(by), Qt::CaseInsensitive) == 0)
            return by;
    return std::nullopt;
}

std::optional<QDateTime> UsageQuery::parseSince(const QString &text, const QDateTime &now) {
    return orc::parseSince(text, now, Qt::LocalTime); // the usage page's days are local
}

namespace {

QString csvField(const QString &value) {
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

QByteArray UsageReport::toCsv(UsageQuery::GroupBy by) const {
    QString out = UsageQuery::groupName(by) +
                  u",requests,cost_usd,unpriced,prompt_tokens,completion_tokens,"
                  "reasoning_tokens\r\n"_s;
    for (const UsageRow &row : rows)
        out += csvField(row.key) + u',' + QString::number(row.requests) + u',' +
               Money::format(row.costNanoUsd) + u',' + QString::number(row.unpriced) + u',' +
               QString::number(row.promptTokens) + u',' + QString::number(row.completionTokens) +
               u',' + QString::number(row.reasoningTokens) + u"\r\n"_s;
    return out.toUtf8();
}

bool ActivityItem::parseList(const QByteArray &body, QList<ActivityItem> *items, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue data = doc.object().value("data"_L1);
    if (!doc.isObject() || !data.isArray()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : u"the activity has no \"data\" list"_s;
        return false;
    }
    items->clear();
    for (const QJsonValue &value : data.toArray()) {
        const QJsonObject o = value.toObject();
        ActivityItem item;
        item.date = QDate::fromString(o.value("date"_L1).toString().left(10), Qt::ISODate);
        if (!item.date.isValid())
            continue; // a row without a day cannot be compared
        item.model = o.value("model"_L1).toString();
        item.modelPermaslug = o.value("model_permaslug"_L1).toString();
        item.endpointId = o.value("endpoint_id"_L1).toString();
        item.providerName = o.value("provider_name"_L1).toString();
        item.requests = o.value("requests"_L1).toInteger();
        item.promptTokens = o.value("prompt_tokens"_L1).toInteger();
        item.completionTokens = o.value("completion_tokens"_L1).toInteger();
        item.reasoningTokens = o.value("reasoning_tokens"_L1).toInteger();
        item.usageUsd = o.value("usage"_L1).toDouble();
        item.byokUsageUsd = o.value("byok_usage_inference"_L1).toDouble();
        items->append(item);
    }
    return true;
}

QList<ActivityComparison> ActivityComparison::compare(const UsageReport &ledgerByUtcDay,
                                                      const QList<ActivityItem> &account) {
    QMap<QString, ActivityComparison> days;
    for (const UsageRow &row : ledgerByUtcDay.rows) {
        ActivityComparison &c = days[row.key];
        c.day = row.key;
        c.ledgerNanoUsd += row.costNanoUsd;
        c.ledgerRequests += row.requests;
    }
    for (const ActivityItem &item : account) {
        const QString day = item.date.toString(Qt::ISODate);
        ActivityComparison &c = days[day];
        c.day = day;
        c.accountNanoUsd += Money::fromUsd(item.usageUsd);
        c.accountRequests += item.requests;
    }
    return days.values();
}

} // namespace orc
