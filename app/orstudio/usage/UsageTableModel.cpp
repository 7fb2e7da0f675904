#include "UsageTableModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace orc {

UsageTableModel::UsageTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void UsageTableModel::setReport(const UsageReport &report, UsageQuery::GroupBy by) {
    beginResetModel();
    m_report = report;
    m_by = by;
    endResetModel();
}

int UsageTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int UsageTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : Count;
}

QVariant UsageTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_report.rows.size())
        return {};
    const UsageRow &row = m_report.rows.at(index.row());
    const qint64 numbers[] = {0,
                              row.requests,
                              row.costNanoUsd,
                              row.promptTokens,
                              row.completionTokens,
                              row.reasoningTokens};
    if (role == Qt::UserRole)
        return index.column() == Key ? QVariant(row.key) : QVariant(numbers[index.column()]);
    if (role == Qt::TextAlignmentRole && index.column() != Key)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Cost && row.unpriced > 0)
        return tr("%n request(s) without a known cost yet", nullptr, int(row.unpriced));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Key:
        return row.key.isEmpty() ? tr("(unknown)") : row.key;
    case Cost:
        return QString(u'$' + Money::format(row.costNanoUsd) +
                       (row.unpriced > 0 ? u" *"_s : QString()));
    default:
        return QLocale().toString(numbers[index.column()]);
    }
}

QVariant UsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        switch (m_by) {
        case UsageQuery::GroupBy::Day:
            return tr("Day");
        case UsageQuery::GroupBy::UtcDay:
            return tr("Day (UTC)");
        case UsageQuery::GroupBy::Model:
            return tr("Model");
        case UsageQuery::GroupBy::Provider:
            return tr("Provider");
        }
        return {};
    case Requests:
        return tr("Requests");
    case Cost:
        return tr("Cost (USD)");
    case PromptTokens:
        return tr("Prompt tokens");
    case CompletionTokens:
        return tr("Completion tokens");
    case ReasoningTokens:
        return tr("Reasoning tokens");
    default:
        return {};
    }
}

} // namespace orc
