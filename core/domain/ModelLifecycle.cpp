#include "ModelLifecycle.h"
#include "ModelJson_p.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace orc {

ModelBenchmarks ModelBenchmarks::fromJson(const QJsonObject &benchmarks) {
    using detail::readNumber;
    ModelBenchmarks b;
    const QJsonObject aa = benchmarks.value(u"artificial_analysis").toObject();
    b.intelligenceIndex = readNumber(aa.value(u"intelligence_index"));
    b.codingIndex = readNumber(aa.value(u"coding_index"));
    b.agenticIndex = readNumber(aa.value(u"agentic_index"));
    for (const QJsonValue &v : benchmarks.value(u"design_arena").toArray()) {
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        ModelArenaScore s;
        s.arena = detail::readString(o.value(u"arena"));
        s.category = detail::readString(o.value(u"category"));
        s.elo = readNumber(o.value(u"elo"));
        s.winRate = readNumber(o.value(u"win_rate"));
        if (const std::optional<double> rank = readNumber(o.value(u"rank"));
            rank && *rank >= 0 && *rank < 1e9)
            s.rank = int(*rank);
        b.designArena.append(s);
    }
    return b;
}

QDate ModelLifecycle::today() {
    return QDateTime::currentDateTimeUtc().date();
}

std::optional<qint64> ModelLifecycle::daysLeft(const ModelInfo &model, QDate today) {
    const QDate &expires = model.expirationDate();
    if (!expires.isValid())
        return std::nullopt;
    return (today.isValid() ? today : ModelLifecycle::today()).daysTo(expires);
}

bool ModelLifecycle::expiresWithin(const ModelInfo &model, qint64 days, QDate today) {
    const std::optional<qint64> left = daysLeft(model, today);
    return left && *left <= days;
}

QString ModelLifecycle::daysText(qint64 days) {
    if (days == 0)
        return tr("today");
    if (days > 0)
        return tr("in %n day(s)", nullptr, int(qMin<qint64>(days, INT_MAX)));
    return tr("%n day(s) ago", nullptr, int(qMin<qint64>(-days, INT_MAX)));
}

QString ModelLifecycle::expirationText(const ModelInfo &model, QDate today) {
    const std::optional<qint64> left = daysLeft(model, today);
    if (!left)
        return QString();
    return model.expirationDate().toString(Qt::ISODate) + u" ("_s + daysText(*left) + u')';
}

} // namespace orc
