#pragma once

#include "domain/ModelEndpoint.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace orc {

// The providers serving one model (GET /models/{author}/{slug}/endpoints), one row each, for the
// catalogue's endpoints table. SortRole gives numbers for the numeric columns (unknown values
// sort last in ascending order); the status column also says which providers the user pinned or
// blocked.
class EndpointsTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointsTableModel)
public:
    enum Column {
        // What tells providers apart first, so a narrow pane shows it without scrolling.
        ProviderColumn,
        InputPriceColumn,
        OutputPriceColumn,
        ThroughputColumn,
        LatencyColumn,
        UptimeColumn,
        PrivacyColumn,
        QuantizationColumn,
        ContextColumn,
        MaxOutputColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int SlugRole = Qt::UserRole + 2; // the provider slug of the row

    explicit EndpointsTableModel(QObject *parent = nullptr);

    void setEndpoints(const QList<ModelEndpoint> &endpoints);
    const QList<ModelEndpoint> &endpoints() const { return m_endpoints; }
    // Provider slugs shown as pinned / blocked.
    void setPinnedAndBlocked(const QStringList &pinned, const QStringList &blocked);
    bool isPinned(const QString &slug) const;
    bool isBlocked(const QString &slug) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ModelEndpoint &e, int column) const;
    QVariant sortValue(const ModelEndpoint &e, int column) const;
    QString statusText(const ModelEndpoint &e) const;

    QList<ModelEndpoint> m_endpoints;
    QStringList m_pinned, m_blocked;
};

} // namespace orc
