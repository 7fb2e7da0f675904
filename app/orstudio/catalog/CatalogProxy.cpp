#include "catalog/CatalogProxy.h"

#include "catalog/ModelCatalogModel.h"

#include <algorithm>

namespace orc {

CatalogProxy::CatalogProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ModelCatalogModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void CatalogProxy::setSourceModel(QAbstractItemModel *model) {
    auto *catalog = qobject_cast<ModelCatalogModel *>(model);
    Q_ASSERT_X(model == nullptr || catalog != nullptr, "CatalogProxy::setSourceModel",
               "the source must be a ModelCatalogModel");
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    dropVerdicts();
    if (m_catalog) {
        m_query.setFavourites(m_catalog->favourites());
        connect(m_catalog, &ModelCatalogModel::favouritesChanged, this,
                &CatalogProxy::onFavouritesChanged);
        // Verdicts are per row: any structural change of the source voids them. Connected
        // before the base class connects its own handlers, so they run first.
        connect(m_catalog, &QAbstractItemModel::modelAboutToBeReset, this,
                &CatalogProxy::dropVerdicts);
        connect(m_catalog, &QAbstractItemModel::rowsAboutToBeInserted, this,
                &CatalogProxy::dropVerdicts);
        connect(m_catalog, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &CatalogProxy::dropVerdicts);
        connect(m_catalog, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &CatalogProxy::dropVerdicts);
    }
    QSortFilterProxyModel::setSourceModel(catalog);
}

bool CatalogProxy::isNarrowing(const ModelQuery &wider, const ModelQuery &narrower) {
    // Text: every word of the wider query must be inside some word of the narrower one.
    for (const QString &word : wider.words()) {
        const bool covered = std::any_of(narrower.words().cbegin(), narrower.words().cend(),
                                         [&word](const QString &n) { return n.contains(word); });
        if (!covered)
            return false;
    }
    if ((narrower.requiredCapabilities() & wider.requiredCapabilities()) !=
        wider.requiredCapabilities())
        return false;
    if (wider.maxPromptPricePerMillion()) {
        if (!narrower.maxPromptPricePerMillion() ||
            *narrower.maxPromptPricePerMillion() > *wider.maxPromptPricePerMillion())
            return false;
    }
    if (narrower.minContextLength() < wider.minContextLength())
        return false;
    if (!wider.authors().isEmpty()) {
        const QStringList authors = narrower.authors();
        if (authors.isEmpty() ||
            !std::all_of(authors.cbegin(), authors.cend(),
                         [&wider](const QString &a) { return wider.authors().contains(a); }))
            return false;
    }
    if (wider.freeOnly() && !narrower.freeOnly())
        return false;
    if (wider.addedSince().isValid() &&
        !(narrower.addedSince().isValid() && narrower.addedSince() >= wider.addedSince()))
        return false;
    if (wider.expiringWithin() &&
        !(narrower.expiringWithin() && *narrower.expiringWithin() <= *wider.expiringWithin() &&
          narrower.expiringToday() == wider.expiringToday()))
        return false;
    if (wider.favouritesOnly() &&
        (!narrower.favouritesOnly() || narrower.favourites() != wider.favourites()))
        return false;
    return true;
}

qsizetype CatalogProxy::recompute(const ModelQuery &previous) {
    if (!m_catalog)
        return 0;
    const QList<ModelInfo> &models = m_catalog->models();
    const qsizetype count = models.size();
    if (m_verdicts.size() != count) {
        m_verdicts.resize(count);
        for (qsizetype row = 0; row < count; ++row)
            m_verdicts[row] = m_query.matches(models.at(row));
        return count;
    }
    // Only rows that passed can fail when narrowing, only rows that failed can pass when
    // widening; anything else asks every row again.
    const bool narrowing = isNarrowing(previous, m_query);
    const bool widening = !narrowing && isNarrowing(m_query, previous);
    qsizetype changed = 0;
    for (qsizetype row = 0; row < count; ++row) {
        const bool before = m_verdicts.at(row);
        if ((narrowing && !before) || (widening && before))
            continue;
        const bool now = m_query.matches(models.at(row));
        if (now != before) {
            m_verdicts[row] = now;
            ++changed;
        }
    }
    return changed;
}

void CatalogProxy::setQuery(const ModelQuery &query) {
    const ModelQuery previous = m_query;
    m_query = query;
    if (m_catalog)
        m_query.setFavourites(m_catalog->favourites());
    applyVerdicts(recompute(previous));
}

void CatalogProxy::applyVerdicts(qsizetype changed) {
    // invalidateFilter() reports each contiguous run of changed rows separately; a text filter
    // over a sorted list changes scattered rows, thousands of runs that views digest one by
    // one. Past a few dozen changes one layout change (and a re-sort) is much cheaper.
    if (changed > kIncrementalLimit)
        invalidate();
    else if (changed > 0)
        invalidateFilter();
}

QString CatalogProxy::modelId(const QModelIndex &proxyIndex) const {
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return proxyIndex.data(ModelCatalogModel::ModelIdRole).toString();
}

int CatalogProxy::rowOfId(const QString &id) const {
    if (!m_catalog)
        return -1;
    const int sourceRow = m_catalog->rowOfId(id);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(m_catalog->index(sourceRow, 0)).row();
}

bool CatalogProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (sourceParent.isValid() || !m_catalog)
        return false;
    if (m_verdicts.size() == m_catalog->rowCount())
        return m_verdicts.at(sourceRow);
    return m_query.matches(m_catalog->modelAt(sourceRow));
}

bool CatalogProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    if (!m_catalog || left.model() != m_catalog || right.model() != m_catalog ||
        sortRole() != ModelCatalogModel::SortRole)
        return QSortFilterProxyModel::lessThan(left, right);
    const ModelCatalogModel::SortValue a = m_catalog->sortValue(left.row(), left.column());
    const ModelCatalogModel::SortValue b = m_catalog->sortValue(right.row(), right.column());
    if (a.unknown != b.unknown) {
        // The descending sort asks lessThan(right, left): keep the unknown one "greater" then.
        return sortOrder() == Qt::AscendingOrder ? b.unknown : a.unknown;
    }
    if (a.unknown)
        return false;
    if (a.isText)
        return a.text.compare(b.text, sortCaseSensitivity()) < 0;
    return a.number < b.number;
}

void CatalogProxy::onFavouritesChanged() {
    const ModelQuery previous = m_query;
    m_query.setFavourites(m_catalog->favourites());
    if (m_query.favouritesOnly()) {
        dropVerdicts();
        recompute(previous);
        invalidateFilter();
    }
}

} // namespace orc
