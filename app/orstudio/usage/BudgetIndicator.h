#pragma once

#include "domain/Budget.h"

#include <QLabel>

namespace orc {

class SpendTracker;

// The status bar's spend of today and of this month against the budgets ("Today $0.42 of $5.00 ·
// Month $3.10 of $50.00"), beside what the key can still spend. From 80 % of a budget it turns
// the warning colour, at 100 % the error colour; the tooltip says which budget and how far.
class BudgetIndicator final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetIndicator)
public:
    explicit BudgetIndicator(SpendTracker *tracker, QWidget *parent = nullptr);

    BudgetStatus::Level level() const { return m_level; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    SpendTracker *m_tracker;
    BudgetStatus::Level m_level = BudgetStatus::Level::Ok;
    bool m_updating = false; // setPalette() below sends a PaletteChange
};

} // namespace orc
