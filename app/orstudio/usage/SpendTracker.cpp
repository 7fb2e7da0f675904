#include "usage/SpendTracker.h"

#include "domain/Ledger.h"
#include "domain/ModelInfo.h"
#include "store/CostLedger.h"

#include <QAbstractButton>
#include <QFile>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace orc {

SpendTracker::SpendTracker(QString ledgerPath, QObject *parent)
    : QObject(parent)
    , m_ledgerPath(std::move(ledgerPath))
    , m_ledger(std::make_unique<CostLedger>(m_ledgerPath))
    , m_poll(new QTimer(this)) {
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &SpendTracker::refresh);
    m_poll->start();
    refresh();
}

SpendTracker::~SpendTracker() {
    m_running.waitForFinished();
}

void SpendTracker::setLimits(const BudgetLimits &limits) {
    m_limits = limits;
    emit spendChanged();
}

BudgetStatus SpendTracker::status(double nextMaxUsd) const {
    return BudgetStatus::check(m_limits, Money::toUsd(m_spentToday), Money::toUsd(m_spentThisMonth),
                               nextMaxUsd);
}

void SpendTracker::refresh() {
    if (m_refreshing) { // one read at a time; the newest request is read after it
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Spend>(this);
    connect(watcher, &QFutureWatcher<Spend>::finished, this, [this, watcher] {
        const Spend spend = watcher->result();
        watcher->deleteLater();
        apply(spend);
    });
    // Its own connection on the worker (CostLedger is one instance per thread); a ledger that
    // does not exist yet is no spend, and is not created by looking.
    m_running = QtConcurrent::run([path = m_ledgerPath, generation] {
        Spend spend;
        spend.generation = generation;
        if (!QFile::exists(path))
            return spend;
        CostLedger ledger(path);
        const QDateTime now = QDateTime::currentDateTime();
        spend.today = ledger.spentSince(BudgetStatus::dayStart(now));
        spend.month = ledger.spentSince(BudgetStatus::monthStart(now));
        return spend;
    });
    watcher->setFuture(m_running);
}

void SpendTracker::apply(const Spend &spend) {
    m_refreshing = false;
    if (spend.generation == m_generation) {
        m_spentToday = spend.today;
        m_spentThisMonth = spend.month;
        m_known = true;
        emit spendChanged();
    }
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

QString SpendTracker::overBudgetQuestion(const BudgetStatus &status) {
    const QString spent = ModelPricing::formatUsd(status.spentUsd);
    const QString limit = ModelPricing::formatUsd(status.limitUsd);
    if (status.period == BudgetStatus::Period::Month)
        return tr("Over your monthly budget (%1 of %2). Send anyway?").arg(spent, limit);
    return tr("Over your daily budget (%1 of %2). Send anyway?").arg(spent, limit);
}

bool SpendTracker::confirmSend(QWidget *parent, double nextMaxUsd) {
    const BudgetStatus verdict = status(nextMaxUsd);
    if (verdict.level != BudgetStatus::Level::Over)
        return true;
    const QString question = overBudgetQuestion(verdict);
    if (m_ask)
        return m_ask(parent, question);
    QMessageBox box(QMessageBox::Warning, tr("Budget"), question,
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(u"overBudgetBox"_s);
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(tr("Send Anyway"));
    box.button(QMessageBox::No)->setText(tr("Don't Send"));
    return box.exec() == QMessageBox::Yes;
}

} // namespace orc
