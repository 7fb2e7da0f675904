#pragma once

#include "domain/Ledger.h"

#include <QAbstractTableModel>

namespace orc {

// The usage rows as a table: key (day, model or provider), requests, cost, prompt, completion
// and reasoning tokens. Sorting (through a proxy) uses the raw numbers (Qt::UserRole).
class UsageTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageTableModel)
public:
    enum Column { Key, Requests, Cost, PromptTokens, CompletionTokens, ReasoningTokens, Count };

    explicit UsageTableModel(QObject *parent = nullptr);

    void setReport(const UsageReport &report, UsageQuery::GroupBy by);
    const UsageReport &report() const { return m_report; }
    UsageQuery::GroupBy groupBy() const { return m_by; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    UsageReport m_report;
    UsageQuery::GroupBy m_by = UsageQuery::GroupBy::Day;
};

} // namespace orc
