#pragma once

#include "domain/ModelQuery.h"

#include <QSortFilterProxyModel>

namespace orc {

class ModelCatalogModel;

// Filters and sorts a ModelCatalogModel. The filter is core's ModelQuery (the same rules as
// `orcli models`): filterAcceptsRow() only asks ModelQuery::matches(). Sorting uses the source's
// SortRole data, so numeric columns sort as numbers, with unknown values last.
class CatalogProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogProxy)
public:
    explicit CatalogProxy(QObject *parent = nullptr);

    // Must be a ModelCatalogModel (or null).
    void setSourceModel(QAbstractItemModel *model) override;
    ModelCatalogModel *catalogModel() const { return m_catalog; }

    // Replaces the filter and re-filters; the query's sort key and limit are ignored (the view's
    // header sorts).
    void setQuery(const ModelQuery &query);
    const ModelQuery &query() const { return m_query; }

    // The model id at a proxy row, or "" for an invalid index.
    QString modelId(const QModelIndex &proxyIndex) const;
    // Proxy row of a model id, or -1 when filtered out or absent.
    int rowOfId(const QString &id) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Numeric sort data compares as numbers; unknown values (see ModelCatalogModel::isUnknown)
    // go last in both orders, like ModelQuery::apply().
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void onFavouritesChanged();

    ModelCatalogModel *m_catalog = nullptr;
    ModelQuery m_query;
};

} // namespace orc
