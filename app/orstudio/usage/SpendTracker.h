#pragma once

#include "domain/Budget.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QTimer;
class QWidget;

namespace orc {

class CostLedger;

// The studio's one cost ledger and what it says about the budgets. It owns the UI thread's
// CostLedger (the image studio records into it, and the chat sessions share it), reads the spend
// of today and of this month on a worker thread (its own connection: a QFutureWatcher, connected
// before the future is set), and asks before a send that would go over a budget. Refreshes after
// every request recorded through it, and every kPollMs for what orcli or other pieces wrote.
class SpendTracker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpendTracker)
public:
    static constexpr int kPollMs = 30'000;

    // `ledgerPath`: CostLedger::pathIn(<data folder>). Nothing is created before a request is
    // recorded.
    explicit SpendTracker(QString ledgerPath, QObject *parent = nullptr);
    ~SpendTracker() override;

    CostLedger *ledger() const { return m_ledger.get(); }
    const QString &ledgerPath() const { return m_ledgerPath; }

    void setLimits(const BudgetLimits &limits);
    const BudgetLimits &limits() const { return m_limits; }

    // Spend of the periods as last read (nano-USD); known() is false before the first read.
    qint64 spentToday() const { return m_spentToday; }
    qint64 spentThisMonth() const { return m_spentThisMonth; }
    bool known() const { return m_known; }
    // The budgets' verdict for a next request that may cost up to `nextMaxUsd`.
    BudgetStatus status(double nextMaxUsd = 0) const;

    // Reads the spend again off the UI thread; spendChanged() follows.
    void refresh();
    bool isRefreshing() const { return m_refreshing; }

    // Before a chat or image request: true to send. Over a budget, asks "Send anyway?" (No is
    // the default); `ask` replaces the dialog in tests.
    bool confirmSend(QWidget *parent, double nextMaxUsd = 0);
    using Ask = std::function<bool(QWidget *parent, const QString &question)>;
    void setAsk(Ask ask) { m_ask = std::move(ask); }
    // "Over your daily budget ($5.10 of $5.00). Send anyway?"
    static QString overBudgetQuestion(const BudgetStatus &status);

signals:
    void spendChanged();

private:
    struct Spend {
        quint64 generation = 0;
        qint64 today = 0, month = 0;
    };
    void apply(const Spend &spend);

    QString m_ledgerPath;
    std::unique_ptr<CostLedger> m_ledger;
    BudgetLimits m_limits;
    qint64 m_spentToday = 0;
    qint64 m_spentThisMonth = 0;
    bool m_known = false;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    quint64 m_generation = 0;
    QTimer *m_poll;
    QFuture<Spend> m_running; // waited for on destruction (the data folder may move next)
    Ask m_ask;
};

} // namespace orc
