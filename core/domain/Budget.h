#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace orc {

// Daily and monthly spending limits shared by the studio and orcli (kept in Settings), and what
// they say about the next request: fine, a warning from 80 %, or over (blocked unless the user
// overrides it explicitly).
struct BudgetLimits {
    double dailyUsd = 0;   // 0: no daily limit
    double monthlyUsd = 0; // 0: no monthly limit
    bool isEmpty() const { return dailyUsd <= 0 && monthlyUsd <= 0; }
};

struct BudgetStatus {
    Q_DECLARE_TR_FUNCTIONS(orc::BudgetStatus)
public:
    enum class Level { Ok, Warn, Over };
    enum class Period { None, Day, Month };

    Level level = Level::Ok;
    Period period = Period::None; // the limit that decided the level
    double spentUsd = 0;          // in that period, before the next request
    double limitUsd = 0;

    static constexpr double kWarnFraction = 0.8;

    // The stricter verdict of the two limits for a next request that may cost up to
    // `nextMaxUsd` (0: only what is already spent counts).
    static BudgetStatus check(const BudgetLimits &limits, double spentTodayUsd,
                              double spentThisMonthUsd, double nextMaxUsd = 0);
    // Local midnight today and the first of this month: where the periods start.
    static QDateTime dayStart(const QDateTime &now = QDateTime::currentDateTime());
    static QDateTime monthStart(const QDateTime &now = QDateTime::currentDateTime());

    // "Today: $4.10 of $5.00 spent (82 %)"; empty for Ok without a limit.
    QString message() const;
};

} // namespace orc
