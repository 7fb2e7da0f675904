#include "usage/BudgetIndicator.h"

#include "domain/Ledger.h"
#include "domain/ModelInfo.h"
#include "usage/SpendTracker.h"
#include "widgets/PaletteColors.h"

#include <QApplication>
#include <QEvent>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace orc {

BudgetIndicator::BudgetIndicator(SpendTracker *tracker, QWidget *parent)
    : QLabel(parent)
    , m_tracker(tracker) {
    setObjectName(u"budgetIndicator"_s);
    connect(tracker, &SpendTracker::spendChanged, this, &BudgetIndicator::update);
    update();
}

void BudgetIndicator::changeEvent(QEvent *event) {
    QLabel::changeEvent(event);
    if (!m_updating &&
        (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange))
        update();
}

void BudgetIndicator::update() {
    m_updating = true;
    const auto done = qScopeGuard([this] { m_updating = false; });
    const BudgetLimits &limits = m_tracker->limits();
    const auto part = [](const QString &label, qint64 spent, double limit) {
        const QString money = ModelPricing::formatUsd(Money::toUsd(spent));
        return limit > 0 ? tr("%1 %2 of %3").arg(label, money, ModelPricing::formatUsd(limit))
                         : tr("%1 %2").arg(label, money);
    };
    if (!m_tracker->known()) {
        clear();
        setToolTip(QString());
        return;
    }
    setText(part(tr("Today"), m_tracker->spentToday(), limits.dailyUsd) + u" · "_s +
            part(tr("Month"), m_tracker->spentThisMonth(), limits.monthlyUsd));

    const BudgetStatus status = m_tracker->status();
    m_level = status.level;
    QStringList tip{tr("Spent on this computer by the app and orcli.")};
    if (limits.isEmpty())
        tip << tr("No budget is set (Settings > General).");
    else
        tip << status.message();
    if (status.level == BudgetStatus::Level::Warn)
        tip << tr("Over 80 % of the budget.");
    else if (status.level == BudgetStatus::Level::Over)
        tip << tr("The budget is used up: chat messages and images are sent only after you "
                  "confirm them.");
    setToolTip(tip.join(u'\n'));

    QPalette p = palette();
    QColor colour = QApplication::palette(this).color(QPalette::WindowText);
    const bool dark = PaletteColors::isDark(p);
    if (status.level == BudgetStatus::Level::Warn)
        colour = dark ? QColor(0xf0, 0xb0, 0x40) : QColor(0xa0, 0x60, 0x00);
    else if (status.level == BudgetStatus::Level::Over)
        colour = dark ? QColor(0xff, 0x70, 0x70) : QColor(0xc0, 0x20, 0x20);
    p.setColor(QPalette::WindowText, colour);
    setPalette(p);
    QFont f = font();
    f.setBold(status.level != BudgetStatus::Level::Ok);
    setFont(f);
}

} // namespace orc
