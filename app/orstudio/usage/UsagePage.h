#pragma once

#include "domain/Budget.h"
#include "domain/Ledger.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace orc {

class ActivityPanel;
class EmptyStateWidget;
class SpendChart;
class UsageTableModel;

// Spend per day, model or provider from the cost ledger (the app's and orcli's requests): a
// chart and a table, filtered by period and origin, with the totals, the budgets' state and a
// CSV export. The ledger is read on a worker thread; the page shows progress meanwhile and says
// so in the window when the ledger cannot be read.
class UsagePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsagePage)
public:
    enum class Period { Week, Month30, Quarter, ThisMonth, ThisYear, All };

    // `ledgerPath`: the ledger file (CostLedger::pathIn(<data folder>)).
    explicit UsagePage(QString ledgerPath, QWidget *parent = nullptr);
    ~UsagePage() override;

    const QString &ledgerPath() const { return m_ledgerPath; }
    // "Compare with the account's activity" (hidden until asked for).
    ActivityPanel *activityPanel() const { return m_activity; }
    void setBudgetLimits(const BudgetLimits &limits);
    void setPeriod(Period period);
    void setGroupBy(UsageQuery::GroupBy by);
    void setOrigin(std::optional<LedgerEntry::Origin> origin);
    // The query the filters describe, at `now`.
    UsageQuery query(const QDateTime &now = QDateTime::currentDateTime()) const;

    // Reads the ledger again (off the UI thread); loaded() follows.
    void reload();
    // A request was recorded: reads the ledger again now when shown, else when next shown.
    void ledgerChanged();
    bool isLoading() const { return m_loading; }
    // Writes the shown rows as CSV to `path` atomically; false with `error` set otherwise.
    bool exportCsv(const QString &path, QString *error) const;

    const UsageReport &report() const;

signals:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

public:
    struct Result; // what the worker thread read

private:
    void apply(const Result &result);
    void chooseExportFile();
    void updateBudget(qint64 spentToday, qint64 spentThisMonth);

    QString m_ledgerPath;
    BudgetLimits m_limits;
    QComboBox *m_period;
    QComboBox *m_groupBy;
    QComboBox *m_origin;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QPushButton *m_compare;
    QLabel *m_totals;
    QLabel *m_budget;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_state;
    SpendChart *m_chart;
    QTableView *m_table;
    UsageTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ActivityPanel *m_activity;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loadedOnce = false;
    bool m_stale = false;
};

} // namespace orc
