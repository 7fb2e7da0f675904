#pragma once

#include "domain/ModelQuery.h"

#include <QList>
#include <QSortFilterProxyModel>

namespace orc {

class ModelCatalogModel;

// Filters and sorts a ModelCatalogModel. The filter is core's ModelQuery (the same rules as
// `orcli models`): whether a row passes is always ModelQuery::matches(). Verdicts are kept per
// row, so when a new query only narrows the previous one (a word typed on) just the rows that
// passed are asked again, and when it only widens it (a backspace) just the rows that failed.
// Sorting uses the source's sort keys (SortRole order), numbers as numbers, with unknown values
// last in both orders.
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

    // Whether every model passing `narrower` also passes `wider` (a sufficient test: false
    // means "not known"). Used to re-check only part of the rows; public for tests.
    static bool isNarrowing(const ModelQuery &wider, const ModelQuery &narrower);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void onFavouritesChanged();
    // Updates m_verdicts for m_query; returns how many rows changed verdict.
    qsizetype recompute(const ModelQuery &previous);
    void applyVerdicts(qsizetype changed);
    static constexpr qsizetype kIncrementalLimit = 64;
    void dropVerdicts() { m_verdicts.clear(); }

    ModelCatalogModel *m_catalog = nullptr;
    ModelQuery m_query;
    QList<bool> m_verdicts; // per source row, for m_query; empty = not computed
};

} // namespace orc
