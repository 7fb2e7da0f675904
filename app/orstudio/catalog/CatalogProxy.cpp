#include "catalog/CatalogProxy.h"

#include "catalog/ModelCatalogModel.h"

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
    if (m_catalog) {
        m_query.setFavourites(m_catalog->favourites());
        connect(m_catalog, &ModelCatalogModel::favouritesChanged, this,
                &CatalogProxy::onFavouritesChanged);
    }
    QSortFilterProxyModel::setSourceModel(catalog);
}

void CatalogProxy::setQuery(const ModelQuery &query) {
    m_query = query;
    if (m_catalog)
        m_query.setFavourites(m_catalog->favourites());
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
    return m_query.matches(m_catalog->modelAt(sourceRow));
}

bool CatalogProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const bool unknownA = ModelCatalogModel::isUnknown(a);
    const bool unknownB = ModelCatalogModel::isUnknown(b);
    if (unknownA != unknownB) {
        // The descending sort asks lessThan(right, left): keep the unknown one "greater" then.
        return sortOrder() == Qt::AscendingOrder ? unknownB : unknownA;
    }
    if (unknownA)
        return false;
    if (a.typeId() == b.typeId()) {
        switch (a.typeId()) {
        case QMetaType::Double:
            return a.toDouble() < b.toDouble();
        case QMetaType::LongLong:
            return a.toLongLong() < b.toLongLong();
        case QMetaType::Int:
            return a.toInt() < b.toInt();
        case QMetaType::QString:
            return QString::compare(a.toString(), b.toString(), sortCaseSensitivity()) < 0;
        default:
            break;
        }
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

void CatalogProxy::onFavouritesChanged() {
    m_query.setFavourites(m_catalog->favourites());
    if (m_query.favouritesOnly())
        invalidateFilter();
}

} // namespace orc
