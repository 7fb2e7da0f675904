#include "Budget.h"

#include "domain/ModelInfo.h"

#include <cmath>

namespace orc {

namespace {

BudgetStatus verdict(BudgetStatus::Period period, double limit, double spent, double next) {
    BudgetStatus s;
    s.period = period;
    s.limitUsd = limit;
    s.spentUsd = spent;
    if (limit <= 0)
        return BudgetStatus{};
    const double after = spent + std::max(next, 0.0);
    if (after > limit || spent >= limit)
        s.level = BudgetStatus::Level::Over;
    else if (after >= limit * BudgetStatus::kWarnFraction)
        s.level = BudgetStatus::Level::Warn;
    return s;
}

} // namespace

BudgetStatus BudgetStatus::check(const BudgetLimits &limits, double spentTodayUsd,
                                 double spentThisMonthUsd, double nextMaxUsd) {
    const BudgetStatus day = verdict(Period::Day, limits.dailyUsd, spentTodayUsd, nextMaxUsd);
    const BudgetStatus month =
        verdict(Period::Month, limits.monthlyUsd, spentThisMonthUsd, nextMaxUsd);
    if (month.level > day.level)
        return month;
    if (day.level > month.level || day.period != Period::None)
        return day;
    return month;
}

QDateTime BudgetStatus::dayStart(const QDateTime &now) {
    return now.toLocalTime().date().startOfDay();
}

QDateTime BudgetStatus::monthStart(const QDateTime &now) {
    const QDate today = now.toLocalTime().date();
    return QDate(today.year(), today.month(), 1).startOfDay();
}

QString BudgetStatus::message() const {
    if (period == Period::None)
        return QString();
    // The nudge keeps 0.000018 of 0.00002 at 90 % (the division gives 89.999…).
    const int percent = int(std::floor(spentUsd / limitUsd * 100.0 + 1e-9));
    const QString spent = ModelPricing::formatUsd(spentUsd);
    const QString limit = ModelPricing::formatUsd(limitUsd);
    if (period == Period::Day)
        return tr("Today: %1 of %2 spent (%3 %)").arg(spent, limit).arg(percent);
    return tr("This month: %1 of %2 spent (%3 %)").arg(spent, limit).arg(percent);
}

} // namespace orc
